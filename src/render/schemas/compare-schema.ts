import * as z from 'zod';

const figure = z.number().nullable();
const verdict = z
  .enum(['better', 'worse', 'within noise', 'unchanged', 'changed', 'not comparable'])
  .describe('better or worse only when the interval of a sampled figure excludes no change; "within noise" when it does not (or a side is too small to tell)');
const count = z.number().int();
const metric = z.strictObject({
  key: z.string().describe('the figure, e.g. costPerHire or timeToFill.median'),
  unit: z.enum(['count', 'money', 'days', 'share', 'percent', 'score', 'hours', 'index']),
  polarity: z.enum(['lower', 'higher', 'neutral']).describe('which direction is better'),
  baseline: figure,
  current: figure,
  change: figure.describe('current − baseline'),
  relativeChange: figure.describe('change / |baseline|; null when the baseline is 0 or either side is null'),
  verdict,
  basis: z
    .enum(['proportion', 'mean', 'quantile', 'accounting', 'none'])
    .describe('what the figure rests on: a share, a mean or a quantile (median, p90) of a sample; accounting (money, hours per hire: a change under the materiality is unchanged); none (counts, composites)'),
  n: z
    .strictObject({ baseline: count, current: count })
    .nullable()
    .describe('the sizes of the two samples; null for a figure without a sample, or when a snapshot does not carry its samples'),
  interval: z
    .strictObject({
      low: z.number(),
      high: z.number(),
      level: z.number().describe('0.9 for a 90 % interval'),
      method: z
        .enum(['newcombe', 'welch', 'bootstrap'])
        .describe("Newcombe's hybrid score interval (shares), Welch's interval (means), a percentile bootstrap (medians, p90)"),
    })
    .nullable()
    .describe('the confidence interval of the change (in the unit of change); null without samples or with too few'),
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
    settings: z.strictObject({
      currency: z.string(),
      dayCount: z.string(),
      confidence: z.number().describe('the level of the intervals'),
      materiality: z.number().describe('a relative change of an accounting figure under this share is unchanged'),
    }),
    summary: z.strictObject({
      better: z.number().int(),
      worse: z.number().int(),
      'within noise': z.number().int(),
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
