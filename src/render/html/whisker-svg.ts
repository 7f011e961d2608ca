import type { Verdict } from '../../core/compare/metric.js';
import type { Whisker } from '../view.js';
import { whiskerScale } from '../whisker.js';
import { line, svg, verdictClass } from './svg.js';

const WIDTH = 130;
const HEIGHT = 14;
const PAD = 5;

/**
 * A change and its interval as a small inline SVG on the figure's own scale around no change: a
 * dashed line at no change, the interval as a whisker with end ticks, the change as a dot, in the
 * verdict's colour. `label` is what a screen reader says (the interval in words).
 */
export function whiskerSvg(whisker: Whisker, verdict: Verdict | undefined, id: string, label: string): string {
  const scale = whiskerScale(whisker, WIDTH - 2 * PAD);
  const x = (value: number) => PAD + scale.at(value);
  const middle = HEIGHT / 2;
  const colour = verdict === undefined ? 'v-changed' : verdictClass(verdict);
  const body = [line(x(0), 0, x(0), HEIGHT, 'whisker-zero')];
  if (whisker.low !== null && whisker.high !== null) {
    const [from, to] = [x(whisker.low), x(whisker.high)];
    body.push(line(from, middle, to, middle, `whisker-line ${colour}`));
    body.push(line(from, middle - 4, from, middle + 4, `whisker-line ${colour}`), line(to, middle - 4, to, middle + 4, `whisker-line ${colour}`));
  }
  body.push(`<circle cx="${Math.round(x(whisker.change) * 10) / 10}" cy="${middle}" r="3.5" class="whisker-dot ${colour}"/>`);
  return svg(id, 'cell-whisker', WIDTH, HEIGHT, label, body);
}
