import { COMPARE_DEFAULTS } from '../core/compare/metric.js';
import { dayFromIso, dayFromYmd } from '../core/day.js';
import { DEFAULT_DUTCH_HOLIDAY_OPTIONS } from '../core/holidays/dutch-holidays.js';
import { type HolidayCalendar, holidayDays } from '../core/holidays/holiday-calendar.js';
import { PERIOD_FORMS, parsePeriod } from '../core/period.js';
import { type Agreements, DEFAULT_AGREEMENTS } from '../core/process/process-block.js';
import { HOURS_ROLES, type Day, type HoursRole, type Period, type Scale } from '../core/types.js';
import { type Config, currencyCode } from '../config/schema.js';
import type { VacancyCostRule } from '../core/urgency/cost-of-vacancy.js';
import type { AreaRecord } from '../core/value/areas.js';
import { hasValueTargets, type ValueModel } from '../core/value/value-block.js';
import { UsageError } from '../errors.js';
import type { EncodingOption } from '../io/decode.js';
import { shorten } from '../io/problem.js';
import type { InputSettings } from '../io/load-inputs.js';
import { labelKey } from '../io/rating-column.js';
import type { DecimalMark } from '../io/parse-number.js';
import { type DateOrder, EARLIEST_YEAR, LATEST_YEAR } from '../io/parse-date.js';
import { DELIMITERS, type Delimiter } from '../io/sniff-delimiter.js';
import { langOfLocale } from './messages/message-language.js';
import type { VacancyCostSetting } from '../render/document.js';
import { stageMap } from '../io/stage-names.js';
import { statusMap } from '../io/statuses.js';
import type { Lang } from '../render/format.js';

/** The flags every command that reads CSV files shares (commander's camelCased names). */
export interface InputFlags {
  readonly currency?: string;
  readonly dateFormat?: DateOrder;
  readonly decimal?: DecimalMark;
  readonly delimiter?: string;
  readonly encoding?: EncodingOption;
  readonly lang?: Lang;
}

export const DEFAULT_SCALES: { performance: Scale; satisfaction: Scale } = {
  performance: { min: 1, max: 5 },
  satisfaction: { min: 1, max: 10 },
};
export const DEFAULT_BUSINESS_ROLES: readonly HoursRole[] = ['hiring_manager', 'interviewer', 'management'];

/** The language: flag, then config, then LC_ALL / LC_MESSAGES / LANG (nl_* is Dutch), else English. */
export function resolveLang(flag: Lang | undefined, config: Config, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag) return flag;
  if (config.lang) return config.lang;
  return langOfLocale(env);
}

export function delimiterOf(flag: string | undefined): Delimiter | null {
  if (flag === undefined) return null;
  const named: Readonly<Record<string, Delimiter>> = { tab: '\t', '\\t': '\t', semicolon: ';', comma: ',', pipe: '|' };
  const delimiter = named[flag.toLowerCase()] ?? flag;
  if ((DELIMITERS as readonly string[]).includes(delimiter)) return delimiter as Delimiter;
  throw new UsageError(`--delimiter "${shorten(flag)}" is not one of , ; tab |`, 'leave it out to sniff the delimiter from the header');
}

const cents = (euros: number): number => Math.round(euros * 100);

/** The run's one currency: --currency (checked as the config's `currency` is), the config's, else EUR. */
export function currencyOf(flag: string | undefined, config: Config): string {
  if (flag === undefined) return config.currency ?? 'EUR';
  const code = flag.toUpperCase();
  const checked = currencyCode().safeParse(code);
  if (checked.success) return code;
  throw new UsageError(`--currency "${shorten(flag)}": ${checked.error.issues[0]?.message ?? 'not a currency code'}`, 'give the ISO code of the currency, e.g. --currency EUR or --currency USD');
}

/** How to read the input files: flags beat the config, the config beats the defaults. */
export function inputSettings(flags: InputFlags, config: Config, lang: Lang): InputSettings {
  const rates: Partial<Record<string, number>> = {};
  for (const role of HOURS_ROLES) {
    const rate = config.rates?.[role];
    if (rate !== undefined) rates[role] = cents(rate);
  }
  return {
    table: {
      encoding: flags.encoding ?? 'auto',
      delimiter: delimiterOf(flags.delimiter),
      currency: currencyOf(flags.currency, config),
      dateOrder: flags.dateFormat ?? config.dateFormat ?? null,
      dateFallback: 'dmy',
      decimal: flags.decimal ?? config.decimal ?? null,
      decimalFallback: lang === 'nl' ? ',' : '.',
      columns: config.columns ?? {},
      ratingLabels: ratingLabelsOf(config),
    },
    record: { scales: scalesOf(config), rates, statuses: statusMap(config.statuses), stages: stageMap(config.stages) },
  };
}

export function scalesOf(config: Config): { performance: Scale; satisfaction: Scale } {
  const performance = config.scales?.performance;
  return {
    performance: performance === undefined ? DEFAULT_SCALES.performance : { min: performance.min, max: performance.max },
    satisfaction: config.scales?.satisfaction ?? DEFAULT_SCALES.satisfaction,
  };
}

/** The config's performance labels by labelKey, for reading the rating column. */
function ratingLabelsOf(config: Config): ReadonlyMap<string, number> {
  return new Map(Object.entries(config.scales?.performance?.labels ?? {}).map(([label, value]) => [labelKey(label), value] as const));
}

