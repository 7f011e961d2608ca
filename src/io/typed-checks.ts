/**
 * The record checks of the hires, costs and hours files (record-schemas.ts) done on the table's
 * typed columns, row by row, without an input object per row for zod (SPEC §9): a million rows
 * made a million objects for zod and as many for its output. A row these checks accept is a row
 * the schema accepts with the same output; every other row is checked by the schema itself, which
 * stays the one place of the rules' messages. tests/io/typed-checks.test.ts holds the two to the
 * same answer on generated rows.
 *
 * The columns hold what their types can hold (see columnOf): whole days, finite numbers, whole
 * cents, booleans and the enum values of their readers; so only the ranges, the orders of dates
 * and the required values are left to check.
 */
import type { HireColumns } from '../core/hire-columns.js';
import type { Table } from './read-table.js';
import type { RecordSettings } from './record-schemas.js';
import type { Column } from './table-columns.js';

/**
 * A row's check: true where the schema accepts the row, after `keep` was told the values the
 * schema's output has where the row's own are empty (a default, a rate from the config).
 */
export type TypedCheck = (row: number, keep: (row: number, field: string, value: unknown) => void) => boolean;

type Values<T> = Column<T> | null;

function columnOf<T>(table: Table, name: string): Values<T> {
  return (table.columns.get(name) as Column<T> | undefined) ?? null;
}

/** Not an issue of `z.number().min(min).max(max).nullable()`. */
function inRange(value: number | null, min: number, max: number): boolean {
  return value === null || (Number.isFinite(value) && value >= min && value <= max);
}

/** Not an issue of `z.number().int().min(0).nullable()`. */
function wholeNotNegative(value: number | null): boolean {
  return value === null || (Number.isSafeInteger(value) && value >= 0);
}

/** Not an issue of the schema's date orders: `later` is not before `earlier` where both are known. */
function inOrder(later: number | null, earlier: number | null): boolean {
  return later === null || earlier === null || later >= earlier;
}

/** hireSchema's checks (SPEC §2.2): the ranges, the order of the dates, and a hire day or an opening. */
export function hireCheck(table: Table, settings: RecordSettings, columns: HireColumns): TypedCheck {
  const byOffer = columns.has('offer_accepted');
  const [opened, applied, offer, start, left] = ['vacancy_opened', 'application_date', 'offer_accepted', 'start_date', 'left_date'].map(
    (name) => columnOf<number>(table, name),
  ) as Values<number>[];
  const stated = columnOf<number>(table, 'time_to_fill');
  const rating = columnOf<number>(table, 'performance_rating');
  const manager = columnOf<number>(table, 'manager_satisfaction');
  const candidate = columnOf<number>(table, 'candidate_satisfaction');
  const salary = columnOf<number>(table, 'salary');
  const { performance, satisfaction } = settings.scales;
  return (row) => {
    const openedDay = opened?.get(row) ?? null;
    const offerDay = offer?.get(row) ?? null;
    const startDay = start?.get(row) ?? null;
    if (!inRange(stated?.get(row) ?? null, 0, Number.POSITIVE_INFINITY)) return false;
    if (!inRange(rating?.get(row) ?? null, performance.min, performance.max)) return false;
    if (!inRange(manager?.get(row) ?? null, satisfaction.min, satisfaction.max)) return false;
    if (!inRange(candidate?.get(row) ?? null, satisfaction.min, satisfaction.max)) return false;
    if (!wholeNotNegative(salary?.get(row) ?? null)) return false;
    if (!inOrder(offerDay, openedDay) || !inOrder(offerDay, applied?.get(row) ?? null) || !inOrder(startDay, offerDay)) return false;
    if (!inOrder(left?.get(row) ?? null, startDay)) return false;
    if (byOffer) return offerDay !== null || (startDay === null && openedDay !== null);
    return startDay !== null || openedDay !== null;
  };
}

/** costSchema's checks (SPEC §2.3): a date and a whole amount; an empty type is external. */
export function costCheck(table: Table): TypedCheck {
  const date = columnOf<number>(table, 'date');
  const amount = columnOf<number>(table, 'amount');
  const type = columnOf<string>(table, 'type');
  return (row, keep) => {
    if ((date?.get(row) ?? null) === null) return false;
    const cents = amount?.get(row) ?? null;
    if (cents === null || !Number.isSafeInteger(cents)) return false;
    if ((type?.get(row) ?? null) === null) keep(row, 'type', 'external');
    return true;
  };
}

/** hoursSchema's checks (SPEC §2.4): a date, hours not negative, and a rate from the row or the config. */
export function hoursCheck(table: Table, settings: RecordSettings): TypedCheck {
  const date = columnOf<number>(table, 'date');
  const hours = columnOf<number>(table, 'hours');
  const role = columnOf<string>(table, 'role');
  const rate = columnOf<number>(table, 'rate');
  return (row, keep) => {
    if ((date?.get(row) ?? null) === null) return false;
    const spent = hours?.get(row) ?? null;
    if (spent === null || !inRange(spent, 0, Number.POSITIVE_INFINITY)) return false;
    const own = rate?.get(row) ?? null;
    if (!wholeNotNegative(own)) return false;
    const written = role?.get(row) ?? null;
    const resolved = own ?? settings.rates[written ?? 'other'] ?? null;
    if (resolved === null) return false;
    if (written === null) keep(row, 'role', 'other');
    if (own === null) keep(row, 'rate', resolved);
    return true;
  };
}
