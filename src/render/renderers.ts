import type { Lang } from './format.js';
import type { CsvOptions } from './format-csv.js';
import type { OutputFormat } from './output-formats.js';
import type { View } from './view.js';

export interface RenderOptions {
  readonly colour: boolean;
  readonly lang: Lang;
  /** Unicode (or SVG) bars where a chart says more than a number; off with --no-chart. */
  readonly charts: boolean;
  readonly csv: CsvOptions;
}

/** What a command hands to a renderer: its JSON document, and how to see it as a view. */
export interface Output<D> {
  readonly document: D;
  readonly view: (document: D, lang: Lang) => View;
}

export { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

type Renderer = <D>(output: Output<D>, options: RenderOptions) => string;

/**
 * The one map from --format to renderer, shared by every command. Each renderer is loaded when
 * its format is asked for: JSON output does not load the table, CSV and HTML code (SPEC §9).
 */
export const RENDERERS: { readonly [F in OutputFormat]: () => Promise<Renderer> } = {
  table: async () => {
    const { renderTerminal } = await import('./format-terminal.js');
    return (output, options) => renderTerminal(output.view(output.document, options.lang), { colour: options.colour, lang: options.lang, charts: options.charts });
  },
  json: async () => {
    const { renderJson } = await import('./json.js');
    return (output) => renderJson(output.document);
  },
  md: async () => {
    const { renderMarkdown } = await import('./format-markdown.js');
    return (output, options) => renderMarkdown(output.view(output.document, options.lang), { charts: options.charts });
  },
  csv: async () => {
    const { renderCsv } = await import('./format-csv.js');
    return (output, options) => renderCsv(output.view(output.document, options.lang), options.csv);
  },
  html: async () => {
    const { renderHtml } = await import('./format-html.js');
    return (output, options) => renderHtml(output.view(output.document, options.lang), { lang: options.lang, charts: options.charts });
  },
};

export async function render<D>(output: Output<D>, format: OutputFormat, options: RenderOptions): Promise<string> {
  const renderer = await RENDERERS[format]();
  return renderer(output, options);
}
