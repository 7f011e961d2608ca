import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('a clone\'s install', () => {
  it('does not fetch what only the bench needs (DuckDB, papaparse)', () => {
    const lock = json('package-lock.json') as { packages: Record<string, unknown> };
    const fetched = Object.keys(lock.packages).filter((path) => /node_modules\/(@duckdb\/|papaparse$)/.test(path));
    expect(fetched).toEqual([]);
  });

  it('leaves them to the bench\'s own package, pinned by its lock file', () => {
    const bench = json('scripts/bench/package.json') as { dependencies: Record<string, string> };
    const lock = json('scripts/bench/package-lock.json') as { packages: Record<string, { version?: string }> };
    expect(Object.keys(bench.dependencies).sort()).toEqual(['@duckdb/node-api', 'papaparse']);
    expect(lock.packages['node_modules/@duckdb/node-api']?.version).toBe(bench.dependencies['@duckdb/node-api']);
  });
});
