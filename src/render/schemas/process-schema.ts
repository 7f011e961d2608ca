import * as z from 'zod';
import type { ProcessDocument } from '../process-document.js';

const count = z.number().int();
const figure = z.number().nullable();
const share = figure.describe('0..1');
const durationFields = { n: count, mean: figure, median: figure, p90: figure, min: figure, max: figure };
const days = z.strictObject(durationFields).describe('days (working days with --business-days); p90 is Excel PERCENTILE.INC');
const agreed = (unit: string, agreement: string) =>
  z
    .strictObject({
      ...durationFields,
      agreement: z.number().describe(`the agreed time in ${unit}: ${agreement}`),
      withinAgreement: z.strictObject({ n: count, value: share }).describe('share of the durations at or under the agreed time'),
    })
    .describe(unit);
const countShare = z.strictObject({ count, share: share.describe('count / applications of the cohort') });
const closed = z.strictObject({
  rejected: count.describe('the organisation rejected them at this furthest stage'),
  withdrawn: count.describe('the candidate withdrew or declined at this furthest stage'),
});
const money = figure.describe('in currency units, rounded to cents');

/** The process figures (SPEC §10–11) as `rkpi report` writes them, of the period or of one group. */
export const processSchema = z
  .strictObject({
    kpis: z.strictObject({
      applications: count.describe('applications of the cohort: applied in the period'),
      funnel: z
        .array(
          z.strictObject({
            stage: z.enum(['applied', 'screening', 'interview', 'offer', 'hired']),
            reached: count.describe('applications whose furthest stage is this one or later'),
            share: share.describe('reached / applications; null without applications'),
            passThrough: share.describe('reached(next) / reached(this); null for hired or when reached is 0'),
          }),
        )
        .describe('applied → screening → interview → offer → hired'),
      conversion: share.describe('hired / applications'),
      applicationsPerHire: figure.describe('applications / hired'),
      outcomes: z
        .strictObject({ active: countShare, hired: countShare, rejected: countShare, withdrawn: countShare, declined: countShare })
        .describe('active on the as-of date: an application closed after it is active'),
      closedAt: z.strictObject({ applied: closed, screening: closed, interview: closed, offer: closed }),
      offerAcceptanceRate: z
        .strictObject({ n: count.describe('offers decided in the period: hired + declined'), value: share })
        .describe('hired / (hired + declined), by the decision date; a decision known only from status counts with its cohort'),
      timeToFirstResponse: agreed('days', 'agreements.firstResponseDays'),
      timeInStage: z
        .strictObject({ screening: days, interview: days, offer: days })
        .describe('from entering the stage to the next stage date or the closing date; applications still in it are left out'),
      feedbackTime: agreed('hours', 'agreements.feedbackHours').describe('interview → feedback (or the next event), hours, counted by the interview date'),
      channels: z.array(
        z.strictObject({
          channel: z.string().describe('"" for the applications without a channel'),
          applications: count,
          reachedInterview: count,
          hires: count,
          conversion: share,
          cost: money.describe('costs attributed as the --by channel groups: direct plus allocated; null without a costs file, or in a group'),
          costPerApplication: money,
          costPerHire: money,
          medianTimeToHire: figure.describe('days, applied → hired'),
          qualityOfHire: share.describe("of the channel's hires in the hires file of the period"),
        }),
      ),
      availability: z
        .strictObject({
          n: count.describe('applications of the cohort that reached an interview'),
          events: count.describe('of them, withdrawn or declined'),
          medianDays: figure.describe('the first day with S ≤ 0.5; null: more than half were still available at the last event'),
          at: z.strictObject({ '7': share, '14': share, '30': share }).describe('S(7), S(14), S(30); null when n is 0'),
          curve: z.array(z.strictObject({ day: count, survival: z.number() })),
        })
        .describe('Kaplan–Meier estimate of staying available, whole calendar days from applied'),
      dropOut: z
        .array(
          z.strictObject({
            from: count,
            to: count.nullable().describe('null for the last bucket, over 14 days'),
            applications: count,
            withdrawn: count.describe('withdrawn or declined'),
            share: share.describe('withdrawn / applications'),
          }),
        )
        .describe('closed applications that reached screening, by their longest wait in days'),
    }),
    reasons: z.record(z.string(), z.string()).describe('why a process figure is null or empty, by its key: "no interview column in the applications file", …'),
    distributions: z.strictObject({
      feedbackHours: z
        .array(
          z.strictObject({
            from: z.number().describe('hours; the bin holds the feedback times over from (the first bin: from itself too)'),
            to: z.number().nullable().describe('up to and including to; null: every longer one'),
            count,
          }),
        )
        .describe('the feedback times of feedbackTime in bins whose edges fall on agreements.feedbackHours: the first from 0 to it, the others a whole multiple of it wide; an open last bin for the few longest'),
    }),
  })
  .describe('the process figures of the applications file (SPEC §10–11)');

/** Fails to compile when the process document and its published schema drift apart. */
type Fits<T extends z.input<typeof processSchema>> = T;
export type ProcessDocumentFitsSchema = Fits<ProcessDocument>;
