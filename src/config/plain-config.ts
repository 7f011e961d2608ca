import { dayFromIso } from '../core/day.js';
import { OUTCOMES } from '../core/process/application.js';
import { HOURS_ROLES } from '../core/types.js';
import { AREA_KEYS } from '../core/value/areas.js';
import { COLUMNS, normaliseHeader, type TableKind } from '../io/columns.js';
import { HISTORY_STAGES } from '../io/stage-names.js';
import { normaliseWord } from '../io/word-mapping.js';
import type { Config } from './schema.js';

/*
 * A quick check of a config, without zod: building the config's zod schema (a hundred-odd
 * checks) and its first parse cost a short report more than reading its files (SPEC §9,
 * start-up). It accepts only a config that the schema accepts as it is, and returns what the
 * schema's parse returns: the same keys in the schema's order. Anything it is not sure of (a
 * mistake, a label or word with spaces around it, performance labels) it leaves to the schema,
 * which also gives the messages. tests/config/plain-config.test.ts holds it to the schema's answers.
 */

/** What a check returns when it leaves the value to the zod schema. */
const UNSURE = Symbol('unsure');
type Check = (value: unknown) => unknown;

/** As schema.ts: a number of the config has at most 12 digits before the decimal mark. */
const LIMIT = 1e12;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const sized: Check = (value) => (isNumber(value) && value > -LIMIT && value < LIMIT ? value : UNSURE);
const positive: Check = (value) => (sized(value) !== UNSURE && (value as number) > 0 ? value : UNSURE);
const notNegative: Check = (value) => (sized(value) !== UNSURE && (value as number) >= 0 ? value : UNSURE);
const between =
  (min: number, below: number, orEqual: boolean): Check =>
  (value) =>
    isNumber(value) && value >= min && (value < below || (orEqual && value === below)) ? value : UNSURE;
const text: Check = (value) => (typeof value === 'string' ? value : UNSURE);
const filled: Check = (value) => (typeof value === 'string' && value.length > 0 ? value : UNSURE);
const oneOf =
  (choices: readonly unknown[]): Check =>
  (value) =>
    choices.includes(value) ? value : UNSURE;
const listOf =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return UNSURE;
    const out: unknown[] = [];
    for (const entry of value) {
      const checked = item(entry);
      if (checked === UNSURE) return UNSURE;
      out.push(checked);
    }
    return out;
  };
/** A check that must also hold for the checked value as a whole (zod's refine). */
const holding =
  (check: Check, rule: (value: Record<string, unknown>) => boolean): Check =>
  (value) => {
    const checked = check(value);
    return checked !== UNSURE && rule(checked as Record<string, unknown>) ? checked : UNSURE;
  };

/** A strict object: no other keys; its keys in the order of `shape`, as zod returns them. */
function strict(shape: Readonly<Record<string, Check>>): Check {
  return (value) => {
    if (!isObject(value)) return UNSURE;
    for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return UNSURE;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      if (!Object.hasOwn(value, key)) continue;
      const checked = check(value[key]);
      if (checked === UNSURE) return UNSURE;
      out[key] = checked;
    }
    return out;
  };
}

const keyed = (keys: readonly string[], check: Check): Check => strict(Object.fromEntries(keys.map((key) => [key, check])));

/** No word listed under two keys (compared as normaliseWord reads them); twice under one key is fine. */
function distinctWords(lists: Record<string, unknown>): boolean {
  const seen = new Map<string, string>();
  for (const [key, list] of Object.entries(lists)) {
    for (const word of list as string[]) {
      const earlier = seen.get(normaliseWord(word));
      if (earlier !== undefined && earlier !== key) return false;
      seen.set(normaliseWord(word), key);
    }
  }
  return true;
}

function columnMapping(...kinds: TableKind[]): Check {
  const names = new Set(kinds.flatMap((kind) => COLUMNS[kind].map((spec) => spec.name)));
  // Two columns mapped to one header is an error even for the same column twice: one header a column.
  return holding(keyed([...names], filled), (mapping) => new Set(Object.values(mapping).map((header) => normaliseHeader(header as string))).size === Object.keys(mapping).length);
}

/** A word of `statuses` or `stages`: one that zod's trim would change is left to zod. */
const word: Check = (value) => (typeof value === 'string' && value.length > 0 && value.trim() === value ? value : UNSURE);
const wordLists = (keys: readonly string[]): Check => holding(keyed(keys, listOf(word)), distinctWords);

const minBelowMax = (scale: Record<string, unknown>) => (scale.min as number) < (scale.max as number);
const share = between(0, 1, true);
const targets = strict({
  qualityOfHire: share,
  onTimeRate: share,
  timeToFillDays: positive,
  managerSatisfaction: positive,
  candidateSatisfaction: positive,
  costPerHire: positive,
  effortHoursPerHire: positive,
});
const holiday: Check = (value) => (typeof value === 'string' && (value === 'nl' || dayFromIso(value) !== null) ? value : UNSURE);
const workingDaysPerYear: Check = (value) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 366 ? value : UNSURE);

let built: Check | undefined;

/** The config's quick check, in the order and with the rules of buildConfigSchema (schema.ts). */
function buildCheck(): Check {
  return strict({
    $schema: text,
    currency: (value) => (typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : UNSURE),
    lang: oneOf(['en', 'nl']),
    dateFormat: oneOf(['dmy', 'mdy']),
    decimal: oneOf([',', '.']),
    columns: strict({
      hires: columnMapping('hires'),
      costs: columnMapping('costs'),
      hours: columnMapping('hours'),
      applications: columnMapping('applications', 'stageHistory'),
    }),
    rates: keyed(HOURS_ROLES, notNegative),
    businessRoles: listOf(oneOf(HOURS_ROLES)),
    // Performance labels (trimmed keys, each on the scale) are left to zod.
    scales: strict({ performance: holding(strict({ min: sized, max: sized }), minBelowMax), satisfaction: holding(strict({ min: sized, max: sized }), minBelowMax) }),
    targets,
    exampleTargets: targets,
    weights: holding(keyed(AREA_KEYS, notNegative), (weights) => Object.values(weights).some((weight) => (weight as number) > 0)),
    tolerance: between(0, 0.5, false),
    holidays: (value) => (value === 'nl' ? value : listOf(holiday)(value)),
    vacancyCost: holding(
      strict({ perDay: positive, salaryMultiple: positive, workingDaysPerYear }),
      (cost) => (cost.perDay !== undefined) !== (cost.salaryMultiple !== undefined || cost.workingDaysPerYear !== undefined) && (cost.salaryMultiple === undefined) === (cost.workingDaysPerYear === undefined),
    ),
    agreements: strict({ feedbackHours: positive, firstResponseDays: positive }),
    holidayOptions: strict({ goodFriday: (value) => (typeof value === 'boolean' ? value : UNSURE), liberationDay: oneOf(['never', 'lustrum', 'always']) }),
    compare: strict({ materiality: between(0, 1, false) }),
    statuses: wordLists(OUTCOMES),
    stages: wordLists(HISTORY_STAGES),
  });
}

/**
 * The config as the schema would return it, when the quick check is sure the schema accepts it;
 * otherwise undefined, and the schema decides.
 *
 * @example plainConfig({ currency: 'EUR' }) // { currency: 'EUR' }
 * @example plainConfig({ currency: 'euro' }) // undefined: zod says what is wrong
 */
export function plainConfig(json: unknown): Config | undefined {
  built ??= buildCheck();
  const checked = built(json);
  return checked === UNSURE ? undefined : (checked as Config);
}
