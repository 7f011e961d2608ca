import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, SurvivalCounts, type SurvivalTime, survivalAt } from '../../../src/core/stats/kaplan-meier.js';

const event = (time: number): SurvivalTime => ({ time, event: true });
const censored = (time: number): SurvivalTime => ({ time, event: false });

/** The curve with its survival rounded to 4 decimals, for literal expectations. */
const rounded = (times: readonly SurvivalTime[]) =>
  kaplanMeier(times).curve.map((point) => ({ day: point.day, survival: Math.round(point.survival * 10_000) / 10_000 }));

describe('kaplanMeier', () => {
  it('steps down by 1/n of what is left at each event when nobody is censored', () => {
    // n = 3: S(2) = 1 × (1 − 1/3) = 2/3; S(4) = 2/3 × (1 − 1/2) = 1/3; S(6) = 1/3 × (1 − 1/1) = 0
    const estimate = kaplanMeier([event(6), event(2), event(4)]);
    expect(rounded([event(6), event(2), event(4)])).toEqual([
      { day: 2, survival: 0.6667 },
      { day: 4, survival: 0.3333 },
      { day: 6, survival: 0 },
    ]);
    expect(estimate).toMatchObject({ n: 3, events: 3, medianDays: 4 });
  });

  it('keeps a member censored on the day of an event at risk on that day, and counts tied events together', () => {
    // Day 3: two events and one censored; all 6 are at risk: S(3) = 1 × (1 − 2/6) = 0.6667
    //   (had the censored one left first, it would be 1 − 2/5 = 0.6).
    // After day 3, 6 − 3 = 3 remain. Day 5: d = 1, n = 3: S(5) = 0.6667 × (1 − 1/3) = 0.4444.
    // Day 7: censored, 1 remains. Day 8: d = 1, n = 1: S(8) = 0.4444 × (1 − 1/1) = 0.
    const times = [event(3), event(3), censored(3), event(5), censored(7), event(8)];
    expect(rounded(times)).toEqual([
      { day: 3, survival: 0.6667 },
      { day: 5, survival: 0.4444 },
      { day: 8, survival: 0 },
    ]);
    expect(kaplanMeier(times)).toMatchObject({ n: 6, events: 4, medianDays: 5 });
  });

  it('has no steps and no median when nobody had the event', () => {
    const estimate = kaplanMeier([censored(1), censored(4), censored(4)]);
    expect(estimate).toEqual({ n: 3, events: 0, curve: [], medianDays: null });
    expect(survivalAt(estimate, 30)).toBe(1);
  });

  it('has no median when the curve never gets down to 0.5', () => {
    // n = 5. Day 2: d = 1, n = 5: S = 0.8; 4 remain. Day 4: censored; 3 remain.
    // Day 6: d = 1, n = 3: S = 0.8 × 2/3 = 0.5333; 2 remain, both censored on day 9.
    const estimate = kaplanMeier([event(2), censored(4), event(6), censored(9), censored(9)]);
    expect(rounded([event(2), censored(4), event(6), censored(9), censored(9)])).toEqual([
      { day: 2, survival: 0.8 },
      { day: 6, survival: 0.5333 },
    ]);
    expect(estimate.medianDays).toBeNull();
    expect(survivalAt(estimate, 30)).toBeCloseTo(0.5333, 4);
  });

  it('takes the first day where S is 0.5 exactly as the median, despite floating point', () => {
    // 24 members, one event on each of days 1–12: S(12) = 12/24 = 0.5, which the product
    // (23/24)(22/23)…(12/13) gives as 0.5000000000000001.
    const times = [...Array.from({ length: 12 }, (_, i) => event(i + 1)), ...Array.from({ length: 12 }, () => censored(40))];
    const estimate = kaplanMeier(times);
    expect(estimate.curve[11]?.survival).toBeCloseTo(0.5, 12);
    expect(estimate.medianDays).toBe(12);
  });

  it('is empty for an empty group', () => {
    const estimate = kaplanMeier([]);
    expect(estimate).toEqual({ n: 0, events: 0, curve: [], medianDays: null });
    expect(survivalAt(estimate, 7)).toBeNull();
  });

  it('counts an event on day 0', () => {
    // n = 4; day 0: d = 1: S = 0.75; day 2: d = 2, n = 3: S = 0.75 × 1/3 = 0.25
    const estimate = kaplanMeier([event(0), event(2), event(2), censored(5)]);
    expect(rounded([event(0), event(2), event(2), censored(5)])).toEqual([
      { day: 0, survival: 0.75 },
      { day: 2, survival: 0.25 },
    ]);
    expect(estimate.medianDays).toBe(2);
  });

  it('does not change its input', () => {
    const times = Object.freeze([event(5), censored(1), event(3)].map((time) => Object.freeze(time)));
    kaplanMeier(times);
    expect(times.map((time) => time.time)).toEqual([5, 1, 3]);
  });

  it('gives the same curve whatever the order of the group', () => {
    const member = fc.record({ time: fc.integer({ min: 0, max: 30 }), event: fc.boolean() });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), fc.func(fc.integer()), (times, key) => {
        const shuffled = [...times].sort((a, b) => key(a) - key(b));
        expect(kaplanMeier(shuffled)).toEqual(kaplanMeier(times));
      }),
    );
  });

  // A published worked example: the 6-MP arm of the leukaemia remission trial of Freireich et al.
  // (Blood 21: 699–716, 1963), 21 patients, weeks in remission, + = censored:
  // 6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+.
  // Kleinbaum & Klein, Survival Analysis: A Self-Learning Text (Springer), chapter 2, table of the
  // Kaplan–Meier estimate for group 1: S = 0.8571 (6), 0.8067 (7), 0.7529 (10), 0.6902 (13),
  // 0.6275 (16), 0.5378 (22), 0.4482 (23); the median is 23 weeks. Week 6 has three events and a
  // censoring, week 10 an event and a censoring: the censored count as at risk (n = 21 at week 6).
  it('reproduces the published 6-MP example of Freireich et al. (1963)', () => {
    const weeks = [
      event(6), event(6), event(6), censored(6), event(7), censored(9), event(10), censored(10), censored(11), event(13), event(16),
      censored(17), censored(19), censored(20), event(22), event(23), censored(25), censored(32), censored(32), censored(34), censored(35),
    ];
    expect(rounded(weeks)).toEqual([
      { day: 6, survival: 0.8571 },
      { day: 7, survival: 0.8067 },
      { day: 10, survival: 0.7529 },
      { day: 13, survival: 0.6902 },
      { day: 16, survival: 0.6275 },
      { day: 22, survival: 0.5378 },
      { day: 23, survival: 0.4482 },
    ]);
    expect(kaplanMeier(weeks)).toMatchObject({ n: 21, events: 9, medianDays: 23 });
  });
});

