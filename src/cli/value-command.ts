import { CONFIG_FILE } from '../config/load.js';
import { hasValueTargets } from '../core/value/value-block.js';
import { EXIT, type ExitCode, UsageError } from '../errors.js';
import type { InputSummary } from '../io/load-inputs.js';
import { openInput } from '../io/open-input.js';
import { readScores, type ScoresFile } from '../io/scores.js';
import { render } from '../render/renderers.js';
import { valueReportDocument } from '../render/value-report-document.js';
import { valueView } from '../render/value-view.js';
import { filesRead, type Setup, setUp } from './inputs.js';
import { writeResult } from './output.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { type ComputeFlags, documentFor, loadChecked } from './report-command.js';
import { asOfDay, exampleTargetsOnly, exampleTargetsText, periodOf, scalesOf } from './settings.js';

export interface ValueFlags extends ComputeFlags, OutputFlags {
  readonly period?: string;
  readonly scores?: string;
}

const TARGETS_HINT =
  'set "targets" in the config, e.g. {"targets": {"qualityOfHire": 0.8, "onTimeRate": 0.6, "costPerHire": 4000}}; ' +
  'see "The value model" in the README';

/** The scores file, read with the run's settings; null (after listing the problems) when it is refused. */
async function scoresOf(path: string, setup: Setup, proc: Proc): Promise<ScoresFile | null> {
  const table = setup.settings.table;
  const file = await readScores(await openInput(path, '--scores', proc), {
    encoding: table.encoding,
    delimiter: table.delimiter,
    decimal: table.decimal ?? table.decimalFallback,
    currency: table.currency,
    satisfaction: scalesOf(setup.config).satisfaction,
  });
  for (const notice of file.notices) proc.stderr.write(`note: ${notice}\n`);
  if (file.problems.length === 0) return file;
  const rejected = new Set(file.problems.filter((p) => p.line > 1).map((p) => p.line)).size;
  const summary: InputSummary = { file: file.fileName, rows: file.rows, accepted: file.rows - rejected, rejected, sha256: file.sha256 };
  printProblems(file.problems, [summary], proc.stderr, null);
  return null;
}

/** `rkpi value`: the report's KPIs against the config's targets, weighted into one value. */
export async function valueCommand(hires: string | undefined, flags: ValueFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  const period = periodOf(flags.period);
  asOfDay(flags.asOf); // a bad --as-of fails before any file is read
  const setup = await setUp(hires, flags, proc);
  if (!hasValueTargets(setup.config.targets)) {
    const name = flags.config ?? (flags.demo ? 'the demo config' : CONFIG_FILE);
    const examples = exampleTargetsText(name);
    const hint = exampleTargetsOnly(setup.config) ? `${examples.fact}: ${examples.todo}` : TARGETS_HINT;
    throw new UsageError(`no targets configured: rkpi value measures the six areas against the targets in ${name}`, hint);
  }
  const scores = flags.scores === undefined ? null : await scoresOf(flags.scores, setup, proc);
  if (flags.scores !== undefined && scores === null) return EXIT.data;
  const checked = await loadChecked(setup, flags, proc);
  if (checked === null) return EXIT.data;
  const report = documentFor(checked, period, flags, proc, scores?.scores ?? {});
  if (report.value === null) throw new Error('a config with targets must give the report a value block');
  for (const warning of report.warnings) proc.stderr.write(`warning: ${warning}\n`);
  const summary: InputSummary | null =
    scores === null ? null : { file: scores.fileName, rows: scores.rows, accepted: scores.rows, rejected: 0, sha256: scores.sha256 };
  const document = valueReportDocument(report, report.value, summary);
  const text = await render({ document, view: valueView }, format, renderOptions(flags, checked.setup.lang, proc));
  const inputs = [...filesRead(checked.setup), ...(flags.scores === undefined ? [] : [flags.scores])];
  await writeResult(text, flags.output, { place: proc, stdout: proc.stdout, inputs });
  return EXIT.ok;
}
