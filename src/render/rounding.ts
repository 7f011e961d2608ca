/**
 * Rounds half away from zero, as decimal arithmetic would: first to 12 significant digits, which
 * takes away the binary noise of the sums before (3.4749999999999996 and 3.4750000000000001 are
 * both 3.475, so row order cannot change a figure), then by moving the decimal point in the
 * number's text, where 0.10625 × 10⁴ is exactly 1062.5.
 *
 * @example round(2)(3.4749999999999996) // 3.48
 * @example round(4)(0.10625) // 0.1063
 */
export const round = (digits: number) => (value: number | null): number | null => {
  if (value === null) return null;
  const snapped = Math.abs(Number(value.toPrecision(12)));
  if (snapped >= 1e15) return Math.sign(value) * snapped;
  if (snapped < 1e-6) return 0; // rounds to 0 at 4 decimals; its text would be in e-notation
  const rounded = Number(`${Math.round(Number(`${snapped}e${digits}`))}e-${digits}`);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
};

/** Money to whole cents in currency units; days, hours and scores to 2 decimals; ratios to 4 (SPEC §7). */
export const money = (cents: number | null): number | null => (cents === null ? null : Math.round(cents) / 100);
export const twoDecimals = round(2);
export const fourDecimals = round(4);
