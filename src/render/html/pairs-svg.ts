import type { PairsChart } from '../chart.js';
import { clipped, line, rect, svg, text, verdictClass } from './svg.js';
import { largest } from '../largest.js';

const WIDTH = 760;
const LABEL = 250;
const SPAN = 290;
const ROW = 34;
const TOP = 30;

/**
 * Per figure two bars on the figure's own scale from 0: the baseline in light grey, the current
 * value in its verdict's colour, each with its value written after it, and the verdict in words at
 * the end of the row (so the chart reads the same in black and white). Negative or missing values
 * get no bar.
 */
export function pairsSvg(chart: PairsChart): string {
  const [baselineLabel, currentLabel] = chart.legend;
  const body: string[] = [
    rect(LABEL, 6, 12, 12, { class: 'pair-baseline' }),
    text(LABEL + 18, 16, baselineLabel, { class: 'label' }),
    rect(LABEL + 130, 6, 12, 12, { class: 'pair-current v-changed' }),
    text(LABEL + 148, 16, currentLabel, { class: 'label' }),
  ];
  chart.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    if (i > 0) body.push(line(0, y, WIDTH, y, 'grid'));
    body.push(clipped(LABEL - 10, y + ROW / 2 + 4, row.label, 38, { class: 'label', 'text-anchor': 'end' }));
    const values = [row.baseline.value, row.current.value];
    const drawable = values.every((value) => value !== null && value >= 0);
    const max = largest(values.map((value) => value ?? 0));
    const sides = [
      { side: row.baseline, y: y + 5, className: 'pair-baseline' },
      { side: row.current, y: y + 18, className: `pair-current ${verdictClass(row.verdict)}` },
    ];
    for (const { side, y: top, className } of sides) {
      const length = drawable && max > 0 ? ((side.value ?? 0) / max) * SPAN : 0;
      if (drawable) body.push(rect(LABEL, top, length, 11, { class: className, 'data-value': side.value ?? 0 }));
      body.push(text(LABEL + length + 5, top + 9.5, side.text, { class: 'value small' }));
    }
    body.push(text(WIDTH - 4, y + ROW / 2 + 4, row.verdictText, { class: `verdict ${verdictClass(row.verdict)}`, 'text-anchor': 'end' }));
  });
  const height = TOP + chart.rows.length * ROW + 4;
  return svg(`chart-${chart.id}`, 'chart-svg pairs', WIDTH, height, chart.title, body);
}
