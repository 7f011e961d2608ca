import type { AreaRecord } from '../core/value/areas.js';
import { parseConfig } from './load.js';

/**
 * The text of a config file with its `weights` set, every other key kept in its place (and
 * `weights` kept where it was, else added last). The config is checked first, so a broken file
 * is reported rather than overwritten. `text` null: there is no config yet; it gets only weights.
 *
 * @example withWeights('{"currency": "EUR"}', weights, 'rkpi.config.json')
 * // '{\n  "currency": "EUR",\n  "weights": {\n    "bestFit": 0.3,\n …'
 */
export function withWeights(text: string | null, weights: AreaRecord<number>, fileName: string): string {
  if (text === null) return `${JSON.stringify({ weights }, null, 2)}\n`;
  parseConfig(text, fileName);
  const config = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return `${JSON.stringify({ ...config, weights: { ...weights } }, null, 2)}\n`;
}
