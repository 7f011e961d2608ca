import { describe, expect, it } from 'vitest';
import type { CompareDocument, MetricDocument } from '../../src/render/compare-document.js';
import { compareView } from '../../src/render/compare-view.js';

const side = (label: string) => ({ label, start: `${label}-01-01`, end: `${label}-12-31`, months: 12, source: `${label}.json`, asOf: null });
const metric = (key: string, baseline: number | null, current: number | null, extra: Partial<MetricDocument> = {}): MetricDocument => ({
  key,
  unit: 'days',
  polarity: 'lower',
  baseline,
  current,
  change: baseline === null || current === null ? null : current - baseline,
  relativeChange: null,
  verdict: baseline === null || current === null ? 'not comparable' : 'better',
  basis: 'none',
  n: null,
  interval: null,
  ...extra,
});

function doc(
  reasons: CompareDocument['reasons'],
  metrics: MetricDocument[] = [metric('timeToFill.median', 40, 35), metric('timeToStart.median', null, 30)],
  inputs: CompareDocument['inputs'] = { baseline: null, current: null },
): CompareDocument {
  return {
    schemaVersion: 1,
    baseline: side('2024'),
    current: side('2025'),
    settings: { currency: 'EUR', dayCount: 'calendar', confidence: 0.9, materiality: 0.02 },
    summary: { better: 1, worse: 0, 'within noise': 0, unchanged: 0, changed: 0, 'not comparable': 1 },
    metrics,
    groups: null,
    warnings: [],
    reasons,
    inputs,
  };
}

/** The cells of the first row of the metrics table, as shown. */
const row = (metrics: MetricDocument[], lang: 'en' | 'nl' = 'en') =>
  compareView(doc({ baseline: {}, current: {} }, metrics), lang).tables[0]?.rows[0]?.cells.map((cell) => cell.text);

describe('the notes of a comparison', () => {
  it('say why a figure is not comparable, with the reason of each side that has one', () => {
    const view = compareView(doc({ baseline: { timeToStart: 'no hire in the period has a start_date' }, current: {} }), 'en');
    expect(view.notes.at(-1)).toEqual(['Not available:', '– Time to start, median: 2024: no hire in the period has a start_date']);
  });

  it('give no reasons when the snapshots gave none', () => {
    expect(compareView(doc({ baseline: {}, current: {} }), 'en').notes.some((note) => note[0] === 'Not available:')).toBe(false);
  });
});

describe('a sentence per verdict', () => {
  const within = metric('timeToFill.median', 46.5, 47.5, {
    verdict: 'within noise',
    basis: 'quantile',
    n: { baseline: 70, current: 80 },
    interval: { low: -5, high: 6.5, level: 0.9, method: 'bootstrap' },
  });
  const sentences = (metrics: MetricDocument[], lang: 'en' | 'nl' = 'en') => compareView(doc({ baseline: {}, current: {} }, metrics), lang).notes[0];

  it('says a change within the noise is one, with the sample sizes and the interval', () => {
    expect(sentences([within])).toEqual([
      'What the changes mean:',
      '– Time to fill, median: 47.5 days against 46.5 days; a change this small is within the noise of 70 and 80 hires (90% interval -5.0 days to +6.5 days).',
    ]);
    expect(sentences([within], 'nl')?.[1]).toBe(
      "– Doorlooptijd, mediaan: 47,5 dagen tegenover 46,5 dagen; zo'n klein verschil valt binnen de ruis van 70 en 80 aannames (90%-interval -5,0 dagen tot +6,5 dagen).",
    );
  });

  it('says a change beyond the noise is better or worse', () => {
    const faster = { ...within, current: 38, change: -8.5, verdict: 'better' as const, interval: { low: -12, high: -4.5, level: 0.9, method: 'bootstrap' as const } };
    expect(sentences([faster])?.[1]).toBe(
      '– Time to fill, median: 38.0 days against 46.5 days; better, beyond the noise of 70 and 80 hires (90% interval -12.0 days to -4.5 days).',
    );
  });

  it('weighs money against the materiality', () => {
    const cost = metric('costPerHire', 4117.02, 4192.38, { unit: 'money', basis: 'accounting', verdict: 'unchanged' });
    // +75.36 / 4117.02 = +1.83 %
    expect(sentences([cost])?.[1]).toBe('– Cost per hire: €4,192.38 against €4,117.02; +1.8%, less than the 2% that counts as a change.');
    const external = metric('externalCostPerHire', 2771.79, 2847.68, { unit: 'money', basis: 'accounting', verdict: 'worse' });
    expect(sentences([external], 'nl')?.[1]).toBe('– Externe kosten per hire: €\u00a02.847,68 tegenover €\u00a02.771,79; slechter: +2,7%, minstens de 2% die als verschil telt.');
  });

  it('says when a side is too small, and when the snapshots lack the samples', () => {
    const few = metric('candidateSatisfaction', 7, 8, { unit: 'score', polarity: 'higher', basis: 'mean', n: { baseline: 1, current: 12 }, verdict: 'within noise' });
    expect(sentences([few])?.[1]).toBe('– Candidate satisfaction: 8.00 against 7.00; too few to tell from noise with 1 and 12 scores.');
    const old = metric('timeToFill.median', 46.5, 47.5, { basis: 'quantile', verdict: 'worse' });
    expect(sentences([old])?.[1]).toBe(
      '– Time to fill, median: 47.5 days against 46.5 days; worse by direction alone: the snapshots do not carry the samples an interval needs.',
    );
  });
});

