import type { Unit } from '../core/compare/metric.js';
import type { Formatter } from './format.js';

/**
 * A figure written in its unit: money, days, hours, a share as %, a percentage, a count (whole,
 * or with one decimal for an average such as hires per month) or an index with two decimals.
 *
 * @example formatUnit(formatter('en', 'EUR'), 'share', 0.391) // '39.1%'
 */
export function formatUnit(f: Formatter, unit: Unit, value: number | null): string {
  switch (unit) {
    case 'money':
      return f.money(value);
    case 'days':
      return f.days(value);
    case 'hours':
      return f.hours(value);
    case 'share':
      return f.percent(value);
    case 'percent':
      return f.percentage(value);
    case 'count':
      return f.number(value, value === null || Number.isInteger(value) ? 0 : 1);
    default:
      return f.number(value, 2);
  }
}
