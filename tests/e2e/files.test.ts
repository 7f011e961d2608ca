import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT_MS, ROOT, runBuilt, unprivileged } from './processes.js';
import { runCli } from './run-cli.js';

const DEMO = join(ROOT, 'fixtures/demo');
const DEMO_WARNING = 'warning: demo/costs.csv:181: negative amount (credit note) of -612.40 included\n';

const folders: string[] = [];
/** A scratch folder with copies of the demo files that anyone may write to (for nobody). */
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-files-'));
  folders.push(folder);
  chmodSync(folder, 0o777);
  for (const name of ['hires.csv', 'costs.csv', 'hours.csv', 'rankings.csv', 'rkpi.config.json']) copyFileSync(join(DEMO, name), join(folder, name));
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('writing results: -o, weights --write, init', () => {
  it('refuses -o that names an input through a link, and leaves the input as it was', async () => {
    const folder = scratch();
    symlinkSync('hires.csv', join(folder, 'hlink.csv'));
    const before = readFileSync(join(folder, 'hires.csv'));
    const result = await runCli(['report', 'hlink.csv', '-o', 'hires.csv'], { cwd: folder });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('rkpi: -o hires.csv would overwrite an input file (hlink.csv)\nhint: write the result to another file\n');
    expect(readFileSync(join(folder, 'hires.csv'))).toEqual(before);
  });

  it("refuses -o over the demo's own config", async () => {
    const config = join(DEMO, 'rkpi.config.json');
    const before = readFileSync(config);
    const result = await runCli(['report', '--demo', '-o', config]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`rkpi: -o ${config} would overwrite an input file\n`);
    expect(readFileSync(config)).toEqual(before);
  });

  it('refuses -o over standard input when it is a file', async () => {
    const folder = scratch();
    const input = openSync(join(folder, 'hires.csv'), 'r');
    try {
      const child = spawn(process.execPath, [join(ROOT, 'bin/rkpi.js'), 'report', '-', '-o', 'hires.csv'], { cwd: folder, stdio: [input, 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status).toBe(2);
      expect(stderr).toBe('rkpi: -o hires.csv would overwrite an input file (stdin)\nhint: write the result to another file\n');
    } finally {
      closeSync(input);
    }
  }, PROCESS_TIMEOUT_MS);

  it('writes the config a symbolic link points to with weights --write, keeping the link and the mode 0600', async () => {
    const folder = scratch();
    mkdirSync(join(folder, 'shared'));
    writeFileSync(join(folder, 'shared/rkpi.config.json'), '{"currency": "EUR"}\n', { mode: 0o600 });
    rmSync(join(folder, 'rkpi.config.json'));
    symlinkSync('shared/rkpi.config.json', join(folder, 'rkpi.config.json'));
    const result = await runCli(['weights', 'rankings.csv', '--write'], { cwd: folder });
    expect(result.exitCode).toBe(0);
    expect(lstatSync(join(folder, 'rkpi.config.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(folder, 'shared/rkpi.config.json')).mode & 0o777).toBe(0o600);
    const written = JSON.parse(readFileSync(join(folder, 'shared/rkpi.config.json'), 'utf8')) as Record<string, unknown>;
    expect(written.currency).toBe('EUR');
    expect(Object.keys(written.weights as object)).toHaveLength(6);
  });

  it('refuses -o with an extension that is not an output format, listing the formats', async () => {
    const result = await runCli(['report', '--demo', '-o', 'report.xlsx']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'rkpi: -o report.xlsx: rkpi does not write .xlsx files\n' +
        'hint: end the name in .json, .txt, .md, .csv, .html, .htm, or pass --format (table, json, md, csv, html) to write that format under this name\n',
    );
  });

  it('refuses to init into a file, and into /proc, in one line each', async () => {
    const folder = scratch();
    const intoFile = await runCli(['init', 'hires.csv'], { cwd: folder });
    expect(intoFile).toMatchObject({ exitCode: 2, stderr: 'rkpi: cannot init hires.csv: it is a file, not a folder\nhint: name a new or an existing folder\n' });
    const intoProc = await runCli(['init', '/proc/rkpi-test']);
    expect(intoProc.exitCode).toBe(74);
    expect(intoProc.stderr).toBe('rkpi: cannot create /proc/rkpi-test: the file system there makes no new folders\nhint: init a folder on an ordinary disk\n');
  });

  it('writes -o /dev/full as > does, in place, and says the device is full', async () => {
    const result = await runCli(['report', '--demo', '-o', '/dev/full']);
    expect(result.exitCode).toBe(74);
    expect(result.stderr).toBe(`${DEMO_WARNING}rkpi: cannot write /dev/full: no space left on the device\nhint: free some space, or write to another disk\n`);
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('standard output', () => {
  it(
    'ends quietly when the reader closes the pipe early (| head -1), with the exit code of the command',
    async () => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/rkpi.js'), 'report', '--demo', '--by', 'vacancy', '-f', 'json'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // The JSON is 350 KB, far more than a pipe holds: rkpi is still writing when the reader goes.
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe(DEMO_WARNING);
      expect(status).toBe(0);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'says in one line that a full disk stopped the output (> /dev/full), exit 74',
    async () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = await runBuilt(['report', '--demo', '-f', 'json'], { cwd: ROOT, stdout: full });
        expect(result.stderr).toBe(`${DEMO_WARNING}rkpi: cannot write to standard output: no space left on the device\nhint: free some space, or write to another disk\n`);
        expect(result.status).toBe(74);
      } finally {
        closeSync(full);
      }
    },
    PROCESS_TIMEOUT_MS,
  );
});

describe('-o /dev/stdout', () => {
  it(
    'writes into the pipe standard output is (rkpi … -o /dev/stdout | cat)',
    async () => {
      // A shell pipe: the pipes Node makes for a child process are sockets, which open() refuses.
      const shell = spawn('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/rkpi.js')}" report --demo -f json -o /dev/stdout | cat`], { cwd: ROOT });
      let stdout = '';
      shell.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      const status = await new Promise((resolve) => shell.on('close', resolve));
      expect(status).toBe(0);
      expect(JSON.parse(stdout).schemaVersion).toBe(1);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'writes into the file standard output is redirected to',
    async () => {
      const folder = scratch();
      const out = openSync(join(folder, 'out.json'), 'w');
      try {
        const result = await runBuilt(['report', '--demo', '-f', 'json', '-o', '/dev/stdout'], { cwd: ROOT, stdout: out });
        expect(result.status).toBe(0);
      } finally {
        closeSync(out);
      }
      expect(JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8')).schemaVersion).toBe(1);
    },
    PROCESS_TIMEOUT_MS,
  );
});

describe('an interrupt during a write', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(
      `removes the temporary file on ${signal} and ends by the signal`,
      async () => {
        const folder = scratch();
        const probe = spawn(process.execPath, [join(ROOT, 'tests/e2e/interrupt-probe.mjs'), signal, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        probe.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        probe.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        const ended = await new Promise<NodeJS.Signals | null>((resolve) => probe.on('close', (_status, by) => resolve(by)));
        expect(output).toBe('');
        expect(ended).toBe(signal);
        expect(readdirSync(folder).filter((name) => name.startsWith('.') || name === 'report.json')).toEqual([]);
      },
      PROCESS_TIMEOUT_MS,
    );
  }
});

describe(`as a user to whom permissions apply${unprivileged.prefix === null ? ` (skipped: ${unprivileged.reason})` : ''}`, () => {
  const skip = unprivileged.prefix === null;

  it.skipIf(skip)(
    'refuses a read-only file as > would, and leaves it as it was',
    async () => {
      const folder = scratch();
      writeFileSync(join(folder, 'kept.txt'), 'keep me\n', { mode: 0o444 });
      const result = await runBuilt(['report', 'hires.csv', '-o', 'kept.txt'], { cwd: folder, asNobody: true });
      expect(result.stderr).toBe('rkpi: cannot write kept.txt: permission denied\nhint: check the permissions of the file and its folder (ls -l)\n');
      expect(result.status).toBe(74);
      expect(readFileSync(join(folder, 'kept.txt'), 'utf8')).toBe('keep me\n');
    },
    PROCESS_TIMEOUT_MS,
  );

  // Each command that reads a file the user may not read: one line naming it and the cause, exit 74.
  const unreadable: readonly (readonly [string, readonly string[], string])[] = [
    ['hires.csv', ['report', 'hires.csv'], 'rkpi: hires file: cannot read hires.csv: permission denied'],
    ['costs.csv', ['report', 'hires.csv', '--costs', 'costs.csv'], 'rkpi: --costs: cannot read costs.csv: permission denied'],
    ['hours.csv', ['report', 'hires.csv', '--hours', 'hours.csv'], 'rkpi: --hours: cannot read hours.csv: permission denied'],
    ['rkpi.config.json', ['report', 'hires.csv'], 'rkpi: cannot read rkpi.config.json: permission denied'],
    ['hires.csv', ['validate', 'hires.csv'], 'rkpi: validate: cannot read hires.csv: permission denied'],
    ['rankings.csv', ['weights', 'rankings.csv'], 'rkpi: rankings file: cannot read rankings.csv: permission denied'],
    ['rkpi.config.json', ['weights', 'rankings.csv'], 'rkpi: cannot read rkpi.config.json: permission denied'],
    ['costs.csv', ['compare', '--baseline', '2024', '--current', '2025', 'hires.csv', '--costs', 'costs.csv'], 'rkpi: --costs: cannot read costs.csv: permission denied'],
  ];
  for (const [file, args, message] of unreadable) {
    it.skipIf(skip)(
      `says in one line that ${file} may not be read by ${args[0]}, exit 74`,
      async () => {
        const folder = scratch();
        chmodSync(join(folder, file), 0o000);
        const result = await runBuilt(args, { cwd: folder, asNobody: true });
        expect(result.stderr).toBe(`${message}\nhint: check the permissions of the file and its folder (ls -l)\n`);
        expect(result.status).toBe(74);
      },
      PROCESS_TIMEOUT_MS,
    );
  }

  it.skipIf(skip)(
    'says in one line that a snapshot may not be read by compare',
    async () => {
      const folder = scratch();
      writeFileSync(join(folder, 'a.json'), '{}', { mode: 0o000 });
      const result = await runBuilt(['compare', 'a.json', 'a.json'], { cwd: folder, asNobody: true });
      expect(result.stderr).toBe('rkpi: cannot read a.json: permission denied\nhint: check the permissions of the file and its folder (ls -l)\n');
      expect(result.status).toBe(74);
    },
    PROCESS_TIMEOUT_MS,
  );

  it.skipIf(skip)(
    'refuses to init a folder the user may not write to, before writing any file',
    async () => {
      const folder = scratch();
      mkdirSync(join(folder, 'locked'), { mode: 0o755 });
      const result = await runBuilt(['init', 'locked'], { cwd: folder, asNobody: true });
      expect(result.stderr).toBe('rkpi: cannot write in locked: permission denied\nhint: check the permissions of the file and its folder (ls -l)\n');
      expect(result.status).toBe(74);
      expect(readdirSync(join(folder, 'locked'))).toEqual([]);
    },
    PROCESS_TIMEOUT_MS,
  );
});
