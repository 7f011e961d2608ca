import { type Output, type OutputFormat, render, type RenderOptions } from './renderers.js';

/**
 * The output in its format as pieces of text in order, to be written as they come: JSON a piece
 * at a time (jsonPieces; a grouped report over a million rows is 57 MB of it), the other formats,
 * which are far smaller, as one text.
 */
export async function renderPieces<D>(output: Output<D>, format: OutputFormat, options: RenderOptions): Promise<Iterable<string>> {
  if (format !== 'json') return [await render(output, format, options)];
  const { jsonPieces } = await import('./json-pieces.js');
  return jsonPieces(output.document);
}
