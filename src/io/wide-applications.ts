import { type Application, OUTCOMES, type Outcome } from '../core/process/application.js';
import { MOMENT_FIELDS, type MomentField } from './application-checks.js';
import { type ApplicationColumns, applicationList, checkApplications } from './application-records.js';
import { memo } from './memo.js';
import { momentText } from './parse-moment.js';
import type { Problem } from './problem.js';
import { draftRows, type Table } from './read-table.js';
import { type IdColumn, type Validated, withoutDuplicateIds } from './records.js';
import { ChoiceColumn, type Column } from './table-columns.js';
import { normaliseWord, unknownWordsHint } from './word-mapping.js';

const APPLICATION_ID: IdColumn = {
  column: 'application_id',
  what: 'application id',
  hint: 'give every application its own id, or remove the repeated row',
};

const byLine = (a: Problem, b: Problem): number => a.line - b.line;

/**
 * The outcome of every row's status word (SPEC §2.6), by the built-in words and the config's
 * `statuses`. A word neither knows rejects its row; the hint names every such word of the file
 * and the mapping to add, so one run shows the whole mapping to write.
 */
function outcomesOf(table: Table, drafts: Int32Array, statuses: ReadonlyMap<string, Outcome>, problems: Problem[]): { column: Column<Outcome> | null; refused: Set<number> } {
  const words = table.columns.get('status') as Column<string> | undefined;
  const refused = new Set<number>();
  if (words === undefined) return { column: null, refused };
  const column = new ChoiceColumn<Outcome>();
  for (let row = 0; row < table.rows; row += 1) column.push(null);
  const unknown = new Map<string, number[]>();
  // A few words repeat down the column: each is normalised and looked up once (normaliseWord per
  // row was a twentieth of the checks of a large file). null: no outcome.
  const outcomeOfWord = memo((word: string): Outcome | null => statuses.get(normaliseWord(word)) ?? null);
  // By index: an iterator over the rows made a result object per row.
  for (let at = 0; at < drafts.length; at += 1) {
    const row = drafts[at] as number;
    const word = words.get(row);
    if (word === null) continue;
    const outcome = outcomeOfWord(word);
    if (outcome !== null) column.set(row, outcome);
    else if (unknown.has(word)) unknown.get(word)?.push(row);
    else unknown.set(word, [row]);
  }
  const hint = unknownWordsHint('statuses', OUTCOMES, [...unknown.keys()]);
  const header = table.headers.get('status') ?? 'status';
  for (const [word, rows] of unknown) {
    for (const row of rows) {
      refused.add(row);
      problems.push({ file: table.fileName, line: table.lines.get(row) ?? 0, column: header, value: word, reason: 'not a status rkpi knows', hint });
    }
  }
  return { column, refused };
}

/**
 * The applications of a file with one row per application (SPEC §2.6): statuses mapped onto
 * outcomes, the record checks, and the repeats of an application id rejected. The records read
 * from the table's own columns.
 */
export function wideApplications(table: Table, statuses: ReadonlyMap<string, Outcome>): Validated<Application> {
  const drafts = draftRows(table);
  const problems: Problem[] = [...table.problems];
  const status = outcomesOf(table, drafts, statuses, problems);
  const moments = new Map<MomentField, Column<number>>();
  for (const field of MOMENT_FIELDS) {
    const column = table.columns.get(field) as Column<number> | undefined;
    if (column !== undefined) moments.set(field, column);
  }
  const columns: ApplicationColumns = {
    lines: table.lines,
    applicationId: (table.columns.get('application_id') as Column<string> | undefined) ?? null,
    candidateId: (table.columns.get('candidate_id') as Column<string> | undefined) ?? null,
    moments,
    status: status.column,
    vacancyOpened: (table.columns.get('vacancy_opened') as Column<number> | undefined) ?? null,
    dimensions: table.dimensions,
  };
  const rawStatus = table.columns.get('status') as Column<string> | undefined;
  const checked = checkApplications(columns, status.refused.size === 0 ? drafts : drafts.filter((row) => !status.refused.has(row)), table.fileName, (row, field) => {
    const line = table.lines.get(row) ?? 0;
    const column = table.headers.get(field) ?? field;
    if (field === 'status') return { line, column, value: rawStatus?.get(row) ?? null };
    if (field === 'vacancy_opened') return { line, column, value: null };
    const packed = moments.get(field)?.get(row) ?? null;
    return { line, column, value: packed === null ? null : momentText(packed) };
  });
  for (const problem of checked.problems) problems.push(problem);
  const unique = withoutDuplicateIds(table, checked.accepted, problems, APPLICATION_ID);
  return { records: applicationList(columns, unique), problems: problems.sort(byLine) };
}
