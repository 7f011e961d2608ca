import { describe, expect, it } from 'vitest';
import { groupTable } from '../../../src/core/grouping.js';
import { makeContext, makeCost, makeHire } from '../../builders.js';

// "Goedkoop is duurkoop": LinkedIn is cheap but slow, the agency dear but fast.
// No holidays; €350 a working day.
// - LinkedIn: opened Mon 2025-09-01, accepted Mon 2025-10-27: 09-02 … 09-05 (4) + 7 whole weeks
//   (35) + Mon 10-27 (1) = 40 working days × €350 = €14 000; cost €500 → total €14 500.
// - Agency: opened Mon 2025-09-01, accepted Mon 2025-09-15: 4 + 5 + 1 = 10 working days × €350 =
//   €3 500; fee €6 000 → total €9 500.
describe('cost of vacancy per channel', () => {
  it('shows that the cheap, slow channel costs more in total', () => {
    const hires = [
      makeHire({ vacancyOpened: '2025-09-01', offerAccepted: '2025-10-27', dims: { channel: 'LinkedIn' } }),
      makeHire({ vacancyOpened: '2025-09-01', offerAccepted: '2025-09-15', dims: { channel: 'Agency' } }),
    ];
    const costs = [
      makeCost({ date: '2025-09-30', amountEuros: 500, dims: { channel: 'LinkedIn' } }),
      makeCost({ date: '2025-09-15', amountEuros: 6_000, dims: { channel: 'Agency' } }),
    ];
    const ctx = makeContext({ vacancyCost: { perDay: 35_000 } });
    const table = groupTable({ hires, costs, hours: [], vacancies: hires }, 'channel', ctx);
    const row = (key: string) => table.rows.find((r) => r.key === key)?.kpis;
    expect(row('LinkedIn')).toMatchObject({ costPerHire: 50_000, costOfVacancy: { n: 1, workingDays: 40, total: 1_400_000 }, totalCostPerHire: 1_450_000 });
    expect(row('Agency')).toMatchObject({ costPerHire: 600_000, costOfVacancy: { n: 1, workingDays: 10, total: 350_000 }, totalCostPerHire: 950_000 });
  });
});
