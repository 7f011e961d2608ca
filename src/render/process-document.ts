import type { AgreedDurations, ProcessBlock, ProcessReasons } from '../core/process/process-types.js';
import type { DurationStats, Share } from '../core/types.js';
import { fourDecimals, money, twoDecimals } from './rounding.js';

/** Days or hours to 2 decimals, as every duration of the report. */
function durations(stats: DurationStats) {
  return { n: stats.n, mean: twoDecimals(stats.mean), median: twoDecimals(stats.median), p90: twoDecimals(stats.p90), min: twoDecimals(stats.min), max: twoDecimals(stats.max) };
}

const share = (value: Share) => ({ n: value.n, value: fourDecimals(value.value) });

function agreed(stats: AgreedDurations) {
  return { ...durations(stats), agreement: stats.agreement, withinAgreement: share(stats.withinAgreement) };
}

/**
 * The process block (SPEC §10–11) as JSON: the figures of ProcessKpis under their keys, rounded as
 * the other KPIs are (shares, ratios and survival to 4 decimals, days and hours to 2, money in
 * currency units to cents), the reasons of the figures that are null or empty, and the feedback
 * hours as a histogram.
 */
export function processDocument(block: ProcessBlock) {
  const { kpis } = block;
  return {
    kpis: {
      applications: kpis.applications,
      funnel: kpis.funnel.map((step) => ({ stage: step.stage, reached: step.reached, share: fourDecimals(step.share), passThrough: fourDecimals(step.passThrough) })),
      conversion: fourDecimals(kpis.conversion),
      applicationsPerHire: fourDecimals(kpis.applicationsPerHire),
      outcomes: Object.fromEntries(Object.entries(kpis.outcomes).map(([outcome, counted]) => [outcome, { count: counted.count, share: fourDecimals(counted.share) }])) as Record<
        keyof typeof kpis.outcomes,
        { count: number; share: number | null }
      >,
      closedAt: Object.fromEntries(Object.entries(kpis.closedAt).map(([stage, closed]) => [stage, { ...closed }])) as Record<keyof typeof kpis.closedAt, { rejected: number; withdrawn: number }>,
      offerAcceptanceRate: share(kpis.offerAcceptanceRate),
      timeToFirstResponse: agreed(kpis.timeToFirstResponse),
      timeInStage: {
        screening: durations(kpis.timeInStage.screening),
        interview: durations(kpis.timeInStage.interview),
        offer: durations(kpis.timeInStage.offer),
      },
      feedbackTime: agreed(kpis.feedbackTime),
      channels: kpis.channels.map((row) => ({
        channel: row.channel,
        applications: row.applications,
        reachedInterview: row.reachedInterview,
        hires: row.hires,
        conversion: fourDecimals(row.conversion),
        cost: money(row.cost),
        costPerApplication: money(row.costPerApplication),
        costPerHire: money(row.costPerHire),
        medianTimeToHire: twoDecimals(row.medianTimeToHire),
        qualityOfHire: fourDecimals(row.qualityOfHire),
      })),
      availability: {
        n: kpis.availability.n,
        events: kpis.availability.events,
        medianDays: kpis.availability.medianDays,
        at: { '7': fourDecimals(kpis.availability.at['7']), '14': fourDecimals(kpis.availability.at['14']), '30': fourDecimals(kpis.availability.at['30']) },
        curve: kpis.availability.curve.map((point) => ({ day: point.day, survival: fourDecimals(point.survival) as number })),
      },
      dropOut: kpis.dropOut.map((bucket) => ({ ...bucket, share: fourDecimals(bucket.share) })),
    },
    reasons: { ...block.reasons } as ProcessReasons,
    distributions: { feedbackHours: block.distributions.feedbackHours.map((bin) => ({ ...bin })) },
  };
}

export type ProcessDocument = ReturnType<typeof processDocument>;
