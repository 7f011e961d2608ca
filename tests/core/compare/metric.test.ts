import { describe, expect, it } from 'vitest';
import { ACCOUNTING, type Basis, NO_BASIS } from '../../../src/core/compare/basis.js';
import { compareMetric, compareMetrics, countVerdicts, type Metric, verdictOf } from '../../../src/core/compare/metric.js';

const metric = (key: string, unit: Metric['unit'], polarity: Metric['polarity'], value: number | null, basis: Basis = NO_BASIS): Metric => ({
  key,
  unit,
  polarity,
  value,
  basis,
});
const share = (successes: number, n: number): Basis => ({ kind: 'proportion', sample: { successes, n } });
const days = (...values: number[]): Basis => ({ kind: 'quantile', p: 0.5, sample: { n: values.length, sorted: [...values].sort((a, b) => a - b) } });
const noise = (low: number, high: number) => ({ kind: 'interval' as const, interval: { low, high, level: 0.9, method: 'welch' as const } });

describe('verdictOf', () => {
  it('calls a lower cost better and a higher one worse', () => {
    expect(verdictOf('lower', 4200, 3900)).toBe('better');
    expect(verdictOf('lower', 3900, 4200)).toBe('worse');
  });

  it('calls a higher rate better and a lower one worse', () => {
    expect(verdictOf('higher', 0.6, 0.75)).toBe('better');
    expect(verdictOf('higher', 0.75, 0.6)).toBe('worse');
  });

  it('gives counts no direction', () => {
    expect(verdictOf('neutral', 70, 80)).toBe('changed');
    expect(verdictOf('neutral', 80, 80)).toBe('unchanged');
  });

  it('calls equal values unchanged whatever the polarity', () => {
    expect(verdictOf('lower', 30, 30)).toBe('unchanged');
    expect(verdictOf('higher', 0, 0)).toBe('unchanged');
  });

  it('cannot compare a figure that one side lacks', () => {
    expect(verdictOf('lower', null, 30)).toBe('not comparable');
    expect(verdictOf('higher', 0.5, null)).toBe('not comparable');
  });

  it('calls a sampled change better or worse only when its interval excludes no change', () => {
    expect(verdictOf('lower', 46.5, 47.5, noise(-3, 5))).toBe('within noise');
    expect(verdictOf('lower', 46.5, 38, noise(-12, -5))).toBe('better');
    expect(verdictOf('higher', 0.33, 0.44, noise(0.02, 0.2))).toBe('better');
    // an interval that ends at no change does not exclude it
    expect(verdictOf('lower', 46.5, 40, noise(-12, 0))).toBe('within noise');
    // a neutral sampled figure that clearly moved has changed
    expect(verdictOf('neutral', 10, 20, noise(4, 16))).toBe('changed');
  });

  it('calls a sampled change too small to judge within noise', () => {
    expect(verdictOf('lower', 40, 30, { kind: 'interval', interval: null })).toBe('within noise');
  });

  it('calls an accounting change under the materiality unchanged', () => {
    // €4,117.02 → €4,192.38: +75.36 / 4117.02 = +1.83 %, under 2 %
    expect(verdictOf('lower', 4117.02, 4192.38, { kind: 'materiality', relativeChange: 0.0183, threshold: 0.02 })).toBe('unchanged');
    // €2,771.79 → €2,847.68: +2.74 %, over it
    expect(verdictOf('lower', 2771.79, 2847.68, { kind: 'materiality', relativeChange: 0.0274, threshold: 0.02 })).toBe('worse');
    // exactly at the threshold counts as a change; from 0 there is no relative change to weigh
    expect(verdictOf('lower', 100, 98, { kind: 'materiality', relativeChange: -0.02, threshold: 0.02 })).toBe('better');
    expect(verdictOf('lower', 0, 50, { kind: 'materiality', relativeChange: null, threshold: 0.02 })).toBe('worse');
  });
});

