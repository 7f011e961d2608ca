/**
 * The performance rating column (SPEC §2.2): a number on the performance scale, or a label that
 * the config's `scales.performance.labels` maps to one (`"Exceeds": 4`), as HRIS exports write it.
 */
import type { CellResult } from './cell-token.js';
import type { ColumnDecision, TypedColumn } from './cell-readers.js';
import { normaliseHeader } from './columns.js';
import { memo } from './memo.js';
import { shorten } from './problem.js';

/** A label as it is looked up: compared the way headers are (`Fully Meets` is `fully_meets`). */
export const labelKey = normaliseHeader;

/** How many of the labels a column holds the hint lists before it only counts them. */
const LABELS_LISTED = 12;

/**
 * The hint for a column of labels the config does not map: every such label, and the mapping to
 * add with a number of the scale for each.
 *
 * @example labelsHint(['Exceeds', 'PIP'])
 * // 'the column holds the labels "Exceeds", "PIP": give each its number on the performance scale in rkpi.config.json: "scales": {"performance": {"min": …, "max": …, "labels": {"Exceeds": <number>, "PIP": <number>}}}'
 */
export function labelsHint(labels: readonly string[]): string {
  const listed = labels.slice(0, LABELS_LISTED).map((label) => `"${shorten(label)}"`);
  const more = labels.length > LABELS_LISTED ? ` and ${labels.length - LABELS_LISTED} more` : '';
  const mapping = listed.map((label) => `${label}: <number>`).join(', ');
  return (
    `the column holds the label${labels.length === 1 ? '' : 's'} ${listed.join(', ')}${more}: give each its number on the performance ` +
    `scale in rkpi.config.json: "scales": {"performance": {"min": …, "max": …, "labels": {${mapping}${more === '' ? '' : ', …'}}}}`
  );
}

/**
 * Reads ratings: a mapped label is its number; other text that is no number is a label the
 * config does not map, and its row is rejected once the column is read, with a hint that lists
 * every such label (labelsHint); numbers are read (and their decimal mark sniffed) by `numbers`.
 */
export function ratingColumn(numbers: TypedColumn, labels: ReadonlyMap<string, number>): TypedColumn {
  const labelled = memo((text: string): number | null => labels.get(labelKey(text)) ?? null);
  const unmapped = new Map<number, string>();
  const none: CellResult<unknown> = { ok: true, value: null };
  return {
    // Without labels every cell is read as a number.
    quick: labels.size === 0 ? numbers.quick : undefined,
    read: (text, row, line) => {
      const value = labelled(text);
      if (value !== null) return { ok: true, value };
      const result = numbers.read(text, row, line);
      // Text with a letter that reads as no number is a label; it is refused with the others at the end.
      if (result.ok || !/\p{L}/u.test(text)) return result;
      unmapped.set(row, text);
      return none;
    },
    decide: (column): ColumnDecision => {
      const decision = numbers.decide?.(column) ?? { corrections: new Map(), refusals: new Map(), notes: [] };
      if (unmapped.size === 0) return decision;
      const hint = labelsHint([...new Set(unmapped.values())]);
      const refusals = new Map(decision.refusals);
      for (const [row, text] of unmapped) {
        refusals.set(row, { reason: 'a label that scales.performance.labels does not map to a number', text, hint });
      }
      return { ...decision, refusals };
    },
  };
}
