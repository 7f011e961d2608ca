import * as z from 'zod';
import type { SnapshotFigures } from '../core/compare/compare-snapshots.js';
import { dayFromIso } from '../core/day.js';
import { currencyCode } from '../config/schema.js';
import { quoteJson } from '../io/quote-json.js';
import { InputError } from '../errors.js';
import { shorten } from '../io/problem.js';
import { REPORT_SCHEMA_VERSION, type ReportDocument } from './document.js';

const isoDay = z.string().transform((text, ctx) => {
  const day = dayFromIso(text);
  if (day === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a date that exists, as YYYY-MM-DD' });
    return z.NEVER;
  }
  return day;
});
// A hand-edited snapshot is checked as strictly as the config: counts are whole and not negative,
// shares lie in 0..1, durations and hours are not negative.
const count = z.number().int({ error: 'expected a whole number' }).min(0, { error: 'a count is 0 or more' });
const figure = z.number().nullable();
const notNegative = z.number().min(0, { error: 'expected 0 or more' }).nullable();
const share = z.number().min(0, { error: 'a share lies in 0..1' }).max(1, { error: 'a share lies in 0..1' }).nullable();
const scale = z.object({ min: z.number(), max: z.number() }).refine((s) => s.min < s.max, { error: 'min must be below max' });
const stats = z.object({ mean: notNegative, median: notNegative, p90: notNegative.optional() });
const sampleSet = z.object({
  proportions: z.record(
    z.string(),
    z.object({ successes: count, n: count }).refine((p) => p.successes <= p.n, { error: 'successes must not exceed n' }),
  ),
  means: z.record(z.string(), z.object({ n: count, mean: z.number(), sd: z.number().min(0, { error: 'expected 0 or more' }).nullable() }).nullable()),
  // sorted again on reading: an interval must not depend on a hand-edited order
  values: z.record(z.string(), z.object({ n: count, sorted: z.array(z.number()).transform((values) => Float64Array.from(values).sort()) })),
});
/** The samples block of a snapshot (SPEC §5); absent in snapshots of an rkpi that did not save it. */
const samples = z.object({ kpis: sampleSet, groups: z.array(sampleSet.extend({ key: z.string() })).nullable() });
const kpis = z.object({
  hires: count,
  // null: not measured (a hires file without a vacancy_opened column).
  openVacancies: z.object({ count: count.nullable(), age: stats }),
  costs: z.object({ total: figure }),
  costPerHire: figure,
  costPerHireComparable: figure,
  externalCostPerHire: figure,
  internalCostPerHire: figure,
  recruitingCostRatio: figure,
  timeToFill: stats,
  timeToHire: stats,
  timeToStart: stats,
  onTimeRate: z.object({ value: share }),
  qualityOfHire: z.object({ value: share }),
  firstYearAttrition: z.object({ value: share }),
  managerSatisfaction: z.object({ mean: figure }),
  candidateSatisfaction: z.object({ mean: figure }),
  effortHoursPerHire: notNegative,
  // Snapshots saved before the cost of vacancy have neither.
  costOfVacancy: z.object({ perHire: notNegative }).optional(),
  totalCostPerHire: notNegative.optional(),
});
const median = z.object({ median: notNegative });
// The agreed time (days for a first response, hours for feedback): compare warns when the two differ.
const agreed = z.object({ median: notNegative, agreement: z.number().positive({ error: 'expected a number above 0' }), withinAgreement: z.object({ value: share }) });
/** The process figures a comparison reads; absent or null in a snapshot without an applications file. */
const process = z
  .object({
    kpis: z.object({
      applications: count,
      funnel: z.array(z.object({ stage: z.string(), passThrough: share })),
      conversion: share,
      outcomes: z.object({ withdrawn: z.object({ share }) }),
      offerAcceptanceRate: z.object({ value: share }),
      timeToFirstResponse: agreed,
      timeInStage: z.record(z.string(), median),
      feedbackTime: agreed,
    }),
  })
  .nullable()
  .optional();
const input = z
  .object({ file: z.string(), rows: count, accepted: count, rejected: count })
  .refine((i) => i.accepted + i.rejected === i.rows, { error: 'accepted + rejected must be rows' });

/**
 * The part of a saved report that a comparison reads. Other keys are allowed and ignored (a later
 * rkpi may add keys without a new schemaVersion); the keys it reads are checked strictly.
 */
