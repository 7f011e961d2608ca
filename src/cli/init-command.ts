import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { EXIT, type ExitCode, FileAccessError, UsageError } from '../errors.js';
import { fileError } from '../io/file-error.js';
import type { Lang } from '../render/format.js';
import type { Proc } from './proc.js';
import { resolveLang } from './settings.js';
import { starterFiles } from './templates.js';
import { writeFileSafely } from './write-file.js';

export interface InitFlags {
  readonly force?: boolean;
  readonly lang?: Lang;
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/**
 * Makes a folder and the folders above it that are missing, one level at a time: Node's recursive
 * mkdir goes round forever where the kernel says ENOENT for a folder whose parent exists (/proc/x).
 */
async function makeFolder(path: string, name: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw fileError(error, 'create', name);
  });
  if (info?.isDirectory()) return;
  if (info !== null) throw new UsageError(`cannot init ${name}: it is a file, not a folder`, 'name a new or an existing folder');
  if (dirname(path) !== path) await makeFolder(dirname(path), name);
  await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    // The parent exists, so ENOENT is a file system that makes no folders (/proc, /sys).
    if (error.code === 'ENOENT') throw new FileAccessError(`cannot create ${name}: the file system there makes no new folders`, 'init a folder on an ordinary disk');
    throw fileError(error, 'create', name);
  });
}

/** `rkpi init [folder]`: writes a starter config and template CSVs with every column. */
export async function initCommand(folder: string | undefined, flags: InitFlags, proc: Proc): Promise<ExitCode> {
  const target = resolve(proc.cwd(), folder ?? '.');
  const files = starterFiles(resolveLang(flags.lang, {}, proc.env));
  const folderName = folder ?? 'this folder';
  if (!flags.force) {
    const taken = [];
    for (const name of files.keys()) if (await exists(join(target, name))) taken.push(name);
    if (taken.length > 0) {
      throw new UsageError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''} in ${folderName}`, 'pass --force to overwrite them, or init another folder');
    }
  }
  await makeFolder(target, folderName);
  // Refused before the first file, so that a folder rkpi may not write to gets no half a set.
  await access(target, constants.W_OK).catch((error: unknown) => {
    throw fileError(error, 'write', `in ${folderName}`);
  });
  for (const [name, content] of files) {
    const shown = join(folder ?? '.', name);
    await writeFileSafely(join(target, name), content, { label: shown, name: shown, protect: new Map() });
    proc.stdout.write(`wrote ${shown}\n`);
  }
  // rkpi reads rkpi.config.json from the folder it runs in, so the next steps start in the new folder.
  const goThere = target === resolve(proc.cwd()) ? '' : `cd ${/\s/.test(folder ?? '') ? JSON.stringify(folder) : folder}; `;
  proc.stdout.write(`next: ${goThere}fill in the CSV files (or export yours), then run rkpi report hires.csv --costs costs.csv --hours hours.csv\n`);
  proc.stdout.write('the process (funnel, channels, speed): add --applications applications.csv, your ATS export of every application\n');
  proc.stdout.write(
    'value model: agree on the targets (rkpi.config.json has examples under "exampleTargets", which no report uses until you rename the key to "targets"), ' +
      'let the management team rank the six areas in rankings.csv, run rkpi weights rankings.csv --write, then rkpi value hires.csv --costs costs.csv --hours hours.csv\n',
  );
  return EXIT.ok;
}
