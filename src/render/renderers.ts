import type { Lang } from './format.js';
import { type CsvOptions, renderCsv } from './format-csv.js';
import { renderHtml } from './format-html.js';
import { renderMarkdown } from './format-markdown.js';
import { renderTerminal } from './format-terminal.js';
import { renderJson } from './json.js';
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

/** The one map from --format to renderer, shared by every command. */
export const RENDERERS: { readonly [F in OutputFormat]: <D>(output: Output<D>, options: RenderOptions) => string } = {
  table: <D>(output: Output<D>, options: RenderOptions) =>
    renderTerminal(output.view(output.document, options.lang), { colour: options.colour, charts: options.charts }),
  json: <D>(output: Output<D>) => renderJson(output.document),
  md: <D>(output: Output<D>, options: RenderOptions) => renderMarkdown(output.view(output.document, options.lang), { charts: options.charts }),
  csv: <D>(output: Output<D>, options: RenderOptions) => renderCsv(output.view(output.document, options.lang), options.csv),
  html: <D>(output: Output<D>, options: RenderOptions) => renderHtml(output.view(output.document, options.lang), { lang: options.lang, charts: options.charts }),
};

export function render<D>(output: Output<D>, format: OutputFormat, options: RenderOptions): string {
  return RENDERERS[format](output, options);
}
