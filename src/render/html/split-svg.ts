import type { SplitChart } from '../chart.js';
import { rect, svg, text } from './svg.js';

const WIDTH = 400;
const BAR = 36;
const TOP = 22;
const LEGEND_ROW = 22;

/**
 * Parts of a whole as one bar of 100 %: each part a segment in its own shade (dark to light, so
 * they stay apart in black and white), its share written in it when it fits, and a legend of
 * amounts and shares under it. The caller shows `empty` when there are no parts.
 */
export function splitSvg(chart: SplitChart): string {
  const total = chart.parts.reduce((sum, part) => sum + part.value, 0);
  const body: string[] = [text(0, 14, chart.total, { class: 'value strong' })];
  let x = 0;
  chart.parts.forEach((part, i) => {
    const width = total > 0 ? (part.value / total) * WIDTH : 0;
    body.push(rect(x, TOP, width, BAR, { class: `split-part part-${i}`, 'data-value': part.value }, `${part.label}: ${part.text}`));
    if (width >= 44) body.push(text(x + width / 2, TOP + BAR / 2 + 4, part.share, { class: `in-bar part-${i}`, 'text-anchor': 'middle' }));
    x += width;
  });
  chart.parts.forEach((part, i) => {
    const y = TOP + BAR + 14 + i * LEGEND_ROW;
    body.push(rect(0, y, 12, 12, { class: `split-part part-${i}` }));
    body.push(text(18, y + 10, part.label, { class: 'label' }));
    body.push(text(WIDTH - 62, y + 10, part.text, { class: 'value', 'text-anchor': 'end' }));
    body.push(text(WIDTH, y + 10, part.share, { class: 'value', 'text-anchor': 'end' }));
  });
  const height = TOP + BAR + 14 + chart.parts.length * LEGEND_ROW;
  return svg(`chart-${chart.id}`, 'chart-svg split', WIDTH, height, chart.title, body);
}
