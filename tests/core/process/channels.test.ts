import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { channels } from '../../../src/core/process/channels.js';
import { makeApplication } from '../../builders.js';

const calendar = dayCounter('calendar', []);
const indeed = { channel: 'Indeed' };
const cohort = [
  makeApplication({ dims: indeed, screened: '2025-03-05', interview: '2025-03-10', offer: '2025-03-17', hired: '2025-03-23' }),
  makeApplication({ dims: indeed, screened: '2025-03-05', rejected: '2025-03-06' }),
  makeApplication({ dims: indeed }),
  makeApplication({ dims: indeed, interview: '2025-03-12', withdrawn: '2025-03-14' }),
  makeApplication({ dims: { channel: 'Werken bij' }, status: 'hired' }),
  makeApplication({ rejected: '2025-03-04' }),
];
const attribution = { costs: new Map([['Indeed', 40000], ['', 5000]]), quality: new Map([['Indeed', 0.75]]) };

describe('channels', () => {
  it('puts each channel’s candidates, hires, cost and speed side by side', () => {
    const [first] = channels(cohort, calendar, attribution);
    // 4 applications, 2 reached an interview, 1 hired after 03-03 → 03-23 = 20 days;
    // €400 attributed: €100 per application, €400 per hire
    expect(first).toEqual({
      channel: 'Indeed',
      applications: 4,
      reachedInterview: 2,
      hires: 1,
      conversion: 0.25,
      cost: 40000,
      costPerApplication: 10000,
      costPerHire: 40000,
      medianTimeToHire: 20,
      qualityOfHire: 0.75,
    });
  });

  it('counts a hire known from its status, with no time to hire, and a channel without costs at a real 0', () => {
    const row = channels(cohort, calendar, attribution)[1];
    expect(row).toMatchObject({ channel: 'Werken bij', applications: 1, reachedInterview: 1, hires: 1, cost: 0, costPerHire: 0, medianTimeToHire: null, qualityOfHire: null });
  });

  it('puts the applications without a channel last, in the group without a value', () => {
    const row = channels(cohort, calendar, attribution)[2];
    // €50 of shared cost over 1 application and no hire
    expect(row).toMatchObject({ channel: '', applications: 1, hires: 0, conversion: 0, cost: 5000, costPerApplication: 5000, costPerHire: null });
  });

  it('has no cost without an attribution', () => {
    expect(channels(cohort, calendar, null).map((row) => row.cost)).toEqual([null, null, null]);
  });
});
