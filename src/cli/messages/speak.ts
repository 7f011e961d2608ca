import type { Lang } from '../../render/format.js';
import { DUTCH, DUTCH_FRAMES, dutchNumber } from './dutch/index.js';
import { type Catalogue, catalogueOf, translateLines } from './translate.js';

let dutch: Catalogue | null = null;

/** The catalogue of a language other than English, made ready on first use. */
export function catalogueFor(lang: Lang): Catalogue | null {
  if (lang === 'en') return null;
  dutch ??= catalogueOf(DUTCH, DUTCH_FRAMES, dutchNumber);
  return dutch;
}

/**
 * Lines for stderr in the run's language: rkpi's messages are written in English, and each line
 * is translated here, at the one place where stderr is written (see run.ts), where the catalogue
 * knows it; a line it does not know stays English.
 *
 * @example speak('hint: check for a missing comma or quote\n', 'nl') // 'tip: kijk of er een komma of aanhalingsteken ontbreekt\n'
 */
export function speak(text: string, lang: Lang): string {
  const catalogue = catalogueFor(lang);
  return catalogue === null ? text : translateLines(text, catalogue);
}
