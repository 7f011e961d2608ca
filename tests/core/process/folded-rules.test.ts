import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { type Application, FUNNEL_STAGES, type Moment, OUTCOMES } from '../../../src/core/process/application.js';
import { APPLICATION_STEPS } from '../../../src/core/process/application.js';
import { availability, availabilityTime } from '../../../src/core/process/availability.js';
import { channels } from '../../../src/core/process/channels.js';
import { candidateLeft, closingMoment, closingOf, outcomeOf } from '../../../src/core/process/closing.js';
import { cohortOf } from '../../../src/core/process/cohort.js';
import { dropOut, longestWait } from '../../../src/core/process/drop-out.js';
import { feedbackHours, feedbackMoment } from '../../../src/core/process/feedback-time.js';
import { firstResponseDays, timeToFirstResponseDays } from '../../../src/core/process/first-response.js';
import { furthestStage, reached, reachedGiven } from '../../../src/core/process/furthest-stage.js';
import { earliestMoment, isBefore } from '../../../src/core/process/moments.js';
import { offerDecisions } from '../../../src/core/process/offer-acceptance.js';
import { processPass } from '../../../src/core/process/process-pass.js';
import { TIMED_STAGES } from '../../../src/core/process/process-types.js';
import { seenAllOn } from '../../../src/core/process/seen-on.js';
import { stageOutcomes } from '../../../src/core/process/stage-outcomes.js';
import { daysInStage, stageDays } from '../../../src/core/process/time-in-stage.js';
import type { Period } from '../../../src/core/types.js';
import { makeApplication } from '../../builders.js';

// The process figures read an application's dates by name and fold them one at a time, without
// the arrays and objects of the plain rules (SPEC §10–11). These properties hold the folded code
// to the plain rules, written here as SPEC words them, on generated applications whose dates are
// in any order (a withdrawal may come before an interview; ties and missing times are common).

const calendarDays = dayCounter('calendar', []);

/** A moment of one week, with a time now and then. */
const moment = fc.record({ day: fc.integer({ min: 20150, max: 20156 }), minute: fc.option(fc.integer({ min: 0, max: 1439 })) });
const step = fc.option(moment, { freq: 2 });
const application: fc.Arbitrary<Application> = fc
  .record({
    applied: moment,
    screened: step,
    interview: step,
    feedback: step,
    offer: step,
    hired: step,
    declined: step,
    rejected: step,
    withdrawn: step,
    status: fc.option(fc.constantFrom(...OUTCOMES)),
  })
  .map((fields) => ({ ...fields, line: 2, applicationId: null, candidateId: null, vacancyOpened: null, dims: new Map() }));

/** closingOf as it was written: the first closing date in the order hired, declined, rejected, withdrawn, else the status. */
function plainClosing(a: Application): { outcome: string; at: Moment | null } | null {
  for (const outcome of ['hired', 'declined', 'rejected', 'withdrawn'] as const) {
    const at = a[outcome];
    if (at !== null) return { outcome, at };
  }
  return a.status === null || a.status === 'active' ? null : { outcome: a.status, at: null };
}

/** longestWait as SPEC §11.2 words it: the largest gap between consecutive dates present. */
function plainWait(a: Application): number | null {
  const closing = plainClosing(a);
  if (closing === null || closing.at === null) return null;
  const dates = [a.applied, a.screened, a.interview, a.feedback, a.offer].filter((m): m is Moment => m !== null);
  if (candidateLeft(closing.outcome as never)) dates.push(closing.at);
  let longest: number | null = null;
  for (let i = 1; i < dates.length; i += 1) {
    const gap = (dates[i] as Moment).day - (dates[i - 1] as Moment).day;
    if (longest === null || gap > longest) longest = gap;
  }
  return longest;
}

const NEXT = { screening: ['interview', 'offer', 'hired'], interview: ['offer', 'hired'], offer: ['hired'] } as const;
const ENTERED = { screening: 'screened', interview: 'interview', offer: 'offer' } as const;

