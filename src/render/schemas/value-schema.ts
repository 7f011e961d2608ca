import * as z from 'zod';
import { AREA_INDICATORS } from '../../core/value/actuals.js';
import { AREA_KEYS } from '../../core/value/areas.js';

const figure = z.number().nullable();
const areaKey = z.enum(AREA_KEYS);
const side = z.strictObject({ sum: figure, weight: figure, measured: z.number().int().describe('how many of its areas are measured') });

/** The value block: the `value` key of a report, and the body of `rkpi value`. */
export const valueBlockSchema = z
  .strictObject({
    value: figure.describe('((R + P) / their weights) / ((K + I) / their weights); 1.00 = every area on target'),
    reason: z.string().nullable().describe('why value is null'),
    weightedScore: figure.describe('Σ weight × score of the measured areas, 0–100'),
    sides: z.strictObject({ numerator: side, denominator: side }),
    groups: z.strictObject({ resultaat: figure, proces: figure, kosten: figure, inspanning: figure }),
    areas: z.array(
      z.strictObject({
        key: areaKey,
        group: z.enum(['resultaat', 'proces', 'kosten', 'inspanning']),
        indicator: z.enum(Object.values(AREA_INDICATORS) as [string, ...string[]]),
        source: z.enum(['kpi', 'filledInTime', 'scores']),
        actual: figure,
        target: figure,
        index: figure.describe('actual / target'),
        weight: figure,
        rank: z.number().int(),
        top3: z.boolean(),
        score: figure.describe('0–100'),
        contribution: figure.describe('weight × index'),
        measured: z.boolean(),
        missesTarget: z.boolean().nullable(),
        reason: z.string().nullable().describe('why the area is not measured'),
        note: z.string().nullable().describe('what its actual leaves out, e.g. "without time cost: no hours file"'),
      }),
    ),
    top3: z.array(areaKey),
    belowTarget: z.array(areaKey),
    unmeasured: z.array(areaKey),
    targets: z.record(z.string(), z.number()),
    weights: z.enum(['config', 'equal']).describe('where the weights came from'),
    tolerance: z.number(),
    toleranceSource: z.enum(['config', 'default']),
  })
  .describe('the value model (Interne Klantwaarde Model)');
