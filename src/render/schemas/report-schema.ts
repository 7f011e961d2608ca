import * as z from 'zod';
import type { ReportDocument } from '../document.js';
import { processSchema } from './process-schema.js';
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
const reasons = z
  .record(z.string(), z.string())
  .describe('why a figure is null, by KPI key or cost figure (`costs.total`): "no costs file", "no hours file", "no hires in the period", …');
const notes = z
  .record(z.string(), z.string())
  .describe('what a figure that has a value leaves out, keyed like reasons: "without time cost: no hours file"');
const bin = z.strictObject({ from: z.number(), to: z.number().nullable(), count: z.number().int() });

const estimate = z.literal(true).describe('the figure is an estimate');
const costOfVacancy = z
  .strictObject({
    estimate,
    n: z.number().int().describe('hires whose cost of vacancy could be estimated'),
    workingDays: z.number().int().describe('their working days open, summed'),
    total: money,
    perHire: money,
  })
  .describe('an estimate: what the vacancies cost while open, vacancyCost per working day after vacancy_opened up to and including offer_accepted');
const openVacancyCost = z
  .strictObject({
    estimate,
    count: z.number().int().describe('vacancies open on openVacanciesOn'),
    n: z.number().int().describe('those whose cost so far could be estimated'),
    total: money,
    vacancies: z.array(
      z.strictObject({
        vacancy: z.string().describe('vacancy_id, else hire_id, else "line N"'),
        opened: z.iso.date(),
        workingDays: z.number().int(),
        cost: money,
        reason: z.string().nullable().describe('why cost is null'),
      }),
    ),
  })
  .describe('an estimate: the cost so far of each vacancy open on the day open vacancies are counted on (openVacanciesOn)');
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
  openVacancies: z.strictObject({ count: z.number().int().nullable().describe('null: not measured (no vacancy_opened column)'), age: durations }),
  costs: z
    .strictObject({ external: money, internal: money, time: money, businessTime: money, total: money })
    .describe('external, internal and total are null without a costs file; time and businessTime without an hours file'),
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
  effortHours: figure.describe('null without an hours file'),
  effortHoursPerHire: figure,
  costOfVacancy,
  totalCostPerHire: money.describe('an estimate: costPerHire + costOfVacancy.perHire, in currency units'),
  openVacancyCost,
});

/** The period reported on: its label as given and its first and last day. */
export const periodSchema = z.strictObject({ label: z.string(), start: z.iso.date(), end: z.iso.date() });

/** The settings that change figures. */
export const settingsSchema = z.strictObject({
  currency: z.string(),
  dayCount: z.enum(['calendar', 'business']),
  hiresCountOn: z
    .enum(['offer_accepted', 'start_date'])
    .describe('the column a hire counts in the period of: start_date in a hires file without offer_accepted'),
  businessRoles: z.array(z.string()),
  scales: z.strictObject({ performance: scale, satisfaction: scale }),
  holidays: z.number().int().describe('how many dates the config lists as holidays'),
  vacancyCost: z
    .union([z.strictObject({ perDay: z.number() }), z.strictObject({ salaryMultiple: z.number(), workingDaysPerYear: z.number() })])
    .nullable()
    .describe("the config's vacancyCost, in currency units; null when it sets none"),
  publicHolidays: z
    .strictObject({ calendar: z.literal('nl'), goodFriday: z.boolean(), liberationDay: z.enum(['never', 'lustrum', 'always']) })
    .nullable()
    .describe('the public holidays computed for every year ("nl": the Dutch ones with the CAO\'s options); null for none'),
});

/** The JSON of `rkpi report --format json`: the snapshot a nulmeting is saved as. */
export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    period: periodSchema,
    asOf: z.iso.date().describe('first years (attrition, quality of hire) are judged on this date: --as-of, else today'),
    openVacanciesOn: z.iso.date().describe('open vacancies are counted on this day: the period end, or the as-of date when earlier'),
    settings: settingsSchema,
    inputs: z.strictObject({
      hires: inputSchema.optional().describe('absent with only an applications file: the hires are then its hired applications'),
      costs: inputSchema.optional(),
      hours: inputSchema.optional(),
      applications: inputSchema
        .optional()
        .describe('the --applications file; for a stage history (one row per stage) the rows are stage rows'),
    }),
    kpis: kpisSchema,
    reasons,
    notes,
    groups: z
      .strictObject({
        by: z.string(),
        unallocatedCost: money,
        rows: z.array(
          z.strictObject({ key: z.string(), directCost: money, allocatedCost: money, kpis: kpisSchema, reasons, notes, process: processSchema.nullable() }),
        ),
      })
      .nullable(),
    distributions: z.strictObject({ timeToFill: z.array(bin), openVacancyAge: z.array(bin) }),
    process: processSchema.nullable().describe('the process figures of the --applications file; null without one'),
    value: valueBlockSchema.nullable(),
    warnings: z.array(z.string()),
    samples: samplesSchema,
  })
  .describe('rkpi report: recruitment KPIs for one period');

/** Fails to compile when the report document and its published schema drift apart. */
type Fits<T extends z.input<typeof reportSchema>> = T;
export type ReportDocumentFitsSchema = Fits<Omit<ReportDocument, 'schemaVersion'> & { schemaVersion: 1 }>;
