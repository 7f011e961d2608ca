import type { Lang } from './format.js';

/** The texts of the cost of vacancy (SPEC §11.3) in the report, in English and Dutch; every label says it is an estimate. */
export interface VacancyCostMessages {
  readonly total: string;
  readonly perHire: string;
  /** Short column heads of the group table. */
  readonly perHireShort: string;
  readonly totalPerHireShort: string;
  /** `amount`: the daily cost, formatted. */
  readonly perDay: (amount: string) => string;
  readonly salaryMultiple: (multiple: string, days: string) => string;
  /** `hires`: the count with its noun; `days`: the working days, formatted. */
  readonly hiresOpen: (hires: string, days: string) => string;
  readonly perHireBasis: string;
  readonly totalPerHireBasis: string;
  readonly openBasis: (n: string, count: string, asOf: string) => string;
  readonly tableTitle: (asOf: string) => string;
  readonly columns: { readonly vacancy: string; readonly opened: string; readonly workingDays: string; readonly cost: string; readonly note: string };
}

const EN: VacancyCostMessages = {
  total: 'Cost of vacancy (estimate)',
  perHire: 'Cost of vacancy per hire (estimate)',
  perHireShort: 'Vacancy cost/hire (est.)',
  totalPerHireShort: 'Total cost/hire (est.)',
  perDay: (amount) => `${amount} per working day`,
  salaryMultiple: (multiple, days) => `salary × ${multiple} / ${days} per working day`,
  hiresOpen: (hires, days) => `${hires}, ${days} working days open`,
  perHireBasis: 'cost of vacancy / hires with an estimate',
  totalPerHireBasis: 'cost per hire + cost of vacancy per hire',
  openBasis: (n, count, asOf) => `${n} of ${count} open on ${asOf}`,
  tableTitle: (asOf) => `Open vacancies on ${asOf}: cost so far (estimate)`,
  columns: { vacancy: 'Vacancy', opened: 'Opened', workingDays: 'Working days', cost: 'Cost so far (estimate)', note: 'Note' },
};

const NL: VacancyCostMessages = {
  total: 'Vacaturekosten tot de aanname (schatting)',
  perHire: 'Vacaturekosten per hire (schatting)',
  perHireShort: 'Vacaturekosten/hire (schatting)',
  totalPerHireShort: 'Totaal/hire (schatting)',
  perDay: (amount) => `${amount} per werkdag`,
  salaryMultiple: (multiple, days) => `salaris × ${multiple} / ${days} per werkdag`,
  hiresOpen: (hires, days) => `${hires}, ${days} werkdagen open`,
  perHireBasis: 'vacaturekosten / aannames met een schatting',
  totalPerHireBasis: 'kosten per hire + vacaturekosten per hire',
  openBasis: (n, count, asOf) => `${n} van ${count} open op ${asOf}`,
  tableTitle: (asOf) => `Openstaande vacatures op ${asOf}: kosten tot nu (schatting)`,
  columns: { vacancy: 'Vacature', opened: 'Geopend', workingDays: 'Werkdagen', cost: 'Kosten tot nu (schatting)', note: 'Opmerking' },
};

export const VACANCY_COST_MESSAGES: Readonly<Record<Lang, VacancyCostMessages>> = { en: EN, nl: NL };
