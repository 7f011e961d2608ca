import * as z from 'zod';
import type { SnapshotFigures } from '../core/compare/compare-snapshots.js';
import { dayFromIso } from '../core/day.js';
import { InputError } from '../errors.js';
import { REPORT_SCHEMA_VERSION, type ReportDocument } from './document.js';

const isoDay = z.string().transform((text, ctx) => {
  const day = dayFromIso(text);
  if (day === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY-MM-DD' });
    return z.NEVER;
  }
  return day;
});
const figure = z.number().nullable();
const scale = z.object({ min: z.number(), max: z.number() });
const stats = z.object({ mean: figure, median: figure });
const kpis = z.object({
  hires: z.number(),
  openVacancies: z.object({ count: z.number().nullable(), age: stats }),
  costs: z.object({ total: figure }),
  costPerHire: figure,
  costPerHireComparable: figure,
  externalCostPerHire: figure,
  internalCostPerHire: figure,
  recruitingCostRatio: figure,
  timeToFill: stats,
  timeToHire: stats,
  timeToStart: stats,
  onTimeRate: z.object({ value: figure }),
  qualityOfHire: z.object({ value: figure }),
  firstYearAttrition: z.object({ value: figure }),
  managerSatisfaction: z.object({ mean: figure }),
  candidateSatisfaction: z.object({ mean: figure }),
  effortHoursPerHire: figure,
  // Snapshots saved before the cost of vacancy have neither.
  costOfVacancy: z.object({ perHire: figure }).optional(),
  totalCostPerHire: figure.optional(),
});

/** The part of a saved report that a comparison reads; other keys are allowed and ignored. */
const snapshotSchema = z.object({
  schemaVersion: z.number().int(),
  period: z.object({ label: z.string(), start: isoDay, end: isoDay }),
  settings: z.object({
    currency: z.string(),
    dayCount: z.enum(['calendar', 'business']),
    businessRoles: z.array(z.string()).optional(),
    scales: z.object({ performance: scale, satisfaction: scale }).optional(),
  }),
  kpis,
  value: z.object({ value: figure, weightedScore: figure, reason: z.string().nullable().optional() }).nullable().optional(),
  groups: z.object({ by: z.string(), rows: z.array(z.object({ key: z.string(), kpis })) }).nullable(),
  reasons: z.record(z.string(), z.string()).optional(),
  notes: z.record(z.string(), z.string()).optional(),
});

/**
 * The as-of date a saved report states (SPEC §3), for the comparison to show; null for a file
 * without one.
 *
 * @example asOfOf({ asOf: '2026-01-15', … }) // '2026-01-15'
 */
export function asOfOf(json: unknown): string | null {
  const asOf = (json as { asOf?: unknown } | null)?.asOf;
  return typeof asOf === 'string' && dayFromIso(asOf) !== null ? asOf : null;
}

/** The figures of a report document, as a comparison takes them. */
export function figuresOf(document: ReportDocument): SnapshotFigures {
  return figuresFromJson(document, 'report');
}

/**
 * Reads a saved report (`rkpi report --format json`) as a snapshot. A file of another or a newer
 * schemaVersion is refused, as is one that is not an rkpi report.
 */
export function figuresFromJson(json: unknown, fileName: string): SnapshotFigures {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number') {
    throw new InputError(`${fileName} is not an rkpi report snapshot (it has no schemaVersion)`, 'save one with rkpi report … --format json -o FILE.json');
  }
  if (version !== REPORT_SCHEMA_VERSION) {
    const newer = version > REPORT_SCHEMA_VERSION;
    throw new InputError(
      `${fileName} has schemaVersion ${version}, ${newer ? 'made by a newer rkpi' : 'which this rkpi does not know'}; this rkpi reads version ${REPORT_SCHEMA_VERSION}`,
      newer ? 'update rkpi, or compute both sides from the same files with --baseline and --current' : null,
    );
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new InputError(`${fileName} is not a complete rkpi report snapshot: "${where}": ${issue?.message ?? 'invalid'}`);
  }
  const { period, settings, value, groups } = result.data;
  const { businessRoles, scales } = settings;
  const basis = businessRoles && scales ? { businessRoles, scales } : null;
  const { notes = {} } = result.data;
  // The value's own reason joins the KPIs', so a comparison can say why the value is not comparable.
  const reasons = { ...result.data.reasons, ...(value?.reason ? { value: value.reason } : {}) };
  const figures = value ? { value: value.value, weightedScore: value.weightedScore } : null;
  return { period, currency: settings.currency, dayCount: settings.dayCount, basis, reasons, notes, kpis: result.data.kpis, value: figures, groups };
}
