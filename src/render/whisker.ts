import type { Whisker } from './view.js';

/** Cells a whisker is drawn in, in the terminal and in Markdown: odd, so no change sits in the middle. */
export const WHISKER_CELLS = 15;

/**
 * Where a whisker's parts fall on a scale from −m to +m around no change, m the largest of |change|,
 * |low| and |high|: `at(x)` maps x to 0 … `steps`, no change to steps / 2.
 *
 * @example whiskerScale({ change: 2, low: -1, high: 4 }, 14).at(4) // 14
 */
export function whiskerScale(whisker: Whisker, steps: number): { readonly at: (x: number) => number } {
  const reach = Math.max(Math.abs(whisker.change), Math.abs(whisker.low ?? 0), Math.abs(whisker.high ?? 0));
  const middle = steps / 2;
  return { at: (x) => (reach === 0 ? middle : middle + (x / reach) * middle) };
}

/**
 * A change with its interval as one line of text: ● the change, ├──┤ the interval, ┊ no change
 * (┼ where the interval crosses it). An interval that crosses no change is one the data cannot
 * tell from noise.
 *
 * @example whiskerText({ change: 2, low: -1, high: 4 }, 15) // '     ├─┼─●───┤' (no change at the middle)
 */
export function whiskerText(whisker: Whisker, width = WHISKER_CELLS): string {
  const middle = (width - 1) / 2;
  const scale = whiskerScale(whisker, width - 1);
  const cell = (x: number) => Math.round(scale.at(x));
  const cells = Array.from({ length: width }, () => ' ');
  cells[middle] = '┊';
  if (whisker.low !== null && whisker.high !== null) {
    const [from, to] = [cell(whisker.low), cell(whisker.high)];
    for (let i = from; i <= to; i++) cells[i] = i === middle ? '┼' : '─';
    cells[from] = from === to ? '┼' : '├';
    cells[to] = from === to ? '┼' : '┤';
  }
  cells[cell(whisker.change)] = '●';
  return cells.join('').trimEnd();
}
