import { describe, expect, it } from 'vitest';
import type { Hire } from '../../src/core/types.js';
import { hiresOf } from '../../src/io/records.js';
import { day } from '../builders.js';
import { readText } from './helpers.js';

const RECORD_SETTINGS = { scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } }, rates: {} };

describe('a hire read from a file', () => {
  it('has every field of a hire, read from its columns, and null for the columns the file lacks', async () => {
    const table = await readText('hires', 'hire_id,department,offer_accepted,start_date,performance_rating,probation_passed\nH1,ICT,2025-03-01,2025-04-01,4,yes\n');
    const [hire] = [...hiresOf(table, RECORD_SETTINGS).records] as Hire[];
    const fields: Record<string, unknown> = {};
    for (const field in hire) fields[field] = hire[field as keyof Hire];
    expect({ ...fields, dims: Object.fromEntries(hire!.dims) }).toEqual({
      line: 2,
      hireId: 'H1',
      vacancyOpened: null,
      statedTimeToFill: null,
      applicationDate: null,
      offerAccepted: day('2025-03-01'),
      startDate: day('2025-04-01'),
      neededBy: null,
      performanceRating: 4,
      probationPassed: true,
      leftDate: null,
      managerSatisfaction: null,
      candidateSatisfaction: null,
      salary: null,
      dims: { department: 'ICT' },
    });
  });
});
