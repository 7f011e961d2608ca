import type { Verdict } from '../core/compare/metric.js';
import type { KpiKey } from '../core/types.js';
import type { Lang } from './format.js';

/** Every text the views print, in English and in Dutch as Dutch recruiters say it. */
export interface Messages {
  readonly kpi: Readonly<Record<KpiKey, string>>;
  readonly metric: Readonly<Record<string, string>>;
  readonly verdict: Readonly<Record<Verdict, string>>;
  /** Column heads of duration statistics. */
  readonly stats: Readonly<Record<'n' | 'mean' | 'median' | 'p90' | 'min' | 'max', string>>;
  readonly words: {
    readonly reportTitle: string;
    readonly to: string;
    readonly asOf: string;
    readonly openVacanciesOn: string;
    readonly calendarDays: string;
    readonly workingDays: string;
    readonly durationsIn: string;
    readonly kpiColumn: string;
    readonly value: string;
    readonly basedOn: string;
    readonly durations: string;
    readonly openVacancyAge: string;
    readonly externalCosts: string;
    readonly internalCosts: string;
    readonly timeCost: string;
    readonly totalCost: string;
    readonly hires: string;
    readonly directCost: string;
    readonly allocated: string;
    readonly barOfHighest: string;
    readonly onTime: string;
    readonly quality: string;
    readonly firstYearAttrition: string;
    readonly notAvailable: string;
    readonly partlyMeasured: string;
    readonly inputs: string;
    readonly accepted: string;
    readonly rejected: string;
    readonly unallocated: string;
    readonly compareTitle: string;
    readonly against: string;
    readonly baseline: string;
    readonly current: string;
    readonly change: string;
    readonly changePercent: string;
    readonly baselineCurrent: string;
    readonly verdictColumn: string;
    readonly status: string;
    readonly better: string;
    readonly worse: string;
  };
  readonly basis: Readonly<Record<BasisKey, string>>;
  /** A count with its noun, singular or plural: `1 hire`, `105 hires`; `shown` is the formatted count. */
  readonly counts: {
    readonly hires: (count: number, shown: string) => string;
    readonly pastFirstYear: (count: number, shown: string) => string;
    readonly rows: (count: number, shown: string) => string;
  };
}

/** The "based on" texts of the report's summary. */
type BasisKey =
  | 'hires' | 'openVacancies' | 'externalCosts' | 'internalCosts' | 'timeCost' | 'totalCost' | 'costPerHire'
  | 'costPerHireComparable' | 'externalCostPerHire' | 'internalCostPerHire' | 'recruitingCostRatio'
  | 'scale' | 'byBusinessRoles' | 'hiresByStart';

