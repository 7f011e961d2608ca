/**
 * The typed records the core computes on, and the report it returns.
 *
 * Dates are whole days since 1970-01-01 (`Day`), so durations are plain subtraction and no time
 * zone can shift a date. Money is integer cents (`Cents`): sums of money never go through floats.
 */

import type { Distributions } from './distributions.js';
import type { HireColumns } from './hire-columns.js';
import type { Application } from './process/application.js';
import type { Agreements } from './process/process-block.js';
import type { ProcessColumns } from './process/process-columns.js';
import type { ProcessBlock } from './process/process-types.js';
import type { Listed } from './record-list.js';
import type { CostOfVacancy, OpenVacancyCosts, VacancyCostRule } from './urgency/cost-of-vacancy.js';
import type { ReportSamples } from './samples.js';
import type { ValueBlock, ValueModel } from './value/value-block.js';

/** Whole days since 1970-01-01 (day 0 is 1970-01-01). */
export type Day = number;

/** An amount of money in integer cents of the run's currency. */
export type Cents = number;

/**
 * Grouping attributes of a record, keyed by canonical column name (`department`, `channel`,
 * `role`, `recruiter`, `hiring_manager`, `location`, `vacancy_id`) or by the normalised header of
 * an extra column. A Map, so a header such as `__proto__` is just a key. Empty cells are absent.
 */
export type Dimensions = ReadonlyMap<string, string>;

/** Who spent recruitment hours (hours file, column `role`). */
export const HOURS_ROLES = ['recruiter', 'hiring_manager', 'interviewer', 'hr', 'management', 'other'] as const;
export type HoursRole = (typeof HOURS_ROLES)[number];

/**
 * One row of the hires file. A row without its hire day (see hireDay: offer_accepted, else
 * start_date) is an open vacancy, not a hire.
 */
export interface Hire {
  readonly line: number;
  readonly hireId: string | null;
  readonly vacancyOpened: Day | null;
  /** The file's own time to fill in days (its `time_to_fill` column), as the ATS computed it. */
  readonly statedTimeToFill: number | null;
  readonly applicationDate: Day | null;
  readonly offerAccepted: Day | null;
  readonly startDate: Day | null;
  readonly neededBy: Day | null;
  readonly performanceRating: number | null;
  readonly probationPassed: boolean | null;
  readonly leftDate: Day | null;
  readonly managerSatisfaction: number | null;
  readonly candidateSatisfaction: number | null;
  /** First-year compensation. */
  readonly salary: Cents | null;
  readonly dims: Dimensions;
}

export type CostType = 'external' | 'internal';

/** One row of the costs file. */
export interface Cost {
  readonly line: number;
  readonly date: Day;
  /** Negative for credit notes. */
  readonly amount: Cents;
  readonly type: CostType;
  readonly category: string | null;
  readonly dims: Dimensions;
}

/** One row of the hours file; `rate` is resolved from the row or from the config's `rates`. */
export interface HoursEntry {
  readonly line: number;
  readonly date: Day;
  readonly hours: number;
  readonly role: HoursRole;
  /** Cents per hour. */
  readonly rate: Cents;
  readonly person: string | null;
  readonly dims: Dimensions;
}

/** An inclusive range of days with the label the user gave it (`2025-Q3`, `2025-01-01..2025-06-30`). */
export interface Period {
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
}

export interface Scale {
  readonly min: number;
  readonly max: number;
}

export type DayCount = 'calendar' | 'business';

/** Everything besides the records that changes a figure. */
export interface ReportOptions {
  /** null: the whole span of the data is one period. */
  readonly period: Period | null;
  /**
   * The as-of date (SPEC §3): outcomes that need time to show (first-year attrition, quality of
   * hire's retention signal) are judged on it; null: `today`. Open vacancies are a snapshot at the
   * period end, or at this date when it is earlier.
   */
  readonly asOf: Day | null;
  /** The caller's clock; the core never reads one. */
  readonly today: Day;
  readonly dayCount: DayCount;
  /** Days that are not working days with `dayCount: 'business'`. */
  readonly holidays: readonly Day[];
  /** Hours of these roles are the business's effort (Inspanning) and are left out of costPerHireComparable. */
  readonly businessRoles: readonly HoursRole[];
  readonly scales: { readonly performance: Scale; readonly satisfaction: Scale };
  /** Dimension key to group by, or null. */
  readonly by: string | null;
  /** The value model's targets, weights and tolerance; absent or null: no value block. */
  readonly value?: ValueModel | null;
  /** What an unfilled position costs per working day (SPEC §11.3); absent or null: no cost of vacancy. */
  readonly vacancyCost?: VacancyCostRule | null;
  /** The agreed feedback and first-response times (SPEC §11.4); absent: 24 hours and 5 days. */
  readonly agreements?: Agreements;
}

/**
 * The accepted rows of each input: arrays, or RecordLists over the tables' columns (no object kept
 * per row). A costs or hours file that was not given is null: its figures are not measured, never
 * €0 (SPEC §2.4); a file that was given but has no rows in the period is a real 0.
 */
export interface Records {
  readonly hires: Listed<Hire>;
  readonly costs: Listed<Cost> | null;
  readonly hours: Listed<HoursEntry> | null;
  /** The applications file's rows (SPEC §2.6); absent or null without an applications file. */
  readonly applications?: Listed<Application> | null;
  /** The columns the applications file has; absent: every column (records built in memory). */
  readonly applicationColumns?: ProcessColumns;
  /** The columns the hires file has; absent: every column (records built in memory). */
  readonly hireColumns?: HireColumns;
}

