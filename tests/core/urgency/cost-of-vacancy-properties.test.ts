import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERY_HIRE_COLUMN } from '../../../src/core/hire-columns.js';
import { isoOfDay } from '../../../src/core/day.js';
import { groupTable } from '../../../src/core/grouping.js';
import { costOfVacancy } from '../../../src/core/urgency/cost-of-vacancy.js';
import { day, makeContext, makeHire } from '../../builders.js';

const hireArbitrary = fc
  .record({
    opened: fc.integer({ min: day('2025-01-01'), max: day('2025-10-01') }),
    open: fc.integer({ min: 0, max: 90 }),
    channel: fc.constantFrom('LinkedIn', 'Agency', 'Referral'),
    salaryEuros: fc.option(fc.integer({ min: 20_000, max: 120_000 })),
  })
  .map(({ opened, open, channel, salaryEuros }) =>
    makeHire({
      vacancyOpened: isoOfDay(opened),
      offerAccepted: isoOfDay(opened + open),
      dims: { channel },
      ...(salaryEuros === null ? {} : { salaryEuros }),
    }),
  );
const ruleArbitrary = fc.constantFrom({ perDay: 35_000 }, { salaryMultiple: 1.5, workingDaysPerYear: 230 });
const HOLIDAYS = [day('2025-04-21'), day('2025-05-05'), day('2025-12-25')];

describe('cost of vacancy, for any hires', () => {
  it('adds up over the groups to the whole, to the cent', () => {
    fc.assert(
      fc.property(fc.array(hireArbitrary, { maxLength: 30 }), ruleArbitrary, (hires, rule) => {
        const ctx = { ...makeContext({ vacancyCost: rule }), holidays: HOLIDAYS };
        const whole = costOfVacancy(hires, rule, HOLIDAYS, EVERY_HIRE_COLUMN).kpi;
        const rows = groupTable({ hires, costs: [], hours: [], vacancies: hires }, 'channel', ctx).rows;
        expect(rows.reduce((sum, row) => sum + (row.kpis.costOfVacancy.total ?? 0), 0)).toBe(whole.total ?? 0);
        expect(rows.reduce((sum, row) => sum + row.kpis.costOfVacancy.n, 0)).toBe(whole.n);
        if (whole.total !== null) expect(Number.isInteger(whole.total)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the hires', () => {
    fc.assert(
      fc.property(fc.array(hireArbitrary, { maxLength: 30 }), ruleArbitrary, (hires, rule) => {
        expect(costOfVacancy([...hires].reverse(), rule, HOLIDAYS, EVERY_HIRE_COLUMN)).toEqual(costOfVacancy(hires, rule, HOLIDAYS, EVERY_HIRE_COLUMN));
      }),
    );
  });
});
