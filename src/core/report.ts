import { type DayCounter, dayCounter } from './business-days.js';
import { isoOfDay } from './day.js';
import { distributions } from './distributions.js';
import { groupHires, groupKeyOf, groupTable } from './grouping.js';
import { EVERY_HIRE_COLUMN, hireDay } from './hire-columns.js';
import { type HireValues, hireValuesByGroup, KEPT_VALUES_UP_TO, valuesToRead } from './hire-values.js';
import { computeKpis, hireValueContext, type KpiContext, type KpiInput, kpiValues } from './kpis.js';
import { dataSpan, inPeriod } from './period.js';
import { type Listed, RecordList } from './record-list.js';
import { isOpenAt } from './open-vacancies.js';
import { type FillMeasure, fillMeasure } from './time-to-fill.js';
import { channelAttribution, type GroupProcesses, groupProcesses, mergeSamples } from './process/group-processes.js';
import { DEFAULT_AGREEMENTS, measureProcess, type ProcessContext, type ProcessMeasure } from './process/process-block.js';
import { EVERY_PROCESS_COLUMN } from './process/process-columns.js';
import { type ReportSamples, reportSamples, type Samples, sampledWhenMeasured, samplesOf } from './samples.js';
import type { Cents, Cost, GroupTable, Period, Records, Report, ReportOptions, ReportWarning } from './types.js';
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
 * period = options.period ?? dataSpan(records) (a one-day period at `today` without records).
 * Two reference dates (SPEC §3): the as-of date R = options.asOf ?? options.today, on which
 * outcomes that need time are judged (first years: attrition, quality's retention signal); and
 * S = min(period.end, R), the snapshot day of open vacancies (a vacancy opened after the period is
 * never open in it; one the data knows only until R is counted on R). Hires count when their hire day
 * (offer_accepted, else start_date: see hireDay) is in the period, costs and hours when their date
 * is; open vacancies are looked for among all hires rows. KPIs whose columns the hires file lacks
 * (records.hireColumns) are null with a reason naming the column. A costs or hours file that was
 * not given (null) leaves its figures null with the reason (see costKpis).
 * KPIs per group when options.by is set; time to fill and open-vacancy ages counted into bins (see
 * distributions); warnings name negative costs of the period; the value model over the period's
 * KPIs and hires when options.value is set (see valueBlock); the samples behind the KPIs, for a
 * later comparison (see reportSamples). With an applications file, the process figures of SPEC
 * §10–11 (see measureProcess) over the period, per group too, their channel table costed and
 * qualified as the `--by channel` groups are (see channelAttribution), and their samples.
 *
 * @example
 * buildReport({ hires, costs, hours }, { period: { label: '2025-Q1', start, end }, asOf: null, today, … })
 * // { period: { label: '2025-Q1', … }, asOf: today, openVacanciesOn: day of 2025-03-31, kpis: { hires: 2, … }, … }
 */
export function buildReport(records: Records, options: ReportOptions): Report {
  const period = reportPeriod(records, options);
  const asOf = options.asOf ?? options.today;
  const openOn = Math.min(period.end, asOf);
  const columns = records.hireColumns ?? EVERY_HIRE_COLUMN;
  const input: KpiInput = {
    hires: RecordList.of(records.hires).filter((hire) => {
      const hired = hireDay(hire, columns);
      return hired !== null && inPeriod(period, hired);
    }),
    costs: records.costs === null ? null : RecordList.of(records.costs).filter((cost) => inPeriod(period, cost.date)),
    hours: records.hours === null ? null : RecordList.of(records.hours).filter((entry) => inPeriod(period, entry.date)),
    // Only the rows open on S: every use of the vacancies looks for those (see isOpenAt), and
    // this way the rows are searched for them once rather than once per figure.
    vacancies: RecordList.of(records.hires).filter((row) => isOpenAt(row, openOn, columns)),
  };
  const ctx: KpiContext = {
    asOf,
    openOn,
    dayCount: options.dayCount,
    holidays: options.holidays,
    businessRoles: options.businessRoles,
    scales: options.scales,
    columns,
    vacancyCost: options.vacancyCost ?? null,
  };
  const days = dayCounter(ctx.dayCount, ctx.holidays);
  const fill = fillMeasure(columns, ctx.dayCount, days);
  // Up to KEPT_VALUES_UP_TO hires, a grouped report measures the period's values and its groups'
  // in one pass over the hires (see hireValuesByGroup) rather than one for each.
  const byGroup =
    options.by !== null && input.hires.length <= KEPT_VALUES_UP_TO ? hireValuesByGroup(input.hires, groupKeyOf(options.by), hireValueContext(ctx)) : null;
  const { kpis, reasons, notes, samples: periodSamples, bins } = periodFigures(input, ctx, days, fill, byGroup?.all ?? kpiValues(input.hires, ctx, valuesToRead));
  const applications = records.applications ?? null;
  const processCtx: Omit<ProcessContext, 'channels'> = {
    period,
    asOf,
    dayCount: options.dayCount,
    holidays: options.holidays,
    agreements: options.agreements ?? DEFAULT_AGREEMENTS,
    columns: records.applicationColumns ?? EVERY_PROCESS_COLUMN,
  };
  const groupProcess = applications === null || options.by === null ? null : groupProcesses(applications, options.by, processCtx);
  const grouped = options.by === null ? null : groupHires(input, options.by, ctx, byGroup?.groups ?? null);
  // Each group's samples are taken from the values its KPIs are measured from (see sampledWhenMeasured).
  const groupSamples = new Map<string, Samples>();
  const groups = grouped === null ? null : groupTable(input, grouped.by, ctx, groupProcess, sampledWhenMeasured(grouped, ctx, groupSamples));
  let process: ProcessMeasure | null = null;
  if (applications !== null) {
    const byChannel = processCtx.columns.has('channel') ? (options.by === 'channel' && groups !== null ? groups : groupTable(input, 'channel', ctx)) : null;
    process = measureProcess(applications, { ...processCtx, channels: byChannel === null ? null : channelAttribution(byChannel) });
  }
  return {
    period,
    asOf,
    openVacanciesOn: openOn,
    hiresCountOn: columns.has('offer_accepted') ? 'offer_accepted' : 'start_date',
    dayCount: options.dayCount,
    kpis,
    reasons,
    notes,
    groups,
    distributions: bins,
    warnings: negativeCostWarnings(input.costs ?? []),
    process: process?.block ?? null,
    value: options.value ? valueBlock({ kpis, reasons, notes, hires: input.hires, fill }, options.value) : null,
    samples: withProcessSamples(reportSamples(input, ctx, groups, grouped, periodSamples, groupSamples), process, groups, groupProcess),
  };
}

/**
 * The KPIs of the period, their samples and the distributions, from the values of its hires.
 * Over many hires those are measured into typed arrays (see valuesToRead), once for every figure:
 * as arrays the period's lists would take some 60 MB over a million hires.
 */
function periodFigures(input: KpiInput, ctx: KpiContext, days: DayCounter, fill: FillMeasure, values: HireValues) {
  const { openOn, columns } = ctx;
  return {
    ...computeKpis(input, ctx, values),
    samples: samplesOf(input.hires, input.vacancies, ctx, values),
    bins: distributions({ hires: input.hires, vacancies: input.vacancies, openOn, days, fill, columns, fillDays: values.timeToFill }),
  };
}

/** The report's samples with those of its process figures, of the period and of each group. */
function withProcessSamples(samples: ReportSamples, process: ProcessMeasure | null, groups: GroupTable | null, groupProcess: GroupProcesses | null): ReportSamples {
  if (process === null) return samples;
  const rows = samples.groups?.map((row) => (groupProcess === null ? row : { key: row.key, samples: mergeSamples(row.samples, groupProcess.measureOf(row.key).samples) }));
  return { ...samples, kpis: mergeSamples(samples.kpis, process.samples), groups: groups === null ? samples.groups : (rows ?? null) };
}
