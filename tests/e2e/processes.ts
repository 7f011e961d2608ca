import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs of the built rkpi (bin/rkpi.js, which `npm test` builds first) as processes, for what only a
 * real process has: signals, pipes, file permissions of another user.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/rkpi.js`;
/** A process test waits this long: the machine is shared, and a busy one is slow, not broken. */
export const PROCESS_TIMEOUT_MS = 120_000;

export interface ProcessResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run a command as the user `nobody` from root: setpriv, else runuser. */
function dropToNobody(): readonly string[] | null {
  if (spawnSync('setpriv', ['--version']).status === 0) return ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  if (spawnSync('runuser', ['--version']).status === 0) return ['runuser', '-u', 'nobody', '--'];
  return null;
}

/**
 * The command prefix that runs a process as a user to whom permissions apply: none when the tests
 * do not run as root, `nobody` through setpriv or runuser when they do. `reason` says why there
 * is none (then the tests that need it are skipped).
 */
export const unprivileged: { readonly prefix: readonly string[] | null; readonly reason: string } = (() => {
  if (process.getuid?.() !== 0) return { prefix: [], reason: '' };
  const prefix = dropToNobody();
  if (prefix === null) return { prefix: null, reason: 'running as root without setpriv or runuser to drop to nobody' };
  const probe = spawnSync(prefix[0] as string, [...prefix.slice(1), process.execPath, '-e', 'require("fs").accessSync(process.argv[1])', BIN]);
  if (probe.status !== 0) return { prefix: null, reason: `nobody cannot run ${BIN}` };
  return { prefix, reason: '' };
})();

/** Runs the built rkpi, as `nobody` when asked (see unprivileged), and collects its output. */
export function runBuilt(
  args: readonly string[],
  options: { cwd: string; asNobody?: boolean; stdout?: 'pipe' | number; env?: Record<string, string> },
): Promise<ProcessResult> {
  const prefix = options.asNobody ? (unprivileged.prefix ?? []) : [];
  const command = [...prefix, process.execPath, BIN, ...args];
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
