/**
 * An input file at least this large (4 MiB, some 40,000 hire rows) makes rkpi keep its heap's
 * growth low while it reads; a smaller one is over before the heap grows much.
 */
export const LARGE_INPUT_BYTES = 4 << 20;

/** Whether an input file of `bytes` bytes is large (standard input, whose size is not known, counts as large). */
export function isLargeInput(bytes: number): boolean {
  return bytes >= LARGE_INPUT_BYTES;
}

/**
 * Makes V8 grow the heap by 30 % after each full collection instead of up to fourfold, so that a
 * report over a million rows peaks under 300 MB (SPEC §9). It is set when a large input is
 * opened, before it is read, and not at start: node:v8 takes some 4 ms to load, which a short
 * run need not pay, and the bundle's code cache (bin/bundle.cjs) is made and read without V8
 * flags. Setting the flag again does no harm.
 */
export async function keepHeapGrowthLow(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=30');
}
