import type { ViewCell } from './view.js';

type ByFigure = Readonly<Record<string, string>>;

/** A document's reasons (why a figure is null) and notes (what a figure with a value leaves out). */
export interface Explanations {
  readonly reasons: ByFigure;
  readonly notes: ByFigure;
}

/**
 * Why a figure has no value: under its own key, else under its KPI's (`timeToFill.median` →
 * `timeToFill`), as the core keys them.
 *
 * @example reasonFor({ timeToFill: 'no hires in the period' }, 'timeToFill.median') // 'no hires in the period'
 */
export function reasonFor(reasons: ByFigure, key: string): string | undefined {
  return reasons[key] ?? reasons[key.split('.')[0] ?? key];
}

/**
 * A figure cell with the sentence a format prints beside its value (CSV's `note` column): the
 * reason when the value is null, else the note on what it leaves out, in the view's words.
 */
export function explained(cell: ViewCell, key: string, why: Explanations, say: (sentence: string) => string): ViewCell {
  if (cell.value === undefined) return cell;
  const sentence = cell.value === null ? reasonFor(why.reasons, key) : why.notes[key];
  return sentence === undefined ? cell : { ...cell, note: say(sentence) };
}

/**
 * Lines `– Label; Label: sentence`, one per distinct sentence in the order first met, so a file
 * that is missing is said once for all the figures it leaves without a value. Labels are joined
 * with semicolons, as some hold a comma (`Cost per hire, comparable`).
 *
 * @example explanationLines({ 'costs.total': 'no costs file', costPerHire: 'no costs file' }, (key) => key, (s) => s)
 * // ['– costs.total; costPerHire: no costs file']
 */
export function explanationLines(byFigure: ByFigure, label: (key: string) => string, say: (sentence: string) => string): string[] {
  const figures = new Map<string, string[]>();
  for (const [key, sentence] of Object.entries(byFigure)) figures.set(sentence, [...(figures.get(sentence) ?? []), label(key)]);
  return [...figures].map(([sentence, labels]) => `– ${labels.join('; ')}: ${say(sentence)}`);
}
