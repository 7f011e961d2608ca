import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';

const accepts = (config: unknown): boolean => configSchema().safeParse(config).success;

describe('the numbers of the config', () => {
  it('have at most 12 digits before the decimal mark, as a cell of the CSV files', () => {
    expect(accepts({ rates: { recruiter: 999_999_999_999.99 } })).toBe(true);
    expect(accepts({ rates: { recruiter: 1e12 } })).toBe(false);
    expect(accepts({ rates: { recruiter: 1e300 } })).toBe(false);
    expect(accepts({ targets: { costPerHire: 1e12 } })).toBe(false);
    expect(accepts({ weights: { bestFit: 1e12 } })).toBe(false);
    expect(accepts({ scales: { performance: { min: -1e12, max: 5 } } })).toBe(false);
    expect(accepts({ scales: { performance: { min: -999_999_999_999, max: 5 } } })).toBe(true);
  });

  it('says what is wrong with a number that is too large, as for a CSV cell', () => {
    const message = (config: unknown) => configSchema().safeParse(config).error?.issues[0]?.message;
    expect(message({ rates: { recruiter: 1e300 } })).toBe('too large: more than 12 digits before the decimal mark');
    // JSON.parse('1e400') is Infinity
    expect(message({ rates: { recruiter: Number.POSITIVE_INFINITY } })).toBe('too large: more than 12 digits before the decimal mark');
    expect(message({ rates: { recruiter: '55' } })).toBe('Invalid input: expected number, received string');
    // A number below its minimum is not too large.
    expect(message({ rates: { recruiter: -5 } })).toBe('expected 0 or more');
    expect(message({ targets: { costPerHire: -5 } })).toBe('expected a number above 0');
  });
});

describe("zod's own messages", () => {
  const issue = (config: unknown) => configSchema().safeParse(config).error?.issues[0];

  it('are in English, as the messages of the config say them', () => {
    expect(issue({ rates: { recruiter: '55' } })?.message).toBe('Invalid input: expected number, received string');
    expect(issue({ curency: 'EUR' })).toMatchObject({ code: 'unrecognized_keys', keys: ['curency'], message: 'Unrecognized key: "curency"' });
    expect(issue({ vacancyCost: { salaryMultiple: 1, workingDaysPerYear: 230.5 } })?.message).toBe('Invalid input: expected int, received number');
    expect(issue({ lang: 'de' })?.message).toBe('Invalid option: expected one of "en"|"nl"');
  });

  it('give way to the config\'s own where it has one', () => {
    expect(issue({ currency: 'euro' })?.message).toBe('expected a three-letter ISO currency code such as EUR');
    expect(issue({ holidays: 'de' })?.message).toBe('expected "nl", or a list of "nl" and dates as YYYY-MM-DD');
  });
});

describe('holidays', () => {
  it('are "nl", a list of ISO dates, or a list that mixes them', () => {
    expect(accepts({ holidays: 'nl' })).toBe(true);
    expect(accepts({ holidays: ['2025-12-24', '2025-12-31'] })).toBe(true);
    expect(accepts({ holidays: ['nl', '2025-12-24'] })).toBe(true);
    expect(accepts({ holidays: 'de' })).toBe(false);
    expect(accepts({ holidays: ['nl', '24-12-2025'] })).toBe(false);
    expect(accepts({ holidays: ['2025-02-30'] })).toBe(false);
  });

  it("take the CAO's options for Goede Vrijdag and Bevrijdingsdag", () => {
    expect(accepts({ holidays: 'nl', holidayOptions: { goodFriday: false, liberationDay: 'always' } })).toBe(true);
    expect(accepts({ holidayOptions: { liberationDay: 'sometimes' } })).toBe(false);
    expect(accepts({ holidayOptions: { goodFriday: 'yes' } })).toBe(false);
    expect(accepts({ holidayOptions: { goodfriday: true } })).toBe(false);
  });
});

describe('scales.performance.labels', () => {
  const scale = (labels: unknown) => ({ scales: { performance: { min: 1, max: 4, labels } } });
  const message = (config: unknown) => configSchema().safeParse(config).error?.issues[0];

  it('maps labels to numbers on the performance scale', () => {
    expect(accepts(scale({ Exceeds: 4, 'Fully Meets': 3, 'Needs Improvement': 2, PIP: 1 }))).toBe(true);
    expect(accepts(scale({ Halfway: 2.5 }))).toBe(true);
  });

  it('refuses a number off the scale, naming the label', () => {
    expect(message(scale({ Exceeds: 5 }))).toMatchObject({ path: ['scales', 'performance', 'labels', 'Exceeds'], message: 'outside the scale 1–4' });
  });

  it('refuses two spellings of one label with different numbers', () => {
    expect(message(scale({ Exceeds: 4, ' exceeds': 3 }))?.message).toBe('another spelling of a label with another number');
    expect(accepts(scale({ Exceeds: 4, EXCEEDS: 4 }))).toBe(true);
  });

  it('is only for the performance scale', () => {
    expect(accepts({ scales: { satisfaction: { min: 1, max: 10, labels: { Good: 8 } } } })).toBe(false);
  });
});

describe('columns', () => {
  it('refuses two columns mapped to one header, compared as headers are', () => {
    const result = configSchema().safeParse({ columns: { hires: { offer_accepted: 'Hire Date', start_date: 'hire-date' } } });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['columns', 'hires', 'start_date'],
      message: '"hire-date" is the header offer_accepted is mapped to; each column needs a header of its own',
    });
    expect(accepts({ columns: { hires: { offer_accepted: 'Hire Date' }, costs: { date: 'Hire Date' } } })).toBe(true);
  });
});

describe('the applications keys of the config', () => {
  it('map the columns of both shapes of the applications file', () => {
    expect(accepts({ columns: { applications: { applied: 'Applied On', status: 'Offer Status', stage: 'Fase', entered: 'Datum' } } })).toBe(true);
    expect(accepts({ columns: { applications: { offer_accepted: 'Hired' } } })).toBe(false);
  });

  it('take lists of words per outcome and per stage', () => {
    expect(accepts({ statuses: { declined: ['Rejected by candidate'], active: ['Pending', 'Sent'] } })).toBe(true);
    expect(accepts({ stages: { interview: ['1e gesprek', '2e gesprek'], hired: ['Aangenomen'] } })).toBe(true);
    expect(accepts({ statuses: { feedback: ['Given'] } })).toBe(false);
    expect(accepts({ stages: { feedback: ['Given'] } })).toBe(false);
    expect(accepts({ stages: { interview: [''] } })).toBe(false);
  });

  it('refuse a word listed under two keys, whatever its case and spacing', () => {
    const issue = configSchema().safeParse({ statuses: { rejected: ['Afgewezen'], declined: ['afgewezen '] } }).error?.issues[0];
    expect(issue).toMatchObject({ path: ['statuses', 'declined'], message: '"afgewezen" is also listed under "rejected"; a word means one thing' });
  });
});

describe('agreements', () => {
  it('take a feedback time in hours and a first-response time in days, each optional and above 0', () => {
    expect(accepts({ agreements: { feedbackHours: 48, firstResponseDays: 3 } })).toBe(true);
    expect(accepts({ agreements: { feedbackHours: 12.5 } })).toBe(true);
    expect(accepts({ agreements: {} })).toBe(true);
    expect(accepts({ agreements: { feedbackHours: 0 } })).toBe(false);
    expect(accepts({ agreements: { firstResponseDays: -1 } })).toBe(false);
    expect(accepts({ agreements: { feedbackDays: 1 } })).toBe(false);
  });
});
