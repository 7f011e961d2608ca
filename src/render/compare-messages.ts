import type { Verdict } from '../core/compare/metric.js';
import type { Lang } from './format.js';

/** What a sentence about one compared figure says, each part already formatted. */
export interface SentenceParts {
  readonly label: string;
  readonly current: string;
  readonly baseline: string;
  readonly verdict: string;
  /** The two sample sizes with their noun: `70 and 80 hires`. */
  readonly samples: string | null;
  /** The interval with its level: `90% interval −3.0 days to +5.0 days`. */
  readonly interval: string | null;
  /** The relative change: `+1.8%`. */
  readonly relative: string | null;
  /** The materiality threshold: `2%`. */
  readonly materiality: string;
}

/** Which sentence a figure gets. */
export type SentenceKind =
  | 'noise' // the interval crosses no change
  | 'beyond' // the interval excludes no change
  | 'tooFew' // a side is too small for an interval
  | 'equal' // the same value on both sides
  | 'underMateriality' // an accounting change under the threshold
  | 'overMateriality' // an accounting change at or over it
  | 'directionOnly' // a sampled figure of snapshots without their samples
  | 'count' // a count: no better direction
  | 'composite'; // a combined figure (the value): by direction

/** The compare view's own texts, in English and Dutch. */
export interface CompareMessages {
  /** Column head of the interval: `90% interval`. */
  readonly intervalColumn: (level: string) => string;
  readonly whiskerColumn: string;
  /** Between the bounds of an interval: `−3.0 to +5.0`. */
  readonly to: string;
  readonly meaningHeading: string;
  /** What a figure's sample counts, by metric key; `hires` when not listed. */
  readonly sampleNoun: (key: string) => string;
  /** `70 and 80 hires`. */
  readonly samples: (baseline: string, current: string, noun: string) => string;
  readonly sentence: (kind: SentenceKind, parts: SentenceParts) => string;
}

const EN_NOUNS: Readonly<Record<string, string>> = {
  'openVacancyAge.median': 'open vacancies',
  managerSatisfaction: 'scores',
  candidateSatisfaction: 'scores',
  firstYearAttrition: 'hires past their first year',
  'process.funnel.screening.passThrough': 'screened applications',
  'process.funnel.interview.passThrough': 'interviewed applications',
  'process.funnel.offer.passThrough': 'offers',
  'process.offerAcceptanceRate': 'decided offers',
  'process.feedbackTime.median': 'interviews',
  'process.feedbackTime.withinAgreement': 'interviews',
};

const NL_NOUNS: Readonly<Record<string, string>> = {
  'openVacancyAge.median': 'openstaande vacatures',
  managerSatisfaction: 'scores',
  candidateSatisfaction: 'scores',
  firstYearAttrition: 'aannames voorbij hun eerste jaar',
  'process.funnel.screening.passThrough': 'gescreende sollicitaties',
  'process.funnel.interview.passThrough': 'sollicitaties met een gesprek',
  'process.funnel.offer.passThrough': 'aanbiedingen',
  'process.offerAcceptanceRate': 'besliste aanbiedingen',
  'process.feedbackTime.median': 'gesprekken',
  'process.feedbackTime.withinAgreement': 'gesprekken',
};

/** The process figures count applications unless their noun says otherwise. */
const isProcess = (key: string): boolean => key.startsWith('process.');

const EN: CompareMessages = {
  intervalColumn: (level) => `${level} interval`,
  whiskerColumn: 'Change and interval',
  to: 'to',
  meaningHeading: 'What the changes mean:',
  sampleNoun: (key) => EN_NOUNS[key] ?? (isProcess(key) ? 'applications' : 'hires'),
  samples: (baseline, current, noun) => `${baseline} and ${current} ${noun}`,
  sentence: (kind, p) => {
    const start = `${p.label}: ${p.current} against ${p.baseline}`;
    switch (kind) {
      case 'noise':
        return `${start}; a change this small is within the noise of ${p.samples} (${p.interval}).`;
      case 'beyond':
        return `${start}; ${p.verdict}, beyond the noise of ${p.samples} (${p.interval}).`;
      case 'tooFew':
        return `${start}; too few to tell from noise with ${p.samples}.`;
      case 'equal':
        return `${start}; unchanged.`;
      case 'underMateriality':
        return `${start}; ${p.relative}, less than the ${p.materiality} that counts as a change.`;
      case 'overMateriality':
        return p.relative === null ? `${start}; ${p.verdict}.` : `${start}; ${p.verdict}: ${p.relative}, at least the ${p.materiality} that counts as a change.`;
      case 'directionOnly':
        return `${start}; ${p.verdict} by direction alone: the snapshots do not carry the samples an interval needs.`;
      case 'count':
        return `${start}; ${p.verdict} (a count has no better direction).`;
      case 'composite':
        return `${start}; ${p.verdict} by its direction (it combines several figures and has no interval).`;
    }
  },
};

const NL: CompareMessages = {
  intervalColumn: (level) => `${level}-interval`,
  whiskerColumn: 'Verschil en interval',
  to: 'tot',
  meaningHeading: 'Wat de verschillen betekenen:',
  sampleNoun: (key) => NL_NOUNS[key] ?? (isProcess(key) ? 'sollicitaties' : 'aannames'),
  samples: (baseline, current, noun) => `${baseline} en ${current} ${noun}`,
  sentence: (kind, p) => {
    const start = `${p.label}: ${p.current} tegenover ${p.baseline}`;
    switch (kind) {
      case 'noise':
        return `${start}; zo'n klein verschil valt binnen de ruis van ${p.samples} (${p.interval}).`;
      case 'beyond':
        return `${start}; ${p.verdict}, buiten de ruis van ${p.samples} (${p.interval}).`;
      case 'tooFew':
        return `${start}; te weinig gegevens om het van ruis te onderscheiden (${p.samples}).`;
      case 'equal':
        return `${start}; gelijk.`;
      case 'underMateriality':
        return `${start}; ${p.relative}, minder dan de ${p.materiality} die als verschil telt.`;
      case 'overMateriality':
        return p.relative === null ? `${start}; ${p.verdict}.` : `${start}; ${p.verdict}: ${p.relative}, minstens de ${p.materiality} die als verschil telt.`;
      case 'directionOnly':
        return `${start}; ${p.verdict} op de richting alleen: de opgeslagen metingen bevatten de gegevens voor een interval niet.`;
      case 'count':
        return `${start}; ${p.verdict} (een aantal heeft geen betere richting).`;
      case 'composite':
        return `${start}; ${p.verdict} op de richting (een samengesteld cijfer, zonder interval).`;
    }
  },
};

export const COMPARE_MESSAGES: Readonly<Record<Lang, CompareMessages>> = { en: EN, nl: NL };

/** The sentence a figure gets, from its verdict and what the verdict rests on. */
export function sentenceKind(metric: {
  readonly verdict: Verdict;
  readonly basis: string;
  readonly n: unknown;
  readonly interval: unknown;
  readonly baseline: number | null;
  readonly current: number | null;
}): SentenceKind {
  if (metric.baseline === metric.current) return 'equal';
  if (metric.basis === 'accounting') return metric.verdict === 'unchanged' ? 'underMateriality' : 'overMateriality';
  if (metric.basis === 'none') return metric.verdict === 'changed' ? 'count' : 'composite';
  if (metric.n === null) return 'directionOnly';
  if (metric.interval === null) return 'tooFew';
  return metric.verdict === 'within noise' ? 'noise' : 'beyond';
}
