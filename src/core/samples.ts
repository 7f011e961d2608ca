import { dayCounter } from './business-days.js';
import { firstYearsKnown } from './first-year.js';
import { groupHires, type HireGroups } from './grouping.js';
import { lackingAny } from './hire-columns.js';
import type { HireValues } from './hire-values.js';
import { type KpiContext, type KpiInput, kpiValues } from './kpis.js';
import { openVacancyAges } from './open-vacancies.js';
import { type Listed, RecordList } from './record-list.js';
import { meanSample } from './stats/mean-sample.js';
import type { ValuesSample } from './stats/quantile-bootstrap.js';
import { thinSorted } from './stats/thin-sorted.js';
import type { MeanSample } from './stats/welch.js';
import { thinnedValues, wholeCounts } from './stats/whole-counts.js';
import type { Proportion } from './stats/wilson.js';
import type { GroupTable, Hire } from './types.js';

/** The most duration values a snapshot keeps per figure; above it, evenly spaced ones (thinSorted). */
export const VALUES_CAP = 100_000;

/**
 * What a comparison needs to tell a real change from noise, by sample name: the counts behind a
 * share, n/mean/sd behind a mean, the sorted values behind a median or p90.
 */
export interface Samples {
  readonly proportions: Readonly<Record<string, Proportion>>;
  /** null: no value to take the mean of. */
  readonly means: Readonly<Record<string, MeanSample | null>>;
  readonly values: Readonly<Record<string, ValuesSample>>;
}

/** The samples of a report: of the period, and of each group when grouped (in the groups' order). */
export interface ReportSamples {
  readonly valuesCap: number;
  readonly kpis: Samples;
  readonly groups: readonly { readonly key: string; readonly samples: Samples }[] | null;
}

const NONE = { successes: 0, n: 0 };

/**
 * Values sorted for a quantile's interval, at most VALUES_CAP of them (evenly spaced by rank above it).
 *
 * @example sortedValues([5, 2, 9]) // { n: 3, sorted: Float64Array [2, 5, 9] }
 */
export function sortedValues(values: ArrayLike<number>): ValuesSample {
  // Whole days are read off their counts (see wholeCounts), without a sorted copy of them all.
  const counted = wholeCounts(values);
  if (counted !== null) return { n: values.length, sorted: thinnedValues(counted, VALUES_CAP) };
  return { n: values.length, sorted: thinSorted(Float64Array.from(values).sort(), VALUES_CAP) };
}

/**
 * The samples behind the KPIs of some hires, and of the vacancies among `vacancies` that are open
 * on S = ctx.openOn (SPEC §4 definitions), as the KPIs measure them: empty where the hires file
 * lacks the KPI's columns (ctx.columns), time to fill by the report's measure (see fillMeasure):
 * - proportions: onTimeRate (on time of the hires with start_date and needed_by) and
 *   firstYearAttrition (left of the hires whose first year is over on R);
 * - means: the three durations, qualityOfHire (each hire's hireQuality), both satisfactions;
 * - values: the three durations and openVacancyAge, sorted, at most VALUES_CAP of each.
 * All but the open-vacancy ages come from `values`, the hires' values (see kpiValues), which the
 * KPIs of the same hires are made from.
 *
 * @example samplesOf(hires, rows, ctx).proportions.onTimeRate // { successes: 24, n: 54 }
 */
export function samplesOf(hires: Listed<Hire>, vacancies: Listed<Hire>, ctx: KpiContext, values: HireValues = kpiValues(hires, ctx)): Samples {
  const { columns } = ctx;
  const days = dayCounter(ctx.dayCount, ctx.holidays);
  const durationSample = (list: ArrayLike<number>) => ({ mean: meanSample(list), sorted: sortedValues(list) });
  const fill = durationSample(values.timeToFill);
  const hire = durationSample(values.timeToHire);
  const start = durationSample(values.timeToStart);
  const ages = columns.has('vacancy_opened') ? openVacancyAges(vacancies, ctx.openOn, days, columns) : [];
  return {
    proportions: {
      onTimeRate: lackingAny(columns, 'start_date', 'needed_by') === null ? values.onTime : NONE,
      firstYearAttrition: firstYearsKnown(columns) ? values.leftInFirstYear : NONE,
    },
    means: {
      timeToFill: fill.mean,
      timeToHire: hire.mean,
      timeToStart: start.mean,
      qualityOfHire: meanSample(values.quality),
      managerSatisfaction: meanSample(values.managerSatisfaction),
      candidateSatisfaction: meanSample(values.candidateSatisfaction),
    },
    values: { timeToFill: fill.sorted, timeToHire: hire.sorted, timeToStart: start.sorted, openVacancyAge: sortedValues(ages) },
  };
}

/**
 * The samples of the period's hires, and of each group's hires and open vacancies (grouped as
 * groupTable groups them) when the report is grouped. `grouped` and `kpis` are the groups and
 * the period's samples, and `taken` the samples of groups already taken (see sampledWhenMeasured),
 * when the caller has them.
 *
 * @example reportSamples(input, ctx, groupTable(input, 'department', ctx)).groups?.[0]?.key // 'Facilitair'
 */
export function reportSamples(
  input: KpiInput,
  ctx: KpiContext,
  groups: GroupTable | null,
  grouped: HireGroups | null = groups === null ? null : groupHires(input, groups.by, ctx),
  kpis: Samples = samplesOf(input.hires, input.vacancies, ctx),
  taken: ReadonlyMap<string, Samples> = new Map(),
): ReportSamples {
  if (groups === null || grouped === null) return { valuesCap: VALUES_CAP, kpis, groups: null };
  const rows = groups.rows.map((row) => ({ key: row.key, samples: taken.get(row.key) ?? groupSamples(grouped, row.key, ctx, grouped.values(row.key)) }));
  return { valuesCap: VALUES_CAP, kpis, groups: rows };
}

const NO_HIRES = RecordList.of<Hire>([]);

/** The samples of one group of `grouped`, from its values. */
const groupSamples = (grouped: HireGroups, key: string, ctx: KpiContext, values: HireValues): Samples =>
  samplesOf(grouped.hires.get(key) ?? NO_HIRES, grouped.open.get(key) ?? NO_HIRES, ctx, values);

/**
 * The same groups, whose samples are taken into `taken` (by key, for reportSamples) the first time
 * a group's values are asked for. Over many hires a group's values are measured each time they
 * are asked for and not kept (see HireGroups): taking the samples from the values the group's
 * KPIs are measured from spares a second pass over every hire, and holds no more than the samples,
 * which the report keeps anyway.
 *
 * @example groupTable(input, 'department', ctx, null, sampledWhenMeasured(grouped, ctx, taken)) // taken then holds every group's samples
 */
export function sampledWhenMeasured(grouped: HireGroups, ctx: KpiContext, taken: Map<string, Samples>): HireGroups {
  return {
    ...grouped,
    values: (key) => {
      const values = grouped.values(key);
      if (!taken.has(key)) taken.set(key, groupSamples(grouped, key, ctx, values));
      return values;
    },
  };
}
