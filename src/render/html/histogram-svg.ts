import type { ChartBin, HistogramChart } from '../chart.js';
import { at, line, niceTicks, rect, svg, text } from './svg.js';
import { largest } from '../largest.js';

const TOP = 40;
const BOTTOM = 46;
const LEFT = 46;
const RIGHT = 12;

/** Where a value lies along the bins, in bins from the left edge (a marker inside its bin). */
function position(bins: readonly ChartBin[], value: number): number | null {
  const index = bins.findIndex((bin) => value >= bin.from && (bin.to === null || value < bin.to + 1));
  const bin = bins[index];
  if (bin === undefined) return null;
  return index + (bin.to === null ? 0.5 : (value - bin.from) / (bin.to + 1 - bin.from));
}

/**
 * Counts per bin as columns on a count axis from 0, each with its count on top; empty bins keep
 * their place and label but get no column. Axes titled; the marker is a dashed line with its label.
 */
export function histogramSvg(chart: HistogramChart): string {
  const width = chart.width === 'full' ? 760 : 400;
  const height = chart.width === 'full' ? 264 : 244;
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const ticks = niceTicks(largest(chart.bins.map((bin) => bin.count)), 4, 1);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (count: number) => TOP + plotHeight - (count / top) * plotHeight;
  const band = plotWidth / chart.bins.length;
  const body: string[] = [];
  for (const tick of ticks) {
    body.push(line(LEFT, y(tick), width - RIGHT, y(tick), tick === 0 ? 'axis' : 'grid'));
    body.push(text(LEFT - 6, y(tick) + 4, String(tick), { class: 'tick', 'text-anchor': 'end' }));
  }
  chart.bins.forEach((bin, i) => {
    const x = LEFT + i * band;
    body.push(text(x + band / 2, TOP + plotHeight + 16, bin.label, { class: 'tick', 'text-anchor': 'middle' }));
    if (bin.count === 0) return;
    body.push(rect(x + band * 0.06, y(bin.count), band * 0.88, y(0) - y(bin.count), { class: 'hist-bar', 'data-count': bin.count }, `${bin.label}: ${bin.count}`));
    body.push(text(x + band / 2, y(bin.count) - 5, String(bin.count), { class: 'value', 'text-anchor': 'middle' }));
  });
  const marker = chart.marker === null ? null : position(chart.bins, chart.marker.value);
  if (chart.marker !== null && marker !== null) {
    const x = LEFT + marker * band;
    body.push(line(x, 14, x, TOP + plotHeight, 'marker'));
    const anchor = marker > chart.bins.length * 0.75 ? 'end' : 'start';
    body.push(text(anchor === 'end' ? x - 5 : x + 5, 22, chart.marker.label, { class: 'marker-label', 'text-anchor': anchor }));
  }
  body.push(text(LEFT + plotWidth / 2, height - 6, chart.xLabel, { class: 'axis-title', 'text-anchor': 'middle' }));
  const middle = TOP + plotHeight / 2;
  body.push(text(14, middle, chart.yLabel, { class: 'axis-title', 'text-anchor': 'middle', transform: `rotate(-90 14 ${at(middle)})` }));
  return svg(`chart-${chart.id}`, 'chart-svg histogram', width, height, chart.title, body);
}
