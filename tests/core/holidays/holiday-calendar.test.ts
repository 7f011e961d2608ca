import { describe, expect, it } from 'vitest';
import { isoOfDay } from '../../../src/core/day.js';
import { DEFAULT_DUTCH_HOLIDAY_OPTIONS } from '../../../src/core/holidays/dutch-holidays.js';
import { holidayDays } from '../../../src/core/holidays/holiday-calendar.js';
import { day } from '../../builders.js';

describe('holidayDays', () => {
  it('gives only the own dates without public holidays, sorted and unique', () => {
    const days = holidayDays({ dutch: null, dates: [day('2025-12-31'), day('2025-12-24'), day('2025-12-24')] }, 2025, 2025);
    expect(days.map(isoOfDay)).toEqual(['2025-12-24', '2025-12-31']);
  });

  it('gives the Dutch holidays of every year asked for: 10 in 2024, 11 in 2025 (Bevrijdingsdag), 10 in 2026', () => {
    expect(holidayDays({ dutch: DEFAULT_DUTCH_HOLIDAY_OPTIONS, dates: [] }, 2024, 2026)).toHaveLength(31);
  });

  it('adds own dates to the Dutch ones, and counts a date that is both once', () => {
    const days = holidayDays({ dutch: DEFAULT_DUTCH_HOLIDAY_OPTIONS, dates: [day('2025-12-24'), day('2025-12-25')] }, 2025, 2025);
    expect(days).toHaveLength(12);
    expect(days.filter((d) => d >= day('2025-12-24')).map(isoOfDay)).toEqual(['2025-12-24', '2025-12-25', '2025-12-26']);
  });
});
