import { describe, expect, it } from 'vitest';
import type { Application, Moment } from '../../../src/core/process/application.js';
import { hiredInPeriod } from '../../../src/core/process/hired-in-period.js';
import { day, periodNamed } from '../../builders.js';

const at = (iso: string): Moment => ({ day: day(iso), minute: 600 });

/** An application hired on the given date, or not hired (null). */
function hiredOn(iso: string | null): Application {
  return {
    line: 2,
    applicationId: null,
    candidateId: null,
    applied: at('2025-01-02'),
    screened: null,
    interview: null,
    feedback: null,
    offer: null,
    hired: iso === null ? null : at(iso),
    declined: null,
    rejected: iso === null ? at('2025-01-10') : null,
    withdrawn: null,
    status: null,
    vacancyOpened: null,
    dims: new Map(),
  };
}

describe('hiredInPeriod', () => {
  it('counts the applications hired from the first to the last day of the period, both included', () => {
    const applications = ['2024-12-31', '2025-01-01', '2025-03-15', '2025-06-30', '2025-07-01', null].map(hiredOn);
    // 2025-H1: 01-01, 03-15 and 06-30 are in it; 2024-12-31 and 2025-07-01 are not; the rejected one is no hire.
    expect(hiredInPeriod(applications, periodNamed('2025-H1'))).toBe(3);
  });

  it('is 0 without applications', () => {
    expect(hiredInPeriod([], periodNamed('2025'))).toBe(0);
  });
});
