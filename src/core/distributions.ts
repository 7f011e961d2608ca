import type { DayCounter } from './business-days.js';
import { timeToFillDays } from './durations.js';
import { type Bin, bucketCounts, bulkBins } from './histogram.js';
import type { HireColumns } from './hire-columns.js';
import { openVacancyAges } from './open-vacancies.js';
import type { Listed } from './record-list.js';
import type { FillMeasure } from './time-to-fill.js';
import type { Day, Hire } from './types.js';

/** Upper limits of the ageing buckets of open vacancies: 0–30, 31–60, 61–90 and over 90 days. */
export const AGEING_LIMITS = [30, 60, 90] as const;

/** How the period's durations are spread, for histograms: counts per bin of days. */
export interface Distributions {
  /** Hires per bin of time to fill: equal bins from 0 fitting the bulk, maybe an open last bin (see bulkBins); [] without hires. */
  readonly timeToFill: readonly Bin[];
  /** Open vacancies on the snapshot day per age bucket 0–30, 31–60, 61–90, > 90 days. */
  readonly openVacancyAge: readonly Bin[];
}

/**
 * The spread of time to fill (by the report's measure) over the period's hires, in equal bins from
 * 0 that fit the bulk (at most 12, and one open-ended bin for the longest fills when they would
 * force wider bins; see bulkBins), and of the ages of the vacancies open on the day S in the
 * buckets of AGEING_LIMITS. The counts add up to timeToFill.n and openVacancies.count.
 *
 * @example
 * // fills of 18, 23 and 35 days; vacancies open on R for 12 and 95 days
 * distributions({ hires, vacancies, openOn: R, days: calendarDays, fill: { from: 'dates', days: calendarDays }, columns })
 * // { timeToFill: [0–4: 0, 5–9: 0, …, 15–19: 1, 20–24: 1, 25–29: 0, 30–34: 0, 35–39: 1],
 * //   openVacancyAge: [0–30: 1, 31–60: 0, 61–90: 0, 91–: 1] }
 */
export function distributions(input: {
  readonly hires: Listed<Hire>;
  readonly vacancies: Listed<Hire>;
  /** The day the open vacancies are counted on. */
  readonly openOn: Day;
  readonly days: DayCounter;
  readonly fill: FillMeasure;
  readonly columns: HireColumns;
  /** The hires' times to fill (timeToFillDays of hires by fill), when the caller has them already. */
  readonly fillDays?: ArrayLike<number>;
}): Distributions {
  return {
    timeToFill: bulkBins(input.fillDays ?? timeToFillDays(input.hires, input.fill)),
    openVacancyAge: input.columns.has('vacancy_opened')
      ? bucketCounts(openVacancyAges(input.vacancies, input.openOn, input.days, input.columns), AGEING_LIMITS)
      : [],
  };
}
