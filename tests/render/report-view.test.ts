import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import type { Records } from '../../src/core/types.js';
import { reportDocument } from '../../src/render/document.js';
import { reportView } from '../../src/render/report-view.js';
import { makeCost, makeHire, makeOptions } from '../builders.js';

/**
 * 2024: IT 2 hires, one of whom started 2024-01-15 and left 2024-06-30 (first year over on the
 * as-of date 2025-12-31, left within it), the other started 2024-03-01 and stayed; Sales 1 hire
 * who starts 2025-06-01 (first year not over). IT has €1 000 of costs, Sales none.
 */
function records(costs: Records['costs']): Records {
  const it = { department: 'IT' };
  return {
    hires: [
      makeHire({ vacancyOpened: '2023-11-01', offerAccepted: '2024-01-01', startDate: '2024-01-15', leftDate: '2024-06-30', dims: it }),
      makeHire({ vacancyOpened: '2023-11-01', offerAccepted: '2024-02-01', startDate: '2024-03-01', dims: it }),
      makeHire({ vacancyOpened: '2024-09-01', offerAccepted: '2024-11-01', startDate: '2025-06-01', dims: { department: 'Sales' } }),
    ],
    costs,
    hours: null,
  };
}

const itCosts = () => [makeCost({ date: '2024-03-01', amountEuros: 1000, dims: { department: 'IT' } })];

const groupsOf = (costs: Records['costs'], lang: 'en' | 'nl' = 'en') => {
  const options = makeOptions({ period: '2024', asOf: '2025-12-31', by: 'department' });
  const report = buildReport(records(costs), options);
  const doc = reportDocument(report, { currency: 'EUR', businessRoles: [], scales: options.scales, holidays: 0, publicHolidays: null, vacancyCost: null, inputs: {} });
  const table = reportView(doc, lang).tables.find((t) => t.id === 'groups');
  if (table === undefined) throw new Error('no group table');
  return table;
};

describe('the group table', () => {
  it('has a label on every column, the bar column and time to fill included', () => {
    const table = groupsOf(itCosts());
    expect(table.columns.map((column) => column.label)).toEqual([
      'department', 'Hires', 'Direct cost', 'Allocated', 'Total cost', 'Cost per hire', 'vs highest',
      'Time to fill, median', 'On time', 'Quality', 'First-year attrition',
    ]);
    expect(groupsOf([], 'nl').columns.map((column) => column.label)).toContain('Doorlooptijd, mediaan');
  });

  it('shows first-year attrition per group, and why a group has none', () => {
    // IT: both first years over by 2025-12-31, one left within it: 1 / 2 = 50.0%; Sales: not over yet
    const table = groupsOf(itCosts());
    const attrition = (key: string) => table.rows.find((row) => row.key === key)?.cells.at(-1);
    expect(attrition('IT')).toMatchObject({ text: '50.0%', value: 0.5, unit: 'share' });
    expect(attrition('Sales')).toMatchObject({ text: '–', value: null, note: 'no hire has completed a first year by 2025-12-31' });
  });

  it('draws no bar column when no group has a cost per hire', () => {
    expect(groupsOf(null).columns.map((column) => column.key)).not.toContain('chart');
    expect(groupsOf([]).columns.map((column) => column.key)).not.toContain('chart');
  });
});