describe('the folded process rules', () => {
  it('find the closing and the outcome the plain rules find', () => {
    fc.assert(
      fc.property(application, (a) => {
        expect(closingOf(a)).toEqual(plainClosing(a));
        expect(outcomeOf(a)).toBe(plainClosing(a)?.outcome ?? 'active');
        expect(closingMoment(a)).toBe(plainClosing(a)?.at ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  it('measure the longest wait as the largest gap between consecutive dates', () => {
    fc.assert(
      fc.property(application, (a) => {
        expect(longestWait(a, calendarDays)).toBe(plainWait(a));
      }),
      { numRuns: 3000 },
    );
  });

  it('end a stage, the first response and the feedback where earliestMoment over the listed dates ends them', () => {
    fc.assert(
      fc.property(application, (a) => {
        for (const stage of ['screening', 'interview', 'offer'] as const) {
          const from = a[ENTERED[stage]];
          const end = from === null ? null : earliestMoment([...NEXT[stage].map((field) => a[field]), a.hired, a.declined, a.rejected, a.withdrawn], from);
          expect(daysInStage(a, stage, calendarDays)).toBe(from === null || end === null ? null : end.day - from.day);
        }
        const first = earliestMoment([a.screened, a.interview, a.offer, a.hired, a.rejected]);
        expect(firstResponseDays(a, calendarDays)).toBe(first === null ? null : first.day - a.applied.day);
        const answer = a.interview === null ? null : (a.feedback ?? earliestMoment([a.offer, a.hired, a.rejected, a.withdrawn, a.declined], a.interview));
        expect(feedbackMoment(a)).toBe(answer);
      }),
      { numRuns: 3000 },
    );
  });

  it('reach the stages and count the outcomes by stage as furthestStage and outcomeOf do, one application at a time', () => {
    fc.assert(
      fc.property(fc.array(application, { maxLength: 12 }), (list) => {
        const counted = stageOutcomes(list);
        expect(counted.total).toBe(list.length);
        for (const outcome of OUTCOMES) {
          for (const stage of FUNNEL_STAGES) {
            expect(counted.count(outcome, stage)).toBe(list.filter((a) => outcomeOf(a) === outcome && furthestStage(a) === stage).length);
          }
        }
        for (const a of list) for (const stage of FUNNEL_STAGES) expect(reachedGiven(a, outcomeOf(a), stage)).toBe(reached(a, stage));
      }),
      { numRuns: 500 },
    );
  });

  it('give the availability time of the plain rule: to the closing date, or censored at R while active', () => {
    fc.assert(
      fc.property(application, (a) => {
        const closing = plainClosing(a);
        const expected = !reached(a, 'interview') ? null
          : closing === null ? { time: 20160 - a.applied.day, event: false }
          : closing.at === null ? null
          : { time: closing.at.day - a.applied.day, event: candidateLeft(closing.outcome as never) };
        expect(availabilityTime(a, 20160)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The application as a record read from a file gives it: every field a getter, and every read of
 * a date a new Moment (as the applications file's views do).
 */
function asView(a: Application): Application {
  const view = {};
  for (const [field, value] of Object.entries(a)) {
    const dated = (APPLICATION_STEPS as readonly string[]).includes(field) || field === 'applied';
    const get = dated && value !== null ? () => ({ ...(value as Moment) }) : () => value;
    Object.defineProperty(view, field, { enumerable: true, get });
  }
  return view as Application;
}

/** Applications of a few channels (or none), half of them read as views. */
const applications = fc.array(
  fc.tuple(application, fc.option(fc.constantFrom('Indeed', 'Open')), fc.boolean()).map(([a, channel, view]) => {
    const record = { ...a, dims: new Map(channel === null ? [] : [['channel', channel]]) };
    return view ? asView(record) : record;
  }),
  { maxLength: 15 },
);
const period: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: 20149, max: 20157 }), fc.integer({ min: 0, max: 8 }))
  .map(([start, length]) => ({ label: 'P', start, end: start + length }));
const measuredOrNot = fc.record({
  responses: fc.boolean(),
  stages: fc.subarray([...TIMED_STAGES]).map((stages) => new Set(stages)),
  feedback: fc.boolean(),
  channels: fc.boolean(),
  availability: fc.boolean(),
  dropOut: fc.boolean(),
});

describe('processPass', () => {
  it('measures in one pass what each figure measures over the applications seen on R and their cohort', () => {
    fc.assert(
      fc.property(applications, period, fc.integer({ min: 20149, max: 20157 }), fc.constantFrom('calendar' as const, 'business' as const), measuredOrNot, (list, within, asOf, dayCount, figures) => {
        const holidays = [20152];
        const days = dayCounter(dayCount, holidays);
        const attribution = { costs: new Map([['Indeed', 1000]]), quality: new Map() };
        const pass = processPass(list, { period: within, asOf, days, dayCount, holidays, channels: attribution }, figures);
        // The plain way: seenAllOn, then cohortOf, then each figure's list function on its own.
        const seen = seenAllOn(list, asOf);
        const cohort = cohortOf(seen, within);
        const byStage = stageOutcomes(cohort);
        expect(pass.byStage.total).toBe(byStage.total);
        for (const outcome of OUTCOMES) for (const stage of FUNNEL_STAGES) expect(pass.byStage.count(outcome, stage)).toBe(byStage.count(outcome, stage));
        expect(pass.decisions).toEqual(offerDecisions(seen, within));
        expect(Array.from(pass.responses)).toEqual(figures.responses ? timeToFirstResponseDays(cohort, days) : []);
        for (const stage of TIMED_STAGES) expect(Array.from(pass.stageValues.get(stage) ?? [])).toEqual(figures.stages.has(stage) ? stageDays(cohort, stage, days) : []);
        expect(Array.from(pass.feedback)).toEqual(figures.feedback ? feedbackHours(seen, within, dayCount, holidays) : []);
        expect(pass.channels).toEqual(figures.channels ? channels(cohort, days, attribution) : []);
        expect(pass.availability).toEqual(availability(figures.availability ? cohort : [], asOf));
        expect(pass.dropOut).toEqual(figures.dropOut ? dropOut(cohort, days) : []);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('earliestMoment', () => {
  it('keeps the first of two moments that are not before each other', () => {
    // 5 March without a time and 5 March 10:00: neither is before the other, so the first given wins
    const dateOnly = { day: 20152, minute: null };
    const timed = { day: 20152, minute: 600 };
    expect(earliestMoment([dateOnly, timed])).toBe(dateOnly);
    expect(earliestMoment([timed, dateOnly])).toBe(timed);
    expect(isBefore(dateOnly, timed)).toBe(false);
  });
});

describe('stageOutcomes', () => {
  it('counts the applications by outcome and furthest stage', () => {
    const list = [
      makeApplication({ screened: '2025-03-05', rejected: '2025-03-07' }), // rejected at screening
      makeApplication({ screened: '2025-03-05', rejected: '2025-03-08' }), // rejected at screening
      makeApplication({ interview: '2025-03-10', offer: '2025-03-14', declined: '2025-03-15' }), // declined at offer
      makeApplication({ status: 'hired' }), // hired, by its status alone
      makeApplication({}), // active at applied
    ];
    const counted = stageOutcomes(list);
    // 5 applications; rejected × screening 2, declined × offer 1, hired × hired 1, active × applied 1, every other pair 0
    expect(counted.total).toBe(5);
    expect(counted.count('rejected', 'screening')).toBe(2);
    expect(counted.count('declined', 'offer')).toBe(1);
    expect(counted.count('hired', 'hired')).toBe(1);
    expect(counted.count('active', 'applied')).toBe(1);
    expect(counted.count('rejected', 'applied')).toBe(0);
  });
});
