import type { z } from 'zod';
import { isoOfDay } from '../core/day.js';
import type { Cost, Hire, HoursEntry } from '../core/types.js';
import { COLUMNS, type FileKind } from './columns.js';
import type { Problem } from './problem.js';
import { costSchema, hireSchema, hoursSchema, type RecordSettings } from './record-schemas.js';
import type { DraftRow, Table } from './read-table.js';

/** Record field → canonical column, per file. */
const FIELDS: Readonly<Record<FileKind, Readonly<Record<string, string>>>> = {
  hires: {
    hireId: 'hire_id',
    vacancyOpened: 'vacancy_opened',
    applicationDate: 'application_date',
    offerAccepted: 'offer_accepted',
    startDate: 'start_date',
    neededBy: 'needed_by',
    performanceRating: 'performance_rating',
    probationPassed: 'probation_passed',
    leftDate: 'left_date',
    managerSatisfaction: 'manager_satisfaction',
    candidateSatisfaction: 'candidate_satisfaction',
    salary: 'salary',
  },
  costs: { date: 'date', amount: 'amount', type: 'type', category: 'category' },
  hours: { date: 'date', hours: 'hours', role: 'role', rate: 'rate', person: 'person' },
};

/** Defaults for optional enum columns left empty. */
const DEFAULTS: Readonly<Record<string, unknown>> = { type: 'external', role: 'other' };

const HINTS: Readonly<Record<string, string>> = {
  performance_rating: 'check the rating, or set "scales": {"performance": {"min": …, "max": …}} in the config',
  manager_satisfaction: 'check the score, or set "scales": {"satisfaction": {"min": …, "max": …}} in the config',
  candidate_satisfaction: 'check the score, or set "scales": {"satisfaction": {"min": …, "max": …}} in the config',
  role: 'add a rate column to the hours file, or set "rates": {"<role>": <amount per hour>} in the config',
  hire_id: 'give every hire its own id, or remove the repeated row',
};
const DATE_ORDER_HINT = 'check the dates of this row; they must follow vacancy_opened ≤ application ≤ offer ≤ start';

function inputOf(draft: DraftRow, fields: Readonly<Record<string, string>>): Record<string, unknown> {
  const input: Record<string, unknown> = { line: draft.line, dims: draft.dims };
  for (const [field, column] of Object.entries(fields)) input[field] = draft.values.get(column) ?? DEFAULTS[field] ?? null;
  return input;
}

function display(kind: FileKind, column: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const type = COLUMNS[kind].find((spec) => spec.name === column)?.type;
  if (type === 'date' && typeof value === 'number') return isoOfDay(value);
  if (type === 'money' && typeof value === 'number') return (value / 100).toFixed(2);
  return String(value);
}

/**
 * Validates a table's drafts into typed records with zod. Every draft either becomes a record or
 * adds a problem naming the file, line, column and value; duplicate hire ids after the first are
 * rejected.
 */
function validate<T>(table: Table, schema: z.ZodType<T>): { records: T[]; problems: Problem[] } {
  const fields = FIELDS[table.kind];
  const records: T[] = [];
  const problems: Problem[] = [...table.problems];
  for (const draft of table.drafts) {
    const input = inputOf(draft, fields);
    const result = schema.safeParse(input);
    if (result.success) {
      records.push(result.data);
      continue;
    }
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = fields[field] ?? field;
      if (seen.has(column)) continue;
      seen.add(column);
      problems.push({
        file: table.fileName,
        line: draft.line,
        column: table.headers.get(column) ?? column,
        value: display(table.kind, column, input[field]),
        reason: issue.message,
        hint: HINTS[column] ?? (column.endsWith('date') || column === 'offer_accepted' ? DATE_ORDER_HINT : undefined),
      });
    }
  }
  return { records, problems };
}

function rejectDuplicateIds(table: Table, hires: Hire[], problems: Problem[]): Hire[] {
  const firstLine = new Map<string, number>();
  return hires.filter((hire) => {
    if (hire.hireId === null) return true;
    const first = firstLine.get(hire.hireId);
    if (first === undefined) {
      firstLine.set(hire.hireId, hire.line);
      return true;
    }
    problems.push({
      file: table.fileName,
      line: hire.line,
      column: table.headers.get('hire_id') ?? 'hire_id',
      value: hire.hireId,
      reason: `duplicate hire id (first on line ${first})`,
      hint: HINTS.hire_id,
    });
    return false;
  });
}

export interface Validated<T> {
  readonly records: readonly T[];
  readonly problems: readonly Problem[];
}

const byLine = (a: Problem, b: Problem): number => a.line - b.line;

export function hiresOf(table: Table, settings: RecordSettings): Validated<Hire> {
  const { records, problems } = validate<Hire>(table, hireSchema(settings));
  const unique = rejectDuplicateIds(table, records, problems);
  return { records: unique, problems: problems.sort(byLine) };
}

export function costsOf(table: Table): Validated<Cost> {
  const { records, problems } = validate<Cost>(table, costSchema);
  return { records, problems: problems.sort(byLine) };
}

export function hoursOf(table: Table, settings: RecordSettings): Validated<HoursEntry> {
  const { records, problems } = validate<HoursEntry>(table, hoursSchema(settings));
  return { records, problems: problems.sort(byLine) };
}
