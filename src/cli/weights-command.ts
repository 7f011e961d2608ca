import { resolve } from 'node:path';
import { CONFIG_FILE, loadConfig, readConfigText } from '../config/load.js';
import { withWeights } from '../config/with-weights.js';
import { rankingsReport } from '../core/value/rankings-report.js';
import type { WeightMethod } from '../core/value/weights.js';
import { EXIT, type ExitCode } from '../errors.js';
import { fileError } from '../io/file-error.js';
import type { EncodingOption } from '../io/decode.js';
import { openInput } from '../io/open-input.js';
import { readRankings } from '../io/rankings.js';
import type { Lang } from '../render/format.js';
import { render } from '../render/renderers.js';
import { weightsDocument } from '../render/weights-document.js';
import { weightsView } from '../render/weights-view.js';
import { writeResult } from './output.js';
import { protectedFiles } from './protected-files.js';
import { writeFileSafely } from './write-file.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { delimiterOf, resolveLang } from './settings.js';

export interface WeightsFlags extends OutputFlags {
  readonly method: WeightMethod;
  readonly balanceGroups?: boolean;
  readonly write?: boolean;
  readonly config?: string;
  readonly delimiter?: string;
  readonly encoding?: EncodingOption;
  readonly lang?: Lang;
}

async function readTextOrNull(path: string, name: string): Promise<string | null> {
  try {
    return await readConfigText(path, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError(error, 'read', name);
  }
}

/** `rkpi weights rankings.csv`: read the rankings, compute the weights, print them and, with --write, store them. */
export async function weightsCommand(file: string, flags: WeightsFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  const configName = flags.config ?? CONFIG_FILE;
  const configPath = resolve(proc.cwd(), configName);
  // --write may create the config, so a missing --config file is only an error without it.
  const config = await loadConfig(configPath, { name: configName, required: flags.config !== undefined && !flags.write });
  const lang = resolveLang(flags.lang, config, proc.env);
  proc.setLang?.(lang);
  const opened = await openInput(file, 'rankings file', proc);
  const rankings = await readRankings(opened, { encoding: flags.encoding ?? 'auto', delimiter: delimiterOf(flags.delimiter) });
  for (const notice of rankings.notices) proc.stderr.write(`note: ${notice}\n`);
  if (rankings.problems.length > 0) {
    const rejected = new Set(rankings.problems.filter((p) => p.line > 1).map((p) => p.line)).size;
    const summary = { file: rankings.fileName, rows: rankings.rows, accepted: rankings.rows - rejected, rejected, sha256: rankings.sha256 };
    printProblems(rankings.problems, [summary], proc.stderr, null);
    return EXIT.data;
  }
  const report = rankingsReport(rankings.stakeholders, { method: flags.method, balanceGroups: flags.balanceGroups === true });
  if (report === null) throw new Error('a rankings file without problems must have stakeholders');
  const document = weightsDocument(report, { file: rankings.fileName, rows: rankings.rows, sha256: rankings.sha256 });
  const text = await render({ document, view: weightsView }, format, renderOptions(flags, lang, proc));
  await writeResult(text, flags.output, { place: proc, stdout: proc.stdout, inputs: [file, configName] });
  if (flags.write) {
    const before = await readTextOrNull(configPath, configName);
    // Through a symbolic link the file it points to is written, the link stays (see writeFileSafely).
    const protect = await protectedFiles([file], proc);
    await writeFileSafely(configPath, withWeights(before, document.weights, configName), { label: `--write ${configName}`, name: configName, protect });
    const weights = document.order.map((key) => `${key} ${document.weights[key]}`).join(', ');
    proc.stderr.write(`wrote the weights to ${configName}${before === null ? ' (a new file)' : ''}: ${weights}\n`);
  }
  return EXIT.ok;
}