/** Summary of a list of durations in days; every figure is null when n is 0. */
export interface DurationStats {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** Excel PERCENTILE.INC(values, 0.9). */
  readonly p90: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Sums of cost and hours rows, in cents (rows of a file that was not given count as none). */
export interface CostTotals {
  readonly external: Cents;
  readonly internal: Cents;
  /** Σ hours × rate. */
  readonly time: Cents;
  /** The part of `time` spent by business roles. */
  readonly businessTime: Cents;
  readonly total: Cents;
}

/**
 * The cost totals as reported: external and internal are null without a costs file, time and
 * businessTime without an hours file, total without a costs file (SPEC §2.4).
 */
export type MeasuredCosts = { readonly [K in keyof CostTotals]: Cents | null };

/** The figures of the cost block, as keys of reasons and notes: `costs.total`, … */
export type CostKey = `costs.${keyof CostTotals}`;

export interface Satisfaction {
  readonly n: number;
  readonly mean: number | null;
  /** The mean mapped onto 0..1 of its scale. */
  readonly normalised: number | null;
}

/** A share with the number of records it was computed over. */
export interface Share {
  readonly n: number;
  readonly value: number | null;
}

/** Every KPI of SPEC §4. Money per hire is in cents, not rounded. */
export interface Kpis {
  readonly hires: number;
  /** count null: not measured (the hires file has no vacancy_opened column). */
  readonly openVacancies: { readonly count: number | null; readonly age: DurationStats };
  readonly costs: MeasuredCosts;
  readonly costPerHire: number | null;
  readonly costPerHireComparable: number | null;
  readonly externalCostPerHire: number | null;
  readonly internalCostPerHire: number | null;
  /** Percent. */
  readonly recruitingCostRatio: number | null;
  readonly timeToFill: DurationStats;
  readonly timeToHire: DurationStats;
  readonly timeToStart: DurationStats;
  readonly onTimeRate: Share;
  readonly qualityOfHire: Share;
  readonly firstYearAttrition: Share;
  readonly managerSatisfaction: Satisfaction;
  readonly candidateSatisfaction: Satisfaction;
  /** null without an hours file. */
  readonly effortHours: number | null;
  readonly effortHoursPerHire: number | null;
  /** An estimate: what the hires' vacancies cost while open, in working days (SPEC §11.3). */
  readonly costOfVacancy: CostOfVacancy;
  /** An estimate: costPerHire + costOfVacancy.perHire, in cents. */
  readonly totalCostPerHire: number | null;
  /** An estimate: the cost so far of each vacancy open on the reference day. */
  readonly openVacancyCost: OpenVacancyCosts;
}

export type KpiKey = keyof Kpis;

/** A KPI or one figure of the cost block. */
export type FigureKey = KpiKey | CostKey;

/** Why a figure is null, keyed by KPI (or `costs.total`, …). */
export type Reasons = Readonly<Partial<Record<FigureKey, string>>>;

/**
 * What a figure that has a value leaves out, keyed like Reasons: without an hours file, the total
 * and the costs per hire are `without time cost: no hours file`.
 */
export type Notes = Readonly<Partial<Record<FigureKey, string>>>;

export interface GroupRow {
  readonly key: string;
  /** Costs that carry this group's attribute; null without a costs file, as the total. */
  readonly directCost: Cents | null;
  /** This group's share of the costs without the attribute, in proportion to hires; null without a costs file. */
  readonly allocatedCost: Cents | null;
  readonly kpis: Kpis;
  readonly reasons: Reasons;
  readonly notes: Notes;
  /** The group's process figures (its applications); null without an applications file. */
  readonly process: ProcessBlock | null;
}

export interface GroupTable {
  readonly by: string;
  readonly rows: readonly GroupRow[];
  /** Shared costs that could not be allocated because the period has no hires (0 otherwise); null without a costs file. */
  readonly unallocatedCost: Cents | null;
}

/** A remark about one input record; the shell names the file. */
export interface ReportWarning {
  readonly input: 'hires' | 'costs' | 'hours';
  readonly line: number;
  readonly message: string;
}

export interface Report {
  /** The period reported on; the data's own span when no period was asked for. */
  readonly period: Period;
  /** The as-of date: first years and quality of hire's retention signal are judged on it. */
  readonly asOf: Day;
  /** The day open vacancies are counted on: the period end, or the as-of date when earlier. */
  readonly openVacanciesOn: Day;
  /** The column a hire counts on (SPEC §2.2): offer_accepted, or start_date in a file without it. */
  readonly hiresCountOn: 'offer_accepted' | 'start_date';
  readonly dayCount: DayCount;
  readonly kpis: Kpis;
  readonly reasons: Reasons;
  readonly notes: Notes;
  readonly groups: GroupTable | null;
  /** Time to fill and open-vacancy ages counted into bins of days, for histograms. */
  readonly distributions: Distributions;
  /** Remarks about the data that do not stop the report (negative costs, …). */
  readonly warnings: readonly ReportWarning[];
  /** The process figures of SPEC §10–11 (the applications file); null without one. */
  readonly process: ProcessBlock | null;
  /** The value model over the period (SPEC §6); null when no value model was asked for. */
  readonly value: ValueBlock | null;
  /** What a later comparison needs to tell a real change from noise (SPEC §5). */
  readonly samples: ReportSamples;
}
