import type { Unit } from '../core/compare/metric.js';
import type { Formatter } from './format.js';

/**
 * A figure written in its unit: money, days, hours, a share as %, a percentage, a count (whole,
 * or with one decimal for an average such as hires per month) or an index with two decimals;
 * `decimals` overrides the unit's usual number of decimals (not for money, always in cents).
 *
 * @example formatUnit(formatter('en', 'EUR'), 'share', 0.391) // '39.1%'
 * @example formatUnit(formatter('en', 'EUR'), 'days', 46.25, 2) // '46.25 days'
 */
export function formatUnit(f: Formatter, unit: Unit, value: number | null, decimals?: number): string {
  switch (unit) {
    case 'money':
      return f.money(value);
    case 'days':
      return f.days(value, decimals);
    case 'hours':
      return f.hours(value, decimals);
    case 'share':
      return f.percent(value, decimals);
    case 'percent':
      return f.percentage(value, decimals);
    case 'count':
      return f.number(value, decimals ?? (value === null || Number.isInteger(value) ? 0 : 1));
    default:
      return f.number(value, decimals ?? 2);
  }
}