/** A period flag's value read as a period; a usage error that names the flag when it is none. */
export function periodOf(flag: string | undefined, option = '--period'): Period | null {
  if (flag === undefined) return null;
  const reading = parsePeriod(flag);
  if (reading.ok) return reading.period;
  throw new UsageError(`bad ${option} "${shorten(flag)}"${reading.why === null ? '' : `: ${reading.why}`}`, `use ${PERIOD_FORMS}`);
}

export function asOfDay(flag: string | undefined): Day | null {
  if (flag === undefined) return null;
  const day = dayFromIso(flag);
  if (day === null) throw new UsageError(`bad --as-of "${shorten(flag)}"`, 'give a date as YYYY-MM-DD, e.g. --as-of 2025-12-31');
  return day;
}

/**
 * The level of a comparison's intervals from `--confidence` in percent (90, 95, 99.5 or `95%`):
 * 0.9 without the flag. A usage error outside 50–99.9, which also catches a share such as 0.95.
 */
export function confidenceOf(flag: string | undefined): number {
  if (flag === undefined) return COMPARE_DEFAULTS.confidence;
  const percent = Number(flag.trim().replace(/%$/, ''));
  if (/^\s*$/.test(flag) || !(percent >= 50 && percent <= 99.9)) {
    throw new UsageError(`bad --confidence "${flag}": give the level in percent, from 50 to 99.9`, 'e.g. --confidence 95 for 95% intervals (the default is 90)');
  }
  return Number((percent / 100).toPrecision(12));
}

/** A relative change of an accounting figure under this is no change: the config's compare.materiality, else 2 %. */
export function materialityOf(config: Config): number {
  return config.compare?.materiality ?? COMPARE_DEFAULTS.materiality;
}

/** Today's date on the caller's clock, as a Day. */
export function todayOf(now: Date): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

/**
 * The holiday calendar the config asks for: `holidays` is "nl", a list of ISO dates, or a list
 * that mixes them; `holidayOptions` sets the CAO's choices for the Dutch ones.
 */
export function holidayCalendarOf(config: Config): HolidayCalendar {
  const entries = config.holidays === undefined ? [] : config.holidays === 'nl' ? ['nl'] : config.holidays;
  const dutch = entries.includes('nl') ? { ...DEFAULT_DUTCH_HOLIDAY_OPTIONS, ...config.holidayOptions } : null;
  const dates = entries.map((entry) => dayFromIso(entry)).filter((day): day is Day => day !== null);
  return { dutch, dates };
}

/**
 * The non-working days of the config's holidays. The Dutch ones are computed for every year a
 * date cell may hold (EARLIEST_YEAR–LATEST_YEAR, some 1,650 days): no figure then depends on
 * which years the data happens to span, and it costs well under a millisecond.
 */
export function holidaysOf(config: Config): Day[] {
  return holidayDays(holidayCalendarOf(config), EARLIEST_YEAR, LATEST_YEAR);
}

/** The config's vacancyCost as it writes it, for the record of a snapshot; null when it sets none. */
export function vacancyCostSetting(config: Config): VacancyCostSetting | null {
  const cost = config.vacancyCost;
  if (cost === undefined) return null;
  if (cost.perDay !== undefined) return { perDay: cost.perDay };
  const { salaryMultiple, workingDaysPerYear } = cost;
  return salaryMultiple === undefined || workingDaysPerYear === undefined ? null : { salaryMultiple, workingDaysPerYear };
}

/** The config's vacancyCost with money in cents; null when the config sets none. */
export function vacancyCostOf(config: Config): VacancyCostRule | null {
  const setting = vacancyCostSetting(config);
  if (setting === null) return null;
  return 'perDay' in setting ? { perDay: cents(setting.perDay) } : setting;
}

/**
 * Whether the config holds only the example targets `rkpi init` wrote: the value model is then
 * left out, and the output says why.
 *
 * @example exampleTargetsOnly({ exampleTargets: { costPerHire: 4000 } }) // true
 */
export function exampleTargetsOnly(config: Config): boolean {
  return !hasValueTargets(config.targets) && hasValueTargets(config.exampleTargets);
}

/**
 * That a config holds only the example targets of `rkpi init`, and what to do about it.
 *
 * @example exampleTargetsText('rkpi.config.json') // 'rkpi.config.json has only the example targets …'
 */
export function exampleTargetsText(configName: string): { readonly fact: string; readonly todo: string } {
  return {
    fact: `${configName} has only the example targets of rkpi init ("exampleTargets")`,
    todo: 'adjust them to what the organisation agreed and rename the key to "targets"',
  };
}

/**
 * The value model the config asks for: its targets, weights and tolerance, and the actuals of a
 * scores file. Null when the config sets no target (then there is no value block).
 */
export function valueModelOf(config: Config, scores: Partial<AreaRecord<number>> = {}): ValueModel | null {
  if (!config.targets || !hasValueTargets(config.targets)) return null;
  return { targets: config.targets, weights: config.weights ?? null, tolerance: config.tolerance ?? null, scores };
}

/**
 * The config's agreements, each defaulting as SPEC §11.4 says: feedback within 24 hours, a first
 * response within 5 days.
 *
 * @example agreementsOf({ agreements: { feedbackHours: 48 } }) // { feedbackHours: 48, firstResponseDays: 5 }
 */
export function agreementsOf(config: Config): Agreements {
  return { ...DEFAULT_AGREEMENTS, ...config.agreements };
}
