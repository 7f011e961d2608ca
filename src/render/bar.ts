const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** Cells a bar in a table is drawn in, in the terminal and in Markdown. */
export const BAR_CELLS = 8;

/**
 * A horizontal bar of `width` cells for `value` on a scale of 0..`max`, in eighths of a cell.
 *
 * @example bar(5, 10, 4) // '██'
 * @example bar(1, 8, 1) // '▏'
 */
export function bar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
