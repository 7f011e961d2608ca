import { describe, expect, it } from 'vitest';
import { rankingsReport } from '../../../src/core/value/rankings-report.js';
import type { StakeholderRanking } from '../../../src/core/value/aggregate-weights.js';
import { byArea } from './builders.js';

const row = (stakeholder: string, group: string | null, ranks: readonly [number, number, number, number, number, number]): StakeholderRanking => ({
  stakeholder, group, ranks: byArea(ranks),
});

describe('rankingsReport', () => {
  it('measures agreement over everyone and within each group', () => {
    // MT agrees completely; the two in HR give each other's reverse, so W within HR is 0.
    const rows = [
      row('Ann', 'MT', [1, 2, 3, 4, 5, 6]),
      row('Ben', 'MT', [1, 2, 3, 4, 5, 6]),
      row('Cor', 'HR', [1, 2, 3, 4, 5, 6]),
      row('Dik', 'HR', [6, 5, 4, 3, 2, 1]),
    ];
    const report = rankingsReport(rows, { method: 'roc', balanceGroups: false });
    // rank sums R_i: 1+1+1+6 = 9, 2+2+2+5 = 11, 13, 15, 17, 19; mean m(n + 1)/2 = 4 · 7 / 2 = 14
    // S = 25 + 9 + 1 + 1 + 9 + 25 = 70; W = 12 · 70 / (16 · (216 − 6)) = 840 / 3360 = 0.25
    expect(report?.agreement).toMatchObject({ w: 0.25, level: 'very-weak', raters: 4 });
    expect(report?.groups.map((g) => [g.group, g.stakeholders, g.agreement.w])).toEqual([
      ['MT', 2, 1],
      ['HR', 2, 0],
    ]);
  });

  it('has no agreement to measure for one stakeholder, and nothing at all for none', () => {
    const report = rankingsReport([row('Ann', null, [1, 2, 3, 4, 5, 6])], { method: 'roc', balanceGroups: false });
    expect(report?.agreement).toMatchObject({ w: null, reason: 'fewer-than-two-raters' });
    expect(rankingsReport([], { method: 'roc', balanceGroups: false })).toBeNull();
  });
});
