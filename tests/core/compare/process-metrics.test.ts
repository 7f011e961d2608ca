import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../../src/core/compare/metric.js';
import { type ProcessFigures, processMetrics } from '../../../src/core/compare/process-metrics.js';
import type { Samples } from '../../../src/core/samples.js';

function figures(conversion: number, feedbackMedian: number): ProcessFigures {
  return {
    applications: 200,
    funnel: [
      { stage: 'applied', passThrough: 0.5 },
      { stage: 'screening', passThrough: 0.4 },
      { stage: 'interview', passThrough: 0.25 },
      { stage: 'offer', passThrough: 0.8 },
      { stage: 'hired', passThrough: null },
    ],
    conversion,
    outcomes: { withdrawn: { share: 0.1 } },
    offerAcceptanceRate: { value: 0.8 },
    timeToFirstResponse: { median: 4, agreement: 5, withinAgreement: { value: 0.6 } },
    timeInStage: { screening: { median: 3 }, interview: { median: 5 }, offer: { median: 2 } },
    feedbackTime: { median: feedbackMedian, agreement: 24, withinAgreement: { value: 0.5 } },
  };
}

function samples(hired: number, feedback: number[]): Samples {
  return {
    proportions: { 'process.conversion': { successes: hired, n: 200 } },
    means: {},
    values: { 'process.feedbackTime': { n: feedback.length, sorted: Float64Array.from(feedback).sort() } },
  };
}

describe('processMetrics', () => {
  it('has no process figures for a snapshot without an applications file', () => {
    expect(processMetrics(null, null)).toEqual([]);
  });

  it('calls higher pass-through, conversion, acceptance and within-agreement better, and shorter times and fewer withdrawals better', () => {
    const polarity = Object.fromEntries(processMetrics(figures(0.05, 20), null).map((metric) => [metric.key, metric.polarity]));
    expect(polarity).toEqual({
      'process.applications': 'neutral',
      'process.funnel.applied.passThrough': 'higher',
      'process.funnel.screening.passThrough': 'higher',
      'process.funnel.interview.passThrough': 'higher',
      'process.funnel.offer.passThrough': 'higher',
      'process.conversion': 'higher',
      'process.outcomes.withdrawn': 'lower',
      'process.offerAcceptanceRate': 'higher',
      'process.timeToFirstResponse.median': 'lower',
      'process.timeToFirstResponse.withinAgreement': 'higher',
      'process.timeInStage.screening.median': 'lower',
      'process.timeInStage.interview.median': 'lower',
      'process.timeInStage.offer.median': 'lower',
      'process.feedbackTime.median': 'lower',
      'process.feedbackTime.withinAgreement': 'higher',
    });
  });

  it('puts an interval on a share from its counts and on a median from its values', () => {
    // conversion 10 of 200 → 40 of 200: a difference of 0.15 that no 90 % interval around 0 holds
    const before = processMetrics(figures(0.05, 20), samples(10, [18, 19, 20, 21, 22]));
    const after = processMetrics(figures(0.2, 30), samples(40, [28, 29, 30, 31, 32]));
    const changes = new Map(compareMetrics(before, after).map((change) => [change.key, change]));
    expect(changes.get('process.conversion')).toMatchObject({ verdict: 'better', basis: 'proportion', interval: { method: 'newcombe' } });
    expect(changes.get('process.feedbackTime.median')).toMatchObject({ verdict: 'worse', basis: 'quantile', interval: { method: 'bootstrap' } });
    // the same share on both sides is unchanged
    expect(changes.get('process.offerAcceptanceRate')?.verdict).toBe('unchanged');
  });
});
