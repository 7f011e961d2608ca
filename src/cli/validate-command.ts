import { EXIT, type ExitCode } from '../errors.js';
import { type InputSummary, summary, validateTable } from '../io/load-inputs.js';
import { openInput } from '../io/open-input.js';
import type { Problem } from '../io/problem.js';
import type { TableKind } from '../io/columns.js';
import { readTable } from '../io/read-table.js';
import { type FileFlags, readSettings, refuseStdinTwice } from './inputs.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';

/** How the line per file names what the file was read as. */
const KIND_LABEL: Readonly<Record<TableKind, string>> = {
  hires: 'hires file',
  costs: 'costs file',
  hours: 'hours file',
  applications: 'applications file',
  stageHistory: 'applications file (a row per stage)',
};

/**
 * `rkpi validate FILES…`: reads each file (its kind told from its header), prints a line per
 * file on stdout and every problem on stderr, and computes nothing. Exit 1 when a row is rejected.
 */
export async function validateCommand(files: readonly string[], flags: FileFlags, proc: Proc): Promise<ExitCode> {
  refuseStdinTwice(files);
  const { settings } = await readSettings({ ...flags, demo: false }, proc);
  const problems: Problem[] = [];
  const summaries: InputSummary[] = [];
  for (const file of files) {
    const opened = await openInput(file, 'validate', proc);
    const table = await readTable({ ...opened, kind: null }, settings.table);
    const validated = validateTable(table, settings.record);
    const result = summary(table, validated);
    summaries.push(result);
    for (const problem of validated.problems) problems.push(problem);
    for (const notice of [...table.notices, ...(validated.notices ?? [])]) proc.stderr.write(`note: ${notice}\n`);
    const verdict = result.rejected === 0 ? 'all valid' : `${result.rejected} rejected`;
    proc.stdout.write(`${result.file}: ${KIND_LABEL[table.kind]}, ${result.rows} ${result.rows === 1 ? 'row' : 'rows'}, ${verdict}\n`);
  }
  if (problems.length === 0) return EXIT.ok;
  printProblems(problems, summaries, proc.stderr, null);
  return EXIT.data;
}
