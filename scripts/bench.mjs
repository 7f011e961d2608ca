#!/usr/bin/env node
// `npm run bench`: the speed and memory of the built CLI (SPEC §9), as whole processes, on
// synthetic data of 10, 100,000 and 1,000,000 hire rows (costs a fifth, hours half of that) in a
// temporary folder, ISO CSV and, from 100,000 rows, Dutch Excel CSV, and on applications files of
// 100,000 and 1,000,000 rows (`rkpi report --applications`). Every case runs once to warm up and
// then `--runs` times (default 5); the medians are printed and written to bench-results.json. rkpi
// and the yardsticks below run in rounds, each once in turn, and rkpi's ratios to them are the
// medians of the ratios round by round, so that load drifting on a shared machine cancels.
// Beside rkpi it times the read floor (read the files, count lines), csv-parse alone with rkpi's
// options, papaparse alone (the parser to weigh it against), and DuckDB computing the same
// aggregate, and checks that DuckDB and rkpi agree: on hires, cost per hire and time to fill per
// department, and on the funnel (reached per stage) and the applications, interviews and hires
// per channel. DuckDB and papaparse are the bench's own package, installed on its first run
// (scripts/bench/tools.mjs), never by `npm install` in the clone. With --profile, the largest hires
// case (ISO) and the largest applications case run once more under `node --cpu-prof`, and the
// bench prints where their time went, per part of rkpi (scripts/bench/profile-shares.mjs).
//   node scripts/bench.mjs [--sizes 10,100000,1000000] [--applications 100000,1000000] [--runs 5]
//                          [--out bench-results.json] [--keep] [--profile]
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AS_OF, benchConfig, generate } from './bench/generate.mjs';
import { APPLICATIONS_PERIOD, generateApplications } from './bench/generate-applications.mjs';
import { measure, measureRounds, pairedRatio, RSS_SOURCE, runOnce } from './bench/measure.mjs';
import { profileShares, sharesTable } from './bench/profile-shares.mjs';
import { measureStartup } from './bench/startup.mjs';
import { ensureBenchTools } from './bench/tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'rkpi.js');
const HERE = join(ROOT, 'scripts', 'bench');
const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100000,1000000' },
    applications: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: join(ROOT, 'bench-results.json') },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
ensureBenchTools(HERE);
const sizes = flags.sizes.split(',').filter(Boolean).map(Number);
const applicationSizes = flags.applications.split(',').filter(Boolean).map(Number);
const runs = Number(flags.runs);
const folder = mkdtempSync(join(tmpdir(), 'rkpi-bench-'));
const configPath = join(folder, 'rkpi.config.json');
writeFileSync(configPath, JSON.stringify(benchConfig()));

const results = [];
const mismatches = [];
/** Files on which csv-parse and papaparse count other numbers of records. */
const parserMismatches = [];
const node = process.execPath;
/** Profiled runs (--profile): what was run, and the shares of its busy time. */
const profiles = [];

/** One more run of rkpi's `args` under the CPU profiler, when --profile asks for it. */
async function profile(what, args) {
  if (!flags.profile) return;
  const dir = join(folder, 'profiles', String(profiles.length));
  const run = await runOnce(node, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], folder);
  if (run.code !== 0) throw new Error(`${what} failed under the profiler: ${run.stderr}`);
  profiles.push({ what, shares: profileShares(readdirSync(dir).map((name) => join(dir, name))) });
}

function record(entry, { wall, fastest, rssMb }, rows, bytes) {
  const row = { ...entry, wall, fastest, rowsPerSecond: rows / wall, mbPerSecond: bytes / 1e6 / wall, rssMb };
  results.push(row);
  const ratios = [row.vsFloor && `${row.vsFloor.toFixed(1)}× floor`, row.vsDuckdb && `${row.vsDuckdb.toFixed(1)}× DuckDB`, row.parserShare && `${(1 / row.parserShare).toFixed(2)}× csv-parse`];
  console.error(`  ${entry.what.padEnd(28)} ${wall.toFixed(3)} s  ${rssMb.toFixed(0)} MB  ${ratios.filter(Boolean).join(', ')}`);
  return row;
}

