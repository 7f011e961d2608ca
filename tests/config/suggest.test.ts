import { describe, expect, it } from 'vitest';
import { closest, nearest } from '../../src/config/suggest.js';

describe('closest', () => {
  it('names the known word with the fewest edits, however many, case aside', () => {
    // "Requistion ID" → "Requisition ID": one transposition
    expect(closest('Requistion ID', ['Date Filled', 'Requisition ID', 'Department'])).toBe('Requisition ID');
    expect(closest('zzz', ['Date', 'Amount'])).toBe('Date');
    expect(closest('DATE', ['amount', 'date'])).toBe('date');
    expect(closest('x', [])).toBeNull();
  });

  it('finds what nearest finds, and more', () => {
    expect(nearest('zzz', ['Date', 'Amount'])).toBeNull();
    expect(nearest('curency', ['currency', 'lang'])).toBe(closest('curency', ['currency', 'lang']));
  });
});
