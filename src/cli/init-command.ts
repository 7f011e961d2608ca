import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT, type ExitCode, UsageError } from '../errors.js';
import type { Lang } from '../render/format.js';
import type { Proc } from './proc.js';
import { resolveLang } from './settings.js';
import { starterFiles } from './templates.js';

export interface InitFlags {
  readonly force?: boolean;
  readonly lang?: Lang;
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/** `rkpi init [folder]`: writes a starter config and template CSVs with every column. */
export async function initCommand(folder: string | undefined, flags: InitFlags, proc: Proc): Promise<ExitCode> {
  const target = resolve(proc.cwd(), folder ?? '.');
  const files = starterFiles(resolveLang(flags.lang, {}, proc.env));
  if (!flags.force) {
    const taken = [];
    for (const name of files.keys()) if (await exists(join(target, name))) taken.push(name);
    if (taken.length > 0) {
      throw new UsageError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''} in ${folder ?? 'this folder'}`, 'pass --force to overwrite them, or init another folder');
    }
  }
  await mkdir(target, { recursive: true });
  for (const [name, content] of files) {
    await writeFile(join(target, name), content, 'utf8');
    proc.stdout.write(`wrote ${join(folder ?? '.', name)}\n`);
  }
  // rkpi reads rkpi.config.json from the folder it runs in, so the next steps start in the new folder.
  const goThere = target === resolve(proc.cwd()) ? '' : `cd ${/\s/.test(folder ?? '') ? JSON.stringify(folder) : folder}; `;
  proc.stdout.write(`next: ${goThere}fill in the CSV files (or export yours), then run rkpi report hires.csv --costs costs.csv --hours hours.csv\n`);
  proc.stdout.write(
    'value model: agree on the targets (rkpi.config.json has examples under "exampleTargets", which no report uses until you rename the key to "targets"), ' +
      'let the management team rank the six areas in rankings.csv, run rkpi weights rankings.csv --write, then rkpi value hires.csv --costs costs.csv --hours hours.csv\n',
  );
  return EXIT.ok;
}