/** rkpi's figures per department from its JSON, against DuckDB's: hires exact, money to the cent, days to 0.01. */
function compareFigures(label, json, reference) {
  const report = JSON.parse(json);
  const ours = new Map(report.groups.rows.map((row) => [row.key, row.kpis]));
  const keys = new Set([...ours.keys(), ...Object.keys(reference)]);
  const close = (a, b, tolerance) => (a === null || b === null ? a === b : Math.abs(a - b) <= tolerance);
  // A group with no hires (only open vacancies, or only costs) is absent from DuckDB's rows.
  const none = { hires: 0, costPerHire: null, timeToFill: { mean: null, median: null } };
  for (const key of keys) {
    const mine = ours.get(key) ?? none;
    const ref = reference[key] ?? { hires: 0, costPerHire: null, mean: null, median: null };
    const problems = [];
    if (mine.hires !== ref.hires) problems.push(`hires ${mine.hires} ≠ ${ref.hires}`);
    // rkpi allocates shared costs in whole cents per cost component (four of them): a few cents per group.
    const cents = 0.0051 + 0.04 / Math.max(1, ref.hires);
    if (!close(mine.costPerHire, ref.costPerHire, cents)) problems.push(`cost per hire ${mine.costPerHire} ≠ ${ref.costPerHire}`);
    if (!close(mine.timeToFill.mean, ref.mean, 0.0051)) problems.push(`mean time to fill ${mine.timeToFill.mean} ≠ ${ref.mean}`);
    if (!close(mine.timeToFill.median, ref.median, 0.0051)) problems.push(`median time to fill ${mine.timeToFill.median} ≠ ${ref.median}`);
    if (problems.length > 0) mismatches.push(`${label} ${key}: ${problems.join('; ')}`);
  }
  return keys.size;
}

/** rkpi's process block against DuckDB's: reached per funnel stage, and applications, interviews and hires per channel, exact. */
function compareProcess(label, json, reference) {
  const { funnel, channels } = JSON.parse(json).process.kpis;
  const problems = [];
  for (const { stage, reached } of funnel) {
    if (reached !== reference.funnel[stage]) problems.push(`${stage} reached ${reached} ≠ ${reference.funnel[stage]}`);
  }
  const ours = new Map(channels.map((row) => [row.channel, row]));
  const none = { applications: 0, reachedInterview: 0, hires: 0 };
  for (const channel of new Set([...ours.keys(), ...Object.keys(reference.channels)])) {
    const mine = ours.get(channel) ?? none;
    const ref = reference.channels[channel] ?? none;
    for (const key of Object.keys(none)) {
      if (mine[key] !== ref[key]) problems.push(`${channel} ${key} ${mine[key]} ≠ ${ref[key]}`);
    }
  }
  if (problems.length > 0) mismatches.push(`${label}: ${problems.join('; ')}`);
  return ours.size;
}

const started = Date.now();
const help = await measure(node, [BIN, '--help'], { cwd: folder, runs });
console.error(`rkpi --help  ${help.wall.toFixed(3)} s  ${help.rssMb.toFixed(0)} MB`);
console.error('start-up: node -e 0, rkpi --help and a 10-row report in rounds…');
const short = await generate(folder, 10, 'iso');
const shortReport = [BIN, 'report', short.paths.hires, '--costs', short.paths.costs, '--hours', short.paths.hours, '--config', configPath, '--as-of', AS_OF, '--format', 'json'];
const cpu = await measureStartup(node, BIN, shortReport, { cwd: folder, rounds: Math.max(20, runs) });
const startup = { wall: help.wall, fastest: help.fastest, rssMb: help.rssMb, cpu };

