import Table from 'cli-table3';

/** A cli-table3 table whose colours follow the one colour decision (it colours headers otherwise). */
export function newTable(head: readonly string[], colour: boolean, aligns: readonly ('left' | 'right')[]): Table.Table {
  return new Table({
    head: [...head],
    // compact: a rule under the header only, not between body rows, so a long table fits a screen.
    style: { compact: true, head: colour ? ['cyan'] : [], border: colour ? ['grey'] : [] },
    colAligns: [...aligns],
  });
}
