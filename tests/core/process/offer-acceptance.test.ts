import { describe, expect, it } from 'vitest';
import { offerAcceptanceRate, offerDecisions } from '../../../src/core/process/offer-acceptance.js';
import { makeApplication, periodNamed } from '../../builders.js';

describe('offerDecisions', () => {
  const march = periodNamed('2025-03');

  it('counts an offer in the period of its decision, whatever the period of the application', () => {
    const applications = [
      makeApplication({ applied: '2025-02-10', offer: '2025-02-28', hired: '2025-03-03' }), // applied in February, decided in March
      makeApplication({ applied: '2025-03-05', offer: '2025-03-25', declined: '2025-04-02' }), // decided in April: not March's
      makeApplication({ applied: '2025-03-04', offer: '2025-03-12', declined: '2025-03-15' }),
      makeApplication({ applied: '2025-03-06', offer: '2025-03-20' }), // still open: not decided
    ];
    expect(offerDecisions(applications, march)).toEqual({ hired: 1, declined: 1 });
  });

  it('counts a decision known only from the status with its cohort', () => {
    const applications = [
      makeApplication({ applied: '2025-03-07', status: 'hired' }), // March cohort: counts
      makeApplication({ applied: '2025-02-20', status: 'declined' }), // February cohort: not March's
    ];
    expect(offerDecisions(applications, march)).toEqual({ hired: 1, declined: 0 });
  });
});

describe('offerAcceptanceRate', () => {
  it('divides the accepted offers by the decided ones', () => {
    // 2 accepted, 1 declined: 2 / 3
    expect(offerAcceptanceRate({ hired: 2, declined: 1 })).toEqual({ n: 3, value: 2 / 3 });
  });

  it('is null without a decided offer', () => {
    expect(offerAcceptanceRate({ hired: 0, declined: 0 })).toEqual({ n: 0, value: null });
  });
});
