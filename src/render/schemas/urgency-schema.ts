import * as z from 'zod';
import type { UrgencyDocument } from '../urgency-document.js';
import { inputSchema } from './report-schema.js';

const figure = z.number().nullable();
const money = figure.describe('in currency units, rounded to cents');
const reason = z.string().nullable().describe('why the figure is null or empty; null when it is measured');
const share = z.strictObject({ n: z.number().int(), value: figure.describe('0..1') });

const scope = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('everyone') }),
    z.strictObject({ kind: z.literal('manager'), name: z.string().describe('as given to --manager; matched on hiring_manager') }),
    z.strictObject({ kind: z.literal('vacancy'), id: z.string().describe('as given to --vacancy; matched on vacancy_id') }),
  ])
  .describe('whose page it is');

const vacancyCost = z
  .union([z.strictObject({ perDay: z.number() }), z.strictObject({ salaryMultiple: z.number(), workingDaysPerYear: z.number() })])
  .nullable()
  .describe("the config's vacancyCost, in currency units; null when it sets none");

const openVacancies = z
  .strictObject({
    estimate: z.literal(true).describe('the costs are estimates'),
    count: z.number().int().describe('vacancies open on asOf'),
    totalCost: money.describe('Σ of the costs so far that could be estimated'),
    reason,
    vacancies: z.array(
      z.strictObject({
        vacancy: z.string().describe('vacancy_id, else hire_id, else "line N"'),
        role: z.string().nullable(),
        hiringManager: z.string().nullable(),
        opened: z.iso.date(),
        daysOpen: z.number().int().describe('calendar days from vacancy_opened to asOf'),
        workingDays: z.number().int().describe('working days after vacancy_opened up to and including asOf'),
        cost: money.describe('an estimate: vacancyCost per working day × workingDays'),
        reason: z.string().nullable().describe('why cost is null'),
      }),
    ),
  })
  .describe('the vacancies of the page open on asOf, longest open first, with their cost so far');

const waitingForFeedback = z
  .strictObject({
    agreement: z.number().describe('agreements.feedbackHours'),
    count: z.number().int(),
    overdue: z.number().int().describe('candidates waiting longer than the agreement'),
    candidates: z.array(
      z.strictObject({
        application: z.string().describe('application_id, else "line N": never a name'),
        vacancy: z.string().nullable(),
        stage: z.literal('interview'),
        interview: z.string().describe('the first interview, YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
        hoursWaiting: z.number().describe('interview → asOf, hours (asOf has no time: whole days × 24)'),
        overdue: z.boolean(),
      }),
    ),
  })
  .describe('candidates interviewed on or before asOf with no answer and not closed on asOf, longest wait first');

const feedbackTime = z
  .strictObject({
    unit: z.literal('hours'),
    n: z.number().int(),
    mean: figure,
    median: figure,
    p90: figure,
    min: figure,
    max: figure,
    agreement: z.number().describe('agreements.feedbackHours'),
    withinAgreement: share.describe('share of the answers within the agreement'),
    reason,
  })
  .describe("the page's interviews in the period (by interview date): interview → feedback or the next event, hours");

const availability = z
  .strictObject({
    n: z.number().int().describe('applications of the period that reached an interview'),
    events: z.number().int().describe('of them, withdrawn or declined'),
    medianDays: figure.describe('first day with S ≤ 0.5; null when more than half were still available at the last event'),
    at: z.strictObject({ '7': figure, '14': figure, '30': figure }).describe('S(7), S(14), S(30)'),
    curve: z.array(z.strictObject({ day: z.number().int(), survival: z.number() })).describe('Kaplan–Meier steps'),
    reason,
  })
  .describe("the organisation's candidate availability over the period's applications (SPEC §11.1)");

const dropOut = z
  .strictObject({
    buckets: z.array(
      z.strictObject({
        from: z.number().int(),
        to: z.number().int().nullable().describe('null: and longer'),
        applications: z.number().int(),
        withdrawn: z.number().int().describe('withdrawn or declined'),
        share: figure,
      }),
    ),
    reason,
  })
  .describe("the organisation's closed applications of the period by their longest wait, with the share that withdrew (SPEC §11.2)");

const sentences = z
  .strictObject({
    lang: z.enum(['en', 'nl']),
    openVacancies: z.string(),
    waiting: z.string(),
    feedbackTime: z.string(),
    availability: z.string(),
    dropOut: z.string(),
  })
  .describe('each point as one plain sentence, in the language of the run');

/** The JSON of `rkpi urgency --format json`. */
export const urgencySchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    scope,
    asOf: z.iso.date().describe('what is open and who is waiting, on this date'),
    period: z
      .strictObject({ label: z.string(), start: z.iso.date(), end: z.iso.date() })
      .describe('feedback times, availability and drop-out are over this period (default: the twelve months up to asOf)'),
    settings: z.strictObject({
      currency: z.string(),
      agreements: z.strictObject({ feedbackHours: z.number(), firstResponseDays: z.number() }),
      vacancyCost,
    }),
    inputs: z.record(z.string(), inputSchema),
    openVacancies,
    waitingForFeedback,
    feedbackTime,
    availability,
    dropOut,
    sentences,
  })
  .describe('rkpi urgency: the case for speed for a hiring manager, a vacancy or everyone, on the as-of date');

/** Fails to compile when the urgency document and its published schema drift apart. */
type Fits<T extends z.input<typeof urgencySchema>> = T;
export type UrgencyDocumentFitsSchema = Fits<Omit<UrgencyDocument, 'schemaVersion'> & { schemaVersion: 1 }>;
