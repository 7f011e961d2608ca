const round = (digits: number) => (value: number | null): number | null =>
  value === null ? null : Number(value.toFixed(digits)) + 0;

/** Money to whole cents in currency units; days, hours and scores to 2 decimals; ratios to 4 (SPEC §7). */
export const money = (cents: number | null): number | null => (cents === null ? null : Math.round(cents) / 100);
export const twoDecimals = round(2);
export const fourDecimals = round(4);
