import { formatProblem, type Problem } from '../io/problem.js';
import type { InputSummary } from '../io/load-inputs.js';
import type { OutStream } from './proc.js';

/** How many problems are listed before the rest is only counted. */
export const PROBLEMS_LISTED = 50;

/**
 * Writes every rejected record to stderr (the first 50, then a count), a line per file with
 * rejections, and each distinct hint once.
 */
export function printProblems(
  problems: readonly Problem[],
  inputs: readonly InputSummary[],
  stderr: OutStream,
  extraHint: string | null,
): void {
  for (const problem of problems.slice(0, PROBLEMS_LISTED)) stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > PROBLEMS_LISTED) stderr.write(`… and ${problems.length - PROBLEMS_LISTED} more problems\n`);
  for (const input of inputs) {
    if (input.rejected > 0) stderr.write(`${input.file}: ${input.rejected} of ${input.rows} ${input.rows === 1 ? 'row' : 'rows'} rejected\n`);
  }
  const hints = new Set(problems.flatMap((problem) => (problem.hint ? [problem.hint] : [])));
  if (extraHint) hints.add(extraHint);
  for (const hint of hints) stderr.write(`hint: ${hint}\n`);
}
