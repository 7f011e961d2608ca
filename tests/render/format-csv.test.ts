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

  it('writes every ratio as a share: a percentage such as the recruiting cost ratio too', () => {
    const ratios: View = {
      ...view,
      tables: [{
        id: 'summary',
        rowKind: 'metric',
        title: null,
        columns: [{ key: 'kpi', label: 'KPI', align: 'left' }, { key: 'value', label: 'Value', align: 'right' }],
        rows: [
          { key: 'onTimeRate', cells: [text('On-time rate'), { text: '44.4%', value: 0.4444, unit: 'share' }] },
          // 8.5759 % = 0.085759; 5.9 % = 0.059 (5.9 / 100 in binary is 0.059000000000000004: written without the noise)
          { key: 'recruitingCostRatio', cells: [text('Recruiting cost ratio'), { text: '8.6%', value: 8.5759, unit: 'percent' }] },
          { key: 'other', cells: [text('Other'), { text: '5.9%', value: 5.9, unit: 'percent' }] },
          { key: 'none', cells: [text('–'), { text: '–', value: null, unit: 'percent' }] },
        ],
      }],
    };
    expect(renderCsv(ratios, { excel: false, wide: false }).split('\n')).toEqual([
      'section,group,metric,value,unit,note',
      'summary,,onTimeRate,0.4444,share,',
      'summary,,recruitingCostRatio,0.085759,share,',
      'summary,,other,0.059,share,',
      'summary,,none,,share,',
      '',
    ]);
    expect(renderCsv(ratios, { excel: false, wide: true }).split('\n')[2]).toBe('Recruiting cost ratio,0.085759');
  });
});
