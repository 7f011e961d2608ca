// Runs a command as a whole process and measures its wall time and peak resident memory.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`) where it is installed, else from polling
// VmHWM in /proc/<pid>/status while the process runs (a lower bound between two polls).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const RSS_SOURCE = existsSync(GNU_TIME) ? 'GNU time %M' : '/proc VmHWM polling';

function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * One run of `command args` in `cwd`: { wall (s), rssMb (peak RSS in decimal MB, as the file
 * sizes and the targets are given; GNU time reports KiB), stdout, stderr, code }. stdout is kept
 * (the report's JSON), stderr too for messages.
 */
export function runOnce(command, args, cwd) {
  const rssFile = join(tmpdir(), `rkpi-bench-rss-${process.pid}.txt`);
  const [file, argv] = RSS_SOURCE.startsWith('GNU') ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let polled = 0;
    const poll = RSS_SOURCE.startsWith('GNU') ? null : setInterval(() => (polled = Math.max(polled, highWaterMark(child.pid))), 5);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let kb = polled;
      if (!poll) {
        kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        rmSync(rssFile, { force: true });
      }
      resolve({ wall, rssMb: (kb * 1024) / 1e6, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What the runs of one command come to: the median and fastest wall time, every run's wall time and stderr in order, the median peak RSS and the last run's output. */
function summary(results) {
  const last = results.at(-1);
  return {
    wall: median(results.map((r) => r.wall)),
    fastest: Math.min(...results.map((r) => r.wall)),
    walls: results.map((r) => r.wall),
    stderrs: results.map((r) => r.stderr),
    rssMb: median(results.map((r) => r.rssMb)),
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

/** One run, which stops the benchmark when it exits with another code than `expect`. */
async function runChecked(command, args, cwd, expect) {
  const result = await runOnce(command, args, cwd);
  if (result.code !== expect) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stderr.slice(0, 2000)}`);
  return result;
}

/** A warm-up run, then `runs` measured ones (see summary). */
export async function measure(command, args, { cwd, runs, expect = 0 }) {
  const results = [];
  for (let i = 0; i <= runs; i += 1) {
    const result = await runChecked(command, args, cwd, expect);
    if (i > 0) results.push(result);
  }
  return summary(results);
}

/**
 * Several commands ({ command, args, cwd }) measured in rounds: a warm-up round, then `runs` rounds
 * in which each command runs once, in turn. On a shared machine the load drifts over the minutes a
 * case takes; within a round it falls on every command alike, so pairedRatio() compares them round
 * by round. Returns a summary per command, in the order given.
 */
export async function measureRounds(commands, { runs }) {
  const results = commands.map(() => []);
  for (let round = 0; round <= runs; round += 1) {
    for (const [i, { command, args, cwd }] of commands.entries()) {
      const result = await runChecked(command, args, cwd, 0);
      if (round > 0) results[i].push(result);
    }
  }
  return results.map(summary);
}

/** The median over the rounds of a's wall time over b's (both from one measureRounds). */
export function pairedRatio(a, b) {
  return median(a.walls.map((wall, i) => wall / b.walls[i]));
}
