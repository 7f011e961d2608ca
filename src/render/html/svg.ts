import { escapeHtml } from './escape.js';

/** A coordinate with at most one decimal: short, stable output. */
export const at = (value: number): string => String(Math.round(value * 10) / 10);

type Attributes = Readonly<Record<string, string | number | undefined>>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? at(value) : escapeHtml(value)}"`)
    .join('');
}

/** An inline SVG that scales to its container's width; `label` is what a screen reader says. */
export function svg(id: string, className: string, width: number, height: number, label: string, body: readonly string[]): string {
  const attrs = attributes({ id, class: className, viewBox: `0 0 ${at(width)} ${at(height)}`, role: 'img', 'aria-label': label });
  // inline in HTML, an SVG needs no xmlns: the page then holds no URL at all
  return `<svg${attrs}>${body.join('')}</svg>`;
}

export function rect(x: number, y: number, width: number, height: number, attrs: Attributes = {}, title?: string): string {
  const shape = attributes({ x, y, width: Math.max(0, width), height: Math.max(0, height), ...attrs });
  return title === undefined ? `<rect${shape}/>` : `<rect${shape}><title>${escapeHtml(title)}</title></rect>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, className: string): string {
  return `<line${attributes({ x1, y1, x2, y2, class: className })}/>`;
}

/** A text at (x, y); the content is escaped. */
export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return `<text${attributes({ x, y, ...attrs })}>${escapeHtml(content)}</text>`;
}

/**
 * A label cut to `max` characters with an ellipsis, the full text kept as a tooltip.
 *
 * @example clipped(0, 10, 'Verpleging en verzorging', 12, {}) // '<text …>Verpleging …<title>Verpleging en verzorging</title></text>'
 */
export function clipped(x: number, y: number, content: string, max: number, attrs: Attributes = {}): string {
  if ([...content].length <= max) return text(x, y, content, attrs);
  const short = `${[...content].slice(0, max - 1).join('').trimEnd()}…`;
  return `<text${attributes({ x, y, ...attrs })}>${escapeHtml(short)}<title>${escapeHtml(content)}</title></text>`;
}

/** CSS class of a verdict: `v-better`, `v-not-comparable`, … */
export const verdictClass = (verdict: string): string => `v-${verdict.replace(/\s+/g, '-')}`;

/**
 * Axis ticks from 0 to at least `max` in a nice step (1, 2, 5 × 10ⁿ, at least `minStep`), at
 * most `most` + 1 ticks.
 *
 * @example niceTicks(17) // [0, 5, 10, 15, 20]
 * @example niceTicks(2, 5, 1) // [0, 1, 2]: counts step by whole numbers
 * @example niceTicks(0) // [0, 1]
 */
export function niceTicks(max: number, most = 5, minStep = 0): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = Math.max(max / most, minStep);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
    if (tick >= max) break;
  }
  return ticks;
}
