import type { AreaIndicator } from '../core/value/actuals.js';
import type { AreaKey } from '../core/value/areas.js';
import { areasChart, unmeasuredTop3, valueTiles } from './areas-chart.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { MESSAGES } from './i18n.js';
import { inputsLine } from './inputs-line.js';
import { reasonText } from './reason-text.js';
import type { ValueDocument } from './value-document.js';
import { type ValueMessages, VALUE_MESSAGES } from './value-messages.js';
import type { ValueReportDocument } from './value-report-document.js';
import { text, type View, type ViewCell, type ViewColumn, type ViewTable } from './view.js';

type AreaDocument = ValueDocument['areas'][number];

const left = (key: string, label: string): ViewColumn => ({ key, label, align: 'left' });
const right = (key: string, label: string): ViewColumn => ({ key, label, align: 'right' });
const figure = (shown: string, value: number | null, unit: string): ViewCell => ({ text: shown, value, unit });

/** An actual or target as its indicator is usually written: shares as %, money, hours, scores. */
function inUnit(f: Formatter, indicator: AreaIndicator, value: number | null): ViewCell {
  switch (indicator) {
    case 'qualityOfHire':
      return figure(f.number(value, 2), value, 'index');
    case 'onTimeRate':
      return figure(f.percent(value), value, 'share');
    case 'managerSatisfaction':
    case 'candidateSatisfaction':
      return figure(f.number(value, 1), value, 'score');
    case 'costPerHire':
      return figure(f.money(value), value, 'money');
    case 'effortHoursPerHire':
      return figure(f.hours(value), value, 'hours');
  }
}

/** An area's index, or "not measured" with the reason (the CSV writes it beside an empty value). */
function indexCell(area: AreaDocument, f: Formatter, m: ValueMessages, lang: Lang): ViewCell {
  if (area.measured) return figure(f.number(area.index, 2), area.index, 'index');
  return { text: m.words.notMeasured, value: null, unit: 'index', note: reasonText(area.reason ?? '', lang, f.date) };
}

const areaLabel = (area: AreaDocument, m: ValueMessages): string => `${m.area[area.key]}${area.top3 ? ' *' : ''}`;
const areaNames = (keys: readonly AreaKey[], m: ValueMessages): string => keys.map((key) => m.area[key]).join(', ');

/** Every area: actual, target, index, weight, rank, score (with a bar) and contribution. */
function areaTable(v: ValueDocument, f: Formatter, m: ValueMessages, lang: Lang): ViewTable {
  const w = m.words;
  return {
    id: 'areas',
    rowKind: 'metric',
    title: null,
    columns: [
      left('area', w.areaColumn), left('group', w.groupColumn), right('actual', w.actual), right('target', w.target),
      right('index', w.index), right('weight', w.weight), right('rank', w.rank), right('score', w.score),
      right('contribution', w.contribution), left('chart', w.chart),
    ],
    rows: v.areas.map((area) => ({
      key: area.key,
      cells: [
        text(areaLabel(area, m)),
        text(m.group[area.group]),
        inUnit(f, area.indicator, area.actual),
        inUnit(f, area.indicator, area.target),
        indexCell(area, f, m, lang),
        figure(f.percent(area.weight), area.weight, 'share'),
        figure(f.number(area.rank), area.rank, 'count'),
        figure(f.number(area.score, 0), area.score, 'score'),
        figure(f.number(area.contribution, 3), area.contribution, 'index'),
        { text: '', bars: area.score === null ? [] : [{ value: area.score, max: 100, emphasis: true }] },
      ],
    })),
    footer: belowTargetLine(v, m),
  };
}

/**
 * How the top 3 does: the areas below target, else that the measured ones are on target; and
 * which are not measured, which are neither on nor below target.
 */
function belowTargetLine(v: ValueDocument, m: ValueMessages): string {
  const w = m.words;
  if (v.top3.length === 0) return `${v.weights === 'config' ? w.noTop3Set : w.noTop3}.`;
  const unmeasured = unmeasuredTop3(v);
  const sentences: string[] = [];
  if (v.belowTarget.length > 0) sentences.push(`${w.belowTarget}: ${areaNames(v.belowTarget, m)}.`);
  else if (unmeasured.length < v.top3.length) sentences.push(`${unmeasured.length === 0 ? w.allOnTarget : w.measuredOnTarget}.`);
  if (unmeasured.length > 0) sentences.push(`${w.top3NotMeasured}: ${areaNames(unmeasured, m)}.`);
  return `${sentences.join(' ')} (${w.top3Mark})`;
}

/** Resultaat, Proces, Kosten, Inspanning: Σ w·x of each. */
function sideTable(v: ValueDocument, f: Formatter, m: ValueMessages): ViewTable {
  const groups = ['resultaat', 'proces', 'kosten', 'inspanning'] as const;
  return {
    id: 'sides',
    rowKind: 'metric',
    title: null,
    columns: [left('group', m.words.groupColumn), right('sum', m.words.sum)],
    rows: groups.map((group) => ({
      key: group,
      cells: [text(m.group[group]), figure(f.number(v.groups[group], 3), v.groups[group], 'index')],
    })),
  };
}

