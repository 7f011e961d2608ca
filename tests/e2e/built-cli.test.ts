import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// `npm test` builds first: these run bin/rkpi.js, which loads the esbuild bundle in dist/bundle
// with its code cache (bin/bundle.cjs) as a user's shell does, and compare it with the sources the
// other tests run in-process.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${ROOT}bin/rkpi.js`;

function runBuilt(args: readonly string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The newest change to a file under src/, in ms. */
function newestSource(): number {
  const files = readdirSync(`${ROOT}src`, { recursive: true, encoding: 'utf8' });
  return Math.max(...files.map((file) => statSync(`${ROOT}src/${file}`).mtimeMs));
}

describe('the built rkpi', () => {
  beforeAll(() => {
    // `vitest` on its own does not build: a bundle older than the sources would test old code.
    if (statSync(`${ROOT}dist/bundle/rkpi.cjs`).mtimeMs < newestSource()) {
      throw new Error('dist/bundle is older than src/: run npm run build (npm test does it first)');
    }
  });

  // A fixed --as-of: the built CLI reads the real clock, the in-process runs a fake one.
  for (const format of ['json', 'table', 'html', 'csv']) {
    it(`prints the demo report as ${format} exactly as the sources do`, async () => {
      const args = ['report', '--demo', '--as-of', '2026-06-30', '--by', 'department', '--format', format];
      const built = runBuilt(args);
      const source = await runCli(args);
      expect(built.stderr).toBe(source.stderr);
      expect(built.status).toBe(0);
      expect(built.stdout).toBe(source.stdout);
    }, 30_000);
  }

  it('maps the bundle back to the TypeScript sources, for the stack --debug prints', () => {
    const map = JSON.parse(readFileSync(`${ROOT}dist/bundle/rkpi.cjs.map`, 'utf8')) as { sources: string[] };
    expect(map.sources).toContain('../../src/cli/run.ts');
  });

  it('loads the code cache the build made for each kind of run, help, JSON and the rest, which V8 accepts', () => {
    const probe = `${ROOT}tests/e2e/code-cache-probe.cjs`;
    const cacheOf = (name: string) => statSync(`${ROOT}dist/bundle/rkpi.cjs.${name}`).size;
    const runs: [string[], string][] = [
      [['--help'], 'help.cache'],
      [['report', '--demo', '--format', 'json'], 'json.cache'],
      [['report', '--demo', '-f', 'json'], 'json.cache'],
      [['report', '--demo', '--format=json'], 'json.cache'],
      [['report', '--demo'], 'cache'],
      [['report', '--demo', '--format', 'md'], 'cache'],
    ];
    for (const [args, cache] of runs) {
      const result = spawnSync(process.execPath, ['-r', probe, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(new RegExp(`code cache: accepted \\(${cacheOf(cache)} bytes\\)\\n$`));
    }
  }, 30_000);

  it('sets no V8 flag for a short report, and keeps the heap growing slowly for standard input', () => {
    const probe = `${ROOT}tests/e2e/heap-flag-probe.cjs`;
    const probed = (args: readonly string[], input = '') =>
      spawnSync(process.execPath, ['-r', probe, BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const short = probed(['report', '--demo', '--format', 'json']);
    expect(short.status).toBe(0);
    expect(short.stderr).toMatch(/v8 flags: none\n$/);
    // standard input's size is not known before it is read: it may be a million rows
    const piped = probed(['report', '-', '--format', 'json'], readFileSync(`${ROOT}fixtures/demo-iso/hires.csv`, 'utf8'));
    expect(piped.status).toBe(0);
    expect(piped.stderr).toMatch(/v8 flags: --heap-growing-percent=30\n$/);
  }, 30_000);

  it('reads a short report without node:fs/promises, which only writing a file needs', () => {
    const probe = `${ROOT}tests/e2e/module-probe.cjs`;
    const probed = (args: readonly string[]) =>
      spawnSync(process.execPath, ['-r', probe, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const loaded = (stderr: string) => /node modules: (.*)\n$/.exec(stderr)?.[1]?.split(' ') ?? [];
    const short = probed(['report', '--demo', '--format', 'json']);
    expect(short.status).toBe(0);
    expect(loaded(short.stderr)).toContain('fs'); // the probe sees the modules
    expect(loaded(short.stderr)).not.toContain('fs/promises');
    const out = mkdtempSync(join(tmpdir(), 'rkpi-probe-'));
    try {
      const written = probed(['report', '--demo', '--format', 'json', '-o', join(out, 'report.json')]);
      expect(written.status).toBe(0);
      expect(loaded(written.stderr)).toContain('fs/promises');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);

  it('packs every file the bin needs to run', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(packed.status).toBe(0);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['bin/rkpi.js', 'bin/package.json', 'bin/bundle.cjs', 'dist/bundle/rkpi.cjs', 'dist/bundle/rkpi.cjs.cache', 'dist/bundle/rkpi.cjs.help.cache', 'dist/bundle/rkpi.cjs.json.cache', 'fixtures/demo/hires.csv', 'fixtures/demo/applications.csv']),
    );
  }, 30_000);

  it('prints its help', () => {
    const { status, stdout } = runBuilt(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: rkpi [options] [command]');
  });

  it('names the file, line, column and value of bad input, and exits 1', () => {
    const folder = `${ROOT}fixtures/errors/impossible-date/`;
    const built = runBuilt(['report', 'hires.csv'], folder);
    expect(built.status).toBe(1);
    expect(built.stderr).toBe(readFileSync(`${folder}expected-stderr.txt`, 'utf8'));
  });
});
