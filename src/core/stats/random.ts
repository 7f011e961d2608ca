/** A source of uniform numbers in the open interval (0, 1). */
export type Uniform = () => number;

/**
 * A seeded generator of uniform numbers in (0, 1): mulberry32 (Tommy Ettinger's 32-bit mixer),
 * small and fast, and the same seed gives the same numbers on every machine. Never 0 or 1, so
 * logarithms and powers of its numbers stay finite.
 *
 * @example const u = seededUniform(1); u() // 0.6270739… ; seededUniform(1)() gives it again
 */
export function seededUniform(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/**
 * A standard normal number from two uniforms (Box–Muller): √(−2 ln u₁) · cos(2π u₂).
 *
 * @example standardNormal(seededUniform(7)) // a number; over many draws mean 0, variance 1
 */
export function standardNormal(uniform: Uniform): number {
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * A Gamma(shape, 1) number for shape ≥ 1 by Marsaglia and Tsang's method (2000): with
 * d = shape − ⅓ and c = 1/√(9d), accept d·v for v = (1 + c·x)³ of a normal x when
 * ln u < x²/2 + d − d·v + d·ln v.
 *
 * @example gamma(seededUniform(7), 3) // a number; over many draws mean 3, variance 3
 */
export function gamma(uniform: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(uniform);
    const root = 1 + c * x;
    if (root <= 0) continue;
    const v = root * root * root;
    if (Math.log(uniform()) < (x * x) / 2 + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * A Beta(a, b) number for a, b ≥ 1, as G_a / (G_a + G_b) of two Gamma numbers.
 *
 * @example beta(seededUniform(7), 2, 3) // a number in (0, 1); over many draws mean 2 / 5
 */
export function beta(uniform: Uniform, a: number, b: number): number {
  const x = gamma(uniform, a);
  return x / (x + gamma(uniform, b));
}
