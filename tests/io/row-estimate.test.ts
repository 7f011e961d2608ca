import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/io/read-table.js';
import { RowEstimate } from '../../src/io/row-estimate.js';
import { DUTCH_SETTINGS } from './helpers.js';

async function* chunksOf(parts: readonly Buffer[]): AsyncGenerator<Buffer> {
  yield* parts;
}

/** Reads the parts to the end, counting them. */
async function readAll(estimate: RowEstimate, parts: readonly Buffer[]): Promise<void> {
  for await (const _ of estimate.counting(chunksOf(parts))) continue;
}

describe('RowEstimate', () => {
  it('tells the rows from the bytes per row so far, and 1 % more', async () => {
    const estimate = new RowEstimate(1_000_000);
    await readAll(estimate, [Buffer.alloc(40_000), Buffer.alloc(60_000)]);
    // 20,000 rows in 100,000 bytes: 5 bytes a row, 200,000 rows in 1,000,000 bytes; 1 % more: 202,000
    expect(estimate.rowsFor(20_000)).toBe(202_000);
  });

  it('makes room for at most 16 times the rows read so far', async () => {
    const estimate = new RowEstimate(1_000_000);
    await readAll(estimate, [Buffer.alloc(10_000)]);
    // 2,000 rows in 10,000 bytes would be 202,000 rows in all: 16 · 2,000 = 32,000 at most
    expect(estimate.rowsFor(2_000)).toBe(32_000);
  });

  it('tells nothing before a byte is read, or once the whole file is', async () => {
    const estimate = new RowEstimate(100);
    expect(estimate.rowsFor(0)).toBeNull();
    await readAll(estimate, [Buffer.alloc(100)]);
    expect(estimate.rowsFor(10)).toBeNull();
  });
});

describe('a table read with its size', () => {
  it('holds the same rows as without it, whether the size is right or far off', async () => {
    // 200,000 rows in 64 KB chunks: the columns are made long enough from the first rows' bytes.
    const lines = ['hire_id,department,offer_accepted,performance_rating,probation_passed'];
    for (let i = 0; i < 200_000; i += 1) lines.push(`H${i},${i % 3 === 0 ? 'ICT' : 'Zorg'},2025-0${1 + (i % 9)}-1${i % 10},${(i % 5) + 1},${i % 2 === 0 ? 'yes' : 'no'}`);
    const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    const parts: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 1 << 16) parts.push(bytes.subarray(at, at + (1 << 16)));
    const read = (size?: number) => readTable({ fileName: 'sized.csv', kind: 'hires', chunks: chunksOf(parts), bytes: size }, DUTCH_SETTINGS);
    const plain = await read();
    for (const size of [bytes.length, Math.round(bytes.length / 3), bytes.length * 3]) {
      const sized = await read(size);
      expect(sized.rows).toBe(200_000);
      for (const name of ['hire_id', 'department', 'offer_accepted', 'performance_rating', 'probation_passed']) {
        const column = sized.columns.get(name);
        const expected = plain.columns.get(name);
        const differing = Array.from({ length: 200_000 }, (_, row) => row).filter((row) => column?.get(row) !== expected?.get(row));
        expect(differing).toEqual([]);
      }
    }
  });
});
