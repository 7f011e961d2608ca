import * as z from 'zod';
import { dayFromIso } from '../core/day.js';
import { HOURS_ROLES } from '../core/types.js';
import { AREA_KEYS } from '../core/value/areas.js';
import { COLUMNS, type FileKind } from '../io/columns.js';

const isoDate = z.string().refine((text) => dayFromIso(text) !== null, { error: 'expected a date as YYYY-MM-DD' });

/**
 * Every number of the config has at most 12 digits before the decimal mark, as a cell of the CSV
 * files (src/io/parse-number.ts): a rate of 1e300 is a typo, not a rate. (It does not make every
 * sum exact: absurd amounts can still add up beyond what a double holds in whole cents.)
 */
const LIMIT = 1e12;
const TOO_LARGE = 'too large: more than 12 digits before the decimal mark';
/** JSON.parse reads 1e400 as Infinity, which zod would call "expected number". */
const finite = { error: (issue: { input?: unknown }) => (typeof issue.input === 'number' ? TOO_LARGE : undefined) };
const sized = () => z.number(finite).gt(-LIMIT, { error: TOO_LARGE }).lt(LIMIT, { error: TOO_LARGE });

const scale = z
  .strictObject({ min: sized(), max: sized() })
  .refine((s) => s.min < s.max, { error: 'min must be below max' });

const share = z.number().min(0).max(1);
const positive = sized().positive();
const notNegative = sized().min(0);

function columnMapping(kind: FileKind) {
  return z.strictObject(Object.fromEntries(COLUMNS[kind].map((spec) => [spec.name, z.string().min(1).optional()]))).optional();
}

function keyed<K extends string>(keys: readonly K[], value: z.ZodType<number>) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value.optional()])) as Record<K, z.ZodOptional<z.ZodType<number>>>);
}

/**
 * `rkpi.config.json` (SPEC §2.5). Every object is strict, so a mistyped key is an error that can
 * suggest the key that was meant. Rates and targets are in whole currency units (euros), not cents.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO currency code such as EUR' })
    .optional(),
  lang: z.enum(['en', 'nl']).optional(),
  dateFormat: z.enum(['dmy', 'mdy']).optional(),
  decimal: z.enum([',', '.']).optional(),
  columns: z
    .strictObject({ hires: columnMapping('hires'), costs: columnMapping('costs'), hours: columnMapping('hours') })
    .optional(),
  rates: keyed(HOURS_ROLES, notNegative).optional(),
  businessRoles: z.array(z.enum(HOURS_ROLES)).optional(),
  scales: z.strictObject({ performance: scale.optional(), satisfaction: scale.optional() }).optional(),
  targets: z
    .strictObject({
      qualityOfHire: share.optional(),
      onTimeRate: share.optional(),
      timeToFillDays: positive.optional(),
      managerSatisfaction: positive.optional(),
      candidateSatisfaction: positive.optional(),
      costPerHire: positive.optional(),
      effortHoursPerHire: positive.optional(),
    })
    .optional(),
  weights: keyed(AREA_KEYS, notNegative).optional(),
  // Below 0.5: a budget area scores 0 at ±0.50 from target, so the band must end before that.
  tolerance: z.number().min(0).lt(0.5).optional(),
  holidays: z.array(isoDate).optional(),
  compare: z
    .strictObject({
      // a share: 0.02 is 2 %; 1 or more would call every change of money unchanged
      materiality: z.number().min(0).lt(1).optional(),
    })
    .optional(),
});

export type Config = z.infer<typeof configSchema>;
