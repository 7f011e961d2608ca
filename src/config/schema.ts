import { dayFromIso } from '../core/day.js';
import { OUTCOMES } from '../core/process/application.js';
import { HOURS_ROLES } from '../core/types.js';
import { AREA_KEYS } from '../core/value/areas.js';
import { COLUMNS, normaliseHeader, type TableKind } from '../io/columns.js';
import { labelKey } from '../io/rating-column.js';
import { HISTORY_STAGES } from '../io/stage-names.js';
import { normaliseWord } from '../io/word-mapping.js';
import * as z from '../io/zod-mini.js';

const HOLIDAY_ENTRY = 'expected "nl" (the Dutch public holidays) or a date as YYYY-MM-DD';
const holidayEntry = () => z.string({ error: HOLIDAY_ENTRY }).check(z.refine((text) => text === 'nl' || dayFromIso(text) !== null, { error: HOLIDAY_ENTRY }));

/**
 * Every number of the config has at most 12 digits before the decimal mark, as a cell of the CSV
 * files (src/io/parse-number.ts): a rate of 1e300 is a typo, not a rate. (It does not make every
 * sum exact: absurd amounts can still add up beyond what a double holds in whole cents.)
 */
const LIMIT = 1e12;
const TOO_LARGE = 'too large: more than 12 digits before the decimal mark';
/**
 * JSON.parse reads 1e400 as Infinity, which zod would call "expected number". Only that issue:
 * an error given to z.number() is used for all its checks, and -50 or 0 is not too large.
 */
const finite = {
  error: (issue: { code?: string; input?: unknown }) => (issue.code === 'invalid_type' && typeof issue.input === 'number' ? TOO_LARGE : undefined),
};
const sized = () => z.number(finite).check(z.gt(-LIMIT, { error: TOO_LARGE }), z.lt(LIMIT, { error: TOO_LARGE }));

const scale = () => z.strictObject({ min: sized(), max: sized() }).check(z.refine((s) => s.min < s.max, { error: 'min must be below max' }));

/**
 * The performance scale, with the labels an HRIS writes instead of numbers (`"Exceeds": 4`), each
 * on the scale; two labels that read alike (`Exceeds`, `exceeds `) must not differ.
 */
const performanceScale = () =>
  z.strictObject({ min: sized(), max: sized(), labels: z.optional(z.record(z.string().check(z.trim(), z.minLength(1)), sized())) }).check(
    z.refine((s) => s.min < s.max, { error: 'min must be below max' }),
    z.superRefine((s, ctx) => {
      const seen = new Map<string, number>();
      for (const [label, value] of Object.entries(s.labels ?? {})) {
        if (value < s.min || value > s.max) {
          ctx.addIssue({ code: 'custom', path: ['labels', label], message: `outside the scale ${s.min}–${s.max}` });
        }
        const key = labelKey(label);
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== value) {
          ctx.addIssue({ code: 'custom', path: ['labels', label], message: 'another spelling of a label with another number' });
        }
        seen.set(key, value);
      }
    }),
  );

const share = () => z.number().check(z.minimum(0), z.maximum(1));

/** An ISO 4217 code as Intl formats money in: the config's `currency`, and --currency. */
export const currencyCode = () => z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO currency code such as EUR' }));
const positive = () => sized().check(z.positive({ error: 'expected a number above 0' }));
const notNegative = () => sized().check(z.minimum(0, { error: 'expected 0 or more' }));

/**
 * One file's `columns` mapping: canonical column → the file's header; `kinds` are the shapes whose
 * columns it names (both shapes of the applications file). Two columns mapped to one header
 * (compared as headers are) would make the later win and the first seem missing.
 */