describe('the change shown', () => {
  it('is the difference of the values shown, and so is the percentage', () => {
    // 0.8550 → 0.8915 shows as 0.86 → 0.89: +0.03, and 0.03 / 0.86 = +3.5% (not +0.04 and +4.3%)
    const cells = row([metric('value', 0.855, 0.8915, { unit: 'index', polarity: 'higher' })]);
    expect(cells?.slice(1, 5)).toEqual(['0.86', '0.89', '+0.03', '+3.5%']);
  });

  it('takes more decimals where the usual ones would show a change as none', () => {
    // 0.8612 → 0.8641: both 0.86 at two decimals, 0.861 → 0.864 at three
    expect(row([metric('value', 0.8612, 0.8641, { unit: 'index', polarity: 'higher' })])?.slice(1, 4)).toEqual(['0.861', '0.864', '+0.003']);
  });

  it('shows a figure weighed by materiality at the precision it was weighed at', () => {
    // 5.36 h → 5.69 h: +0.33 h, 0.33 / 5.36 = +6.2% (at one decimal it would read 5.4 → 5.7, +5.6%)
    const effort = metric('effortHoursPerHire', 5.36, 5.69, { unit: 'hours', basis: 'accounting', verdict: 'worse' });
    expect(row([effort])?.slice(1, 5)).toEqual(['5.36 h', '5.69 h', '+0.33 h', '+6.2%']);
  });

  it('has one decimal of percent, or two where one would read 0.0% beside a verdict', () => {
    // (35 − 40) / 40 = -12.5%
    expect(row([metric('timeToFill.median', 40, 35)])?.[4]).toBe('-12.5%');
    // €1,345.23 → €1,344.69: -0.54 / 1345.23 = -0.04%
    const internal = (lang: 'en' | 'nl') => row([metric('internalCostPerHire', 1345.23, 1344.69, { unit: 'money', basis: 'accounting' })], lang)?.[4];
    expect(internal('en')).toBe('-0.04%');
    expect(internal('nl')).toBe('-0,04%');
    expect(row([metric('timeToFill.median', 40, 40)])?.[4]).toBe('0.0%');
  });

  it('is "<0.01%" with its sign for a change that small', () => {
    // €4,117.02 → €4,117.01: -0.01 / 4117.02 = -0.0002%
    expect(row([metric('costPerHire', 4117.02, 4117.01, { unit: 'money', basis: 'accounting' })])?.[4]).toBe('-<0.01%');
    expect(row([metric('costPerHire', 4117.01, 4117.02, { unit: 'money', basis: 'accounting' })], 'nl')?.[4]).toBe('+<0,01%');
  });

  it('comes with its interval and a whisker, in percentage points for a share', () => {
    const rate = metric('onTimeRate', 0.3333, 0.4444, {
      unit: 'share',
      polarity: 'higher',
      basis: 'proportion',
      n: { baseline: 51, current: 54 },
      verdict: 'within noise',
      interval: { low: -0.045, high: 0.2592, level: 0.9, method: 'newcombe' },
    });
    const view = compareView(doc({ baseline: {}, current: {} }, [rate]), 'en');
    const cells = view.tables[0]?.rows[0]?.cells;
    expect(view.tables[0]?.columns.map((column) => column.label).slice(5, 7)).toEqual(['90% interval', 'Change and interval']);
    expect(cells?.[3]?.text).toBe('+11.1 pp');
    expect(cells?.[5]?.text).toBe('-4.5 to +25.9');
    expect(cells?.[6]?.whisker).toEqual({ change: 0.111, low: -0.045, high: 0.2592 });
  });
});

describe('the inputs of a comparison', () => {
  const hires = (rows: number, rejected: number) => ({ hires: { file: 'hires.csv', rows, accepted: rows - rejected, rejected } });

  it('count the rejected rows of each side', () => {
    const view = compareView(doc({ baseline: {}, current: {} }, [], { baseline: hires(10, 2), current: hires(12, 0) }), 'en');
    expect(view.notes).toEqual([['Inputs 2024: hires.csv 10 rows (8 accepted, 2 rejected); 2025: hires.csv 12 rows (12 accepted, 0 rejected)']]);
  });

  it('say them once when both sides were computed from the same files', () => {
    const view = compareView(doc({ baseline: {}, current: {} }, [], { baseline: hires(10, 2), current: hires(10, 2) }), 'en');
    expect(view.notes).toEqual([['Inputs: hires.csv 10 rows (8 accepted, 2 rejected)']]);
  });
});
