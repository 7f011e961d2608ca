import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES } from '../../src/render/chart-messages.js';
import { formatter } from '../../src/render/format.js';
import { MESSAGES } from '../../src/render/i18n.js';

describe('counts with their noun', () => {
  it('says 1 hire and 2 hires, 1 aanname and 1.234 aannames', () => {
    const en = MESSAGES.en.counts;
    const nl = MESSAGES.nl.counts;
    expect(en.hires(1, '1')).toBe('1 hire');
    expect(en.hires(2, '2')).toBe('2 hires');
    expect(en.pastFirstYear(1, '1')).toBe('1 hire past its first year');
    expect(en.pastFirstYear(0, '0')).toBe('0 hires past their first year');
    expect(nl.hires(1, '1')).toBe('1 aanname');
    expect(nl.hires(1234, formatter('nl', 'EUR').number(1234))).toBe('1.234 aannames');
    expect(nl.pastFirstYear(1, '1')).toBe('1 aanname voorbij het eerste jaar');
  });

  it('counts the hires of the time-to-fill chart the same way', () => {
    expect(CHART_MESSAGES.en.binsOf(1, 15, 'days')).toBe('1 hire in bins of 15 days; the dashed line is the median');
    expect(CHART_MESSAGES.nl.binsOf(3, 15, 'dagen')).toBe('3 aannames in klassen van 15 dagen; de stippellijn is de mediaan');
  });
});
