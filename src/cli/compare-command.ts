import { resolve } from 'node:path';
import { compareSnapshots, refusals, type SnapshotFigures } from '../core/compare/compare-snapshots.js';
import { EXIT, type ExitCode, InputError, UsageError } from '../errors.js';
import { fileError } from '../io/file-error.js';
import { readTextFile } from '../io/read-text-file.js';
import { compareDocument } from '../render/compare-document.js';
import { compareView } from '../render/compare-view.js';
import type { Lang } from '../render/format.js';
import { render } from '../render/renderers.js';
import { readSnapshot, type Snapshot, type SnapshotInputs, snapshotOf } from '../render/snapshot.js';
import { loadConfig, CONFIG_FILE } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { writeResult } from './output.js';
import { filesRead, setUp } from './inputs.js';
import type { Proc } from './proc.js';
import { type ComputeFlags, documentFor, loadChecked, noteHiredCount } from './report-command.js';
import { confidenceOf, materialityOf, periodOf, resolveLang } from './settings.js';

export interface CompareFlags extends ComputeFlags, OutputFlags {
  readonly baseline?: string;
  readonly current?: string;
  readonly confidence?: string;
}

interface Sides {
  readonly figures: readonly [SnapshotFigures, SnapshotFigures];
  /** The as-of date each side states; null for a snapshot without one. */
  readonly asOf: readonly [string | null, string | null];
  /** What each side read, with its rejected rows; null for a snapshot saved without. */
  readonly counted: readonly [SnapshotInputs | null, SnapshotInputs | null];
  readonly sources: readonly [string, string];
  readonly inputs: readonly string[];
  /** The language the run's config set up, when both sides were computed from input files. */
  readonly lang?: Lang;
  /** The run's config, when both sides were computed from input files. */
  readonly config?: Config;
}

/** A snapshot of many thousands of groups is some megabytes; a file beyond this is not a snapshot. */
const MAX_SNAPSHOT_BYTES = 256 << 20;

async function readSnapshotFile(path: string, proc: Proc): Promise<Snapshot> {
  let text: string;
  try {
    const tooLarge = () => new InputError(`${path} is larger than 256 MB: not an rkpi report snapshot`, 'give two files saved with rkpi report … --format json');
    text = await readTextFile(resolve(proc.cwd(), path), MAX_SNAPSHOT_BYTES, tooLarge);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`snapshot not found: ${path}`, 'save one with rkpi report … --format json -o FILE.json');
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder, not a snapshot`);
    throw fileError(error, 'read', path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not JSON`, 'give two files saved with rkpi report … --format json');
  }
  return readSnapshot(json, path);
}

/** Mode 1: two saved snapshots. */
async function fromSnapshots(files: readonly string[], flags: CompareFlags, proc: Proc): Promise<Sides> {
  const [baseline, current] = files;
  if (files.length !== 2 || baseline === undefined || current === undefined) {
    throw new UsageError(
      `compare takes two snapshots, got ${files.length} file${files.length === 1 ? '' : 's'}`,
      'rkpi compare nulmeting-2024.json report-2025.json, or rkpi compare --baseline 2024 --current 2025 hires.csv …',
    );
  }
  const sides = [await readSnapshotFile(baseline, proc), await readSnapshotFile(current, proc)] as const;
  for (const [index, side] of sides.entries()) {
    for (const input of Object.values(side.inputs ?? {})) {
      if (input.rejected > 0) proc.stderr.write(`note: ${files[index]} was computed without ${input.rejected} rejected ${input.rejected === 1 ? 'row' : 'rows'} of ${input.file}\n`);
    }
  }
  return {
    figures: [sides[0].figures, sides[1].figures],
    asOf: [sides[0].asOf, sides[1].asOf],
    counted: [sides[0].inputs, sides[1].inputs],
    sources: [baseline, current],
    inputs: [...files, flags.config ?? CONFIG_FILE],
  };
}

/** Mode 2: both periods computed now from the same input files. Null when the input has problems. */
async function fromInputs(files: readonly string[], flags: CompareFlags, proc: Proc): Promise<Sides | null> {
  if (flags.baseline === undefined || flags.current === undefined) {
    throw new UsageError('--baseline and --current go together', 'rkpi compare --baseline 2024 --current 2025 hires.csv --costs costs.csv --hours hours.csv');
  }
  if (files.length > 1) throw new UsageError('with --baseline and --current, give one hires file', 'the costs, hours and applications files go with --costs, --hours and --applications');
  const periods = [periodOf(flags.baseline, '--baseline'), periodOf(flags.current, '--current')] as const;
  const checked = await loadChecked(await setUp(files[0], flags, proc, { applications: true }), flags, proc);
  if (checked === null) return null;
  const [before, after] = periods.map((period) => documentFor(checked, period, flags, proc));
  for (const document of [before, after]) if (document) noteHiredCount(checked.loaded, document, proc);
  const source = flags.demo ? 'demo data' : (files[0] ?? flags.applications ?? '');
  const inputs = filesRead(checked.setup);
  const [baseline, current] = [snapshotOf(before!), snapshotOf(after!)];
  return {
    figures: [baseline.figures, current.figures],
    asOf: [baseline.asOf, current.asOf],
    counted: [baseline.inputs, current.inputs],
    sources: [source, source],
    inputs,
    lang: checked.setup.lang,
    config: checked.setup.config,
  };
}

/** With two snapshots, the config is read only for its language and its materiality. */
function snapshotConfig(flags: CompareFlags, proc: Proc) {
  return loadConfig(resolve(proc.cwd(), flags.config ?? CONFIG_FILE), { name: flags.config ?? CONFIG_FILE, required: flags.config !== undefined });
}

/** `rkpi compare`: a nulmeting against a later measurement, figure by figure. */
export async function compareCommand(files: readonly string[], flags: CompareFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  const confidence = confidenceOf(flags.confidence);
  const computing = flags.baseline !== undefined || flags.current !== undefined;
  const sides = computing ? await fromInputs(files, flags, proc) : await fromSnapshots(files, flags, proc);
  if (sides === null) return EXIT.data;
  const [baseline, current] = sides.figures;
  const refused = refusals(baseline, current);
  if (refused.length > 0) {
    throw new InputError(`cannot compare: ${refused.join('; ')}`, 'compare snapshots made with the same currency and day count');
  }
  const config = sides.config ?? (await snapshotConfig(flags, proc));
  const options = { confidence, materiality: materialityOf(config) };
  const comparison = compareSnapshots(baseline, current, options);
  const lang = sides.lang ?? resolveLang(flags.lang, config, proc.env);
  proc.setLang?.(lang);
  for (const warning of comparison.warnings) proc.stderr.write(`warning: ${warning}\n`);
  const document = compareDocument(comparison, {
    currency: baseline.currency,
    dayCount: baseline.dayCount,
    options,
    sources: sides.sources,
    asOf: sides.asOf,
    reasons: [baseline.reasons, current.reasons],
    inputs: sides.counted,
  });
  const text = await render({ document, view: compareView }, format, renderOptions(flags, lang, proc));
  await writeResult(text, flags.output, { place: proc, stdout: proc.stdout, inputs: sides.inputs });
  return EXIT.ok;
}
