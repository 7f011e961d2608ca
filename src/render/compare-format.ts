/** How the compare view writes a change, its percentage, its interval and a level, in the user's language. */
import type { CompareMessages } from './compare-messages.js';
import type { MetricDocument } from './compare-document.js';
import type { Formatter } from './format.js';
import { formatUnit } from './format-unit.js';
import type { ShownChange } from './shown-change.js';

const signed = (shown: string, value: number | null): string => (value !== null && value > 0 ? `+${shown}` : shown);

/** A change in the figure's unit at the row's decimals; a change of a share or a percentage is in percentage points. */
export function formatChange(f: Formatter, metric: MetricDocument, value: number | null, decimals: number): string {
  const { unit } = metric;
  if (value === null) return formatUnit(f, unit, null);
  if (unit === 'share') return signed(f.points(value * 100, decimals), value);
  if (unit === 'percent') return signed(f.points(value, decimals), value);
  return signed(formatUnit(f, unit, value, decimals), value);
}

/**
 * A relative change in percent: one decimal, or two where one decimal would show a change as
 * 0.0% next to its verdict (€1,345.23 → €1,344.69 is -0.04%). A change smaller still is "<0.01%"
 * with its sign, never 0.0%.
 */
export function formatRelative(f: Formatter, shown: ShownChange): string {
  const { relativeChange, change } = shown;
  if (relativeChange === null) return f.percentage(null);
  const relative = relativeChange * 100;
  if (Math.abs(relative) < 0.005 && change !== null && change !== 0) return `${change > 0 ? '+' : '-'}<${f.number(0.01, 2)}%`;
  const decimals = relative !== 0 && Math.abs(relative) < 0.05 ? 2 : 1;
  return signed(`${f.number(relative, decimals)}%`, relative);
}

/** The interval of a change as numbers at the row's decimals: `-3.0 to +5.0` (in pp for a share). */
export function formatInterval(f: Formatter, c: CompareMessages, metric: MetricDocument, shown: ShownChange): string {
  if (metric.interval === null) return '';
  const bound = (value: number) => signed(f.number(value * 10 ** shown.shift, shown.decimals), value);
  return `${bound(metric.interval.low)} ${c.to} ${bound(metric.interval.high)}`;
}

/** A level as a percentage: 0.9 → `90%`, 0.995 → `99.5%`. */
export const levelText = (f: Formatter, level: number): string => `${f.number(level * 100, Number.isInteger(level * 100) ? 0 : 1)}%`;
