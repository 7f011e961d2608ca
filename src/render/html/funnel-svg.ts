import type { FunnelChart } from '../chart.js';
import { largest } from '../largest.js';
import { clipped, rect, svg, text } from './svg.js';

const WIDTH = 400;
const LABEL = 96;
const VALUE = 92;
const BAR = 22;
const GAP = 18;
const TOP = 4;

/**
 * A funnel: one bar per stage centred on a common axis, its width the stage's count on the scale
 * of the largest (the applications), the count and share written after it; in the gap under a
 * bar the share that went on to the next stage.
 */
export function funnelSvg(chart: FunnelChart): string {
  const span = WIDTH - LABEL - VALUE;
  const centre = LABEL + span / 2;
  const max = largest(chart.stages.map((stage) => stage.count), 0);
  const body: string[] = [];
  chart.stages.forEach((stage, i) => {
    const y = TOP + i * (BAR + GAP);
    const width = max > 0 ? Math.max((stage.count / max) * span, stage.count > 0 ? 2 : 0) : 0;
    body.push(clipped(LABEL - 8, y + BAR / 2 + 4, stage.label, 14, { class: 'label', 'text-anchor': 'end' }));
    if (width > 0) body.push(rect(centre - width / 2, y, width, BAR, { class: `funnel-bar stage-${i}`, 'data-count': stage.count }, `${stage.label}: ${stage.text}`));
    body.push(text(LABEL + span + 6, y + BAR / 2 + 4, stage.text, { class: 'value small' }));
    if (stage.onward !== null) body.push(text(centre, y + BAR + GAP / 2 + 4, stage.onward, { class: 'onward', 'text-anchor': 'middle' }));
  });
  const height = TOP + chart.stages.length * (BAR + GAP) - GAP + 6;
  return svg(`chart-${chart.id}`, 'chart-svg funnel', WIDTH, height, chart.title, body);
}
