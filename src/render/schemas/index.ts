import * as z from 'zod';
import { compareSchema } from './compare-schema.js';
import { reportSchema } from './report-schema.js';
import { urgencySchema } from './urgency-schema.js';
import { valueReportSchema } from './value-report-schema.js';
import { weightsSchema } from './weights-schema.js';

/** The published JSON Schema of each command's --format json, made from its zod schema. */
export const OUTPUT_SCHEMAS = {
  report: reportSchema,
  compare: compareSchema,
  weights: weightsSchema,
  value: valueReportSchema,
  urgency: urgencySchema,
} as const;

export type SchemaCommand = keyof typeof OUTPUT_SCHEMAS;
export const SCHEMA_COMMANDS = Object.keys(OUTPUT_SCHEMAS) as SchemaCommand[];

/**
 * The JSON Schema (draft 2020-12) of a command's JSON output.
 *
 * @example jsonSchemaOf('report').properties.schemaVersion // { type: 'number', const: 1 }
 */
export function jsonSchemaOf(command: SchemaCommand): Record<string, unknown> {
  return { title: `rkpi ${command} --format json`, ...z.toJSONSchema(OUTPUT_SCHEMAS[command]) };
}
