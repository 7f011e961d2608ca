import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeResult } from '../../src/cli/output.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40), seed: Number(process.env.PROPERTY_SEED ?? 17) };

/** The names of a folder a run writes into, and what each is before the write. */
const TARGETS = [
  'hires.csv', // an input
  'rkpi.config.json', // the config of the run
  'input-link.csv', // a link to an input
  'input-hard.csv', // a second hard link to an input
  'report.json', // a regular file that is no input
  'report-link.json', // a link to it
  'read-only.txt', // a file of mode 0444
  'private.txt', // a file of mode 0600
  'pipe', // a FIFO, with a reader
  'new.md', // nothing yet
  'dangling.txt', // a link to a file that does not exist yet
] as const;
type Target = (typeof TARGETS)[number];

const INPUTS = ['hires.csv', 'rkpi.config.json'] as const;
const isRoot = process.getuid?.() === 0;

function setUp(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-targets-'));
  writeFileSync(join(folder, 'hires.csv'), 'hire_id,vacancy_opened,offer_accepted\nH1,2025-01-06,2025-02-05\n');
  writeFileSync(join(folder, 'rkpi.config.json'), '{"currency": "EUR"}\n');
  symlinkSync('hires.csv', join(folder, 'input-link.csv'));
  linkSync(join(folder, 'hires.csv'), join(folder, 'input-hard.csv'));
  writeFileSync(join(folder, 'report.json'), 'the last report\n');
  symlinkSync('report.json', join(folder, 'report-link.json'));
  writeFileSync(join(folder, 'read-only.txt'), 'read only\n', { mode: 0o444 });
  writeFileSync(join(folder, 'private.txt'), 'private\n', { mode: 0o600 });
  expect(spawnSync('mkfifo', [join(folder, 'pipe')]).status).toBe(0);
  symlinkSync('made-by-link.txt', join(folder, 'dangling.txt'));
  return folder;
}

/** What a name is: its kind, mode, link target and bytes (not a FIFO's: reading one would wait). */
function snapshot(folder: string, name: string) {
  const path = join(folder, name);
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (info === undefined) return { kind: 'absent' };
  if (info.isSymbolicLink()) return { kind: 'link', to: readlinkSync(path) };
  if (info.isFIFO()) return { kind: 'fifo', mode: info.mode & 0o777 };
  return { kind: 'file', mode: info.mode & 0o777, bytes: readFileSync(path, 'utf8') };
}

describe('writing a result over whatever is there', () => {
  it(
    'never changes an input, never replaces a link or a FIFO, keeps modes and leaves no temporary file',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TARGETS), fc.string({ maxLength: 2000 }), async (target: Target, text) => {
          const folder = setUp();
          const reader = openSync(join(folder, 'pipe'), constants.O_RDONLY | constants.O_NONBLOCK);
          try {
            const before = new Map(TARGETS.map((name) => [name, snapshot(folder, name)]));
            const place = { cwd: () => folder, stdin: (async function* () {})() };
            const outcome = await writeResult(text, target, { place, stdout: { write: () => true }, inputs: INPUTS }).then(
              () => 'written',
              (error: { exitCode?: number }) => error.exitCode,
            );
            const after = new Map(TARGETS.map((name) => [name, snapshot(folder, name)]));
            for (const input of INPUTS) expect(after.get(input)).toEqual(before.get(input));
            for (const name of TARGETS) {
              const was = before.get(name)!;
              const is = after.get(name)!;
              // A link stays the same link, a FIFO a FIFO, a file keeps its mode.
              if (was.kind !== 'absent') expect({ kind: is.kind, mode: 'mode' in is ? is.mode : null }).toEqual({ kind: was.kind, mode: 'mode' in was ? was.mode : null });
              if (name !== target && !(target === 'report-link.json' && name === 'report.json')) expect(is).toEqual(was);
            }
            const refused = target === 'hires.csv' || target === 'rkpi.config.json' || target === 'input-link.csv' || target === 'input-hard.csv';
            const readOnly = target === 'read-only.txt' && !isRoot;
            expect(outcome).toBe(refused ? 2 : readOnly ? 74 : 'written');
            if (outcome === 'written' && target === 'pipe') {
              const buffer = Buffer.alloc(16_384);
              const read = Math.max(0, readSync(reader, buffer));
              expect(buffer.subarray(0, read).toString('utf8')).toBe(text);
            } else if (outcome === 'written') {
              const written = { 'report-link.json': 'report.json', 'dangling.txt': 'made-by-link.txt' }[target as string] ?? target;
              expect(readFileSync(join(folder, written), 'utf8')).toBe(text);
            }
            expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
          } finally {
            closeSync(reader);
            rmSync(folder, { recursive: true, force: true });
          }
        }),
        RUNS,
      );
    },
    120_000,
  );
});
