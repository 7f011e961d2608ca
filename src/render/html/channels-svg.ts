import type { ChannelsChart } from '../chart.js';
import { largest } from '../largest.js';
import { clipped, line, rect, svg, text } from './svg.js';

const WIDTH = 760;
const LABEL = 180;
const PANEL = 280;
const GUTTER = 15;
const ROW = 26;
const TOP = 26;

type Side = ChannelsChart['rows'][number]['cost'];

/**
 * Per channel, two bars side by side, each panel on its own scale from 0: cost per hire on the
 * left, time to hire on the right, the value written after each bar; a channel without a value
 * shows its text ("–") and no bar. A cheap channel that is slow reads as a short bar beside a long one.
 */
export function channelsSvg(chart: ChannelsChart): string {
  const [costLabel, timeLabel] = chart.legend;
  const panels = [
    { x: LABEL, label: costLabel, className: 'channel-cost', side: (row: ChannelsChart['rows'][number]): Side => row.cost },
    { x: LABEL + PANEL + GUTTER, label: timeLabel, className: 'channel-time', side: (row: ChannelsChart['rows'][number]): Side => row.time },
  ];
  const body: string[] = [];
  const bottom = TOP + chart.rows.length * ROW;
  for (const panel of panels) {
    const max = largest(chart.rows.map((row) => panel.side(row).value ?? 0), 0);
    const span = PANEL - 86;
    body.push(text(panel.x, 14, panel.label, { class: 'axis-title' }));
    body.push(line(panel.x, TOP, panel.x, bottom, 'axis'));
    chart.rows.forEach((row, i) => {
      const y = TOP + i * ROW;
      const side = panel.side(row);
      const length = side.value !== null && side.value > 0 && max > 0 ? (side.value / max) * span : 0;
      if (length > 0) body.push(rect(panel.x, y + 5, length, ROW - 10, { class: panel.className, 'data-value': side.value ?? 0 }, `${row.label}: ${side.text}`));
      body.push(text(panel.x + length + 5, y + ROW / 2 + 4, side.text, { class: 'value small' }));
    });
  }
  chart.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    if (i > 0) body.push(line(0, y, WIDTH, y, 'grid'));
    body.push(clipped(LABEL - 8, y + ROW / 2 + 4, row.label, 27, { class: 'label', 'text-anchor': 'end' }));
  });
  return svg(`chart-${chart.id}`, 'chart-svg channels', WIDTH, bottom + 6, chart.title, body);
}
