import type { Twin } from '../translate.js';
import { CELLS } from './cells.js';
import { COMMAND_LINE } from './command-line.js';
import { COMPARE } from './compare.js';
import { CONFIG } from './config.js';
import { FILE_ACCESS } from './file-access.js';
import { FILES } from './files.js';
import { FRAMES } from './frames.js';
import { NOTES } from './notes.js';

/**
 * Every message rkpi writes to stderr, in English and in Dutch as a Dutch HR analyst reads it
 * (the words of the Dutch report: aanname, vacature, sollicitatie, kostenbestand). File names,
 * line numbers, headers, values and config keys stay as they are; numbers are written the Dutch
 * way (see dutchNumber). A message without a twin here
 * is printed in English.
 *
 * To add one: put `['the English text with {placeholders}', 'de Nederlandse tekst met {placeholders}']`
 * in the file of its topic; tests/cli/messages/dutch-catalogue.test.ts checks both have the same
 * placeholders, and the error catalogue's test that every message of fixtures/errors has a twin.
 */
export const DUTCH: readonly Twin[] = [...COMMAND_LINE, ...CONFIG, ...FILES, ...FILE_ACCESS, ...CELLS, ...COMPARE, ...NOTES];

export { FRAMES as DUTCH_FRAMES };

/**
 * A number of an English message as Dutch writes it: a point between thousands, a comma before
 * the decimals.
 *
 * @example dutchNumber('10,485,760') // '10.485.760'
 * @example dutchNumber('11.97') // '11,97'
 */
export function dutchNumber(english: string): string {
  return english.replace(/[,.]/g, (mark) => (mark === ',' ? '.' : ','));
}
