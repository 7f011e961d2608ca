import type { AgreementLevel } from '../core/value/kendall.js';
import type { AreaGroup, AreaKey } from '../core/value/areas.js';
import type { WeightMethod } from '../core/value/weights.js';
import type { Lang } from './format.js';

/** The texts of the value model's views (`rkpi weights`, `rkpi value`, the report's value section). */
export interface ValueMessages {
  readonly area: Readonly<Record<AreaKey, string>>;
  /** Resultaat, Proces, Kosten, Inspanning: the model's own names, in both languages. */
  readonly group: Readonly<Record<AreaGroup, string>>;
  readonly method: Readonly<Record<WeightMethod, string>>;
  readonly agreement: Readonly<Record<AgreementLevel, string>>;
  readonly noAgreement: Readonly<Record<'fewer-than-two-raters' | 'everything-tied', string>>;
  readonly words: Readonly<Record<ValueWord, string>>;
}

type ValueWord =
  | 'valueTitle' | 'weightsTitle' | 'areaColumn' | 'groupColumn' | 'actual' | 'target' | 'index' | 'weight' | 'rank'
  | 'score' | 'contribution' | 'chart' | 'notMeasured' | 'value' | 'valueMeaning' | 'weightedScore' | 'belowTarget'
  | 'allOnTarget' | 'measuredOnTarget' | 'top3NotMeasured' | 'noTop3' | 'noTop3Set' | 'top3Mark' | 'notMeasuredNote' | 'targets' | 'filledWithin' | 'weightsConfig' | 'weightsEqual'
  | 'tolerance' | 'toleranceDefault' | 'sideColumn' | 'sum' | 'measuredWeight' | 'stakeholders' | 'everyStakeholder'
  | 'everyGroup' | 'noGroup' | 'top3' | 'agreement' | 'kendall' | 'tieCorrected' | 'valueSection' | 'scoresFile'
  | 'valueIs' | 'days' | 'groupRank';

const EN: ValueMessages = {
  area: {
    bestFit: 'Best Fit',
    timelyDelivery: 'Timely Delivery',
    serviceQuality: 'Service Quality',
    candidateExperience: 'Candidate Experience',
    rightCosts: 'Right Costs',
    rightEffort: 'Right Effort',
  },
  group: { resultaat: 'Resultaat', proces: 'Proces', kosten: 'Kosten', inspanning: 'Inspanning' },
  method: { roc: 'rank-order centroid (ROC)', 'rank-sum': 'rank sum', reciprocal: 'reciprocal of ranks' },
  agreement: {
    none: 'no agreement: the stakeholders order the areas very differently; discuss the order before using these weights',
    'very-weak': 'very weak agreement: the weights average views that differ a lot; discuss the order before using them',
    weak: 'weak agreement: the weights are a compromise between different views; compare the groups below',
    moderate: 'moderate agreement: a shared order with some differences',
    strong: 'strong agreement: the stakeholders largely share one order',
    'unusually-strong': 'unusually strong agreement: the stakeholders give almost the same order',
  },
  noAgreement: {
    'fewer-than-two-raters': 'not measured: agreement needs at least two stakeholders',
    'everything-tied': 'not measured: every stakeholder ranked all areas equal',
  },
  words: {
    valueTitle: 'Recruitment value',
    weightsTitle: 'Weights of the six performance areas',
    areaColumn: 'Area',
    groupColumn: 'Group',
    actual: 'Actual',
    target: 'Target',
    index: 'Index',
    weight: 'Weight',
    rank: 'Rank',
    score: 'Score',
    contribution: 'w·x',
    chart: 'Score 0–100',
    notMeasured: 'not measured',
    value: 'Value',
    valueMeaning: '1.00 = every area on target',
    weightedScore: 'Weighted score',
    belowTarget: 'Below target among the top 3',
    allOnTarget: 'Every top-3 area is on target',
    measuredOnTarget: 'Every measured top-3 area is on target',
    top3NotMeasured: 'Not measured among the top 3',
    noTop3: 'No top 3: every area weighs the same until the weights are set (rkpi weights … --write)',
    noTop3Set: 'No top 3: the config gives every area the same weight',
    top3Mark: '* = top-3 area by weight',
    notMeasuredNote: 'Not measured (left out; the measured areas of its side carry its weight):',
    targets: 'Targets (config)',
    filledWithin: 'filled within',
    weightsConfig: 'Weights: from the config',
    weightsEqual: 'Weights: equal, as the config has none (set them with rkpi weights rankings.csv --write)',
    tolerance: 'Tolerance for costs and effort',
    toleranceDefault: 'default',
    sideColumn: 'Side',
    sum: 'Σ w·x',
    measuredWeight: 'Σ w measured',
    stakeholders: 'stakeholders',
    everyStakeholder: 'every stakeholder counts the same',
    everyGroup: 'every group counts the same (--balance-groups)',
    noGroup: '(no group)',
    top3: 'Top 3',
    agreement: 'Agreement',
    kendall: "Kendall's W",
    tieCorrected: 'tie-corrected',
    valueSection: 'Value model',
    scoresFile: 'from the scores file',
    valueIs: 'Value',
    days: 'days',
    groupRank: "(n) = the area's rank within the group",
  },
};

