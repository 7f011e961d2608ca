import { describe, expect, it } from 'vitest';
import type { CompareDocument } from '../../src/render/compare-document.js';
import { compareView } from '../../src/render/compare-view.js';

const side = (label: string) => ({ label, start: `${label}-01-01`, end: `${label}-12-31`, months: 12, source: `${label}.json` });
const metric = (key: string, baseline: number | null, current: number | null) => ({
  key,
  unit: 'days' as const,
  polarity: 'lower' as const,
  baseline,
  current,
  change: baseline === null || current === null ? null : current - baseline,
  relativeChange: null,
  verdict: baseline === null || current === null ? ('not comparable' as const) : ('better' as const),
});

function doc(reasons: CompareDocument['reasons']): CompareDocument {
  return {
    schemaVersion: 1,
    baseline: side('2024'),
    current: side('2025'),
    settings: { currency: 'EUR', dayCount: 'calendar' },
    summary: { better: 1, worse: 0, unchanged: 0, changed: 0, 'not comparable': 1 },
    metrics: [metric('timeToFill.median', 40, 35), metric('timeToStart.median', null, 30)],
    groups: null,
    warnings: [],
    reasons,
  };
}

describe('the notes of a comparison', () => {
  it('say why a figure is not comparable, with the reason of each side that has one', () => {
    const view = compareView(doc({ baseline: { timeToStart: 'no hire in the period has a start_date' }, current: {} }), 'en');
    expect(view.notes).toEqual([['Not available:', '– Time to start, median: 2024: no hire in the period has a start_date']]);
  });

  it('are empty when the snapshots gave no reasons', () => {
    expect(compareView(doc({ baseline: {}, current: {} }), 'en').notes).toEqual([]);
  });
});

describe('the relative change of a comparison', () => {
  const relativeOf = (relativeChange: number | null, lang: 'en' | 'nl' = 'en'): string | undefined => {
    const base = doc({ baseline: {}, current: {} });
    const metrics = [{ ...metric('timeToFill.median', 40, 35), relativeChange }];
    const table = compareView({ ...base, metrics }, lang).tables[0];
    return table?.rows[0]?.cells[4]?.text;
  };

  it('has one decimal, or two where one would read 0.0% beside a verdict', () => {
    // -0.54 / 1345.23 = -0.0401%: one decimal would show -0.0%
    expect(relativeOf(-0.54 / 1345.23)).toBe('-0.04%');
    expect(relativeOf(-0.54 / 1345.23, 'nl')).toBe('-0,04%');
    // (35 − 40) / 40 = -12.5%
    expect(relativeOf(-0.125)).toBe('-12.5%');
    expect(relativeOf(0.042)).toBe('+4.2%');
    expect(relativeOf(0)).toBe('0.0%');
    expect(relativeOf(null)).toBe('–');
  });
});