/** The value with its formula in figures, and the weighted score. */
function headline(v: ValueDocument, f: Formatter, m: ValueMessages, lang: Lang): string[] {
  const w = m.words;
  const { numerator: n, denominator: d } = v.sides;
  const formula =
    v.value === null
      ? `– (${reasonText(v.reason ?? '', lang, f.date)})`
      : `${f.number(v.value, 2)} = (${f.number(n.sum, 3)} / ${f.number(n.weight, 3)}) / (${f.number(d.sum, 3)} / ${f.number(d.weight, 3)}); ${w.valueMeaning}`;
  return [`${w.value}: ${formula}`, `${w.weightedScore}: ${f.number(v.weightedScore, 1)} / 100`];
}

/** The areas that are not measured, each with its reason; none when every area is. */
export function unmeasuredNotes(v: ValueDocument, f: Formatter, m: ValueMessages, lang: Lang): string[][] {
  const unmeasured = v.areas.filter((area) => !area.measured);
  if (unmeasured.length === 0) return [];
  return [[m.words.notMeasuredNote, ...unmeasured.map((area) => `– ${m.area[area.key]}: ${reasonText(area.reason ?? '', lang, f.date)}`)]];
}

/** Which targets, weights and tolerance were used; which areas were not measured and why. */
export function valueNotes(v: ValueDocument, f: Formatter, m: ValueMessages, lang: Lang): string[][] {
  const w = m.words;
  const paragraphs = unmeasuredNotes(v, f, m, lang);
  const measuredBy = v.areas.flatMap((area) => {
    if (area.source === 'scores') return [`${m.area[area.key]}: ${w.scoresFile}`];
    if (area.source === 'filledInTime') return [`${m.area[area.key]}: ${w.filledWithin} ${f.number(v.targets.timeToFillDays ?? null)} ${w.days}`];
    if (area.note !== null) return [`${m.area[area.key]}: ${reasonText(area.note, lang, f.date)}`];
    return [];
  });
  const targets = Object.entries(v.targets).map(([key, target]) => `${key} ${f.number(target ?? null, Number.isInteger(target) ? 0 : 2)}`);
  const tolerance = `${w.tolerance}: ±${f.percent(v.tolerance)}${v.toleranceSource === 'default' ? ` (${w.toleranceDefault})` : ''}`;
  paragraphs.push([
    ...measuredBy,
    `${w.targets}: ${targets.join(', ')}`,
    v.weights === 'config' ? w.weightsConfig : w.weightsEqual,
    tolerance,
  ]);
  return paragraphs;
}

/**
 * The report's short value section: index, score and weight per area, and the value, weighted
 * score and top-3 areas below target under it.
 *
 * @example valueSection(doc.value, 'en').footer // 'Value 1.08 (1.00 = every area on target) · weighted score 81.3 / 100 · …'
 */
export function valueSection(v: ValueDocument, lang: Lang, currency: string): ViewTable {
  const f = formatter(lang, currency);
  const m = VALUE_MESSAGES[lang];
  const w = m.words;
  const value = v.value === null ? `– (${reasonText(v.reason ?? '', lang, f.date)})` : `${f.number(v.value, 2)} (${w.valueMeaning})`;
  return {
    id: 'value',
    rowKind: 'metric',
    title: w.valueSection,
    columns: [left('area', w.areaColumn), right('index', w.index), right('score', w.score), right('weight', w.weight)],
    rows: v.areas.map((area) => ({
      key: area.key,
      cells: [
        text(areaLabel(area, m)),
        indexCell(area, f, m, lang),
        figure(f.number(area.score, 0), area.score, 'score'),
        figure(f.percent(area.weight), area.weight, 'share'),
      ],
    })),
    footer: `${w.value}: ${value}\n${w.weightedScore}: ${f.number(v.weightedScore, 1)} / 100\n${belowTargetLine(v, m)}`,
  };
}

/** `rkpi value` as a view: the value and score, every area, the four sides, and what was used. */
export function valueView(doc: ValueReportDocument, lang: Lang): View {
  const f = formatter(lang, doc.settings.currency);
  const m = VALUE_MESSAGES[lang];
  const r = MESSAGES[lang].words;
  const span = `${f.date(doc.period.start)} ${r.to} ${f.date(doc.period.end)}`;
  const named = doc.period.label === `${doc.period.start}..${doc.period.end}` ? span : `${doc.period.label} (${span})`;
  const inputs = inputsLine(Object.values(doc.inputs), f, MESSAGES[lang]);
  return {
    kind: 'value',
    title: `${m.words.valueTitle}, ${named}`,
    lines: [`${r.asOf} ${f.date(doc.asOf)}.`, ...headline(doc.value, f, m, lang)],
    dates: [{ key: 'asOf', group: '', iso: doc.asOf }],
    tables: [areaTable(doc.value, f, m, lang), sideTable(doc.value, f, m)],
    notes: [...valueNotes(doc.value, f, m, lang), [`${r.inputs}: ${inputs}`]],
    charts: [valueTiles(doc.value, f, lang), areasChart(doc.value, f, lang)],
  };
}
