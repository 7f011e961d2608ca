import type { SurvivalChart } from '../chart.js';
import { at, line, rect, svg, text } from './svg.js';

const WIDTH = 400;
const HEIGHT = 244;
const TOP = 18;
const BOTTOM = 40;
const LEFT = 46;
const RIGHT = 14;

/** Ticks of the day axis: every 7 days up to 8 weeks, else every 30, up to `until`. */
function dayTicks(until: number): number[] {
  const step = until <= 56 ? 7 : 30;
  const ticks: number[] = [];
  for (let day = 0; day <= until; day += step) ticks.push(day);
  return ticks;
}

/**
 * A Kaplan–Meier curve as steps on a 0–100 % axis: the share holds from a point's day until the
 * next point, and runs on flat to `until`. The marked days (7, 14, 30) get a dot with their share;
 * the median, where the curve reaches one half, a dashed line at 50 % with its label.
 */
export function availabilitySvg(chart: SurvivalChart): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (day: number) => LEFT + (Math.min(day, chart.until) / (chart.until || 1)) * plotWidth;
  const y = (share: number) => TOP + (1 - share) * plotHeight;
  const body: string[] = [];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    body.push(line(LEFT, y(share), WIDTH - RIGHT, y(share), share === 0 ? 'axis' : 'grid'));
    body.push(text(LEFT - 6, y(share) + 4, `${share * 100}%`, { class: 'tick', 'text-anchor': 'end' }));
  }
  for (const day of dayTicks(chart.until)) body.push(text(x(day), TOP + plotHeight + 15, String(day), { class: 'tick', 'text-anchor': 'middle' }));
  // steps: level from each point to the next, then down (or up) to the next point's level
  const points: string[] = [];
  chart.curve.forEach((point, i) => {
    const next = chart.curve[i + 1];
    points.push(`${at(x(point.day))},${at(y(point.survival))}`, `${at(x(next?.day ?? chart.until))},${at(y(point.survival))}`);
  });
  body.push(`<polyline class="survival" points="${points.join(' ')}"/>`);
  if (chart.median !== null) {
    body.push(line(LEFT, y(0.5), x(chart.median.day), y(0.5), 'marker'));
    body.push(line(x(chart.median.day), y(0.5), x(chart.median.day), y(0), 'marker'));
    const anchor = chart.median.day > chart.until * 0.6 ? 'end' : 'start';
    body.push(text(x(chart.median.day) + (anchor === 'end' ? -5 : 5), y(0.5) - 6, chart.median.label, { class: 'marker-label', 'text-anchor': anchor }));
  }
  for (const mark of chart.marks) {
    body.push(rect(x(mark.day) - 3, y(mark.survival) - 3, 6, 6, { class: 'survival-mark', 'data-day': mark.day }, `${mark.day}: ${mark.label}`));
    body.push(text(x(mark.day), y(mark.survival) - 8, mark.label, { class: 'value small', 'text-anchor': 'middle' }));
  }
  body.push(text(LEFT + plotWidth / 2, HEIGHT - 6, chart.xLabel, { class: 'axis-title', 'text-anchor': 'middle' }));
  const middle = TOP + plotHeight / 2;
  body.push(text(14, middle, chart.yLabel, { class: 'axis-title', 'text-anchor': 'middle', transform: `rotate(-90 14 ${at(middle)})` }));
  return svg(`chart-${chart.id}`, 'chart-svg survival', WIDTH, HEIGHT, chart.title, body);
}
