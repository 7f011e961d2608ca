import { describe, expect, it } from 'vitest';
import { agreementBins } from '../../src/core/agreement-bins.js';

describe('agreementBins', () => {
  it('puts an answer of exactly the agreed time in the first bin, within the agreement', () => {
    // 3, 24, 24 ≤ 24 → bin 0–24; 30 in 24–48; 70 in 48–72
    expect(agreementBins([3, 24, 24, 30, 70], 24)).toEqual([
      { from: 0, to: 24, count: 3 },
      { from: 24, to: 48, count: 1 },
      { from: 48, to: 72, count: 1 },
    ]);
  });

  it('keeps empty bins so the gaps show', () => {
    // 10 → 0–24; 100 → bin ⌈100 / 24⌉ − 1 = 4, 96–120; bins 1–3 empty
    expect(agreementBins([10, 100], 24).map((bin) => bin.count)).toEqual([1, 0, 0, 0, 1]);
  });

  it('widens the bins after the first by whole agreements when the bulk would need more than twelve', () => {
    // e = sorted[⌊9 · 0.95⌋] = sorted[8] = 400; m = ⌈(400 − 24) / (24 · 11)⌉ = ⌈1.42⌉ = 2 → w = 48 after 0–24;
    // 500 is in bin ⌈(500 − 24) / 48⌉ = ⌈9.92⌉ = 10 < 12, so it fits and no open bin is needed
    const bins = agreementBins([10, 20, 30, 40, 50, 60, 70, 80, 400, 500], 24);
    expect(bins.slice(0, 3)).toEqual([
      { from: 0, to: 24, count: 2 },
      { from: 24, to: 72, count: 5 },
      { from: 72, to: 120, count: 1 },
    ]);
    expect(bins.at(-1)).toEqual({ from: 456, to: 504, count: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(10);
  });

  it('gathers the few longest waits in one open bin', () => {
    // 19 answers of 1–19 h and one of 2000 h: e = sorted[⌊19 · 0.95⌋] = sorted[18] = 19 → w = 24;
    // 2000 is in bin 83 ≥ 12, so the closed bins end at e's bin 0 and 2000 is "over 24"
    const hours = [...Array.from({ length: 19 }, (_, i) => i + 1), 2000];
    expect(agreementBins(hours, 24)).toEqual([
      { from: 0, to: 24, count: 19 },
      { from: 24, to: null, count: 1 },
    ]);
  });

  it('has no bins without durations', () => {
    expect(agreementBins([], 24)).toEqual([]);
  });
});
