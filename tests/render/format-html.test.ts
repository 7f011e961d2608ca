import { describe, expect, it } from 'vitest';
import type { ViewChart } from '../../src/render/chart.js';
import { renderHtml } from '../../src/render/format-html.js';
import { escapeHtml } from '../../src/render/html/escape.js';
import { niceTicks } from '../../src/render/html/svg.js';
import { text, type View } from '../../src/render/view.js';

const EVIL = `<script>alert(1)</script>`;
const QUOTES = `"&'`;

const charts: ViewChart[] = [
  { kind: 'tiles', id: 'tiles', title: EVIL, subtitle: null, width: 'full', tiles: [{ key: EVIL, label: EVIL, text: QUOTES, detail: EVIL }] },
  {
    kind: 'histogram', id: 'fill', title: EVIL, subtitle: QUOTES, width: 'full', xLabel: EVIL, yLabel: QUOTES, empty: EVIL,
    bins: [
      { label: '0–9', from: 0, to: 9, count: 0 },
      { label: '10–19', from: 10, to: 19, count: 3 },
      { label: EVIL, from: 20, to: null, count: 1 },
    ],
    marker: { value: 12, label: QUOTES },
  },
  { kind: 'split', id: 'split', title: EVIL, subtitle: null, width: 'half', total: EVIL, empty: EVIL, parts: [{ key: 'a', label: EVIL, value: 1, text: QUOTES, share: '100%' }] },
  { kind: 'bars', id: 'bars', title: EVIL, subtitle: null, width: 'half', valueLabel: EVIL, bars: [{ key: EVIL, label: EVIL, value: 2, text: QUOTES }] },
  {
    kind: 'pairs', id: 'pairs', title: EVIL, subtitle: null, width: 'full', legend: [EVIL, QUOTES],
    rows: [{ key: EVIL, label: EVIL, baseline: { value: 1, text: EVIL }, current: { value: 2, text: QUOTES }, verdict: 'worse', verdictText: EVIL }],
  },
  {
    kind: 'targets', id: 'targets', title: EVIL, subtitle: null, width: 'full', targetLabel: EVIL,
    rows: [{ key: EVIL, label: EVIL, weight: QUOTES, index: 0.8, text: EVIL, band: [0.9, 1.1], verdict: 'worse' }],
  },
];

/** A view with the dangerous texts in every place a text can go. */
const view: View = {
  kind: 'report',
  title: EVIL,
  lines: [QUOTES],
  tables: [
    {
      id: 'groups',
      rowKind: 'group',
      title: EVIL,
      columns: [
        { key: 'group', label: EVIL, align: 'left' },
        { key: 'bars', label: QUOTES, align: 'left' },
      ],
      rows: [{ key: QUOTES, cells: [text(EVIL), { text: EVIL, bars: [{ value: 1, max: 2, emphasis: true }], verdict: 'better' }] }],
      footer: `${EVIL}\n${QUOTES}`,
    },
  ],
  notes: [[EVIL, QUOTES]],
  charts,
};

describe('escapeHtml', () => {
  it('writes & < > " and \' as entities', () => {
    expect(escapeHtml(`<b title="x">Tom & Jerry's</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(view, { lang: 'en', charts: true });

  it('escapes every text of the view: title, lines, tables, charts and notes', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain(QUOTES);
    // title (twice), lines, table caption, column, cell, footer, notes and every chart's texts
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length - 1).toBeGreaterThanOrEqual(20);
    expect(html).toContain('&quot;&amp;&#39;');
  });

  it('is one self-contained page: charset, language, no script, link, font, image or URL of any kind', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    for (const outside of ['<script', '<link', '<img', '<iframe', 'src=', 'href=', 'url(', '@import', '@font-face', '://']) {
      expect(html).not.toContain(outside);
    }
  });

  it('takes the page language from --lang', () => {
    expect(renderHtml(view, { lang: 'nl', charts: true })).toMatch(/<html lang="nl">/);
  });

  it('draws one column per non-empty bin, with its count on it, and the marker', () => {
    expect(html.match(/class="hist-bar"/g)).toHaveLength(2);
    expect(html).toContain('data-count="3"');
    expect(html).toContain('class="marker"');
  });

  it('leaves out the charts and the bars in tables with --no-chart, keeping the tiles', () => {
    const plain = renderHtml(view, { lang: 'en', charts: false });
    expect(plain).toContain('class="tiles');
    expect(plain).not.toContain('<figure');
    expect(plain).not.toContain('class="cell-bars"');
  });

  it('says why a chart is empty instead of drawing axes without data', () => {
    const empty = renderHtml({ ...view, charts: [{ ...charts[1], bins: [] } as ViewChart] }, { lang: 'en', charts: true });
    expect(empty).toContain('<p class="empty">');
    expect(empty).not.toContain('class="hist-bar"');
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten up to at least the largest value', () => {
    expect(niceTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(20, 4, 1)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(2, 4, 1)).toEqual([0, 1, 2]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
