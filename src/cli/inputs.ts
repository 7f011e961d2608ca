import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { dimensionKey, type FileKind } from '../io/columns.js';
import { type InputSettings, type LoadedInputs, loadInputs } from '../io/load-inputs.js';
import { type OpenedInput, openInput } from '../io/open-input.js';
import type { Lang } from '../render/format.js';
import type { Proc } from './proc.js';
import { type InputFlags, inputSettings, resolveLang } from './settings.js';

/**
 * The bundled demo data, beside src/ and dist/ in the package. Worked out when --demo asks for it:
 * a run of other files makes no URL (see scripts/bundle.mjs, rkpiModule).
 */
const demoDir = (): string => fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

/** The demo's files in `dir`: hires, costs and hours, and applications when the command reads them. */
function demoPaths(dir: string, applications: boolean): { hires: string; costs: string; hours: string; applications?: string } {
  const demo = { hires: join(dir, 'hires.csv'), costs: join(dir, 'costs.csv'), hours: join(dir, 'hours.csv') };
  return applications ? { ...demo, applications: join(dir, 'applications.csv') } : demo;
}

export interface FileFlags extends InputFlags {
  readonly costs?: string;
  readonly hours?: string;
  /** The applications file (SPEC §2.6): report and compare take it. */
  readonly applications?: string;
  readonly config?: string;
  readonly demo?: boolean;
}

export interface Setup {
  readonly config: Config;
  readonly lang: Lang;
  readonly settings: InputSettings;
  /** Paths as given (or the demo's), by kind. */
  readonly paths: Readonly<Partial<Record<FileKind, string>>>;
  /** The config file the run reads (the demo's own with --demo), whether it exists or not. */
  readonly configPath: string;
}

/** The config (the demo's own with --demo, unless --config), the language and how to read files. */
export async function readSettings(flags: FileFlags, proc: Proc): Promise<Omit<Setup, 'paths'>> {
  const configPath = resolve(proc.cwd(), flags.config ?? (flags.demo ? join(demoDir(), CONFIG_FILE) : CONFIG_FILE));
  const config = await loadConfig(configPath, { name: flags.config ?? CONFIG_FILE, required: flags.config !== undefined });
  const lang = resolveLang(flags.lang, config, proc.env);
  proc.setLang?.(lang);
  return { config, lang, settings: inputSettings(flags, config, lang), configPath };
}

/** Standard input can be read once: a second `-` would read it empty. */
export function refuseStdinTwice(paths: readonly (string | undefined)[]): void {
  if (paths.filter((path) => path === '-').length > 1) {
    throw new UsageError('- (standard input) is given for more than one file', 'give one file as -, the others by name');
  }
}

/**
 * Loads the settings and works out the input paths: the files given, or the demo's with --demo.
 * `applications`: the command takes an applications file (and the demo's with --demo), which
 * may stand in for the hires file.
 */
export async function setUp(
  hires: string | undefined,
  flags: FileFlags & { readonly by?: string },
  proc: Proc,
  { applications = false }: { applications?: boolean } = {},
): Promise<Setup> {
  if (flags.demo && (hires !== undefined || flags.costs !== undefined || flags.hours !== undefined || flags.applications !== undefined)) {
    throw new UsageError('--demo reads the bundled demo files; leave out the file names', 'use either --demo or your own files');
  }
  const paths = flags.demo
    ? demoPaths(demoDir(), applications)
    : { hires, costs: flags.costs, hours: flags.hours, applications: flags.applications };
  if (paths.hires === undefined && paths.applications === undefined) {
    const example = applications ? ', rkpi report --applications applications.csv' : '';
    throw new UsageError('no hires file given', `rkpi report hires.csv --costs costs.csv --hours hours.csv${example}, or rkpi report --demo`);
  }
  refuseStdinTwice(Object.values(paths));
  const { settings, ...rest } = await readSettings(flags, proc);
  // Rows keep only the dimension a report groups by: memory grows with groups, not rows (SPEC §9);
  // and vacancy_id with a vacancyCost, whose open vacancies are named by it; and channel with an
  // applications file, whose channel table attributes the costs and quality per channel.
  const byKey = flags.by === undefined ? [] : [dimensionKey(flags.by, settings.table.columns.hires)];
  const kept = [...byKey, ...(rest.config.vacancyCost === undefined ? [] : ['vacancy_id']), ...(paths.applications === undefined ? [] : ['channel'])];
  const dimensions = [...new Set(kept)];
  return { ...rest, settings: { ...settings, table: { ...settings.table, dimensions } }, paths };
}

/** Every file a command reads, which `-o` must not overwrite: the input files and the config. */
export function filesRead(setup: Pick<Setup, 'paths' | 'configPath'>): string[] {
  return [...Object.values(setup.paths).filter((path): path is string => path !== undefined), setup.configPath];
}

const OPTION_OF: Readonly<Record<FileKind, string>> = { hires: 'hires file', costs: '--costs', hours: '--hours', applications: '--applications' };

/** Opens and reads the input files; with --demo they are named `demo/<file>` in messages. */
export async function readInputs(setup: Setup, demo: boolean, proc: Proc): Promise<LoadedInputs> {
  const files: Partial<Record<FileKind, OpenedInput>> = {};
  for (const kind of ['hires', 'costs', 'hours', 'applications'] as const) {
    const path = setup.paths[kind];
    if (path === undefined) continue;
    const opened = await openInput(path, OPTION_OF[kind], proc);
    files[kind] = demo ? { ...opened, fileName: `demo/${kind}.csv` } : opened;
  }
  return loadInputs(files, setup.settings);
}
