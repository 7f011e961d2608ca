/**
 * What a cell of a date or number column reads as before the column's format is known.
 * `O` is the column's order: day-first or month-first for dates, decimal comma or point for
 * numbers. A value either proves an order, fits every order the same way, or is ambiguous.
 * A `note` says how the cell was read where that is worth saying once per column (a two-digit
 * year read as Excel reads it).
 */
export type CellToken<O extends string, T> =
  | { readonly kind: 'exact'; readonly value: T; readonly proves: O | null; readonly note?: string }
  | { readonly kind: 'ambiguous'; readonly byOrder: Readonly<Record<O, T>>; readonly note?: string }
  | { readonly kind: 'error'; readonly reason: string };

export const exact = <O extends string, T>(value: T, proves: O | null = null): CellToken<O, T> => ({
  kind: 'exact',
  value,
  proves,
});

export const cellError = <O extends string, T>(reason: string): CellToken<O, T> => ({ kind: 'error', reason });

/** A cell value or the reason it was refused. */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
