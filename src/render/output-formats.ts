/**
 * The --format choices, in the order --help lists them; renderers.ts maps each to its renderer.
 * Kept apart from the renderers so that registering the commands (and so `rkpi --help`) does not
 * load chalk, cli-table3 and csv-stringify.
 */
export const OUTPUT_FORMATS = ['table', 'json', 'md', 'csv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
