import type { ReportDocument } from './document.js';
import { explained, explanationLines } from './figure-notes.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { type Messages, MESSAGES } from './i18n.js';
import { inputsLine } from './inputs-line.js';
import { reasonText } from './reason-text.js';
import { reportCharts } from './report-charts.js';
import { openVacancyCostTable, vacancyCostCells, vacancyCostColumns, vacancyCostRows } from './vacancy-cost-view.js';
import { VALUE_MESSAGES } from './value-messages.js';
import { unmeasuredNotes, valueSection } from './value-view.js';
import { text, type View, type ViewCell, type ViewColumn, type ViewRow, type ViewTable } from './view.js';
import { largest } from './largest.js';
import { groupLabel } from './group-label.js';
import { type ProcessContext, processGroupTable, processNotes, processTables } from './process-view.js';

/** The process section: its tables, and with --by the process per group. */
function processSection(doc: ReportDocument, c: ProcessContext): ViewTable[] {
  const block = doc.process;
  if (block === null) return [];
  const groups = doc.groups === null ? null : processGroupTable(doc.groups.by, doc.groups.rows, c);
  return [...processTables(block, c), ...(groups === null ? [] : [groups])];
}

const left = (key: string, label: string): ViewColumn => ({ key, label, align: 'left' });
const right = (key: string, label: string): ViewColumn => ({ key, label, align: 'right' });
const figure = (shown: string, value: number | null, unit: string): ViewCell => ({ text: shown, value, unit });

/** A figure's name in the view's language: a KPI, or a figure of the cost block. */
const labelOf = (m: Messages, key: string): string => m.kpi[key as keyof Messages['kpi']] ?? m.metric[key] ?? key;

/** Sentences of the core (reasons, notes) in the view's language. */
type Say = (sentence: string) => string;

function summaryTable(doc: ReportDocument, f: Formatter, m: Messages, lang: Lang, say: Say): ViewTable {
  const k = doc.kpis;
  const b = m.basis;
  const scale = `${doc.settings.scales.satisfaction.min}–${doc.settings.scales.satisfaction.max}`;
  const n = (count: number, what = m.counts.hires) => what(count, f.number(count));
  const row = (key: string, label: string, value: ViewCell, basis: string): ViewRow => ({
    key,
    cells: [text(label), explained(value, key, doc, say), text(basis)],
  });
  const money = (value: number | null) => figure(f.money(value), value, doc.settings.currency);
  return {
    id: 'summary',
    rowKind: 'metric',
    title: null,
    columns: [left('kpi', m.words.kpiColumn), right('value', m.words.value), left('basis', m.words.basedOn)],
    rows: [
      row('hires', m.kpi.hires, figure(f.number(k.hires), k.hires, 'count'), doc.settings.hiresCountOn === 'start_date' ? b.hiresByStart : b.hires),
      row('openVacancies', m.kpi.openVacancies, figure(f.number(k.openVacancies.count), k.openVacancies.count, 'count'), `${b.openVacancies} ${f.days(k.openVacancies.age.median)}`),
      row('costs.external', m.words.externalCosts, money(k.costs.external), b.externalCosts),
      row('costs.internal', m.words.internalCosts, money(k.costs.internal), b.internalCosts),
      row('costs.time', m.words.timeCost, money(k.costs.time), b.timeCost),
      row('costs.total', m.words.totalCost, money(k.costs.total), b.totalCost),
      row('costPerHire', m.kpi.costPerHire, money(k.costPerHire), b.costPerHire),
      row('costPerHireComparable', m.kpi.costPerHireComparable, money(k.costPerHireComparable), b.costPerHireComparable),
      row('externalCostPerHire', m.kpi.externalCostPerHire, money(k.externalCostPerHire), b.externalCostPerHire),
      row('internalCostPerHire', m.kpi.internalCostPerHire, money(k.internalCostPerHire), b.internalCostPerHire),
      row('recruitingCostRatio', m.kpi.recruitingCostRatio, figure(f.percentage(k.recruitingCostRatio), k.recruitingCostRatio, 'percent'), b.recruitingCostRatio),
      row('onTimeRate', m.kpi.onTimeRate, figure(f.percent(k.onTimeRate.value), k.onTimeRate.value, 'share'), n(k.onTimeRate.n)),
      row('qualityOfHire', m.kpi.qualityOfHire, figure(f.number(k.qualityOfHire.value, 2), k.qualityOfHire.value, 'index'), `${n(k.qualityOfHire.n)}, ${b.scale} 0–1`),
      row('firstYearAttrition', m.kpi.firstYearAttrition, figure(f.percent(k.firstYearAttrition.value), k.firstYearAttrition.value, 'share'), n(k.firstYearAttrition.n, m.counts.pastFirstYear)),
      row('managerSatisfaction', m.kpi.managerSatisfaction, figure(f.number(k.managerSatisfaction.mean, 1), k.managerSatisfaction.mean, 'score'), `${n(k.managerSatisfaction.n)}, ${b.scale} ${scale}`),
      row('candidateSatisfaction', m.kpi.candidateSatisfaction, figure(f.number(k.candidateSatisfaction.mean, 1), k.candidateSatisfaction.mean, 'score'), `${n(k.candidateSatisfaction.n)}, ${b.scale} ${scale}`),
      row('effortHoursPerHire', m.kpi.effortHoursPerHire, figure(f.hours(k.effortHoursPerHire), k.effortHoursPerHire, 'hours'), `${f.hours(k.effortHours)} ${b.byBusinessRoles}`),
      ...vacancyCostRows(doc, f, m, lang, say),
    ],
  };
}

