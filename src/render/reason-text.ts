import type { KpiKey } from '../core/types.js';
import type { Lang } from './format.js';
import { MESSAGES } from './i18n.js';

/** Writes an ISO date as the view's language does. */
type DateText = (iso: string) => string;

type Translation = (match: RegExpExecArray, date: DateText, again: (reason: string) => string) => string;

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

/** The columns the KPI reasons name, in the words of the Dutch templates (`rkpi init --lang nl`). */
const COLUMN_NL: Readonly<Record<string, string>> = {
  vacancy_opened: 'openingsdatum van de vacature',
  time_to_fill: 'doorlooptijd',
  application_date: 'sollicitatiedatum',
  start_date: 'startdatum',
  salary: 'salaris',
  manager_satisfaction: 'tevredenheidsscore van de vacaturehouder',
  candidate_satisfaction: 'tevredenheidsscore van de kandidaat',
};
const columnNl = (column: string | undefined): string => COLUMN_NL[column ?? ''] ?? column ?? '';

/** The columns of the hires file by the Dutch headers of `rkpi init --lang nl`, for "the file has no … column". */
const HEADER_NL: Readonly<Record<string, string>> = {
  vacancy_opened: 'vacature_geopend',
  time_to_fill: 'doorlooptijd',
  application_date: 'sollicitatiedatum',
  offer_accepted: 'aanbod_geaccepteerd',
  start_date: 'startdatum',
  needed_by: 'gewenste_startdatum',
  performance_rating: 'beoordeling',
  probation_passed: 'proeftijd_doorstaan',
  left_date: 'uit_dienst',
  manager_satisfaction: 'tevredenheid_manager',
  candidate_satisfaction: 'tevredenheid_kandidaat',
  salary: 'jaarsalaris',
};

