import { describe, expect, it } from 'vitest';
import { agreementsOf } from '../../src/cli/settings.js';

describe('agreementsOf', () => {
  it('takes the config’s agreements, each defaulting to 24 hours and 5 days', () => {
    expect(agreementsOf({})).toEqual({ feedbackHours: 24, firstResponseDays: 5 });
    expect(agreementsOf({ agreements: { feedbackHours: 48 } })).toEqual({ feedbackHours: 48, firstResponseDays: 5 });
  });
});
