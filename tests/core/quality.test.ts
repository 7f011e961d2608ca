import { EVERY_HIRE_COLUMN as ALL } from '../../src/core/hire-columns.js';
import { describe, expect, it } from 'vitest';
import { hireQuality, qualityOfHire } from '../../src/core/quality.js';
import { day, makeHire } from '../builders.js';

const R = day('2025-12-31');
const SCALE = { min: 1, max: 5 };

describe('qualityOfHire', () => {
  // A: rating 4 → (4 − 1) / 4 = 0.75; passed → 1; first year not over → (0.75 + 1) / 2 = 0.875
  const a = makeHire({ performanceRating: 4, probationPassed: true, startDate: '2025-04-01' });
  // B: rating 2 → 0.25; failed → 0; left after 100 days of a completed year → 0 → 0.25 / 3 = 1/12
  const b = makeHire({ performanceRating: 2, probationPassed: false, startDate: '2024-01-01', leftDate: '2024-04-10' });
  // C: no signal at all
  const c = makeHire();
  // D: only the retention signal: started 2024-06-01, still employed → 1
  const d = makeHire({ startDate: '2024-06-01' });

  it('averages each hire over the signals it has', () => {
    expect(hireQuality(a, R, SCALE)).toBe(0.875);
    expect(hireQuality(b, R, SCALE)).toBeCloseTo(1 / 12, 12);
    expect(hireQuality(c, R, SCALE)).toBeNull();
    expect(hireQuality(d, R, SCALE)).toBe(1);
  });

  it('averages over the hires that have at least one signal', () => {
    // (0.875 + 1/12 + 1) / 3 = (21/24 + 2/24 + 24/24) / 3 = 47/72 ≈ 0.6528; n = 3 (C left out)
    const { kpi, reason } = qualityOfHire([a, b, c, d], R, SCALE, ALL);
    expect(kpi.n).toBe(3);
    expect(kpi.value).toBeCloseTo(47 / 72, 12);
    expect(reason).toBeNull();
  });

  it('is null with a reason when no hire has a signal', () => {
    const { kpi, reason } = qualityOfHire([c], R, SCALE, ALL);
    expect(kpi).toEqual({ n: 0, value: null });
    expect(reason).toBe('no hire has a performance_rating, probation_passed or a first year completed by 2025-12-31');
  });
});