/** "A, B or C" (column names) as "A, B of C" in Dutch headers. */
function headersNl(list: string): string {
  const names = list.split(/, | or /).map((name) => HEADER_NL[name] ?? name);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} of ${names[names.length - 1] ?? ''}`;
}

/** The timed stages of the process (SPEC §10) as the Dutch reasons name them. */
const STAGE_NL: Readonly<Record<string, string>> = { screening: 'screening', interview: 'gespreksfase', offer: 'aanbodfase' };

/** "A, B or C" (column names) as "A, B of C". */
const orNl = (list: string): string => list.replace(/ or ([^,]+)$/, ' of $1');

/** The Dutch of the process figures' reasons (src/core/process). */
const PROCESS_DUTCH: readonly (readonly [RegExp, Translation])[] = [
  [/^no (.+) columns? in the applications file$/, (m) => `het sollicitatiebestand heeft geen kolom ${orNl(m[1] ?? '')}`],
  [/^no application in the period$/, () => 'geen sollicitatie in de periode'],
  [/^no hired application in the period$/, () => 'geen aangenomen sollicitatie in de periode'],
  [/^no offer was decided in the period$/, () => 'over geen aanbod is in de periode beslist'],
  [/^no application of the period has had a response$/, () => 'geen sollicitatie van de periode heeft al een reactie gehad'],
  [/^no application of the period left this stage$/, () => 'geen sollicitatie van de periode heeft deze fase verlaten'],
  [/^no interview in the period has had an answer$/, () => 'op geen gesprek in de periode is al een antwoord gekomen'],
  [/^no application of the period reached an interview$/, () => 'geen sollicitatie van de periode bereikte een gesprek'],
  [/^no closed application of the period reached screening$/, () => 'geen afgesloten sollicitatie van de periode bereikte de screening'],
  [/^no costs file: cost per channel is not measured$/, () => 'geen kostenbestand: de kosten per kanaal zijn niet gemeten'],
  [
    /^cost and quality of hire per channel are in the whole report's channel table$/,
    () => 'kosten en quality of hire per kanaal staan in de kanalentabel van het hele rapport',
  ],
  // time in stage: one reason per stage, `screening: …; offer: …`
  [
    /^(?:screening|interview|offer): [^;]+(?:; (?:screening|interview|offer): [^;]+)*$/,
    (m, _date, again) =>
      (m[0] ?? '')
        .split('; ')
        .map((part) => {
          const [stage = '', ...rest] = part.split(': ');
          return `${STAGE_NL[stage] ?? stage}: ${again(rest.join(': '))}`;
        })
        .join('; '),
  ],
];

/**
 * The Dutch of every reason the core gives for a figure without a value (src/core: KPIs and the
 * value model), of every note on what a figure leaves out, and of the value's own reasons
 * (VALUE_NULL_REASONS), as whole sentences. Config keys stay as the config writes them.
 */
const DUTCH: readonly (readonly [RegExp, Translation])[] = [
  [/^no hires in the period$/, () => 'geen aannames in de periode'],
  [/^no costs file$/, () => 'geen kostenbestand'],
  [/^no hours file$/, () => 'geen urenbestand'],
  [/^without time cost: no hours file$/, () => 'zonder tijdskosten: geen urenbestand'],
  [/^the hires file has no (.+) column$/, (m) => `het aannamebestand heeft geen kolom ${headersNl(m[1] ?? '')}`],
  [
    /^no hires file, and the applications file has no (.+) column$/,
    (m) => `geen aannamebestand, en het sollicitatiebestand heeft geen kolom ${headersNl(m[1] ?? '')}`,
  ],
  [
    /^the time_to_fill column holds days as the ATS counted them, which cannot be recounted as working days$/,
    () => 'de kolom doorlooptijd telt dagen zoals het ATS ze telde; die zijn niet om te rekenen naar werkdagen',
  ],
  [new RegExp(`^no vacancy open on ${DATE}$`), (m, date) => `geen vacature open op ${date(m[1] ?? '')}`],
  [
    new RegExp(`^no hire has completed a first year by ${DATE}$`),
    (m, date) => `op ${date(m[1] ?? '')} is nog geen aanname een jaar in dienst`,
  ],
  [
    new RegExp(`^no hire has a performance_rating, probation_passed or a first year completed by ${DATE}$`),
    (m, date) => `geen aanname heeft een beoordeling, een uitkomst van de proeftijd of op ${date(m[1] ?? '')} een voltooid eerste jaar`,
  ],
  [/^no hire in the period has an? (\w+)$/, (m) => `geen aanname in de periode heeft een ${columnNl(m[1])}`],
  [/^no hire in the period has a (\w+) score$/, (m) => `geen aanname in de periode heeft een ${columnNl(m[1])}`],
  [/^no hire has both start_date and needed_by$/, () => 'geen aanname heeft zowel een startdatum als een gewenste startdatum'],
  [/^the hires' salaries add up to 0$/, () => 'de salarissen van de aannames zijn samen 0'],
  [/^no vacancyCost in the config$/, () => 'geen vacancyCost in de config'],
  [
    /^no salary on its row to estimate vacancyCost\.salaryMultiple from$/,
    () => 'geen salaris op de regel om vacancyCost.salaryMultiple mee te schatten',
  ],
  [
    /^no open vacancy has a salary to estimate vacancyCost\.salaryMultiple from$/,
    () => 'geen openstaande vacature heeft een salaris om vacancyCost.salaryMultiple mee te schatten',
  ],
  [/^no target: set targets\.(\w+) in the config$/, (m) => `geen doel: zet targets.${m[1]} in de config`],
  [/^targets\.(\w+) is 0, so no index can be computed$/, (m) => `targets.${m[1]} is 0, dus er is geen index te berekenen`],
  [
    /^(.+); set targets\.timeToFillDays to measure the share filled in time instead$/,
    (m, _date, again) =>
      `${again(m[1] ?? '')}; zet targets.timeToFillDays om in plaats daarvan het aandeel vacatures te meten dat binnen zoveel dagen is ingevuld`,
  ],
  ...PROCESS_DUTCH,
  [/^no (\w+)$/, (m) => `geen waarde voor ${MESSAGES.nl.kpi[m[1] as KpiKey] ?? m[1]}`],
  [/^every weight is 0$/, () => 'alle gewichten zijn 0'],
  [/^no result or process area is measured$/, () => 'geen resultaat- of procesgebied is gemeten'],
  [/^neither costs nor effort is measured$/, () => 'kosten en inspanning zijn geen van beide gemeten'],
  [/^the measured result and process areas all weigh 0$/, () => 'de gemeten resultaat- en procesgebieden wegen allemaal 0'],
  [/^the measured cost and effort areas all weigh 0$/, () => 'de gemeten kosten- en inspanningsgebieden wegen allemaal 0'],
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
