import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';

const accepts = (config: unknown): boolean => configSchema.safeParse(config).success;

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
    const message = (config: unknown) => configSchema.safeParse(config).error?.issues[0]?.message;
    expect(message({ rates: { recruiter: 1e300 } })).toBe('too large: more than 12 digits before the decimal mark');
    // JSON.parse('1e400') is Infinity
    expect(message({ rates: { recruiter: Number.POSITIVE_INFINITY } })).toBe('too large: more than 12 digits before the decimal mark');
    expect(message({ rates: { recruiter: '55' } })).toBe('Invalid input: expected number, received string');
  });
});
