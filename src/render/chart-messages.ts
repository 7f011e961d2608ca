import type { Lang } from './format.js';

/** The texts of the charts (titles, axes, legends), in English and in Dutch. */
export interface ChartMessages {
  readonly timeToFillTitle: string;
  readonly timeToFillAxis: (days: string) => string;
  readonly hiresAxis: string;
  /** `hires`: the count with its noun, as MESSAGES' counts.hires gives it; `overflow`: the first day of an open last bin. */
  readonly binsOf: (hires: string, width: number, days: string, overflow: number | null) => string;
  readonly median: string;
  readonly ageingTitle: (asOf: string) => string;
  readonly ageingAxis: (days: string) => string;
  readonly vacanciesAxis: string;
  readonly moreThan: (days: number) => string;
  /** The label of an open last bin, by its first day: `≥ 150`. */
  readonly atLeast: (days: number) => string;
  readonly noOpenVacancy: (asOf: string) => string;
  readonly noHires: string;
  readonly costSplitTitle: string;
  readonly total: string;
  readonly businessTime: (amount: string) => string;
  readonly noCosts: string;
  readonly perGroup: (figure: string, by: string) => string;
  readonly groupCostPerHire: string;
  readonly comparable: string;
  readonly hiresWithDates: string;
  readonly medianAge: string;
  readonly compareTitle: string;
  readonly ownScale: string;
  readonly verdictsTitle: string;
  readonly areasTitle: string;
  readonly areasSubtitle: string;
  readonly chartsHeading: string;
  readonly tablesHeading: string;
  readonly notesHeading: string;
  readonly madeWith: string;
}

const EN: ChartMessages = {
  timeToFillTitle: 'Time to fill',
  timeToFillAxis: (days) => `${days} from vacancy opened to offer accepted`,
  hiresAxis: 'hires',
  binsOf: (hires, width, days, overflow) =>
    `${hires} in bins of ${width} ${days}${overflow === null ? '' : `, the last for ${overflow} or more`}; the dashed line is the median`,
  median: 'median',
  ageingTitle: (asOf) => `Open vacancies by age on ${asOf}`,
  ageingAxis: (days) => `age in ${days}`,
  vacanciesAxis: 'open vacancies',
  moreThan: (days) => `over ${days}`,
  atLeast: (days) => `≥ ${days}`,
  noOpenVacancy: (asOf) => `No vacancy open on ${asOf}.`,
  noHires: 'No hires in the period.',
  costSplitTitle: 'Cost split',
  total: 'Total',
  businessTime: (amount) => `of which ${amount} time of business roles`,
  noCosts: 'No costs to split in the period.',
  perGroup: (figure, by) => `${figure} by ${by}`,
  groupCostPerHire: 'direct plus allocated cost / hires',
  comparable: 'comparable',
  hiresWithDates: 'hires with a start and needed-by date',
  medianAge: 'median age',
  compareTitle: 'Baseline against current',
  ownScale: 'each figure on its own scale from 0; the verdict follows the figure’s better direction',
  verdictsTitle: 'Verdicts',
  areasTitle: 'Performance areas against target',
  areasSubtitle: 'index = actual / target; 1.00 is on target; the shaded band counts as on target for cost and effort',
  chartsHeading: 'At a glance',
  tablesHeading: 'All figures',
  notesHeading: 'Notes and inputs',
  madeWith: 'Made with rkpi from the input files listed above.',
};

const NL: ChartMessages = {
  timeToFillTitle: 'Doorlooptijd vacatures (time to fill)',
  timeToFillAxis: (days) => `${days} van vacature geopend tot aanbod geaccepteerd`,
  hiresAxis: 'aannames',
  binsOf: (hires, width, days, overflow) =>
    `${hires} in klassen van ${width} ${days}${overflow === null ? '' : `, de laatste voor ${overflow} of meer`}; de stippellijn is de mediaan`,
  median: 'mediaan',
  ageingTitle: (asOf) => `Openstaande vacatures naar leeftijd op ${asOf}`,
  ageingAxis: (days) => `leeftijd in ${days}`,
  vacanciesAxis: 'openstaande vacatures',
  moreThan: (days) => `meer dan ${days}`,
  atLeast: (days) => `≥ ${days}`,
  noOpenVacancy: (asOf) => `Geen vacature open op ${asOf}.`,
  noHires: 'Geen aannames in de periode.',
  costSplitTitle: 'Kostenverdeling',
  total: 'Totaal',
  businessTime: (amount) => `waarvan ${amount} tijd van de business`,
  noCosts: 'Geen kosten te verdelen in de periode.',
  perGroup: (figure, by) => `${figure} per ${by}`,
  groupCostPerHire: 'directe plus toegerekende kosten / aannames',
  comparable: 'vergelijkbaar',
  hiresWithDates: 'aannames met startdatum en gewenste startdatum',
  medianAge: 'mediane leeftijd',
  compareTitle: 'Nulmeting tegenover nu',
  ownScale: 'elk cijfer op zijn eigen schaal vanaf 0; het oordeel volgt de goede richting van het cijfer',
  verdictsTitle: 'Oordelen',
  areasTitle: 'Prestatiegebieden tegenover doel',
  areasSubtitle: 'index = werkelijk / doel; 1,00 is op doel; de gearceerde band telt als op doel voor kosten en inspanning',
  chartsHeading: 'In één oogopslag',
  tablesHeading: 'Alle cijfers',
  notesHeading: 'Toelichting en invoer',
  madeWith: 'Gemaakt met rkpi uit de hierboven genoemde invoerbestanden.',
};

export const CHART_MESSAGES: Readonly<Record<Lang, ChartMessages>> = { en: EN, nl: NL };
