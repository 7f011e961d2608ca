import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';

describe('formatProblem', () => {
  it('writes file:line, the column as written, the reason and the value', () => {
    expect(
      formatProblem({ file: 'hires.csv', line: 7, column: 'startdatum', value: '31-02-2025', reason: 'not a date that exists' }),
    ).toBe('hires.csv:7: column "startdatum": not a date that exists (value: "31-02-2025")');
  });

  it('leaves out the column and the value of a problem with the whole row', () => {
    expect(formatProblem({ file: 'kosten.csv', line: 3, column: null, value: null, reason: '2 fields where the header has 3' })).toBe(
      'kosten.csv:3: 2 fields where the header has 3',
    );
  });

  it('does not print the hint', () => {
    expect(formatProblem({ file: 'a.csv', line: 2, column: 'x', value: null, reason: 'r', hint: 'h' })).toBe('a.csv:2: column "x": r');
  });

  it('writes a line break in the value as \\n', () => {
    expect(formatProblem({ file: 'a.csv', line: 2, column: 'x', value: 'a\nb', reason: 'r' })).toBe('a.csv:2: column "x": r (value: "a\\nb")');
  });

  it('shortens a value of more than 60 characters to 57 and an ellipsis', () => {
    const value = '1234567890'.repeat(7);
    expect(formatProblem({ file: 'a.csv', line: 2, column: 'x', value, reason: 'r' })).toBe(
      `a.csv:2: column "x": r (value: "${'1234567890'.repeat(5)}1234567…")`,
    );
    expect(formatProblem({ file: 'a.csv', line: 2, column: 'x', value: value.slice(0, 60), reason: 'r' })).toBe(
      `a.csv:2: column "x": r (value: "${value.slice(0, 60)}")`,
    );
  });
});
