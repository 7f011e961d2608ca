import type { BarsChart } from '../chart.js';
import { clipped, line, rect, svg, text } from './svg.js';
import { largest } from '../largest.js';

const WIDTH = 400;
const LABEL = 124;
const VALUE = 84;
const ROW = 24;
const TOP = 6;

/**
 * One horizontal bar per row from a common 0, longest = largest value, the value written after
 * each bar; a row without a value shows its text ("–") and no bar. The axis is titled under it.
 */
export function barsSvg(chart: BarsChart): string {
  const max = largest(chart.bars.map((bar) => bar.value ?? 0), 0);
  const span = WIDTH - LABEL - VALUE;
  const height = TOP + chart.bars.length * ROW + 24;
  const body: string[] = [];
  chart.bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    body.push(clipped(LABEL - 8, y + 15, bar.label, 18, { class: 'label', 'text-anchor': 'end' }));
    const length = bar.value !== null && bar.value > 0 && max > 0 ? (bar.value / max) * span : 0;
    if (length > 0) body.push(rect(LABEL, y + 4, length, ROW - 8, { class: 'hbar', 'data-value': bar.value ?? 0 }, `${bar.label}: ${bar.text}`));
    body.push(text(LABEL + length + 5, y + 15, bar.text, { class: 'value' }));
  });
  const bottom = TOP + chart.bars.length * ROW;
  body.push(line(LABEL, TOP, LABEL, bottom, 'axis'));
  body.push(text(LABEL, bottom + 14, '0', { class: 'tick', 'text-anchor': 'middle' }));
  body.push(text(LABEL + span / 2, bottom + 16, chart.valueLabel, { class: 'axis-title', 'text-anchor': 'middle' }));
  return svg(`chart-${chart.id}`, 'chart-svg bars', WIDTH, height, chart.title, body);
}