function durationTable(doc: ReportDocument, f: Formatter, m: Messages, say: Say): ViewTable {
  const stats = ['n', 'mean', 'median', 'p90', 'min', 'max'] as const;
  const k = doc.kpis;
  // The row's key, its label, its figures, and the KPI whose reason explains a missing figure.
  const rows: [string, string, (typeof k)['timeToFill'], string][] = [
    ['timeToFill', m.kpi.timeToFill, k.timeToFill, 'timeToFill'],
    ['timeToHire', m.kpi.timeToHire, k.timeToHire, 'timeToHire'],
    ['timeToStart', m.kpi.timeToStart, k.timeToStart, 'timeToStart'],
    ['openVacancyAge', m.words.openVacancyAge, k.openVacancies.age, 'openVacancies'],
  ];
  return {
    id: 'durations',
    rowKind: 'metric',
    title: null,
    columns: [left('kpi', m.words.durations), ...stats.map((stat) => right(stat, m.stats[stat]))],
    rows: rows.map(([key, label, s, kpi]) => ({
      key,
      cells: [
        text(label),
        figure(f.number(s.n), s.n, 'count'),
        ...stats.slice(1).map((stat) => explained(figure(f.number(s[stat], 1), s[stat], 'days'), kpi, doc, say)),
      ],
    })),
  };
}

/** A group's cost per hire as a bar on the scale of the highest one. */
function costBar(costPerHire: number | null, highest: number): ViewCell {
  if (costPerHire === null || costPerHire <= 0) return { text: '', bars: [] };
  return { text: '', bars: [{ value: costPerHire, max: highest, emphasis: true }] };
}

/**
 * Every group's hires, costs (direct, allocated, total, per hire, with a bar against the highest
 * when some group has a cost per hire above 0), time to fill, on-time rate, quality and first-year
 * attrition.
 */
function groupTable(doc: ReportDocument, f: Formatter, m: Messages, lang: Lang, say: Say): ViewTable | null {
  if (doc.groups === null) return null;
  const highest = largest(doc.groups.rows.map((row) => row.kpis.costPerHire ?? 0), 0);
  const bars = highest > 0;
  const w = m.words;
  const money = (value: number | null) => figure(f.money(value), value, doc.settings.currency);
  return {
    id: 'groups',
    rowKind: 'group',
    title: null,
    columns: [
      left('group', doc.groups.by),
      right('hires', w.hires),
      right('directCost', w.directCost),
      right('allocatedCost', w.allocated),
      right('costs.total', w.totalCost),
      right('costPerHire', m.kpi.costPerHire),
      ...(bars ? [left('chart', w.barOfHighest)] : []),
      ...vacancyCostColumns(doc, lang),
      right('timeToFill.median', m.metric['timeToFill.median'] ?? m.kpi.timeToFill),
      right('onTimeRate', w.onTime),
      right('qualityOfHire', w.quality),
      right('firstYearAttrition', w.firstYearAttrition),
    ],
    rows: doc.groups.rows.map((row) => {
      const k = row.kpis;
      const why = (cell: ViewCell, key: string) => explained(cell, key, row, say);
      return {
        key: row.key,
        cells: [
          text(groupLabel(row.key)),
          figure(f.number(k.hires), k.hires, 'count'),
          why(money(row.directCost), 'costs.total'),
          why(money(row.allocatedCost), 'costs.total'),
          why(money(k.costs.total), 'costs.total'),
          why(money(k.costPerHire), 'costPerHire'),
          ...(bars ? [costBar(k.costPerHire, highest)] : []),
          ...vacancyCostCells(doc, k, f, why),
          why(figure(f.number(k.timeToFill.median, 1), k.timeToFill.median, 'days'), 'timeToFill'),
          why(figure(f.percent(k.onTimeRate.value), k.onTimeRate.value, 'share'), 'onTimeRate'),
          why(figure(f.number(k.qualityOfHire.value, 2), k.qualityOfHire.value, 'index'), 'qualityOfHire'),
          why(figure(f.percent(k.firstYearAttrition.value), k.firstYearAttrition.value, 'share'), 'firstYearAttrition'),
        ],
      };
    }),
  };
}

