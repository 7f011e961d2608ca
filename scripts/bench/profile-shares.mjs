#!/usr/bin/env node
// Where a run's time goes, as shares per part of rkpi: the summary the README's Speed section
// quotes. Takes CPU profiles of the built CLI (`node --cpu-prof --cpu-prof-dir=DIR bin/rkpi.js …`),
// maps each sample's function through the bundle's source map to its file under src/ or
// node_modules/, and adds the self time of every sample to the part its file belongs to.
//   node scripts/bench/profile-shares.mjs DIR/CPU….cpuprofile [more profiles] [--top 15]
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE_MAP = join(ROOT, 'dist', 'bundle', 'rkpi.cjs.map');

/** The parts, first match wins; a file is matched by its path under src/ or node_modules/, or node's own name. */
const PARTS = [
  ['csv-parse, with the strings of its fields', /^node_modules\/csv-parse\/|^node:buffer$|^\(utf8Slice\)$|^node:internal\/streams\//],
  ['reading, decoding, hashing', /^src\/io\/(decode|utf8-scan|windows-1252|file-digest|open-input)\.ts$|^node:internal\/(crypto|fs)\/|^node:fs$|^\(read\)$/],
  ['cells into typed columns', /^src\/io\/(read-table|read-csv|cell-readers|cell-token|parse-date|parse-number|parse-moment|plain-decimal|table-columns|packed-text-column|memo|order-sniffer|rating-column|columns|header)\.ts$/],
  ['record checks', /^src\/io\/(records|typed-checks|record-schemas|application-checks|application-records|wide-applications|stage-history|id-groups|repeated-ids|hires-of-applications|statuses|scores)\.ts$|^node_modules\/zod\//],
  ['KPIs and record views', /^src\/core\/|^src\/io\/record-views\.ts$/],
  ['rendering and writing', /^src\/render\/|^src\/cli\//],
  ['garbage collection', /^\(garbage collector\)$/],
];
const OTHER = 'start-up and the rest';

/** The file a profile node's code is in: a path under src/ or node_modules/ for the bundle, else node's name for it. */
function fileOf(map, callFrame) {
  if (callFrame.url.endsWith('rkpi.cjs') && callFrame.lineNumber >= 0) {
    const entry = map.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    if (entry?.originalSource) return entry.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/');
  }
  if (callFrame.url !== '') return callFrame.url;
  // V8's own entries are named "(garbage collector)", "(idle)", …; a native function by its name.
  return callFrame.functionName.startsWith('(') ? callFrame.functionName : `(${callFrame.functionName})`;
}

/**
 * The busy time of the profiles (idle left out) in microseconds, and its split by part and by file.
 * @returns {{ total: number, parts: Map<string, number>, files: Map<string, number> }}
 */
export function profileShares(paths, mapPath = BUNDLE_MAP) {
  const map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
  const parts = new Map([...PARTS.map(([name]) => [name, 0]), [OTHER, 0]]);
  const files = new Map();
  let total = 0;
  for (const path of paths) {
    const profile = JSON.parse(readFileSync(path, 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      const file = fileOf(map, nodes.get(id).callFrame);
      if (file === '(idle)' || file === '(program)') return;
      const part = PARTS.find(([, pattern]) => pattern.test(file))?.[0] ?? OTHER;
      parts.set(part, parts.get(part) + micros);
      files.set(file, (files.get(file) ?? 0) + micros);
      total += micros;
    });
  }
  return { total, parts, files };
}

/** The shares as Markdown tables: every part, then the `top` files. */
export function sharesTable({ total, parts, files }, top = 15) {
  const share = (micros) => `${((100 * micros) / total).toFixed(0)}%`;
  const lines = [`busy time ${(total / 1e6).toFixed(2)} s`, '', '| part | share |', '|:---|---:|'];
  for (const [part, micros] of parts) lines.push(`| ${part} | ${share(micros)} |`);
  lines.push('', '| file | share |', '|:---|---:|');
  for (const [file, micros] of [...files].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`| ${file} | ${share(micros)} |`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: flags, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' }, map: { type: 'string', default: BUNDLE_MAP } },
  });
  console.log(sharesTable(profileShares(positionals, flags.map), Number(flags.top)));
}
