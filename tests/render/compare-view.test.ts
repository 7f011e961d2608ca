import { describe, expect, it } from 'vitest';
import type { CompareDocument } from '../../src/render/compare-document.js';
import { compareView } from '../../src/render/compare-view.js';

const side = (label: string) => ({ label, start: `${label}-01-01`, end: `${label}-12-31`, months: 12, source: `${label}.json`, asOf: null });
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

function doc(reasons: CompareDocument['reasons'], inputs: CompareDocument['inputs'] = { baseline: null, current: null }): CompareDocument {
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
    inputs,
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
  /** The relative change as shown, for a change the document gives as compare-document does. */
  const relativeOf = (change: number, relativeChange: number | null, lang: 'en' | 'nl' = 'en'): string | undefined => {
    const base = doc({ baseline: {}, current: {} });
    const metrics = [{ ...metric('timeToFill.median', 40, 40 + change), change, relativeChange }];
    return compareView({ ...base, metrics }, lang).tables[0]?.rows[0]?.cells[4]?.text;
  };

  it('has one decimal, or two where one would read 0.0% beside a verdict', () => {
    // (35 − 40) / 40 = -0.125: -12.5%
    expect(relativeOf(-5, -0.125)).toBe('-12.5%');
    expect(relativeOf(1.68, 0.042)).toBe('+4.2%');
    // €1,345.23 → €1,344.69: -0.54 / 1345.23 = -0.000401, kept as -0.0004: -0.04%
    expect(relativeOf(-0.54, -0.0004)).toBe('-0.04%');
    expect(relativeOf(-0.54, -0.0004, 'nl')).toBe('-0,04%');
    expect(relativeOf(0, 0)).toBe('0.0%');
  });

  it('is "<0.01%" with its sign for a change the four decimals of the JSON round to 0', () => {
    // €4,117.02 → €4,117.01: -0.01 / 4117.02 = -0.0000024, kept as 0
    expect(relativeOf(-0.01, 0)).toBe('-<0.01%');
    expect(relativeOf(0.01, 0, 'nl')).toBe('+<0,01%');
  });
});

describe('the inputs of a comparison', () => {
  const hires = (rows: number, rejected: number) => ({ hires: { file: 'hires.csv', rows, accepted: rows - rejected, rejected } });

  it('count the rejected rows of each side', () => {
    const view = compareView(doc({ baseline: {}, current: {} }, { baseline: hires(10, 2), current: hires(12, 0) }), 'en');
    expect(view.notes).toEqual([['Inputs 2024: hires.csv 10 rows (8 accepted, 2 rejected); 2025: hires.csv 12 rows (12 accepted, 0 rejected)']]);
  });

  it('say them once when both sides were computed from the same files', () => {
    const view = compareView(doc({ baseline: {}, current: {} }, { baseline: hires(10, 2), current: hires(10, 2) }), 'en');
    expect(view.notes).toEqual([['Inputs: hires.csv 10 rows (8 accepted, 2 rejected)']]);
  });
});
