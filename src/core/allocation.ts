import type { Cents } from './types.js';

/**
 * Split an amount of cents over weights so that the parts are integers adding up EXACTLY to the
 * amount (largest-remainder method): each part gets ⌊|amount| · w / Σw⌋, and the cents left over go
 * one each to the largest remainders, ties to the lower index. A negative amount is split as its
 * absolute value and negated, so credits mirror debits.
 *
 * @throws RangeError when the amount is not an integer, a weight is negative or not finite, or
 * the weights add up to 0 (there is nothing to allocate by).
 * @example allocateProportionally(100, [1, 1, 1]) // [34, 33, 33]
 * @example allocateProportionally(-100, [1, 1, 1]) // [-34, -33, -33]
 * @example allocateProportionally(1000, [3, 1]) // [750, 250]
 */
export function allocateProportionally(amount: Cents, weights: readonly number[]): Cents[] {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount ${amount} is not a whole number of cents`);
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new RangeError('weights must be finite and ≥ 0');
  const sign = amount < 0 ? -1 : 1;
  const parts = weights.every(Number.isSafeInteger)
    ? splitByIntegers(Math.abs(amount), weights)
    : splitByReals(Math.abs(amount), weights);
  return parts.map((part) => (part === 0 ? 0 : sign * part));
}

/** Exact quotients and remainders with BigInt, so a large amount × a large weight cannot round. */
function splitByIntegers(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  if (total === 0n) throw new RangeError('weights add up to 0');
  const a = BigInt(amount);
  const floors = weights.map((w) => Number((a * BigInt(w)) / total));
  const remainders = weights.map((w) => (a * BigInt(w)) % total);
  return distribute(amount, floors, (i, j) => compareBig(remainders[j] as bigint, remainders[i] as bigint));
}

function splitByReals(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) throw new RangeError('weights add up to 0');
  const exact = weights.map((w) => (amount * w) / total);
  const floors = exact.map(Math.floor);
  const remainders = exact.map((x, i) => x - (floors[i] as number));
  return distribute(amount, floors, (i, j) => (remainders[j] as number) - (remainders[i] as number));
}

/** Add the cents that the floors leave over, one each, in order of `byRemainder` then index. */
function distribute(amount: number, floors: number[], byRemainder: (i: number, j: number) => number): number[] {
  const leftover = amount - floors.reduce((sum, f) => sum + f, 0);
  if (leftover < 0 || leftover > floors.length) throw new RangeError('allocation lost precision');
  const order = floors.map((_, i) => i).sort((i, j) => byRemainder(i, j) || i - j);
  const parts = [...floors];
  for (const index of order.slice(0, leftover)) parts[index] = (parts[index] as number) + 1;
  return parts;
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
