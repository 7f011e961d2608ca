import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/format-csv.js';
import { text, type View } from '../../src/render/view.js';

const view: View = {
  kind: 'report',
  title: 'test',
  lines: [],
  notes: [],
  tables: [
    {
      id: 'groups',
      rowKind: 'group',
      title: null,
      columns: [
        { key: 'group', label: 'department', align: 'left' },
        { key: 'costs.total', label: 'Total cost', align: 'right' },
      ],
      rows: [
        { key: '=HYPERLINK("x")', cells: [text('=HYPERLINK("x")'), { text: '€ -250,50', value: -250.5, unit: 'EUR' }] },
        { key: '+31 71', cells: [text('+31 71'), { text: '–', value: null, unit: 'EUR', note: 'no costs file' }] },
        { key: '@SUM', cells: [text('@SUM'), { text: '€ 1.234,56', value: 1234.56, unit: 'EUR' }] },
        { key: '\tTab', cells: [text('\tTab'), { text: '0', value: 0, unit: 'EUR' }] },
        { key: '-dash', cells: [text('-dash'), { text: '7', value: 7, unit: 'EUR' }] },
      ],
    },
  ],
};

describe('renderCsv', () => {
  it('writes one row per figure with the reason of an empty value, neutralising text that Excel would run', () => {
    expect(renderCsv(view, { excel: false, wide: false })).toBe(
      [
        'section,group,metric,value,unit,note',
        `groups,"'=HYPERLINK(""x"")",costs.total,-250.5,EUR,`,
        "groups,'+31 71,costs.total,,EUR,no costs file",
        "groups,'@SUM,costs.total,1234.56,EUR,",
        "groups,'\tTab,costs.total,0,EUR,",
        "groups,'-dash,costs.total,7,EUR,",
        '',
      ].join('\n'),
    );
  });

  it('writes the group table wide for Dutch Excel: BOM, semicolons, decimal comma, CRLF', () => {
    expect(renderCsv(view, { excel: true, wide: true })).toBe(
      [
        '\uFEFFdepartment;Total cost',
        `"'=HYPERLINK(""x"")";-250,5`,
        "'+31 71;",
        "'@SUM;1234,56",
        "'\tTab;0",
        "'-dash;7",
        '',
      ].join('\r\n'),
    );
  });
});
