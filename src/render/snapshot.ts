import * as z from 'zod';
import type { SnapshotFigures } from '../core/compare/compare-snapshots.js';
import { dayFromIso } from '../core/day.js';
import { InputError } from '../errors.js';
import { REPORT_SCHEMA_VERSION, type ReportDocument } from './document.js';

const isoDay = z.string().transform((text, ctx) => {
  const day = dayFromIso(text);
  if (day === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY-MM-DD' });
    return z.NEVER;
  }
  return day;
});
const figure = z.number().nullable();
const scale = z.object({ min: z.number(), max: z.number() });
const stats = z.object({ mean: figure, median: figure, p90: figure.optional() });
const count = z.number().int().min(0);
const sampleSet = z.object({
  proportions: z.record(
    z.string(),
    z.object({ successes: count, n: count }).refine((p) => p.successes <= p.n, { error: 'successes must not exceed n' }),
  ),
  means: z.record(z.string(), z.object({ n: count, mean: z.number(), sd: z.number().min(0).nullable() }).nullable()),
  // sorted again on reading: an interval must not depend on a hand-edited order
  values: z.record(z.string(), z.object({ n: count, sorted: z.array(z.number()).transform((values) => Float64Array.from(values).sort()) })),
});
/** The samples block of a snapshot (SPEC §5); absent in snapshots of an rkpi that did not save it. */
const samples = z.object({ kpis: sampleSet, groups: z.array(sampleSet.extend({ key: z.string() })).nullable() });
const kpis = z.object({
  hires: z.number(),
  openVacancies: z.object({ count: z.number(), age: stats }),
  costs: z.object({ total: figure }),
  costPerHire: figure,
  costPerHireComparable: figure,
  externalCostPerHire: figure,
  internalCostPerHire: figure,
  recruitingCostRatio: figure,
  timeToFill: stats,
  timeToHire: stats,
  timeToStart: stats,
  onTimeRate: z.object({ value: figure }),
  qualityOfHire: z.object({ value: figure }),
  firstYearAttrition: z.object({ value: figure }),
  managerSatisfaction: z.object({ mean: figure }),
  candidateSatisfaction: z.object({ mean: figure }),
  effortHoursPerHire: figure,
});

/** The part of a saved report that a comparison reads; other keys are allowed and ignored. */
const snapshotSchema = z.object({
  schemaVersion: z.number().int(),
  period: z.object({ label: z.string(), start: isoDay, end: isoDay }),
  settings: z.object({
    currency: z.string(),
    dayCount: z.enum(['calendar', 'business']),
    businessRoles: z.array(z.string()).optional(),
    scales: z.object({ performance: scale, satisfaction: scale }).optional(),
  }),
  kpis,
  value: z.object({ value: figure, weightedScore: figure }).nullable().optional(),
  groups: z.object({ by: z.string(), rows: z.array(z.object({ key: z.string(), kpis })) }).nullable(),
  reasons: z.record(z.string(), z.string()).optional(),
  samples: samples.optional(),
});

/** The figures of a report document, as a comparison takes them. */
export function figuresOf(document: ReportDocument): SnapshotFigures {
  return figuresFromJson(document, 'report');
}

/**
 * Reads a saved report (`rkpi report --format json`) as a snapshot. A file of another or a newer
 * schemaVersion is refused, as is one that is not an rkpi report.
 */
export function figuresFromJson(json: unknown, fileName: string): SnapshotFigures {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number') {
    throw new InputError(`${fileName} is not an rkpi report snapshot (it has no schemaVersion)`, 'save one with rkpi report … --format json -o FILE.json');
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
    const where = issue ? issue.path.join('.') : '';
    throw new InputError(`${fileName} is not a complete rkpi report snapshot: "${where}": ${issue?.message ?? 'invalid'}`);
  }
  const { period, settings, value, groups, samples } = result.data;
  const { businessRoles, scales } = settings;
  const basis = businessRoles && scales ? { businessRoles, scales } : null;
  const reasons = result.data.reasons ?? {};
  const groupSamples = new Map((samples?.groups ?? []).map(({ key, ...set }) => [key, set]));
  return {
    period,
    currency: settings.currency,
    dayCount: settings.dayCount,
    basis,
    reasons,
    kpis: result.data.kpis,
    value: value ?? null,
    groups: groups && { by: groups.by, rows: groups.rows.map((row) => ({ ...row, samples: groupSamples.get(row.key) ?? null })) },
    samples: samples?.kpis ?? null,
  };
}
