import * as z from 'zod';
import type { ValueReportDocument } from '../value-report-document.js';
import { inputSchema, periodSchema, settingsSchema } from './report-schema.js';
import { valueBlockSchema } from './value-schema.js';

/** The JSON of `rkpi value --format json`: the period, its settings and inputs, and the value block. */
export const valueReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    period: periodSchema,
    asOf: z.iso.date(),
    settings: settingsSchema,
    inputs: z.strictObject({
      hires: inputSchema.optional(),
      costs: inputSchema.optional(),
      hours: inputSchema.optional(),
      scores: inputSchema.optional().describe('the --scores file'),
    }),
    value: valueBlockSchema,
    warnings: z.array(z.string()),
  })
  .describe('rkpi value: the value of recruitment for one period');

/** Fails to compile when the value document and its published schema drift apart. */
type Fits<T extends z.input<typeof valueReportSchema>> = T;
export type ValueDocumentFitsSchema = Fits<Omit<ValueReportDocument, 'schemaVersion'> & { schemaVersion: 1 }>;
