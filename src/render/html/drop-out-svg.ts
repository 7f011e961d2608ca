import type { DropOutChart } from '../chart.js';
import { line, rect, svg, text } from './svg.js';

const WIDTH = 400;
const HEIGHT = 244;
const TOP = 24;
const BOTTOM = 56;
const LEFT = 46;
const RIGHT = 12;

/**
 * Per bucket of the longest wait a column of the share that withdrew, on a fixed 0–100 % axis so
 * that buckets (and pages) compare; the share on top and the count it rests on under the bucket's
 * label. An empty bucket keeps its place and shows "–".
 */
export function dropOutSvg(chart: DropOutChart): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (share: number) => TOP + (1 - share) * plotHeight;
  const band = plotWidth / Math.max(chart.buckets.length, 1);
  const body: string[] = [];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    body.push(line(LEFT, y(share), WIDTH - RIGHT, y(share), share === 0 ? 'axis' : 'grid'));
    body.push(text(LEFT - 6, y(share) + 4, `${share * 100}%`, { class: 'tick', 'text-anchor': 'end' }));
  }
  chart.buckets.forEach((bucket, i) => {
    const x = LEFT + i * band;
    const share = bucket.share ?? 0;
    if (share > 0) body.push(rect(x + band * 0.18, y(share), band * 0.64, y(0) - y(share), { class: 'drop-out-bar', 'data-share': share }, `${bucket.label}: ${bucket.text} (${bucket.detail})`));
    body.push(text(x + band / 2, y(share) - 5, bucket.text, { class: 'value', 'text-anchor': 'middle' }));
    body.push(text(x + band / 2, TOP + plotHeight + 15, bucket.label, { class: 'tick', 'text-anchor': 'middle' }));
    body.push(text(x + band / 2, TOP + plotHeight + 29, bucket.detail, { class: 'tick', 'text-anchor': 'middle' }));
  });
  body.push(text(LEFT + plotWidth / 2, HEIGHT - 6, chart.xLabel, { class: 'axis-title', 'text-anchor': 'middle' }));
  return svg(`chart-${chart.id}`, 'chart-svg drop-out', WIDTH, HEIGHT, chart.title, body);
}
