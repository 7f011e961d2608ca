import * as z from 'zod';

const figure = z.number().nullable();
const verdict = z.enum(['better', 'worse', 'unchanged', 'changed', 'not comparable']);
const metric = z.strictObject({
  key: z.string().describe('the figure, e.g. costPerHire or timeToFill.median'),
  unit: z.enum(['count', 'money', 'days', 'share', 'percent', 'score', 'hours', 'index']),
  polarity: z.enum(['lower', 'higher', 'neutral']).describe('which direction is better'),
  baseline: figure,
  current: figure,
  change: figure.describe('current − baseline'),
  relativeChange: figure.describe('change / |baseline|; null when the baseline is 0 or either side is null'),
  verdict,
});
const side = z.strictObject({
  label: z.string(),
  start: z.iso.date(),
  end: z.iso.date(),
  months: z.number(),
  source: z.string().describe('the snapshot file, or the hires file both sides were computed from'),
  asOf: z.iso.date().nullable().describe('the as-of date the side was judged on; null for a snapshot that does not state one'),
});

/** The rows a side read from one file, as its report counted them. */
const counted = z.strictObject({ file: z.string(), rows: z.number().int(), accepted: z.number().int(), rejected: z.number().int() });
const sideInputs = z.record(z.string(), counted).nullable().describe('per file (hires, costs, hours); null for a snapshot saved without');
/** The JSON of `rkpi compare --format json`. */
export const compareSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    baseline: side,
    current: side,
    settings: z.strictObject({ currency: z.string(), dayCount: z.string() }),
    summary: z.strictObject({
      better: z.number().int(),
      worse: z.number().int(),
      unchanged: z.number().int(),
      changed: z.number().int(),
      'not comparable': z.number().int(),
    }),
    metrics: z.array(metric),
    groups: z
      .strictObject({
        by: z.string(),
        rows: z.array(z.strictObject({ key: z.string(), status: z.enum(['both', 'new', 'gone']), metrics: z.array(metric) })),
      })
      .nullable(),
    warnings: z.array(z.string()),
    reasons: z
      .strictObject({ baseline: z.record(z.string(), z.string()), current: z.record(z.string(), z.string()) })
      .describe("why a KPI has no value, by KPI key, as each side's report said it"),
    inputs: z
      .strictObject({ baseline: sideInputs, current: sideInputs })
      .describe('the rows each side was computed from, so that rows rejected under --skip-invalid are counted'),
  })
  .describe('rkpi compare: a nulmeting (baseline) against a later measurement');
