import type { Lang } from './format.js';

/** Writes an ISO date as the view's language does. */
type DateText = (iso: string) => string;

type Translation = (match: RegExpExecArray, date: DateText, again: (reason: string) => string) => string;

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

/**
 * The Dutch of every reason the core gives for a figure without a value (src/core: KPIs and the
 * value model) and of the value's own (VALUE_NULL_REASONS), as whole sentences. Column and config
 * names stay as the README writes them.
 */
const DUTCH: readonly (readonly [RegExp, Translation])[] = [
  [/^no hires in the period$/, () => 'geen aannames in de periode'],
  [new RegExp(`^no vacancy open on ${DATE}$`), (m, date) => `geen vacature open op ${date(m[1] ?? '')}`],
  [
    new RegExp(`^no hire has completed a first year by ${DATE}$`),
    (m, date) => `geen aanname heeft op ${date(m[1] ?? '')} een eerste jaar voltooid`,
  ],
  [
    new RegExp(`^no hire has a performance_rating, probation_passed or a first year completed by ${DATE}$`),
    (m, date) => `geen aanname heeft een performance_rating, probation_passed of een op ${date(m[1] ?? '')} voltooid eerste jaar`,
  ],
  [/^no hire in the period has an? (\w+)$/, (m) => `geen aanname in de periode heeft een ${m[1] === 'salary' ? 'salaris' : m[1]}`],
  [/^no hire in the period has a (\w+) score$/, (m) => `geen aanname in de periode heeft een score voor ${m[1]}`],
  [/^no hire has both start_date and needed_by$/, () => 'geen aanname heeft zowel start_date als needed_by'],
  [/^the hires' salaries add up to 0$/, () => 'de salarissen van de aannames zijn samen 0'],
  [/^no target: set targets\.(\w+) in the config$/, (m) => `geen doel: zet targets.${m[1]} in de config`],
  [/^targets\.(\w+) is 0, so no index can be computed$/, (m) => `targets.${m[1]} is 0, dus er is geen index te berekenen`],
  [
    /^(.+); set targets\.timeToFillDays to measure the share filled in time instead$/,
    (m, _date, again) => `${again(m[1] ?? '')}; zet targets.timeToFillDays om in plaats daarvan het aandeel op tijd ingevulde vacatures te meten`,
  ],
  [/^no (\w+)$/, (m) => `geen ${m[1]}`],
  [/^every weight is 0$/, () => 'elk gewicht is 0'],
  [/^no result or process area is measured$/, () => 'geen resultaat- of procesgebied is gemeten'],
  [/^neither costs nor effort is measured$/, () => 'kosten noch inspanning zijn gemeten'],
  [/^the measured result and process areas all weigh 0$/, () => 'de gemeten resultaat- en procesgebieden wegen alle 0'],
  [/^the measured cost and effort areas all weigh 0$/, () => 'de gemeten kosten- en inspanningsgebieden wegen alle 0'],
  [/^costs and effort are both 0$/, () => 'kosten en inspanning zijn beide 0'],
];

/**
 * A reason for a missing figure in the view's language. Documents (the JSON) keep the English
 * sentence the core gave; a Dutch view shows its translation, with dates written the Dutch way.
 * A sentence this list does not know (from a snapshot of another rkpi version) is shown as it is.
 *
 * @example reasonText('no vacancy open on 2025-06-30', 'nl', (iso) => iso.split('-').reverse().join('-'))
 * // 'geen vacature open op 30-06-2025'
 */
export function reasonText(reason: string, lang: Lang, date: DateText): string {
  if (lang === 'en') return reason;
  const again = (inner: string): string => reasonText(inner, lang, date);
  for (const [pattern, translate] of DUTCH) {
    const match = pattern.exec(reason);
    if (match !== null) return translate(match, date, again);
  }
  return reason;
}
