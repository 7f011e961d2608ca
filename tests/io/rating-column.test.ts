import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { labelKey, labelsHint } from '../../src/io/rating-column.js';
import { hiresOf } from '../../src/io/records.js';
import { readText, valuesOf } from './helpers.js';

const RECORD_SETTINGS = { scales: { performance: { min: 1, max: 4 }, satisfaction: { min: 1, max: 10 } }, rates: {} };
const LABELS = new Map([['exceeds', 4], ['fully_meets', 3], ['needs_improvement', 2], ['pip', 1]]);

describe('the performance rating column', () => {
  it('reads a label the config maps as its number, in any case and spacing, and numbers as numbers', async () => {
    const table = await readText('hires', 'id;start_date;PerformanceScore\nA;2025-01-06;Exceeds\nB;2025-01-06; fully  meets\nC;2025-01-06;2,5\nD;2025-01-06;\n', {
      columns: { hires: { performance_rating: 'PerformanceScore' } },
      ratingLabels: LABELS,
    });
    expect(table.problems).toEqual([]);
    expect(valuesOf(table, 'performance_rating')).toEqual([4, 3, 2.5, undefined]);
  });

  it('rejects every row with a label the config does not map, and lists each such label once in the hint', async () => {
    const table = await readText('hires', 'id;start_date;rating\nA;2025-01-06;Exceeds\nB;2025-01-06;PIP\nC;2025-01-06;3\nD;2025-01-06;Exceeds\nE;2025-01-06;Fully Meets\n', {
      ratingLabels: new Map([['pip', 1]]),
    });
    const { problems, records } = hiresOf(table, RECORD_SETTINGS);
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: column "rating": a label that scales.performance.labels does not map to a number (value: "Exceeds")',
      'test.csv:5: column "rating": a label that scales.performance.labels does not map to a number (value: "Exceeds")',
      'test.csv:6: column "rating": a label that scales.performance.labels does not map to a number (value: "Fully Meets")',
    ]);
    expect(new Set(problems.map((problem) => problem.hint))).toEqual(new Set([labelsHint(['Exceeds', 'Fully Meets'])]));
    expect([...records].map((hire) => [hire.hireId, hire.performanceRating])).toEqual([['B', 1], ['C', 3]]);
  });

  it('still says "not a number" of a broken number', async () => {
    const table = await readText('hires', 'id;start_date;rating\nA;2025-01-06;3..5\n');
    expect(table.problems.map(formatProblem)).toEqual(['test.csv:2: column "rating": not a number (value: "3..5")']);
  });

  it('checks a mapped number against the scale like any rating', async () => {
    const table = await readText('hires', 'id;start_date;rating\nA;2025-01-06;Top\n', { ratingLabels: new Map([['top', 5]]) });
    expect(hiresOf(table, RECORD_SETTINGS).problems.map(formatProblem)).toEqual([
      'test.csv:2: column "rating": outside the scale 1–4 (scales.performance in the config) (value: "5")',
    ]);
  });
});

describe('labelsHint', () => {
  it('gives the mapping to add, with a number to choose for every label', () => {
    expect(labelsHint(['Exceeds', 'Fully Meets'])).toBe(
      'the column holds the labels "Exceeds", "Fully Meets": give each its number on the performance scale in rkpi.config.json: ' +
        '"scales": {"performance": {"min": …, "max": …, "labels": {"Exceeds": <number>, "Fully Meets": <number>}}}',
    );
  });

  it('lists twelve labels and counts the rest', () => {
    const labels = Array.from({ length: 14 }, (_, i) => `L${i + 1}`);
    expect(labelsHint(labels)).toContain('"L12" and 2 more: give each');
    expect(labelsHint(labels)).toContain('"L12": <number>, …}}}');
  });

  it('compares labels as headers are compared', () => {
    expect(labelKey(' Fully Meets ')).toBe(labelKey('fully-meets'));
  });
});
