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

  it('says what is wrong with a number that is too large', () => {
    const result = configSchema.safeParse({ rates: { recruiter: 1e300 } });
    expect(result.error?.issues[0]?.message).toBe('too large: at most 12 digits before the decimal mark');
  });
});
