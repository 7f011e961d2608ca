import type { TargetsChart } from '../chart.js';
import { clipped, line, rect, svg, text, verdictClass } from './svg.js';
import { largest } from '../largest.js';

const WIDTH = 760;
const LABEL = 250;
const VALUE = 150;
const ROW = 32;
const TOP = 24;

/**
 * Per area its index (actual / target) as a bar from 0 against a dashed target line at 1, the
 * on-target band shaded where the area has one; the bar takes the verdict's colour, the weight is
 * written under the area's name and the index in a column on the right. The scale runs to 1.5 or the largest index, whichever is more.
 */
export function targetsSvg(chart: TargetsChart): string {
  const top = largest(chart.rows.map((row) => row.index ?? 0), 1.5);
  const span = WIDTH - LABEL - VALUE;
  const x = (index: number) => LABEL + (index / top) * span;
  const bottom = TOP + chart.rows.length * ROW;
  const body: string[] = [];
  chart.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    if (row.band !== null) body.push(rect(x(row.band[0]), y + 3, x(row.band[1]) - x(row.band[0]), ROW - 6, { class: 'band' }));
    body.push(clipped(LABEL - 10, y + 14, row.label, 38, { class: 'label', 'text-anchor': 'end' }));
    body.push(text(LABEL - 10, y + 27, row.weight, { class: 'tick', 'text-anchor': 'end' }));
    const length = row.index === null ? 0 : x(Math.max(0, row.index)) - LABEL;
    if (row.index !== null) body.push(rect(LABEL, y + 9, length, ROW - 18, { class: `target-bar ${verdictClass(row.verdict)}`, 'data-value': row.index }));
    // in a column of their own, so no text crosses the target line
    body.push(text(WIDTH - VALUE + 16, y + 20, row.text, { class: `value ${verdictClass(row.verdict)}` }));
  });
  body.push(line(LABEL, TOP, LABEL, bottom, 'axis'));
  body.push(line(x(1), TOP - 6, x(1), bottom, 'marker'));
  body.push(text(x(1), TOP - 10, chart.targetLabel, { class: 'marker-label', 'text-anchor': 'middle' }));
  body.push(text(LABEL, bottom + 14, '0', { class: 'tick', 'text-anchor': 'middle' }));
  body.push(text(x(1), bottom + 14, '1', { class: 'tick', 'text-anchor': 'middle' }));
  return svg(`chart-${chart.id}`, 'chart-svg targets', WIDTH, bottom + 20, chart.title, body);
}