const NL: ValueMessages = {
  area: {
    bestFit: 'Best Fit',
    timelyDelivery: 'Tijdige levering',
    serviceQuality: 'Servicekwaliteit',
    candidateExperience: 'Kandidaatervaring',
    rightCosts: 'Juiste kosten',
    rightEffort: 'Juiste inspanning',
  },
  group: EN.group,
  method: { roc: 'rank-order centroid (ROC)', 'rank-sum': 'rangsom', reciprocal: 'reciproke rangen' },
  agreement: {
    none: 'geen overeenstemming: de stakeholders ordenen de gebieden heel verschillend; bespreek de volgorde voor je deze gewichten gebruikt',
    'very-weak': 'zeer zwakke overeenstemming: de gewichten middelen sterk verschillende opvattingen; bespreek de volgorde eerst',
    weak: 'zwakke overeenstemming: de gewichten zijn een compromis tussen verschillende opvattingen; vergelijk de groepen hieronder',
    moderate: 'redelijke overeenstemming: een gedeelde volgorde met enkele verschillen',
    strong: 'sterke overeenstemming: de stakeholders delen grotendeels één volgorde',
    'unusually-strong': 'uitzonderlijk sterke overeenstemming: de stakeholders geven vrijwel dezelfde volgorde',
  },
  noAgreement: {
    'fewer-than-two-raters': 'niet gemeten: daarvoor zijn minstens twee stakeholders nodig',
    'everything-tied': 'niet gemeten: iedere stakeholder gaf alle gebieden dezelfde rang',
  },
  words: {
    valueTitle: 'Waarde van recruitment',
    weightsTitle: 'Gewichten van de zes prestatiegebieden',
    areaColumn: 'Prestatiegebied',
    groupColumn: 'Groep',
    actual: 'Werkelijk',
    target: 'Doel',
    index: 'Index',
    weight: 'Gewicht',
    rank: 'Rang',
    score: 'Score',
    contribution: 'w·x',
    chart: 'Score 0–100',
    notMeasured: 'niet gemeten',
    value: 'Waarde',
    valueMeaning: '1,00 = elk gebied op doel',
    weightedScore: 'Gewogen score',
    belowTarget: 'Onder doel in de top 3',
    allOnTarget: 'Elk top-3-gebied is op doel',
    measuredOnTarget: 'Elk gemeten top-3-gebied is op doel',
    top3NotMeasured: 'Niet gemeten in de top 3',
    noTop3: 'Geen top 3: elk gebied weegt even zwaar tot de gewichten zijn gezet (rkpi weights … --write)',
    noTop3Set: 'Geen top 3: de config geeft elk gebied hetzelfde gewicht',
    top3Mark: '* = top-3-gebied naar gewicht',
    notMeasuredNote: 'Niet gemeten (weggelaten; de gemeten gebieden van dezelfde kant dragen het gewicht):',
    targets: 'Doelen (config)',
    filledWithin: 'ingevuld binnen',
    weightsConfig: 'Gewichten: uit de config',
    weightsEqual: 'Gewichten: gelijk, want de config heeft er geen (zet ze met rkpi weights rankings.csv --write)',
    tolerance: 'Marge voor kosten en inspanning',
    toleranceDefault: 'standaard',
    sideColumn: 'Kant',
    sum: 'Σ w·x',
    measuredWeight: 'Σ w gemeten',
    stakeholders: 'stakeholders',
    everyStakeholder: 'iedere stakeholder telt even zwaar',
    everyGroup: 'iedere groep telt even zwaar (--balance-groups)',
    noGroup: '(geen groep)',
    top3: 'Top 3',
    agreement: 'Overeenstemming',
    kendall: 'Kendalls W',
    tieCorrected: 'gecorrigeerd voor gelijke rangen',
    valueSection: 'Waardemodel',
    scoresFile: 'uit het scorebestand',
    valueIs: 'Waarde',
    days: 'dagen',
    groupRank: '(n) = rang van het gebied binnen de groep',
  },
};

export const VALUE_MESSAGES: Readonly<Record<Lang, ValueMessages>> = { en: EN, nl: NL };