describe('compareMetric', () => {
  it('gives the absolute and the relative change', () => {
    // 3600 − 4000 = −400; −400 / 4000 = −0.1, beyond the 2 % materiality
    const change = compareMetric(metric('costPerHire', 'money', 'lower', 4000, ACCOUNTING), metric('costPerHire', 'money', 'lower', 3600, ACCOUNTING));
    expect(change).toEqual({
      key: 'costPerHire',
      unit: 'money',
      polarity: 'lower',
      baseline: 4000,
      current: 3600,
      change: -400,
      relativeChange: -0.1,
      verdict: 'better',
      basis: 'accounting',
      sampleSizes: null,
      interval: null,
    });
  });

  it('puts an interval on a share and calls a small change within noise', () => {
    // 18 of 54 → 24 of 54: +0.1111; Newcombe at 90 % runs from below 0 to above it
    const change = compareMetric(metric('onTimeRate', 'share', 'higher', 18 / 54, share(18, 54)), metric('onTimeRate', 'share', 'higher', 24 / 54, share(24, 54)));
    expect(change.sampleSizes).toEqual({ baseline: 54, current: 54 });
    expect(change.interval?.method).toBe('newcombe');
    expect(change.interval?.level).toBe(0.9);
    expect(change.interval?.low).toBeLessThan(0);
    expect(change.interval?.high).toBeGreaterThan(0.1111);
    expect(change.verdict).toBe('within noise');
  });

  it('calls a clear change of a median better, with its bootstrap interval', () => {
    // fills of 40–49 days against 20–29 days: every resampled median moves 20 days down, give or take 5
    const before = [40, 41, 42, 43, 44, 45, 46, 47, 48, 49];
    const after = before.map((d) => d - 20);
    const change = compareMetric(metric('timeToFill.median', 'days', 'lower', 44.5, days(...before)), metric('timeToFill.median', 'days', 'lower', 24.5, days(...after)));
    expect(change.interval?.method).toBe('bootstrap');
    expect(change.interval?.high).toBeLessThan(0);
    expect(change.verdict).toBe('better');
  });

  it('calls a sampled change within noise when a side has one value', () => {
    const change = compareMetric(metric('timeToFill.median', 'days', 'lower', 40, days(40)), metric('timeToFill.median', 'days', 'lower', 30, days(30, 30)));
    expect(change).toMatchObject({ interval: null, sampleSizes: { baseline: 1, current: 2 }, verdict: 'within noise' });
  });

  it('judges by direction alone when a snapshot lacks the samples', () => {
    const without: Basis = { kind: 'quantile', p: 0.5, sample: null };
    const change = compareMetric(metric('timeToFill.median', 'days', 'lower', 46.5, without), metric('timeToFill.median', 'days', 'lower', 47.5, days(40, 47.5, 60)));
    expect(change).toMatchObject({ interval: null, sampleSizes: null, verdict: 'worse', basis: 'quantile' });
  });

  it('gives no relative change when the baseline is 0', () => {
    const change = compareMetric(metric('hires', 'count', 'neutral', 0), metric('hires', 'count', 'neutral', 5));
    expect(change.change).toBe(5);
    expect(change.relativeChange).toBeNull();
  });

  it('divides by the size of a negative baseline', () => {
    // (−50 − (−200)) / |−200| = 150 / 200 = 0.75
    const change = compareMetric(metric('costs.total', 'money', 'lower', -200, ACCOUNTING), metric('costs.total', 'money', 'lower', -50, ACCOUNTING));
    expect(change.relativeChange).toBe(0.75);
    expect(change.verdict).toBe('worse');
  });

  it('gives null changes against a null baseline', () => {
    const change = compareMetric(metric('qualityOfHire', 'index', 'higher', null), metric('qualityOfHire', 'index', 'higher', 0.8));
    expect(change).toMatchObject({ change: null, relativeChange: null, verdict: 'not comparable' });
  });
});

describe('compareMetrics', () => {
  it('pairs figures by key and keeps those of one side only', () => {
    const changes = compareMetrics([metric('a', 'count', 'neutral', 1)], [metric('b', 'index', 'higher', 1.1), metric('a', 'count', 'neutral', 2)]);
    expect(changes.map((c) => [c.key, c.baseline, c.current, c.verdict])).toEqual([
      ['a', 1, 2, 'changed'],
      ['b', null, 1.1, 'not comparable'],
    ]);
  });

  it('takes the materiality and the level it is given', () => {
    // +1.83 % is unchanged under 2 %, worse under a materiality of 1 %
    const pair = [[metric('cost', 'money', 'lower', 4117.02, ACCOUNTING)], [metric('cost', 'money', 'lower', 4192.38, ACCOUNTING)]] as const;
    expect(compareMetrics(...pair)[0]?.verdict).toBe('unchanged');
    expect(compareMetrics(...pair, { confidence: 0.9, materiality: 0.01 })[0]?.verdict).toBe('worse');
  });
});

describe('countVerdicts', () => {
  it('counts each verdict', () => {
    const changes = compareMetrics(
      [metric('cost', 'money', 'lower', 10, ACCOUNTING), metric('rate', 'share', 'higher', 0.5, share(5, 10)), metric('days', 'days', 'lower', 30)],
      [metric('cost', 'money', 'lower', 8, ACCOUNTING), metric('rate', 'share', 'higher', 0.4, share(4, 10)), metric('days', 'days', 'lower', 30)],
    );
    expect(countVerdicts(changes)).toEqual({ better: 1, worse: 0, 'within noise': 1, unchanged: 1, changed: 0, 'not comparable': 0 });
  });
});
