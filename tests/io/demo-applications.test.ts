import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationsOf } from '../../src/io/applications.js';
import type { Application } from '../../src/core/process/application.js';
import { readTable } from '../../src/io/read-table.js';
import { stageMap } from '../../src/io/stage-names.js';
import { statusMap } from '../../src/io/statuses.js';
import { DUTCH_SETTINGS, plain, RECORD_SETTINGS } from './helpers.js';

const config = JSON.parse(readFileSync('fixtures/demo/rkpi.config.json', 'utf8'));
const settings = { ...RECORD_SETTINGS, statuses: statusMap(config.statuses), stages: stageMap(config.stages) };

/** The demo's applications read from one of its files, without their line numbers. */
async function demo(path: string): Promise<Record<string, unknown>[]> {
  const table = await readTable({ fileName: path, kind: 'applications', chunks: createReadStream(path) }, DUTCH_SETTINGS);
  const validated = applicationsOf(table, settings);
  expect(validated.problems).toEqual([]);
  return [...validated.records].map((record: Application) => ({ ...plain(record), line: undefined }));
}

describe('the demo applications', () => {
  it('are the same records in the applications file and the stage history, Dutch and ISO', async () => {
    const wide = await demo('fixtures/demo/applications.csv');
    expect(wide.length).toBeGreaterThan(3000);
    // The stage history has no status column: the outcome is its closing date.
    const withoutStatus = wide.map((record) => ({ ...record, status: null }));
    expect(await demo('fixtures/demo/stage-history.csv')).toEqual(withoutStatus);
    expect(await demo('fixtures/demo-iso/applications.csv')).toEqual(wide);
    expect(await demo('fixtures/demo-iso/stage-history.csv')).toEqual(withoutStatus);
  }, 120_000);
});
