import * as z from 'zod';
import { AREA_KEYS } from '../../core/value/areas.js';
import { AGREEMENT_THRESHOLDS } from '../../core/value/kendall.js';
import { WEIGHT_METHODS } from '../../core/value/weights.js';
import type { WeightsDocument } from '../weights-document.js';

const areaKey = z.enum(AREA_KEYS);
const weights = z.strictObject(Object.fromEntries(AREA_KEYS.map((key) => [key, z.number()])) as Record<(typeof AREA_KEYS)[number], z.ZodNumber>);
const agreement = z.strictObject({
  w: z.number().nullable().describe("Kendall's W with tie correction, 0..1"),
  level: z.enum(AGREEMENT_THRESHOLDS.map((t) => t.level) as [string, ...string[]]).nullable(),
  raters: z.number().int(),
  chiSquare: z.number().nullable().describe('m(n − 1)W, chi-square with n − 1 degrees of freedom'),
  reason: z.enum(['fewer-than-two-raters', 'everything-tied']).nullable().describe('why w is null'),
});

/** The JSON of `rkpi weights --format json`. */
export const weightsSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    input: z.strictObject({ file: z.string(), rows: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    method: z.enum(WEIGHT_METHODS),
    balanceGroups: z.boolean(),
    stakeholders: z.number().int(),
    order: z.array(areaKey).describe('the consensus order, highest weight first'),
    weights: weights.describe('to 4 decimals; what --write stores in the config'),
    top3: z.array(areaKey),
    agreement,
    groups: z.array(
      z.strictObject({ group: z.string().nullable(), stakeholders: z.number().int(), order: z.array(areaKey), weights, agreement }),
    ),
  })
  .describe("rkpi weights: the weights of the six performance areas from stakeholders' rankings");

/** Fails to compile when the weights document and its published schema drift apart. */
type Fits<T extends z.input<typeof weightsSchema>> = T;
export type WeightsDocumentFitsSchema = Fits<Omit<WeightsDocument, 'schemaVersion'> & { schemaVersion: 1 }>;
