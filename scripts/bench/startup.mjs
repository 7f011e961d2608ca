// The bench's start-up case (SPEC §9: a 10-row report costs node's start plus at most 60 ms of CPU,
// --help at most 25 ms): `node -e 0`, `rkpi --help` and a 10-row JSON report run in rounds, each
// once in turn, with cpu-probe.cjs preloaded in all three, which reports the CPU time each
// process spent. rkpi's extra is the median over the rounds of its CPU time minus that of
// `node -e 0` in the same round, so that load drifting on a shared machine falls on both.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRounds, median } from './measure.mjs';

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'cpu-probe.cjs');

/** The CPU time in ms that cpu-probe.cjs reported on a run's stderr. */
function cpuMs(stderr) {
  const match = /bench-cpu-us (\d+)\n$/.exec(stderr);
  if (!match) throw new Error(`no CPU time on stderr: ${stderr.slice(-300)}`);
  return Number(match[1]) / 1000;
}

/**
 * { rounds, nodeMs (median CPU of `node -e 0`), helpExtraMs, reportExtraMs }: `reportArgs` are the
 * bin and its arguments for the 10-row report.
 */
export async function measureStartup(node, bin, reportArgs, { cwd, rounds }) {
  const runs = await measureRounds(
    [
      { command: node, args: ['-r', PROBE, '-e', '0'], cwd },
      { command: node, args: ['-r', PROBE, bin, '--help'], cwd },
      { command: node, args: ['-r', PROBE, ...reportArgs], cwd },
    ],
    { runs: rounds },
  );
  const [bare, help, report] = runs.map((run) => run.stderrs.map(cpuMs));
  const extra = (cpu) => median(cpu.map((ms, i) => ms - bare[i]));
  return { rounds, nodeMs: median(bare), helpExtraMs: extra(help), reportExtraMs: extra(report) };
}
