import * as z from 'zod';
import type { ReportDocument } from '../document.js';
import { valueBlockSchema } from './value-schema.js';

const figure = z.number().nullable();
const money = figure.describe('in currency units, rounded to cents');
const durations = z
  .strictObject({ n: z.number().int(), mean: figure, median: figure, p90: figure, min: figure, max: figure })
  .describe('days; p90 is Excel PERCENTILE.INC');
const share = z.strictObject({ n: z.number().int(), value: figure.describe('0..1') });
const satisfaction = z.strictObject({ n: z.number().int(), mean: figure, normalised: figure.describe('0..1 on its scale') });
const scale = z.strictObject({ min: z.number(), max: z.number() });
/** One input file as the output counts it. */
export const inputSchema = z.strictObject({
  file: z.string(),
  rows: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int().describe('rows + nothing lost: accepted + rejected = rows'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const reasons = z.record(z.string(), z.string()).describe('why a KPI is null, by KPI key');
const bin = z.strictObject({ from: z.number(), to: z.number().nullable(), count: z.number().int() });

const count = z.number().int();
const sampleSet = {
  proportions: z.record(z.string(), z.strictObject({ successes: count, n: count })).describe('the counts behind a share, by KPI: successes of n'),
  means: z
    .record(z.string(), z.strictObject({ n: count, mean: z.number(), sd: figure.describe('sample standard deviation (n − 1); null for one value') }).nullable())
    .describe('the n, mean and standard deviation behind a mean, by KPI; null without values'),
  values: z
    .record(z.string(), z.strictObject({ n: count, sorted: z.array(z.number()).describe('ascending; above valuesCap, that many evenly spaced by rank') }))
    .describe('the values behind a median or p90 (days), by KPI'),
};

/** What `rkpi compare` needs to tell a real change from noise. */
export const samplesSchema = z
  .strictObject({
    valuesCap: count.describe('the most values kept per figure'),
    kpis: z.strictObject(sampleSet),
    groups: z.array(z.strictObject({ key: z.string(), ...sampleSet })).nullable(),
  })
  .describe('the samples behind the KPIs, for the intervals of a comparison');

export const kpisSchema = z.strictObject({
  hires: z.number().int(),
  openVacancies: z.strictObject({ count: z.number().int(), age: durations }),
  costs: z.strictObject({ external: money, internal: money, time: money, businessTime: money, total: money }),
  costPerHire: money,
  costPerHireComparable: money,
  externalCostPerHire: money,
  internalCostPerHire: money,
  recruitingCostRatio: figure.describe('percent'),
  timeToFill: durations,
  timeToHire: durations,
  timeToStart: durations,
  onTimeRate: share,
  qualityOfHire: share,
  firstYearAttrition: share,
  managerSatisfaction: satisfaction,
  candidateSatisfaction: satisfaction,
  effortHours: figure,
  effortHoursPerHire: figure,
});

/** The period reported on: its label as given and its first and last day. */
export const periodSchema = z.strictObject({ label: z.string(), start: z.iso.date(), end: z.iso.date() });

/** The settings that change figures. */
export const settingsSchema = z.strictObject({
  currency: z.string(),
  dayCount: z.enum(['calendar', 'business']),
  businessRoles: z.array(z.string()),
  scales: z.strictObject({ performance: scale, satisfaction: scale }),
  holidays: z.number().int().describe('how many holidays the config names'),
});

/** The JSON of `rkpi report --format json`: the snapshot a nulmeting is saved as. */
export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    period: periodSchema,
    asOf: z.iso.date(),
    settings: settingsSchema,
    inputs: z.strictObject({ hires: inputSchema.optional(), costs: inputSchema.optional(), hours: inputSchema.optional() }),
    kpis: kpisSchema,
    reasons,
    groups: z
      .strictObject({
        by: z.string(),
        unallocatedCost: money,
        rows: z.array(
          z.strictObject({ key: z.string(), directCost: money, allocatedCost: money, kpis: kpisSchema, reasons }),
        ),
      })
      .nullable(),
    distributions: z.strictObject({ timeToFill: z.array(bin), openVacancyAge: z.array(bin) }),
    value: valueBlockSchema.nullable(),
    warnings: z.array(z.string()),
    samples: samplesSchema,
  })
  .describe('rkpi report: recruitment KPIs for one period');

/** Fails to compile when the report document and its published schema drift apart. */
type Fits<T extends z.input<typeof reportSchema>> = T;
export type ReportDocumentFitsSchema = Fits<Omit<ReportDocument, 'schemaVersion'> & { schemaVersion: 1 }>;
