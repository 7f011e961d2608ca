import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/core/process/application.js';
import { applicationIssues, MOMENT_FIELDS, passesChecks } from '../../src/io/application-checks.js';
import { packMoment } from '../../src/io/parse-moment.js';

/** A moment of one week, with a time now and then, so that orders and ties go wrong often. */
const moment = fc.record({ day: fc.integer({ min: 20150, max: 20156 }), minute: fc.option(fc.integer({ min: 0, max: 1439 })) }).map(({ day, minute }) => packMoment(day, minute));
/** Mostly empty: a closing date besides another, or a step at all, is then a choice of the generator. */
const step = fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: moment, weight: 2 });
const application = fc.record({
  moments: fc.tuple(fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: moment, weight: 8 }), ...MOMENT_FIELDS.slice(1).map(() => step)),
  status: fc.option(fc.constantFrom(...OUTCOMES)),
  vacancyOpened: fc.option(fc.integer({ min: 20148, max: 20158 })),
});

describe('passesChecks', () => {
  it('accepts an application exactly when applicationIssues finds nothing wrong with it', () => {
    fc.assert(
      fc.property(application, ({ moments, status, vacancyOpened }) => {
        const issues = applicationIssues({ moment: (field) => moments[MOMENT_FIELDS.indexOf(field)] ?? null, status, vacancyOpened });
        expect(passesChecks(moments, status, vacancyOpened)).toBe(issues.length === 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts an application whose steps follow each other and whose status repeats its closing date', () => {
    // applied 03-01, screened 03-03, interview 03-05 10:00, hired 03-05 (no time: not before 10:00); opened 02-20
    const moments = [packMoment(20148, null), packMoment(20150, null), null, null, packMoment(20152, 600), packMoment(20152, null), null, null, null];
    expect(passesChecks(moments, 'hired', 20139)).toBe(true);
  });

  it('refuses a withdrawal besides a rejection, and a hire before the vacancy opened', () => {
    const applied = packMoment(20148, null);
    const twoClosings = [applied, null, null, null, null, null, null, packMoment(20150, null), packMoment(20151, null)];
    const hiredEarly = [applied, null, null, null, null, packMoment(20150, null), null, null, null];
    expect(passesChecks(twoClosings, null, null)).toBe(false);
    expect(passesChecks(hiredEarly, null, 20151)).toBe(false);
  });
});