const EN: Messages = {
  kpi: {
    hires: 'Hires',
    openVacancies: 'Open vacancies',
    costs: 'Costs',
    costPerHire: 'Cost per hire',
    costPerHireComparable: 'Cost per hire, comparable (without business time)',
    externalCostPerHire: 'External cost per hire',
    internalCostPerHire: 'Internal cost per hire',
    recruitingCostRatio: 'Recruiting cost ratio',
    timeToFill: 'Time to fill',
    timeToHire: 'Time to hire',
    timeToStart: 'Time to start',
    onTimeRate: 'On-time rate',
    qualityOfHire: 'Quality of hire',
    firstYearAttrition: 'First-year attrition',
    managerSatisfaction: 'Manager satisfaction',
    candidateSatisfaction: 'Candidate satisfaction',
    effortHours: 'Effort hours (business roles)',
    effortHoursPerHire: 'Effort hours per hire',
    costOfVacancy: 'Cost of vacancy (estimate)',
    totalCostPerHire: 'Total cost per hire with cost of vacancy (estimate)',
    openVacancyCost: 'Open vacancies, cost so far (estimate)',
  },
  metric: {
    hires: 'Hires',
    hiresPerMonth: 'Hires per month',
    openVacancies: 'Open vacancies',
    'openVacancyAge.median': 'Open vacancy age, median',
    'costs.external': 'External costs',
    'costs.internal': 'Internal costs',
    'costs.time': 'Time cost',
    'costs.businessTime': 'Time cost of business roles',
    'costs.total': 'Total cost',
    costPerHire: 'Cost per hire',
    costPerHireComparable: 'Cost per hire, comparable',
    externalCostPerHire: 'External cost per hire',
    internalCostPerHire: 'Internal cost per hire',
    recruitingCostRatio: 'Recruiting cost ratio',
    'timeToFill.median': 'Time to fill, median',
    'timeToFill.p90': 'Time to fill, p90',
    'timeToFill.mean': 'Time to fill, mean',
    'timeToHire.median': 'Time to hire, median',
    'timeToStart.median': 'Time to start, median',
    onTimeRate: 'On-time rate',
    qualityOfHire: 'Quality of hire',
    firstYearAttrition: 'First-year attrition',
    managerSatisfaction: 'Manager satisfaction',
    candidateSatisfaction: 'Candidate satisfaction',
    effortHoursPerHire: 'Effort hours per hire',
    'costOfVacancy.perHire': 'Cost of vacancy per hire (estimate)',
    totalCostPerHire: 'Total cost per hire (estimate)',
    value: 'Value (1.00 = on target)',
    weightedScore: 'Weighted score',
    'process.applications': 'Applications',
    'process.funnel.applied.passThrough': 'Pass-through applied → screening',
    'process.funnel.screening.passThrough': 'Pass-through screening → interview',
    'process.funnel.interview.passThrough': 'Pass-through interview → offer',
    'process.funnel.offer.passThrough': 'Pass-through offer → hired',
    'process.conversion': 'Conversion (hired / applications)',
    'process.outcomes.withdrawn': 'Withdrawn share',
    'process.offerAcceptanceRate': 'Offer acceptance rate',
    'process.timeToFirstResponse.median': 'Time to first response, median',
    'process.timeToFirstResponse.withinAgreement': 'First response within agreement',
    'process.timeInStage.screening.median': 'Time in screening, median',
    'process.timeInStage.interview.median': 'Time in interview, median',
    'process.timeInStage.offer.median': 'Time in offer, median',
    'process.feedbackTime.median': 'Feedback time, median',
    'process.feedbackTime.withinAgreement': 'Feedback within agreement',
  },
  stats: { n: 'n', mean: 'mean', median: 'median', p90: 'p90', min: 'min', max: 'max' },
  verdict: { better: 'better', worse: 'worse', 'within noise': 'within noise', unchanged: 'unchanged', changed: 'changed', 'not comparable': 'not comparable' },
  words: {
    reportTitle: 'Recruitment KPIs',
    to: 'to',
    asOf: 'As of',
    openVacanciesOn: 'open vacancies on',
    calendarDays: 'calendar days',
    workingDays: 'working days',
    durationsIn: 'durations in',
    kpiColumn: 'KPI',
    value: 'Value',
    basedOn: 'Based on',
    durations: 'Duration (days)',
    openVacancyAge: 'Open vacancy age',
    externalCosts: 'External costs',
    internalCosts: 'Internal costs',
    timeCost: 'Time cost',
    totalCost: 'Total cost',
    hires: 'Hires',
    directCost: 'Direct cost',
    allocated: 'Allocated',
    barOfHighest: 'vs highest',
    onTime: 'On time',
    quality: 'Quality',
    firstYearAttrition: 'First-year attrition',
    notAvailable: 'Not available:',
    partlyMeasured: 'Computed on part of the data:',
    inputs: 'Inputs',
    accepted: 'accepted',
    rejected: 'rejected',
    unallocated: 'Shared costs not allocated (no hires in the period)',
    compareTitle: 'Nulmeting',
    against: 'against',
    baseline: 'Baseline',
    current: 'current',
    change: 'Change',
    changePercent: 'Change %',
    baselineCurrent: 'Baseline · current',
    verdictColumn: 'Verdict',
    status: 'Status',
    better: 'Better',
    worse: 'Worse',
  },
  basis: {
    hires: 'offer accepted in the period',
    hiresByStart: 'started in the period',
    openVacancies: 'median age',
    externalCosts: 'costs file, type external',
    internalCosts: 'costs file, type internal',
    timeCost: 'hours × rate',
    totalCost: 'external + internal + time',
    costPerHire: 'total cost / hires',
    costPerHireComparable: 'SHRM CPHC',
    externalCostPerHire: 'external / hires',
    internalCostPerHire: '(internal + time) / hires',
    recruitingCostRatio: 'cost per hire / mean first-year salary',
    scale: 'scale',
    byBusinessRoles: 'by business roles',
  },
  counts: {
    hires: (count, shown) => `${shown} ${count === 1 ? 'hire' : 'hires'}`,
    pastFirstYear: (count, shown) => `${shown} ${count === 1 ? 'hire past its first year' : 'hires past their first year'}`,
    rows: (count, shown) => `${shown} ${count === 1 ? 'row' : 'rows'}`,
  },
};

