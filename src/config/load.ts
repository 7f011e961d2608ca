import { UsageError } from '../errors.js';
import { fileError } from '../io/file-error.js';
import { shorten } from '../io/problem.js';
import { readTextFile } from '../io/read-text-file.js';
import { quoteJson } from '../io/quote-json.js';
import * as z from '../io/zod-mini.js';
import { checkConfig, type Config, configSchema } from './schema.js';
import { nearest } from './suggest.js';

export const CONFIG_FILE = 'rkpi.config.json';

/** A config holds some keys and a list of holidays: a file of a megabyte is not one. */
export const MAX_CONFIG_BYTES = 1 << 20;

/** The text of a config file; a file larger than a config can be is refused before it fills the memory. */
export function readConfigText(path: string, name: string): Promise<string> {
  return readTextFile(path, MAX_CONFIG_BYTES, () => new UsageError(`${name} is larger than 1 MB: not a config file`, 'name the rkpi.config.json that rkpi init wrote'));
}

/** The keys an object of the config schema allows at a path, for suggestions. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  const unwrap = (schema: z.core.$ZodType): z.core.$ZodType => (schema instanceof z.ZodMiniOptional ? unwrap(schema.def.innerType) : schema);
  let schema = unwrap(configSchema());
  for (const segment of path) {
    if (!(schema instanceof z.ZodMiniObject)) return [];
    const next = (schema.shape as Record<string, z.core.$ZodType | undefined>)[String(segment)];
    if (!next) return [];
    schema = unwrap(next);
  }
  return schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : [];
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, fileName: string, json: unknown): UsageError {
  const where = issue.path.length > 0 ? `"${shorten(issue.path.join('.'))}"` : 'the top level';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = knownKeysAt(issue.path);
    const guess = nearest(key, known);
    const full = shorten([...issue.path, key].join('.'));
    return new UsageError(
      `${fileName}: unknown key "${full}"${guess ? `; did you mean "${guess}"?` : ''}`,
      known.length > 0 ? `known keys here: ${known.join(', ')}` : null,
    );
  }
  const value = valueAt(json, issue.path);
  const shown = value === undefined ? '' : ` (value: ${quoteJson(value)})`;
  return new UsageError(`${fileName}: key ${where}: ${issue.message}${shown}`, 'see "Configuration" in the README for every key and its type');
}

/**
 * Parses and validates the text of a config file. Problems are usage errors naming the key.
 *
 * @example parseConfig('{"currency": "EUR"}', 'rkpi.config.json') // { currency: 'EUR' }
 */
export function parseConfig(text: string, fileName: string): Config {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8 quotes the text around the mistake, line breaks and all: keep the message on one line.
    const reason = (error as Error).message.replace(/\s*\n\s*/g, ' ');
    throw new UsageError(`${fileName} is not valid JSON: ${reason}`, 'check for a missing comma or quote');
  }
  const result = checkConfig(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw first ? describeIssue(first, fileName, json) : new UsageError(`${fileName} is not a valid config`);
  }
  return result.data;
}

/**
 * Reads a config file. A missing file is an error only when it was asked for (`--config`);
 * otherwise there is simply no config. `name` is how messages call the file.
 */
export async function loadConfig(path: string, options: { name: string; required: boolean }): Promise<Config> {
  let text: string;
  try {
    text = await readConfigText(path, options.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!options.required && code === 'ENOENT') return {};
    if (code === 'ENOENT') throw new UsageError(`config file not found: ${options.name}`, 'check the path given to --config, or run rkpi init');
    if (code === 'EISDIR') throw new UsageError(`${options.name} is a folder, not a config file`);
    throw fileError(error, 'read', options.name);
  }
  return parseConfig(text, options.name);
}
