import { dayCounter } from './business-days.js';
import { isoOfDay } from './day.js';
import { distributions } from './distributions.js';
import { groupTable } from './grouping.js';
import { computeKpis, type KpiContext, type KpiInput } from './kpis.js';
import { dataSpan, inPeriod } from './period.js';
import { type Listed, RecordList } from './record-list.js';
import { reportSamples } from './samples.js';
import type { Cents, Cost, Period, Records, Report, ReportOptions, ReportWarning } from './types.js';
import { valueBlock } from './value/value-block.js';

/**
 * Cents as a plain decimal amount with a point and two decimals, for messages.
 *
 * @example formatCentsPlain(-25000) // '-250.00'
 */
export function formatCentsPlain(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One warning per negative cost of the period: `negative amount (credit note) of -250.00 included`. */
function negativeCostWarnings(costs: Listed<Cost>): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  for (const cost of costs) {
    if (cost.amount >= 0) continue;
    const message = `negative amount (credit note) of ${formatCentsPlain(cost.amount)} included`;
    warnings.push({ input: 'costs', line: cost.line, message });
  }
  return warnings;
}

/** The period asked for, else the data's span, else (no records at all) the single day `today`. */
function reportPeriod(records: Records, options: ReportOptions): Period {
  return (
    options.period ??
    dataSpan(records) ?? { label: isoOfDay(options.today), start: options.today, end: options.today }
  );
}

/**
 * The report over one period, pure: no clock, no files.
 *
 * period = options.period ?? dataSpan(records) (a one-day period at `today` without records);
 * R = asOf = options.asOf ?? min(period.end, options.today). Hires count when offer_accepted is in
 * the period, costs and hours when their date is; open vacancies are looked for among all hires rows.
 * KPIs per group when options.by is set; time to fill and open-vacancy ages counted into bins (see
 * distributions); warnings name negative costs of the period; the value model over the period's
 * KPIs and hires when options.value is set (see valueBlock); the samples behind the KPIs, for a
 * later comparison (see reportSamples).
 *
 * @example
 * buildReport({ hires, costs, hours }, { period: { label: '2025-Q1', start, end }, asOf: null, today, … })
 * // { period: { label: '2025-Q1', … }, asOf: day of 2025-03-31, kpis: { hires: 2, … }, groups: null, … }
 */
export function buildReport(records: Records, options: ReportOptions): Report {
  const period = reportPeriod(records, options);
  const asOf = options.asOf ?? Math.min(period.end, options.today);
  const input: KpiInput = {
    hires: RecordList.of(records.hires).filter((hire) => hire.offerAccepted !== null && inPeriod(period, hire.offerAccepted)),
    costs: RecordList.of(records.costs).filter((cost) => inPeriod(period, cost.date)),
    hours: RecordList.of(records.hours).filter((entry) => inPeriod(period, entry.date)),
    vacancies: records.hires,
  };
  const ctx: KpiContext = {
    asOf,
    dayCount: options.dayCount,
    holidays: options.holidays,
    businessRoles: options.businessRoles,
    scales: options.scales,
  };
  const { kpis, reasons } = computeKpis(input, ctx);
  const groups = options.by === null ? null : groupTable(input, options.by, ctx);
  return {
    period,
    asOf,
    dayCount: options.dayCount,
    kpis,
    reasons,
    groups,
    distributions: distributions({ hires: input.hires, vacancies: input.vacancies, asOf, days: dayCounter(ctx.dayCount, ctx.holidays) }),
    warnings: negativeCostWarnings(input.costs),
    value: options.value
      ? valueBlock({ kpis, reasons, hires: input.hires, days: dayCounter(ctx.dayCount, ctx.holidays) }, options.value)
      : null,
    samples: reportSamples(input, ctx, groups),
  };
}
