import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/render/colour.js';
import { runCli } from '../e2e/run-cli.js';

describe('wantsColour', () => {
  it('colours a terminal', () => {
    expect(wantsColour({ flag: true, env: {}, isTTY: true })).toBe(true);
  });

  it('does not colour a pipe or a file', () => {
    expect(wantsColour({ flag: true, env: {}, isTTY: false })).toBe(false);
  });

  it('never colours with --no-color, NO_COLOR or TERM=dumb', () => {
    expect(wantsColour({ flag: false, env: {}, isTTY: true })).toBe(false);
    expect(wantsColour({ flag: true, env: { NO_COLOR: '' }, isTTY: true })).toBe(false);
    expect(wantsColour({ flag: true, env: { NO_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(wantsColour({ flag: true, env: { TERM: 'dumb' }, isTTY: true })).toBe(false);
    expect(wantsColour({ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true })).toBe(false);
  });

  it('colours a pipe when FORCE_COLOR asks for it', () => {
    expect(wantsColour({ flag: true, env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(wantsColour({ flag: true, env: { FORCE_COLOR: '0' }, isTTY: false })).toBe(false);
  });
});

describe('colour in the table view', () => {
  const ESC = '\u001b[';
  const report = (args: string[], options: { isTTY: boolean; env?: Record<string, string> }) =>
    runCli(['report', '--demo', '--as-of', '2025-12-31', '--by', 'department', ...args], options);

  it('colours headers and borders on a terminal', async () => {
    const { stdout } = await report([], { isTTY: true });
    expect(stdout).toContain(ESC);
  }, 30_000);

  it('leaves chalk and cli-table3 plain when piped, with NO_COLOR, TERM=dumb or --no-color', async () => {
    expect((await report([], { isTTY: false })).stdout).not.toContain(ESC);
    expect((await report([], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await report([], { isTTY: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await report(['--no-color'], { isTTY: true })).stdout).not.toContain(ESC);
  }, 60_000);

  it('never colours a file written with -o, even from a terminal', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-colour-'));
    const file = join(folder, 'report.txt');
    const { exitCode } = await report(['-o', file], { isTTY: true });
    expect(exitCode).toBe(0);
    const written = readFileSync(file, 'utf8');
    rmSync(folder, { recursive: true });
    expect(written).toContain('Cost per hire');
    expect(written).not.toContain(ESC);
  }, 30_000);
});
