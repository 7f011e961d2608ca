export type Lang = 'en' | 'nl';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', nl: 'nl-NL' };
const NONE = '–';

/** Number formats for one language: nl writes `€ 4.210,50` and `12,5`, en `€4,210.50` and `12.5`. */
export interface Formatter {
  readonly money: (value: number | null) => string;
  readonly number: (value: number | null, decimals?: number) => string;
  /** A share of 0..1 as a percentage: 0.391 → 39.1% (one decimal unless `decimals` says otherwise). */
  readonly percent: (share: number | null, decimals?: number) => string;
  /** A figure that already is a percentage: 8.7 → 8.7%. */
  readonly percentage: (value: number | null, decimals?: number) => string;
  readonly days: (value: number | null, decimals?: number) => string;
  readonly hours: (value: number | null, decimals?: number) => string;
  /** A change of a percentage in percentage points: 11.1 → "11.1 pp" (nl "11,1 %-punt"). */
  readonly points: (value: number | null, decimals?: number) => string;
  /** An ISO date as the language writes it: nl 23-11-2026, en 2026-11-23. */
  readonly date: (iso: string) => string;
}

export function formatter(lang: Lang, currency: string): Formatter {
  const locale = LOCALES[lang];
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number): Intl.NumberFormat => {
    let format = numberFormats.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      numberFormats.set(decimals, format);
    }
    return format;
  };
  const number = (value: number | null, decimals = 0): string => (value === null ? NONE : numberFormat(decimals).format(value));
  const dayWord = lang === 'nl' ? 'dagen' : 'days';
  return {
    money: (value) => (value === null ? NONE : moneyFormat.format(value)),
    number,
    percent: (share, decimals = 1) => (share === null ? NONE : `${number(share * 100, decimals)}%`),
    percentage: (value, decimals = 1) => (value === null ? NONE : `${number(value, decimals)}%`),
    days: (value, decimals = 1) => (value === null ? NONE : `${number(value, decimals)} ${dayWord}`),
    hours: (value, decimals = 1) => (value === null ? NONE : `${number(value, decimals)} ${lang === 'nl' ? 'u' : 'h'}`),
    points: (value, decimals = 1) => (value === null ? NONE : `${number(value, decimals)} ${lang === 'nl' ? '%-punt' : 'pp'}`),
    date: (iso) => (lang === 'nl' ? iso.split('-').reverse().join('-') : iso),
  };
}
