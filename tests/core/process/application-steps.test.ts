import { describe, expect, it } from 'vitest';
import { closingOf, outcomeOf } from '../../../src/core/process/closing.js';
import { cohortOf } from '../../../src/core/process/cohort.js';
import { furthestStage } from '../../../src/core/process/furthest-stage.js';
import { earliestMoment, isBefore } from '../../../src/core/process/moments.js';
import { arrivedBy, hasStepAfter, seenAllOn, seenOn } from '../../../src/core/process/seen-on.js';
import { day, makeApplication, moment, periodNamed } from '../../builders.js';

describe('closingOf', () => {
  it('is the closing date and its outcome', () => {
    expect(closingOf(makeApplication({ rejected: '2025-03-10' }))).toEqual({ outcome: 'rejected', at: moment('2025-03-10') });
  });

  it('is the status without a date when only the status says how it ended', () => {
    expect(closingOf(makeApplication({ status: 'withdrawn' }))).toEqual({ outcome: 'withdrawn', at: null });
  });

  it('is null for an active application, with or without the status active', () => {
    expect(closingOf(makeApplication({ screened: '2025-03-05' }))).toBeNull();
    expect(outcomeOf(makeApplication({ status: 'active' }))).toBe('active');
  });
});

describe('furthestStage', () => {
  it('counts a stage reached when a later one is dated, even when it was skipped', () => {
    expect(furthestStage(makeApplication({ interview: '2025-03-10' }))).toBe('interview');
  });

  it('takes a feedback date as an interview held', () => {
    expect(furthestStage(makeApplication({ feedback: '2025-03-10' }))).toBe('interview');
  });

  it('puts a declined offer at the offer stage, dated or known from the status only', () => {
    expect(furthestStage(makeApplication({ declined: '2025-03-20' }))).toBe('offer');
    expect(furthestStage(makeApplication({ status: 'declined' }))).toBe('offer');
  });

  it('puts a hire known from the status only at hired', () => {
    expect(furthestStage(makeApplication({ status: 'hired' }))).toBe('hired');
  });

  it('leaves an application nobody acted on at applied', () => {
    expect(furthestStage(makeApplication({ withdrawn: '2025-03-04' }))).toBe('applied');
  });
});

describe('seenOn', () => {
  const asOf = day('2025-03-31');

  it('takes away the steps dated after the as-of date, so a later closing leaves it active', () => {
    const seen = seenOn(makeApplication({ screened: '2025-03-20', rejected: '2025-04-02', status: 'rejected' }), asOf);
    expect(seen.screened).toEqual(moment('2025-03-20'));
    expect(seen.rejected).toBeNull();
    // the status only repeated the closing date after R: on R the application was active
    expect(outcomeOf(seen)).toBe('active');
  });

  it('keeps a step on the as-of date itself', () => {
    expect(seenOn(makeApplication({ hired: '2025-03-31 17:00' }), asOf).hired).toEqual(moment('2025-03-31 17:00'));
  });

  it('keeps an outcome known only from the status, which has no date to judge', () => {
    expect(outcomeOf(seenOn(makeApplication({ status: 'rejected', interview: '2025-04-10' }), asOf))).toBe('rejected');
  });

  it('keeps every field of a record whose fields are getters, as a record read from a file is', () => {
    const plain = makeApplication({ applied: '2025-03-03', interview: '2025-03-10', rejected: '2025-04-02', dims: { vacancy_id: 'V1' } });
    const view = Object.create(Object.fromEntries(Object.keys(plain).map((key) => [key, undefined]))) as typeof plain;
    for (const [key, value] of Object.entries(plain)) Object.defineProperty(Object.getPrototypeOf(view), key, { get: () => value });
    const seen = seenOn(view, asOf);
    expect(seen.applied).toEqual(moment('2025-03-03'));
    expect(seen.interview).toEqual(moment('2025-03-10'));
    expect(seen.rejected).toBeNull();
    expect(seen.dims.get('vacancy_id')).toBe('V1');
  });

  it('does not change the record', () => {
    const application = makeApplication({ offer: '2025-04-02' });
    seenOn(application, asOf);
    expect(application.offer).toEqual(moment('2025-04-02'));
  });

  it('tells an application that arrived after the as-of date', () => {
    expect(arrivedBy(makeApplication({ applied: '2025-04-01' }), asOf)).toBe(false);
    expect(arrivedBy(makeApplication({ applied: '2025-03-31' }), asOf)).toBe(true);
  });
});

describe('seenAllOn', () => {
  const asOf = day('2025-03-31');

  it('leaves out the applications that arrived after the as-of date and sees the rest on it', () => {
    const applications = [
      makeApplication({ id: 'A1', applied: '2025-03-03', rejected: '2025-04-02', status: 'rejected' }),
      makeApplication({ id: 'A2', applied: '2025-04-01' }),
      makeApplication({ id: 'A3', applied: '2025-03-10', hired: '2025-03-31' }),
    ];
    const seen = [...seenAllOn(applications, asOf)];
    // A2 arrived on 04-01, after R; A1's rejection on 04-02 had not happened on R: active
    expect(seen.map((application) => application.applicationId)).toEqual(['A1', 'A3']);
    expect(seen.map(outcomeOf)).toEqual(['active', 'hired']);
  });

  it('gives the arrived applications themselves when none has a step after the as-of date', () => {
    const applications = [makeApplication({ id: 'A1', screened: '2025-03-20' }), makeApplication({ id: 'A2', applied: '2025-04-01' })];
    const [only, ...rest] = [...seenAllOn(applications, asOf)];
    expect(only).toBe(applications[0]);
    expect(rest).toEqual([]);
  });

  it('tells whether any step is dated after the as-of date, and a step on it is not', () => {
    expect(hasStepAfter(makeApplication({ withdrawn: '2025-04-01' }), asOf)).toBe(true);
    expect(hasStepAfter(makeApplication({ hired: '2025-03-31 23:59', status: 'hired' }), asOf)).toBe(false);
  });
});

describe('cohortOf', () => {
  it('holds the applications applied from the first to the last day of the period', () => {
    const applications = ['2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01'].map((applied) => makeApplication({ applied }));
    expect([...cohortOf(applications, periodNamed('2025-03'))].map((a) => a.applied.day)).toEqual([day('2025-03-01'), day('2025-03-31')]);
  });
});

describe('moments', () => {
  it('compares times only when both moments of one day have one', () => {
    expect(isBefore(moment('2025-03-03 09:00'), moment('2025-03-03 10:00'))).toBe(true);
    expect(isBefore(moment('2025-03-03'), moment('2025-03-03 10:00'))).toBe(false);
    expect(isBefore(moment('2025-03-03 10:00'), moment('2025-03-03'))).toBe(false);
  });

  it('finds the earliest moment not before a start', () => {
    const found = earliestMoment([moment('2025-03-02'), moment('2025-03-09'), null, moment('2025-03-06')], moment('2025-03-05'));
    expect(found).toEqual(moment('2025-03-06'));
  });
});
