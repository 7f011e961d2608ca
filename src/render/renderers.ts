import type { ReportDocument } from './document.js';
import type { Lang } from './format.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';

export interface RenderOptions {
  readonly colour: boolean;
  readonly lang: Lang;
}

/** One renderer per output format; commands only pick one. */
export const REPORT_RENDERERS = {
  table: (document: ReportDocument, options: RenderOptions) => renderTable(document, options),
  json: (document: ReportDocument) => renderJson(document),
} as const;

export type ReportFormat = keyof typeof REPORT_RENDERERS;
export const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as ReportFormat[];

export function renderReport(document: ReportDocument, format: ReportFormat, options: RenderOptions): string {
  return REPORT_RENDERERS[format](document, options);
}