const NL: Messages = {
  kpi: {
    hires: 'Aannames',
    openVacancies: 'Openstaande vacatures',
    costs: 'Kosten',
    costPerHire: 'Kosten per hire',
    costPerHireComparable: 'Kosten per hire, vergelijkbaar (zonder tijd van de business)',
    externalCostPerHire: 'Externe kosten per hire',
    internalCostPerHire: 'Interne kosten per hire',
    recruitingCostRatio: 'Wervingskostenratio',
    timeToFill: 'Doorlooptijd vacature (time to fill)',
    timeToHire: 'Time to hire',
    timeToStart: 'Tijd tot indiensttreding',
    onTimeRate: 'Tijdig ingevuld',
    qualityOfHire: 'Kwaliteit van de hire',
    firstYearAttrition: 'Uitstroom in het eerste jaar',
    managerSatisfaction: 'Tevredenheid vacaturehouder',
    candidateSatisfaction: 'Kandidaattevredenheid',
    effortHours: 'Inspanning in uren (business)',
    effortHoursPerHire: 'Inspanning in uren per hire',
    costOfVacancy: 'Vacaturekosten tot de aanname (schatting)',
    totalCostPerHire: 'Totale kosten per hire met vacaturekosten (schatting)',
    openVacancyCost: 'Openstaande vacatures, kosten tot nu (schatting)',
  },
  metric: {
    hires: 'Aannames',
    hiresPerMonth: 'Aannames per maand',
    openVacancies: 'Openstaande vacatures',
    'openVacancyAge.median': 'Leeftijd open vacatures, mediaan',
    'costs.external': 'Externe kosten',
    'costs.internal': 'Interne kosten',
    'costs.time': 'Tijdskosten',
    'costs.businessTime': 'Tijdskosten van de business',
    'costs.total': 'Totale kosten',
    costPerHire: 'Kosten per hire',
    costPerHireComparable: 'Kosten per hire, vergelijkbaar',
    externalCostPerHire: 'Externe kosten per hire',
    internalCostPerHire: 'Interne kosten per hire',
    recruitingCostRatio: 'Wervingskostenratio',
    'timeToFill.median': 'Doorlooptijd, mediaan',
    'timeToFill.p90': 'Doorlooptijd, p90',
    'timeToFill.mean': 'Doorlooptijd, gemiddeld',
    'timeToHire.median': 'Time to hire, mediaan',
    'timeToStart.median': 'Tijd tot indiensttreding, mediaan',
    onTimeRate: 'Tijdig ingevuld',
    qualityOfHire: 'Kwaliteit van de hire',
    firstYearAttrition: 'Uitstroom in het eerste jaar',
    managerSatisfaction: 'Tevredenheid vacaturehouder',
    candidateSatisfaction: 'Kandidaattevredenheid',
    effortHoursPerHire: 'Inspanning in uren per hire',
    'costOfVacancy.perHire': 'Vacaturekosten per hire (schatting)',
    totalCostPerHire: 'Totale kosten per hire (schatting)',
    value: 'Waarde (1,00 = op doel)',
    weightedScore: 'Gewogen score',
    'process.applications': 'Sollicitaties',
    'process.funnel.applied.passThrough': 'Doorstroom sollicitatie → screening',
    'process.funnel.screening.passThrough': 'Doorstroom screening → gesprek',
    'process.funnel.interview.passThrough': 'Doorstroom gesprek → aanbod',
    'process.funnel.offer.passThrough': 'Doorstroom aanbod → aangenomen',
    'process.conversion': 'Conversie (aangenomen / sollicitaties)',
    'process.outcomes.withdrawn': 'Aandeel teruggetrokken',
    'process.offerAcceptanceRate': 'Acceptatiegraad aanbod',
    'process.timeToFirstResponse.median': 'Tijd tot eerste reactie, mediaan',
    'process.timeToFirstResponse.withinAgreement': 'Eerste reactie binnen afspraak',
    'process.timeInStage.screening.median': 'Tijd in screening, mediaan',
    'process.timeInStage.interview.median': 'Tijd in gesprekfase, mediaan',
    'process.timeInStage.offer.median': 'Tijd in aanbodfase, mediaan',
    'process.feedbackTime.median': 'Terugkoppeltijd, mediaan',
    'process.feedbackTime.withinAgreement': 'Terugkoppeling binnen afspraak',
  },
  stats: { n: 'n', mean: 'gem.', median: 'mediaan', p90: 'p90', min: 'min', max: 'max' },
  verdict: {
    better: 'beter',
    worse: 'slechter',
    'within noise': 'binnen de ruis',
    unchanged: 'gelijk',
    changed: 'veranderd',
    'not comparable': 'niet vergelijkbaar',
  },
  words: {
    reportTitle: 'Recruitment-KPI’s',
    to: 't/m',
    asOf: 'Peildatum',
    openVacanciesOn: 'openstaande vacatures op',
    calendarDays: 'kalenderdagen',
    workingDays: 'werkdagen',
    durationsIn: 'doorlooptijden in',
    kpiColumn: 'KPI',
    value: 'Waarde',
    basedOn: 'Op basis van',
    durations: 'Doorlooptijd (dagen)',
    openVacancyAge: 'Leeftijd open vacatures',
    externalCosts: 'Externe kosten',
    internalCosts: 'Interne kosten',
    timeCost: 'Tijdskosten',
    totalCost: 'Totale kosten',
    hires: 'Aannames',
    directCost: 'Directe kosten',
    allocated: 'Toegerekend',
    barOfHighest: 't.o.v. hoogste',
    onTime: 'Tijdig',
    quality: 'Kwaliteit',
    firstYearAttrition: 'Uitstroom 1e jaar',
    notAvailable: 'Niet beschikbaar:',
    partlyMeasured: 'Berekend op een deel van de gegevens:',
    inputs: 'Invoer',
    accepted: 'geaccepteerd',
    rejected: 'afgewezen',
    unallocated: 'Gedeelde kosten niet toegerekend (geen aannames in de periode)',
    compareTitle: 'Nulmeting',
    against: 'tegenover',
    baseline: 'Nulmeting',
    current: 'nu',
    change: 'Verschil',
    changePercent: 'Verschil %',
    baselineCurrent: 'Nulmeting · nu',
    verdictColumn: 'Oordeel',
    status: 'Status',
    better: 'Beter',
    worse: 'Slechter',
  },
  basis: {
    hires: 'aanbod geaccepteerd in de periode',
    hiresByStart: 'gestart in de periode',
    openVacancies: 'mediane leeftijd',
    externalCosts: 'kostenbestand, soort extern',
    internalCosts: 'kostenbestand, soort intern',
    timeCost: 'uren × tarief',
    totalCost: 'extern + intern + tijd',
    costPerHire: 'totale kosten / aannames',
    costPerHireComparable: 'SHRM CPHC',
    externalCostPerHire: 'extern / aannames',
    internalCostPerHire: '(intern + tijd) / aannames',
    recruitingCostRatio: 'kosten per hire / gem. jaarsalaris',
    scale: 'schaal',
    byBusinessRoles: 'door de business',
  },
  counts: {
    hires: (count, shown) => `${shown} ${count === 1 ? 'aanname' : 'aannames'}`,
    pastFirstYear: (count, shown) => `${shown} ${count === 1 ? 'aanname voorbij het eerste jaar' : 'aannames voorbij hun eerste jaar'}`,
    rows: (count, shown) => `${shown} ${count === 1 ? 'regel' : 'regels'}`,
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, nl: NL };
