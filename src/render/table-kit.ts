import Table from 'cli-table3';

/** No rule between body rows: a long table stays readable on one screen. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** A cli-table3 table whose colours follow the one colour decision (it colours headers otherwise). */
export function newTable(head: readonly string[], colour: boolean, aligns: readonly ('left' | 'right')[]): Table.Table {
  return new Table({
    head: [...head],
    chars: COMPACT,
    style: { head: colour ? ['cyan'] : [], border: colour ? ['grey'] : [] },
    colAligns: [...aligns],
  });
}