for (const size of sizes) {
  let reference = null;
  let isoWall = null;
  for (const form of size >= 100_000 ? ['iso', 'nl'] : ['iso']) {
    console.error(`${size} hire rows, ${form}: generating…`);
    const { paths, rows } = await generate(folder, size, form);
    const files = [paths.hires, paths.costs, paths.hours];
    const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
    const allRows = rows.hires + rows.costs + rows.hours;
    const base = { size, form, rows: allRows, mb: bytes / 1e6 };
    const args = [BIN, 'report', paths.hires, '--costs', paths.costs, '--hours', paths.hours, '--config', configPath];
    const reportArgs = [...args, '--as-of', AS_OF, '--by', 'department', '--format', 'json'];
    const entry = { ...base, what: `rkpi report (${form})` };
    let rkpi;
    if (form === 'iso') {
      // rkpi and its yardsticks in rounds (measureRounds): the ratios are taken round by round.
      const [mine, floor, parser, papaparse, duckdb] = await measureRounds(
        [
          { command: node, args: reportArgs, cwd: folder },
          { command: node, args: [join(HERE, 'read-floor.mjs'), ...files], cwd: folder },
          { command: node, args: [join(HERE, 'parse-only.mjs'), ...files], cwd: folder },
          { command: node, args: [join(HERE, 'papaparse-only.mjs'), ...files], cwd: ROOT },
          { command: node, args: [join(HERE, 'duckdb-aggregate.mjs'), ...files, configPath], cwd: ROOT },
        ],
        { runs },
      );
      rkpi = mine;
      if (size === Math.max(...sizes)) await profile(`${size.toLocaleString('en')} hire rows`, reportArgs);
      reference = JSON.parse(duckdb.stdout);
      const [csvParsed, papaParsed] = [parser, papaparse].map((run) => JSON.parse(run.stdout).records);
      if (csvParsed !== papaParsed) parserMismatches.push(`${size} ${form}: csv-parse read ${csvParsed} records, papaparse ${papaParsed}`);
      isoWall = { floor: floor.wall, duckdb: duckdb.wall, parser: parser.wall, papaparse: papaparse.wall };
      record({ ...base, what: 'read floor' }, floor, allRows, bytes);
      record({ ...base, what: 'csv-parse only' }, parser, allRows, bytes);
      record({ ...base, what: 'papaparse only' }, papaparse, allRows, bytes);
      record({ ...base, what: 'DuckDB' }, duckdb, allRows, bytes);
      Object.assign(entry, {
        vsFloor: pairedRatio(rkpi, floor),
        vsDuckdb: pairedRatio(rkpi, duckdb),
        // Each parser-alone run starts node too: over a few rows the share would be node's start.
        parserShare: size >= 100_000 ? 1 / pairedRatio(rkpi, parser) : undefined,
        papaparseShare: size >= 100_000 ? 1 / pairedRatio(rkpi, papaparse) : undefined,
      });
    } else {
      // The Dutch Excel form against the ISO form's yardsticks, which read other files: medians.
      rkpi = await measure(node, reportArgs, { cwd: folder, runs });
      Object.assign(entry, { vsFloor: rkpi.wall / isoWall.floor, vsDuckdb: rkpi.wall / isoWall.duckdb });
    }
    entry.groupsChecked = compareFigures(`${size} ${form}`, rkpi.stdout, reference);
    record(entry, rkpi, allRows, bytes);
  }
}

for (const size of applicationSizes) {
  console.error(`${size} application rows: generating…`);
  const { path, rows } = await generateApplications(folder, size);
  const bytes = statSync(path).size;
  const base = { size, form: 'applications', rows, mb: bytes / 1e6 };
  const reportArgs = [BIN, 'report', '--applications', path, '--config', configPath, '--period', APPLICATIONS_PERIOD, '--as-of', AS_OF, '--format', 'json'];
  const [rkpi, floor, parser, duckdb] = await measureRounds(
    [
      { command: node, args: reportArgs, cwd: folder },
      { command: node, args: [join(HERE, 'read-floor.mjs'), path], cwd: folder },
      { command: node, args: [join(HERE, 'parse-only.mjs'), path], cwd: folder },
      { command: node, args: [join(HERE, 'duckdb-process.mjs'), path, APPLICATIONS_PERIOD], cwd: ROOT },
    ],
    { runs },
  );
  if (size === Math.max(...applicationSizes)) await profile(`${size.toLocaleString('en')} application rows`, reportArgs);
  record({ ...base, what: 'read floor (applications)' }, floor, rows, bytes);
  record({ ...base, what: 'csv-parse only (applications)' }, parser, rows, bytes);
  record({ ...base, what: 'DuckDB (applications)' }, duckdb, rows, bytes);
  const entry = {
    ...base,
    what: 'rkpi report --applications',
    vsFloor: pairedRatio(rkpi, floor),
    vsDuckdb: pairedRatio(rkpi, duckdb),
    parserShare: 1 / pairedRatio(rkpi, parser),
    channelsChecked: compareProcess(`${size} applications`, rkpi.stdout, JSON.parse(duckdb.stdout)),
  };
  record(entry, rkpi, rows, bytes);
}