/**
 * After the tables: shared costs that could not be allocated, why figures have no value, what the
 * partly measured ones leave out (one line per reason, naming its figures), the value model's
 * areas that are not measured and why, and the inputs.
 */
function notes(doc: ReportDocument, tables: readonly ViewTable[], f: Formatter, m: Messages, lang: Lang): string[][] {
  const say = (sentence: string) => reasonText(sentence, lang, f.date);
  const w = m.words;
  const paragraphs: string[][] = [];
  const unallocated = doc.groups?.unallocatedCost ?? 0;
  if (unallocated !== 0) paragraphs.push([`${w.unallocated}: ${f.money(unallocated)}`]);
  const label = (key: string) => labelOf(m, key);
  const process = doc.process;
  const processLines = process === null ? [] : processNotes(process, tables.filter((table) => table.id.startsWith('process')), lang, say);
  const missing = [...explanationLines(doc.reasons, label, say), ...processLines];
  if (missing.length > 0) paragraphs.push([w.notAvailable, ...missing]);
  const partial = explanationLines(doc.notes, label, say);
  if (partial.length > 0) paragraphs.push([w.partlyMeasured, ...partial]);
  if (doc.value !== null) for (const paragraph of unmeasuredNotes(doc.value, f, VALUE_MESSAGES[lang], lang)) paragraphs.push(paragraph);
  paragraphs.push([`${w.inputs}: ${inputsLine(Object.values(doc.inputs), f, m)}`]);
  return paragraphs;
}

/** The report as a view: a summary, the duration statistics and, with --by, the groups. */
export function reportView(doc: ReportDocument, lang: Lang): View {
  const f = formatter(lang, doc.settings.currency);
  const m = MESSAGES[lang];
  const w = m.words;
  const span = `${f.date(doc.period.start)} ${w.to} ${f.date(doc.period.end)}`;
  const named = doc.period.label === `${doc.period.start}..${doc.period.end}` ? span : `${doc.period.label} (${span})`;
  const days = doc.settings.dayCount === 'business' ? w.workingDays : w.calendarDays;
  const say = (sentence: string) => reasonText(sentence, lang, f.date);
  const value = doc.value === null ? null : valueSection(doc.value, lang, doc.settings.currency);
  const process = processSection(doc, { f, lang, currency: doc.settings.currency, say });
  const tables = [summaryTable(doc, f, m, lang, say), durationTable(doc, f, m, say), groupTable(doc, f, m, lang, say), openVacancyCostTable(doc, f, lang), ...process, value];
  return {
    kind: 'report',
    title: `${w.reportTitle}, ${named}`,
    lines: [`${w.asOf} ${f.date(doc.asOf)}; ${w.openVacanciesOn} ${f.date(doc.openVacanciesOn)}; ${w.durationsIn} ${days}.`],
    dates: [
      { key: 'asOf', group: '', iso: doc.asOf },
      { key: 'openVacanciesOn', group: '', iso: doc.openVacanciesOn },
    ],
    tables: tables.filter((table): table is ViewTable => table !== null),
    notes: notes(doc, tables.filter((table): table is ViewTable => table !== null), f, m, lang),
    charts: reportCharts(doc, f, lang),
  };
}
