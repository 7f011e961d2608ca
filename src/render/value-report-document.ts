import type { InputSummary } from '../io/load-inputs.js';
import { REPORT_SCHEMA_VERSION, type ReportDocument } from './document.js';
import type { ValueDocument } from './value-document.js';

/**
 * What `rkpi value` prints: the report's period, settings and inputs (with the scores file, if
 * one was given) and its value block, without the other KPIs.
 */
export function valueReportDocument(report: ReportDocument, value: ValueDocument, scores: InputSummary | null) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    period: report.period,
    asOf: report.asOf,
    settings: report.settings,
    inputs: scores === null ? report.inputs : { ...report.inputs, scores },
    value,
    warnings: report.warnings,
  };
}

export type ValueReportDocument = ReturnType<typeof valueReportDocument>;