const snapshotSchema = z.object({
  schemaVersion: z.number().int(),
  period: z
    .object({ label: z.string(), start: isoDay, end: isoDay })
    .refine((p) => p.start <= p.end, { error: 'the period ends before it starts' }),
  asOf: isoDay.optional(),
  settings: z.object({
    currency: currencyCode(),
    dayCount: z.enum(['calendar', 'business']),
    businessRoles: z.array(z.string()).optional(),
    scales: z.object({ performance: scale, satisfaction: scale }).optional(),
  }),
  inputs: z.record(z.string(), input).optional(),
  kpis,
  value: z.object({ value: notNegative, weightedScore: notNegative, reason: z.string().nullable().optional() }).nullable().optional(),
  groups: z.object({ by: z.string(), rows: z.array(z.object({ key: z.string(), kpis, process })) }).nullable(),
  process,
  reasons: z.record(z.string(), z.string()).optional(),
  notes: z.record(z.string(), z.string()).optional(),
  samples: samples.optional(),
});

/** What a saved report says it read: per file, its rows and how many were rejected. */
export type SnapshotInputs = Readonly<Record<string, { readonly file: string; readonly rows: number; readonly accepted: number; readonly rejected: number }>>;

export interface Snapshot {
  readonly figures: SnapshotFigures;
  /** null: a snapshot saved without its inputs. */
  readonly inputs: SnapshotInputs | null;
  /** The as-of date it states (SPEC §3), ISO; null for a snapshot saved without one. */
  readonly asOf: string | null;
}

const SAVE_HINT = 'save one with rkpi report … --format json -o FILE.json';

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  return value;
}

/**
 * Reads a saved report (`rkpi report --format json`) as a snapshot. A file of another or a newer
 * schemaVersion is refused, as is one that is not an rkpi report or has a wrong value.
 */
export function readSnapshot(json: unknown, fileName: string): Snapshot {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === undefined) throw new InputError(`${fileName} is not an rkpi report snapshot (it has no schemaVersion)`, SAVE_HINT);
  if (typeof version !== 'number') {
    throw new InputError(`${fileName}: schemaVersion is ${quoteJson(version)}, where a snapshot has a number (${REPORT_SCHEMA_VERSION})`, SAVE_HINT);
  }
  if (version !== REPORT_SCHEMA_VERSION) {
    const newer = version > REPORT_SCHEMA_VERSION;
    throw new InputError(
      `${fileName} has schemaVersion ${version}, ${newer ? 'made by a newer rkpi' : 'which this rkpi does not know'}; this rkpi reads version ${REPORT_SCHEMA_VERSION}`,
      newer ? 'update rkpi, or compute both sides from the same files with --baseline and --current' : null,
    );
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const value = valueAt(json, path);
    const shown = value === undefined ? '' : ` (value: ${quoteJson(value)})`;
    throw new InputError(`${fileName}: key "${shorten(path.join('.'))}": ${issue?.message ?? 'invalid'}${shown}`, `the file was changed after rkpi saved it; ${SAVE_HINT.replace('save one', 'save it again')}`);
  }
  const { period, settings, value, groups, samples } = result.data;
  const { businessRoles, scales } = settings;
  const basis = businessRoles && scales ? { businessRoles, scales } : null;
  const { notes = {} } = result.data;
  // The value's own reason joins the KPIs', so a comparison can say why the value is not comparable.
  const reasons = { ...result.data.reasons, ...(value?.reason ? { value: value.reason } : {}) };
  const shown = value ? { value: value.value, weightedScore: value.weightedScore } : null;
  const groupSamples = new Map((samples?.groups ?? []).map(({ key, ...set }) => [key, set]));
  const figures: SnapshotFigures = {
    period,
    currency: settings.currency,
    dayCount: settings.dayCount,
    basis,
    reasons,
    notes,
    kpis: result.data.kpis,
    value: shown,
    groups: groups && {
      by: groups.by,
      rows: groups.rows.map((row) => ({ key: row.key, kpis: row.kpis, samples: groupSamples.get(row.key) ?? null, process: row.process?.kpis ?? null })),
    },
    samples: samples?.kpis ?? null,
    process: result.data.process?.kpis ?? null,
  };
  const asOf = result.data.asOf === undefined ? null : (json as { asOf: string }).asOf;
  return { figures, inputs: result.data.inputs ?? null, asOf };
}

/** A report document as a comparison takes it. */
export function snapshotOf(document: ReportDocument): Snapshot {
  return readSnapshot(document, 'report');
}