function columnMapping(...kinds: TableKind[]) {
  const names = new Set(kinds.flatMap((kind) => COLUMNS[kind].map((spec) => spec.name)));
  const headers = Object.fromEntries([...names].map((name) => [name, z.optional(z.string().check(z.minLength(1)))]));
  return z.optional(
    z.strictObject(headers).check(
      z.superRefine((mapping, ctx) => {
        const columnOf = new Map<string, string>();
        for (const [column, header] of Object.entries(mapping)) {
          if (typeof header !== 'string') continue;
          const earlier = columnOf.get(normaliseHeader(header));
          if (earlier !== undefined) {
            ctx.addIssue({ code: 'custom', path: [column], message: `"${header}" is the header ${earlier} is mapped to; each column needs a header of its own` });
          }
          columnOf.set(normaliseHeader(header), column);
        }
      }),
    ),
  );
}

/**
 * The export's words per rkpi word (`statuses`: outcome → status words; `stages`: stage → stage
 * names). A word listed under two keys could mean either, so it is an error.
 */
function wordLists<K extends string>(keys: readonly K[]) {
  const words = () => z.optional(z.array(z.string().check(z.trim(), z.minLength(1))));
  return z.optional(
    z.strictObject(Object.fromEntries(keys.map((key) => [key, words()])) as Record<K, ReturnType<typeof words>>).check(
      z.superRefine((lists, ctx) => {
        const seen = new Map<string, string>();
        for (const key of keys) {
          for (const word of (lists as Partial<Record<K, string[]>>)[key] ?? []) {
            const earlier = seen.get(normaliseWord(word));
            if (earlier !== undefined && earlier !== key) {
              ctx.addIssue({ code: 'custom', path: [key], message: `"${word}" is also listed under "${earlier}"; a word means one thing` });
            }
            seen.set(normaliseWord(word), key);
          }
        }
      }),
    ),
  );
}

/** The value model's targets (SPEC §6.2), each in the unit of its indicator. */
const targets = () =>
  z.strictObject({
    qualityOfHire: z.optional(share()),
    onTimeRate: z.optional(share()),
    timeToFillDays: z.optional(positive()),
    managerSatisfaction: z.optional(positive()),
    candidateSatisfaction: z.optional(positive()),
    costPerHire: z.optional(positive()),
    effortHoursPerHire: z.optional(positive()),
  });

function keyed<K extends string>(keys: readonly K[], value: z.ZodMiniType<number>) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, z.optional(value)])) as Record<K, z.ZodMiniOptional<z.ZodMiniType<number>>>);
}

/**
 * `rkpi.config.json` (SPEC §2.5), key by key: each top-level key's schema is built only when a
 * config has that key (see configSchemaFor). Every object is strict, so a mistyped key is an error
 * that can suggest the key that was meant. Rates and targets are in whole currency units (euros),
 * not cents.
 */
