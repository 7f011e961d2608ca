import { describe, expect, it } from 'vitest';
import { compareMetric, compareMetrics, countVerdicts, verdictOf } from '../../../src/core/compare/metric.js';

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
});

describe('compareMetric', () => {
  it('gives the absolute and the relative change', () => {
    // 3600 − 4000 = −400; −400 / 4000 = −0.1
    const change = compareMetric({ key: 'costPerHire', unit: 'money', polarity: 'lower', value: 4000 }, 3600);
    expect(change).toEqual({
      key: 'costPerHire',
      unit: 'money',
      polarity: 'lower',
      baseline: 4000,
      current: 3600,
      change: -400,
      relativeChange: -0.1,
      verdict: 'better',
    });
  });

  it('gives no relative change when the baseline is 0', () => {
    const change = compareMetric({ key: 'hires', unit: 'count', polarity: 'neutral', value: 0 }, 5);
    expect(change.change).toBe(5);
    expect(change.relativeChange).toBeNull();
  });

  it('divides by the size of a negative baseline', () => {
    // (−50 − (−200)) / |−200| = 150 / 200 = 0.75
    const change = compareMetric({ key: 'costs.total', unit: 'money', polarity: 'lower', value: -200 }, -50);
    expect(change.relativeChange).toBe(0.75);
    expect(change.verdict).toBe('worse');
  });

  it('gives null changes against a null baseline', () => {
    const change = compareMetric({ key: 'qualityOfHire', unit: 'index', polarity: 'higher', value: null }, 0.8);
    expect(change).toMatchObject({ change: null, relativeChange: null, verdict: 'not comparable' });
  });
});

describe('compareMetrics', () => {
  it('pairs figures by key and keeps those of one side only', () => {
    const changes = compareMetrics(
      [{ key: 'a', unit: 'count', polarity: 'neutral', value: 1 }],
      [
        { key: 'b', unit: 'index', polarity: 'higher', value: 1.1 },
        { key: 'a', unit: 'count', polarity: 'neutral', value: 2 },
      ],
    );
    expect(changes.map((c) => [c.key, c.baseline, c.current, c.verdict])).toEqual([
      ['a', 1, 2, 'changed'],
      ['b', null, 1.1, 'not comparable'],
    ]);
  });
});

describe('countVerdicts', () => {
  it('counts each verdict', () => {
    const changes = compareMetrics(
      [
        { key: 'cost', unit: 'money', polarity: 'lower', value: 10 },
        { key: 'rate', unit: 'share', polarity: 'higher', value: 0.5 },
        { key: 'days', unit: 'days', polarity: 'lower', value: 30 },
      ],
      [
        { key: 'cost', unit: 'money', polarity: 'lower', value: 8 },
        { key: 'rate', unit: 'share', polarity: 'higher', value: 0.4 },
        { key: 'days', unit: 'days', polarity: 'lower', value: 30 },
      ],
    );
    expect(countVerdicts(changes)).toEqual({ better: 1, worse: 1, unchanged: 1, changed: 0, 'not comparable': 0 });
  });
});
