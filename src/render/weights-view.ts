import { type Formatter, formatter, type Lang } from './format.js';
import { MESSAGES } from './i18n.js';
import { type ValueMessages, VALUE_MESSAGES } from './value-messages.js';
import { text, type View, type ViewCell, type ViewTable } from './view.js';
import type { WeightsDocument } from './weights-document.js';
import { largest } from './largest.js';

type AgreementDocument = WeightsDocument['agreement'];

const share = (f: Formatter, weight: number | null): ViewCell => ({ text: f.percent(weight), value: weight, unit: 'share' });

/** W with its plain-words reading, or why it was not measured. */
function agreementText(a: AgreementDocument, f: Formatter, m: ValueMessages): string {
  if (a.w === null) return m.noAgreement[a.reason ?? 'fewer-than-two-raters'];
  return `${m.words.kendall} = ${f.number(a.w, 2)} (${m.words.tieCorrected}, ${a.raters} ${m.words.stakeholders}): ${m.agreement[a.level ?? 'none']}`;
}

/**
 * The areas in consensus order with their weight and, when there is more than one group, each
 * group's weight and own rank side by side; the last row is each group's Kendall's W.
 */
function weightsTable(doc: WeightsDocument, f: Formatter, m: ValueMessages, barLabel: string): ViewTable {
  const w = m.words;
  const groups = doc.groups.length > 1 ? doc.groups : [];
  const maxWeight = largest(Object.values(doc.weights));
  const groupCell = (group: (typeof groups)[number], key: (typeof doc.order)[number]): ViewCell => ({
    ...share(f, group.weights[key]),
    text: `${f.percent(group.weights[key])} (${group.order.indexOf(key) + 1})`,
  });
  return {
    id: 'weights',
    rowKind: 'metric',
    title: null,
    columns: [
      { key: 'rank', label: w.rank, align: 'right' },
      { key: 'area', label: w.areaColumn, align: 'left' },
      { key: 'weight', label: w.weight, align: 'right' },
      { key: 'chart', label: barLabel, align: 'left' },
      ...groups.map((group) => ({ key: group.group ?? '', label: `${group.group ?? w.noGroup} (${group.stakeholders})`, align: 'right' as const })),
    ],
    rows: [
      ...doc.order.map((key, index) => ({
        key,
        cells: [
          { text: f.number(index + 1), value: index + 1, unit: 'count' },
          text(`${m.area[key]}${doc.top3.includes(key) ? ' *' : ''}`),
          share(f, doc.weights[key]),
          { text: '', bars: [{ value: doc.weights[key], max: maxWeight, emphasis: true }] },
          ...groups.map((group) => groupCell(group, key)),
        ],
      })),
      ...(groups.length === 0
        ? []
        : [{
            key: 'kendallsW',
            cells: [
              text(''),
              text(w.kendall),
              { text: f.number(doc.agreement.w, 2), value: doc.agreement.w, unit: 'index' },
              text(''),
              ...groups.map((group) => ({ text: f.number(group.agreement.w, 2), value: group.agreement.w, unit: 'index' })),
            ],
          }]),
    ],
    footer: `${w.top3}: ${doc.top3.map((key) => m.area[key]).join(', ')}\n${w.agreement}: ${agreementText(doc.agreement, f, m)}`,
  };
}

/** `rkpi weights` as a view: method and stakeholders, the weights table, top 3 and agreement. */
export function weightsView(doc: WeightsDocument, lang: Lang): View {
  const f = formatter(lang, 'EUR');
  const m = VALUE_MESSAGES[lang];
  const w = m.words;
  const counting = doc.balanceGroups ? w.everyGroup : w.everyStakeholder;
  return {
    kind: 'weights',
    title: `${w.weightsTitle}, ${doc.input.file}`,
    lines: [`${doc.stakeholders} ${w.stakeholders}; ${m.method[doc.method]}; ${counting}.`],
    tables: [weightsTable(doc, f, m, MESSAGES[lang].words.barOfHighest)],
    notes: [[doc.groups.length > 1 ? `${w.groupRank}; ${w.top3Mark}` : w.top3Mark]],
  };
}