const CONFIG_KEYS = {
  $schema: () => z.optional(z.string()),
  currency: () => z.optional(currencyCode()),
  lang: () => z.optional(z.enum(['en', 'nl'])),
  dateFormat: () => z.optional(z.enum(['dmy', 'mdy'])),
  decimal: () => z.optional(z.enum([',', '.'])),
  columns: () =>
    z.optional(
      z.strictObject({
        hires: columnMapping('hires'),
        costs: columnMapping('costs'),
        hours: columnMapping('hours'),
        applications: columnMapping('applications', 'stageHistory'),
      }),
    ),
  rates: () => z.optional(keyed(HOURS_ROLES, notNegative())),
  businessRoles: () => z.optional(z.array(z.enum(HOURS_ROLES))),
  scales: () => z.optional(z.strictObject({ performance: z.optional(performanceScale()), satisfaction: z.optional(scale()) })),
  targets: () => z.optional(targets()),
  // The examples `rkpi init` writes: no report uses them until they are agreed and renamed `targets`.
  exampleTargets: () => z.optional(targets()),
  weights: () =>
    z.optional(
      keyed(AREA_KEYS, notNegative()).check(
        z.refine((weights) => Object.values(weights).some((weight) => weight > 0), {
          error: 'every weight is 0: give the areas that count a weight above 0, or leave weights out to weigh every area the same',
        }),
      ),
    ),
  // Below 0.5: a budget area scores 0 at ±0.50 from target, so the band must end before that.
  tolerance: () => z.optional(z.number().check(z.minimum(0), z.lt(0.5))),
  // "nl", or a list of ISO dates that may hold "nl" too: ["nl", "2025-12-24"] (SPEC §11.4).
  holidays: () => z.optional(z.union([z.literal('nl'), z.array(holidayEntry())], { error: 'expected "nl", or a list of "nl" and dates as YYYY-MM-DD' })),
  // What an unfilled position costs per working day (SPEC §11.3): a fixed amount in currency
  // units, or the hire's salary × salaryMultiple / workingDaysPerYear. One object with a check
  // rather than a union of two, so that a mistyped key still gets "did you mean".
  vacancyCost: () =>
    z.optional(
      z
        .strictObject({
          perDay: z.optional(positive()),
          salaryMultiple: z.optional(positive()),
          workingDaysPerYear: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(366))),
        })
        .check(
          z.refine((cost) => (cost.perDay !== undefined) !== (cost.salaryMultiple !== undefined || cost.workingDaysPerYear !== undefined), {
            error: 'give either perDay, or salaryMultiple with workingDaysPerYear',
          }),
          z.refine((cost) => (cost.salaryMultiple === undefined) === (cost.workingDaysPerYear === undefined), {
            error: 'salaryMultiple needs workingDaysPerYear (e.g. 230), and workingDaysPerYear needs salaryMultiple',
          }),
        ),
    ),
  // The agreed speed of the process (SPEC §11.4): feedback within hours after an interview, a
  // first response within days after an application.
  agreements: () => z.optional(z.strictObject({ feedbackHours: z.optional(positive()), firstResponseDays: z.optional(positive()) })),
  holidayOptions: () => z.optional(z.strictObject({ goodFriday: z.optional(z.boolean()), liberationDay: z.optional(z.enum(['never', 'lustrum', 'always'])) })),
  compare: () =>
    z.optional(
      z.strictObject({
        // a share: 0.02 is 2 %; 1 or more would call every change of money unchanged
        materiality: z.optional(z.number().check(z.minimum(0), z.lt(1))),
      }),
    ),
  // The applications file (SPEC §2.6, §2.7): the export's status words per outcome, its stage names per stage.
  statuses: () => wordLists(OUTCOMES),
  stages: () => wordLists(HISTORY_STAGES),
};

type ConfigKey = keyof typeof CONFIG_KEYS;
type ConfigShape = { [K in ConfigKey]: ReturnType<(typeof CONFIG_KEYS)[K]> };

/** The schema of the config with the given keys of CONFIG_KEYS, in CONFIG_KEYS' order. */
function schemaOfKeys(keys: readonly ConfigKey[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, CONFIG_KEYS[key]()])) as ConfigShape);
}

const ALL_KEYS = Object.keys(CONFIG_KEYS) as ConfigKey[];
let built: ReturnType<typeof schemaOfKeys> | undefined;

/** The whole config's schema: every key (for the keys a mistyped one may have meant). */
export function configSchema(): ReturnType<typeof schemaOfKeys> {
  built ??= schemaOfKeys(ALL_KEYS);
  return built;
}

/**
 * A schema that reads `json` as configSchema() does, built for the keys `json` has: the others are
 * optional and absent, so their checks could only pass, and strictObject still refuses a key it
 * does not know. Building every key's zod checks (some two hundred schemas) took some 20 ms of a
 * 10-row report with a two-key config; a config names a few keys (SPEC §9, start-up).
 */
function configSchemaFor(json: unknown): ReturnType<typeof schemaOfKeys> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return configSchema();
  return schemaOfKeys(ALL_KEYS.filter((key) => Object.hasOwn(json, key)));
}

/**
 * Checks a config's JSON as configSchema() does, with the schema of its keys (configSchemaFor).
 * `jitless`: zod otherwise compiles a parser of its own for each object schema the first time it
 * parses with it (new Function, which no code cache holds); for the one parse of a config that
 * took some 2 ms more than parsing without one.
 */
export function checkConfig(json: unknown): ReturnType<ReturnType<typeof configSchema>['safeParse']> {
  return z.safeParse(configSchemaFor(json), json, { jitless: true });
}

export type Config = z.infer<ReturnType<typeof configSchema>>;
