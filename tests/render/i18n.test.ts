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

  it('counts rows the same way', () => {
    expect(MESSAGES.en.counts.rows(1, '1')).toBe('1 row');
    expect(MESSAGES.nl.counts.rows(2, '2')).toBe('2 regels');
  });

  it('puts the counted hires into the time-to-fill chart', () => {
    expect(CHART_MESSAGES.en.binsOf(MESSAGES.en.counts.hires(1, '1'), 15, 'days', null)).toBe('1 hire in bins of 15 days; the dashed line is the median');
  });

  it('says which fills the open last bin of time to fill holds', () => {
    expect(CHART_MESSAGES.en.binsOf('260 hires', 15, 'calendar days', 150)).toBe(
      '260 hires in bins of 15 calendar days, the last for 150 or more; the dashed line is the median',
    );
    expect(CHART_MESSAGES.nl.binsOf('260 aannames', 15, 'kalenderdagen', 150)).toBe(
      '260 aannames in klassen van 15 kalenderdagen, de laatste voor 150 of meer; de stippellijn is de mediaan',
    );
  });
});
