import type { ChalkInstance } from 'chalk';
import type { KpiKey } from '../core/types.js';
import { palette } from './colour.js';
import type { KpisDocument, ReportDocument } from './document.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { KPI_LABELS } from './labels.js';
import { newTable, numbersRight } from './table-kit.js';

export interface TableOptions {
  readonly colour: boolean;
  readonly lang: Lang;
}

type Row = readonly [label: string, value: string, basis: string];

function summaryRows(k: KpisDocument, f: Formatter, scale: string): Row[] {
  const n = (count: number, what = 'hires') => `${count} ${what}`;
  return [
    [KPI_LABELS.hires, f.number(k.hires), 'offer accepted in the period'],
    [KPI_LABELS.openVacancies, f.number(k.openVacancies.count), `median age ${f.days(k.openVacancies.age.median)}`],
    ['External costs', f.money(k.costs.external), 'costs file, type external'],
    ['Internal costs', f.money(k.costs.internal), 'costs file, type internal'],
    ['Time cost', f.money(k.costs.time), 'hours × rate'],
    ['Total cost', f.money(k.costs.total), 'external + internal + time'],
    [KPI_LABELS.costPerHire, f.money(k.costPerHire), 'total cost / hires'],
    [KPI_LABELS.costPerHireComparable, f.money(k.costPerHireComparable), 'SHRM CPHC'],
    [KPI_LABELS.externalCostPerHire, f.money(k.externalCostPerHire), 'external / hires'],
    [KPI_LABELS.internalCostPerHire, f.money(k.internalCostPerHire), '(internal + time) / hires'],
    [KPI_LABELS.recruitingCostRatio, k.recruitingCostRatio === null ? '–' : `${f.number(k.recruitingCostRatio, 1)}%`, 'total cost / first-year salaries'],
    [KPI_LABELS.onTimeRate, f.percent(k.onTimeRate.value), n(k.onTimeRate.n)],
    [KPI_LABELS.qualityOfHire, f.number(k.qualityOfHire.value, 2), `${n(k.qualityOfHire.n)}, scale 0–1`],
    [KPI_LABELS.firstYearAttrition, f.percent(k.firstYearAttrition.value), n(k.firstYearAttrition.n, 'hires past their first year')],
    [KPI_LABELS.managerSatisfaction, f.number(k.managerSatisfaction.mean, 1), `${n(k.managerSatisfaction.n)}, scale ${scale}`],
    [KPI_LABELS.candidateSatisfaction, f.number(k.candidateSatisfaction.mean, 1), `${n(k.candidateSatisfaction.n)}, scale ${scale}`],
    [KPI_LABELS.effortHoursPerHire, f.hours(k.effortHoursPerHire), `${f.hours(k.effortHours)} by business roles`],
  ];
}

function durationTable(k: KpisDocument, f: Formatter, colour: boolean): string {
  const table = newTable(['Duration (days)', 'n', 'mean', 'median', 'p90', 'min', 'max'], colour, numbersRight(7));
  const keys = ['timeToFill', 'timeToHire', 'timeToStart'] as const;
  for (const key of keys) {
    const s = k[key];
    table.push([KPI_LABELS[key], f.number(s.n), ...[s.mean, s.median, s.p90, s.min, s.max].map((v) => f.number(v, 1))]);
  }
  const age = k.openVacancies.age;
  table.push(['Open vacancy age', f.number(age.n), ...[age.mean, age.median, age.p90, age.min, age.max].map((v) => f.number(v, 1))]);
  return table.toString();
}

function groupTable(doc: ReportDocument, f: Formatter, colour: boolean): string | null {
  if (doc.groups === null) return null;
  const table = newTable(
    [doc.groups.by, 'Hires', 'Direct cost', 'Allocated', 'Total cost', 'Cost per hire', 'TTF median', 'On time', 'Quality'],
    colour,
    numbersRight(9),
  );
  for (const row of doc.groups.rows) {
    const k = row.kpis;
    table.push([
      row.key,
      f.number(k.hires),
      f.money(row.directCost),
      f.money(row.allocatedCost),
      f.money(k.costs.total),
      f.money(k.costPerHire),
      f.number(k.timeToFill.median, 1),
      f.percent(k.onTimeRate.value),
      f.number(k.qualityOfHire.value, 2),
    ]);
  }
  const unallocated = doc.groups.unallocatedCost ?? 0;
  const note = unallocated === 0 ? '' : `\nShared costs not allocated (no hires in the period): ${f.money(unallocated)}`;
  return table.toString() + note;
}

function reasonLines(doc: ReportDocument, c: ChalkInstance): string[] {
  return Object.entries(doc.reasons).map(([key, reason]) => c.dim(`– ${KPI_LABELS[key as KpiKey] ?? key}: ${reason}`));
}

function inputsLine(doc: ReportDocument): string {
  const parts = Object.values(doc.inputs).map(
    (input) => `${input.file} ${input.rows} rows (${input.accepted} accepted, ${input.rejected} rejected)`,
  );
  return `Inputs: ${parts.join('; ')}`;
}

/** The report as terminal tables: a summary, the duration statistics and, with --by, the groups. */
export function renderTable(doc: ReportDocument, options: TableOptions): string {
  const c = palette(options.colour);
  const f = formatter(options.lang, doc.settings.currency);
  const scale = `${doc.settings.scales.satisfaction.min}–${doc.settings.scales.satisfaction.max}`;
  const days = doc.settings.dayCount === 'business' ? 'working days' : 'calendar days';
  const span = `${doc.period.start} to ${doc.period.end}`;
  const named = doc.period.label === `${doc.period.start}..${doc.period.end}` ? span : `${doc.period.label} (${span})`;
  const title = `${c.bold(`Recruitment KPIs, ${named}`)}\nAs of ${doc.asOf}; durations in ${days}.`;
  const summary = newTable(['KPI', 'Value', 'Based on'], options.colour, ['left', 'right', 'left']);
  for (const row of summaryRows(doc.kpis, f, scale)) summary.push([...row]);
  const blocks = [title, summary.toString(), durationTable(doc.kpis, f, options.colour), groupTable(doc, f, options.colour)];
  const reasons = reasonLines(doc, c);
  if (reasons.length > 0) blocks.push(['Not available:', ...reasons].join('\n'));
  blocks.push(c.dim(inputsLine(doc)));
  return `${blocks.filter((block): block is string => block !== null).join('\n\n')}\n`;
}