const header = ['rows', 'case', 'MB', 'wall s', 'fastest s', 'rows/s', 'MB/s', 'peak RSS MB', '× floor', '× DuckDB', '× csv-parse'];
const lines = [
  ['—', 'rkpi --help', '', startup.wall.toFixed(3), startup.fastest.toFixed(3), '', '', startup.rssMb.toFixed(0), '', '', ''],
  ...results.map((r) => [
    r.size.toLocaleString('en'),
    r.what,
    r.mb.toFixed(1),
    r.wall.toFixed(3),
    r.fastest.toFixed(3),
    Math.round(r.rowsPerSecond).toLocaleString('en'),
    r.mbPerSecond.toFixed(1),
    r.rssMb.toFixed(0),
    r.vsFloor ? r.vsFloor.toFixed(1) : '',
    r.vsDuckdb ? r.vsDuckdb.toFixed(1) : '',
    r.parserShare ? (1 / r.parserShare).toFixed(2) : '',
  ]),
];
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
const show = (cells) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(show(header));
console.log(`|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const line of lines) console.log(show(line));
console.log(
  `\nrows: data rows of the hires, costs and hours files together, or of the applications file; medians of ${runs} runs after a warm-up (fastest: the quickest of them, the least disturbed by other work on the machine); rkpi and its yardsticks of the same files run in rounds, each once in turn, and the × columns are medians of the ratios round by round (of the Dutch Excel form: ratios of the medians); peak RSS by ${RSS_SOURCE}, in decimal MB.`,
);
for (const r of results.filter((x) => x.parserShare !== undefined)) {
  const share = (part) => `${(part * 100).toFixed(0)}%`;
  console.log(
    `${r.size.toLocaleString('en')} ${r.form === 'applications' ? 'application' : 'hire'} rows: csv-parse alone takes ${share(r.parserShare)} of rkpi's wall time${r.papaparseShare === undefined ? '' : `, papaparse alone ${share(r.papaparseShare)}`}.`,
  );
}
console.log(
  `\nStart-up (CPU time over node's own start, medians over ${cpu.rounds} rounds of node -e 0, --help and a 10-row JSON report, in which node -e 0 took ${cpu.nodeMs.toFixed(0)} ms): a 10-row report + ${cpu.reportExtraMs.toFixed(0)} ms, --help + ${cpu.helpExtraMs.toFixed(0)} ms.`,
);
for (const { what, shares } of profiles) console.log(`\nWhere the time of ${what} goes (one run under node --cpu-prof), ${sharesTable(shares)}`);
if (mismatches.length > 0) {
  console.log(`\nMISMATCH between rkpi and DuckDB (${mismatches.length}):`);
  for (const line of mismatches) console.log(`  ${line}`);
} else {
  console.log('\nrkpi and DuckDB agree on hires, cost per hire and mean and median time to fill for every department, and on the funnel and the applications, interviews and hires of every channel.');
}
if (parserMismatches.length > 0) {
  console.log(`\nMISMATCH between csv-parse and papaparse (${parserMismatches.length}):`);
  for (const line of parserMismatches) console.log(`  ${line}`);
}

writeFileSync(
  flags.out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? null },
      runs,
      rssSource: RSS_SOURCE,
      startup,
      results,
      agree: mismatches.length === 0,
      mismatches,
      parserMismatches,
      profiles: profiles.map(({ what, shares }) => ({ what, busySeconds: shares.total / 1e6, parts: Object.fromEntries([...shares.parts].map(([part, micros]) => [part, micros / shares.total])) })),
    },
    null,
    2,
  )}\n`,
);
console.error(`written ${flags.out} in ${((Date.now() - started) / 1000).toFixed(0)} s${flags.keep ? `; data kept in ${folder}` : ''}`);
if (!flags.keep) rmSync(folder, { recursive: true, force: true });
process.exitCode = mismatches.length > 0 || parserMismatches.length > 0 ? 1 : 0;