describe('survivalAt', () => {
  const estimate = kaplanMeier([event(3), event(3), censored(3), event(5), censored(7), event(8)]);

  it('is 1 before the first event', () => {
    expect(survivalAt(estimate, 0)).toBe(1);
    expect(survivalAt(estimate, 2)).toBe(1);
  });

  it('is the value of the last step on or before the day', () => {
    expect(survivalAt(estimate, 3)).toBeCloseTo(4 / 6, 12); // the step of day 3 itself
    expect(survivalAt(estimate, 4)).toBeCloseTo(4 / 6, 12);
    expect(survivalAt(estimate, 7)).toBeCloseTo(4 / 9, 12); // 4/6 × 2/3
    expect(survivalAt(estimate, 30)).toBe(0);
  });
});

/** The estimator as it was first written: the members sorted by time, each day's run of them counted in turn. */
function sortedKaplanMeier(times: readonly SurvivalTime[]) {
  const sorted = [...times].sort((a, b) => a.time - b.time);
  const curve: { day: number; survival: number }[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let events = 0;
  let medianDays: number | null = null;
  for (let i = 0; i < sorted.length; ) {
    const day = (sorted[i] as SurvivalTime).time;
    let leaving = 0;
    let died = 0;
    for (; i < sorted.length && (sorted[i] as SurvivalTime).time === day; i += 1) {
      leaving += 1;
      if ((sorted[i] as SurvivalTime).event) died += 1;
    }
    if (died > 0) {
      survival *= 1 - died / atRisk;
      events += died;
      curve.push({ day, survival });
      if (medianDays === null && survival <= 0.5 + 1e-9) medianDays = day;
    }
    atRisk -= leaving;
  }
  return { n: sorted.length, events, curve, medianDays };
}

describe('SurvivalCounts', () => {
  it('estimates, from the counts per day, the very curve of the members sorted by time', () => {
    const member = fc.record({ time: fc.integer({ min: 0, max: 40 }), event: fc.boolean() });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 60 }), (times) => {
        const counts = new SurvivalCounts();
        for (const { time, event } of times) counts.add(time, event);
        expect(counts.estimate()).toEqual(sortedKaplanMeier(times));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the members added one at a time', () => {
    // Day 3: 1 event of 2 at risk: S(3) = 1 − 1/2 = 0.5, the median; day 5 is censored.
    const counts = new SurvivalCounts();
    counts.add(5, false);
    counts.add(3, true);
    expect(counts.estimate()).toEqual({ n: 2, events: 1, curve: [{ day: 3, survival: 0.5 }], medianDays: 3 });
  });
});
