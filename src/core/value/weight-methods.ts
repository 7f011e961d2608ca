/**
 * The rank → weight formulas (see weights.ts), on their own: the CLI lists them as the choices of
 * `--method` when it registers its commands, which must not load the area tables behind weights.ts
 * (their names are normalised when the module loads, some 1 ms of every start).
 */
export const WEIGHT_METHODS = ['roc', 'rank-sum', 'reciprocal'] as const;
export type WeightMethod = (typeof WEIGHT_METHODS)[number];
