import type { Verdict } from '../core/compare/metric.js';
import { compareCharts } from './compare-charts.js';
import type { CompareDocument, MetricDocument } from './compare-document.js';
import { formatChange, formatInterval, formatRelative, levelText } from './compare-format.js';
import { COMPARE_MESSAGES, type CompareMessages } from './compare-messages.js';
import { inputNotes, meaningNotes, reasonNotes } from './compare-notes.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { formatUnit } from './format-unit.js';
import { type Messages, MESSAGES } from './i18n.js';
import { type ShownChange, shownMetric } from './shown-change.js';
import { text, type View, type ViewCell, type ViewTable } from './view.js';
import { groupLabel } from './group-label.js';

/** The change as a point with its interval as a whisker; nothing for a figure without an interval. */
function whiskerCell(metric: MetricDocument, shown: ShownChange, label: string): ViewCell {
  const { interval } = metric;
  if (shown.change === null || interval === null) return { text: '' };
  return { text: label, verdict: metric.verdict, whisker: { change: shown.change, low: interval.low, high: interval.high } };
}


function metricsTable(doc: CompareDocument, f: Formatter, m: Messages, c: CompareMessages): ViewTable {
  const w = m.words;
  const s = doc.summary;
  const counts = [`${s.better} ${m.verdict.better}`, `${s.worse} ${m.verdict.worse}`, `${s['within noise']} ${m.verdict['within noise']}`, `${s.unchanged} ${m.verdict.unchanged}`];
  if (s.changed > 0) counts.push(`${s.changed} ${m.verdict.changed}`);
  if (s['not comparable'] > 0) counts.push(`${s['not comparable']} ${m.verdict['not comparable']}`);
  const level = levelText(f, doc.settings.confidence);
  return {
    id: 'metrics',
    rowKind: 'metric',
    title: null,
    columns: [
      { key: 'metric', label: w.kpiColumn, align: 'left' },
      { key: 'baseline', label: doc.baseline.label, align: 'right' },
      { key: 'current', label: doc.current.label, align: 'right' },
      { key: 'change', label: w.change, align: 'right' },
      { key: 'relativeChange', label: w.changePercent, align: 'right' },
      { key: 'interval', label: c.intervalColumn(level), align: 'right' },
      { key: 'chart', label: c.whiskerColumn, align: 'left' },
      { key: 'verdict', label: w.verdictColumn, align: 'left' },
    ],
    rows: doc.metrics.map((metric) => {
      const shown = shownMetric(metric);
      const interval = formatInterval(f, c, metric, shown);
      return {
        key: metric.key,
        cells: [
          text(m.metric[metric.key] ?? metric.key),
          { text: formatUnit(f, metric.unit, shown.baseline, shown.decimals), value: metric.baseline, unit: metric.unit },
          { text: formatUnit(f, metric.unit, shown.current, shown.decimals), value: metric.current, unit: metric.unit },
          { text: formatChange(f, metric, shown.change, shown.decimals), value: metric.change, unit: metric.unit },
          { text: formatRelative(f, shown), value: metric.relativeChange, unit: 'share' },
          { text: interval },
          whiskerCell(metric, shown, interval),
          { text: m.verdict[metric.verdict], verdict: metric.verdict },
        ],
      };
    }),
    footer: counts.join(', '),
  };
}

function groupTable(doc: CompareDocument, f: Formatter, m: Messages): ViewTable | null {
  if (doc.groups === null) return null;
  const shown = ['hires', 'costPerHire', 'timeToFill.median', 'qualityOfHire'];
  const count = (metrics: readonly MetricDocument[], verdict: Verdict): ViewCell => {
    const n = metrics.filter((metric) => metric.verdict === verdict).length;
    return { text: String(n), value: n, unit: 'count' };
  };
  return {
    id: 'groups',
    rowKind: 'group',
    title: null,
    columns: [
      { key: 'group', label: doc.groups.by, align: 'left' },
      { key: 'status', label: m.words.status, align: 'left' },
      ...shown.map((key) => ({ key, label: m.metric[key] ?? key, align: 'right' as const })),
      { key: 'better', label: m.words.better, align: 'right' },
      { key: 'worse', label: m.words.worse, align: 'right' },
    ],
    rows: doc.groups.rows.map((row) => {
      const byKey = new Map(row.metrics.map((metric) => [metric.key, metric]));
      const cells = shown.map((key): ViewCell => {
        const metric = byKey.get(key);
        if (!metric) return text('–');
        const figures = shownMetric(metric);
        const side = (value: number | null) => formatUnit(f, metric.unit, value, figures.decimals);
        return { text: `${side(figures.baseline)} → ${side(figures.current)}`, verdict: metric.verdict };
      });
      return { key: row.key, cells: [text(groupLabel(row.key)), text(row.status), ...cells, count(row.metrics, 'better'), count(row.metrics, 'worse')] };
    }),
  };
}

/**
 * The comparison as a view: every figure with both values, the change (the difference of the
 * values as shown), its interval drawn as a whisker, a verdict in words, and a sentence on each.
 */
export function compareView(doc: CompareDocument, lang: Lang): View {
  const f = formatter(lang, doc.settings.currency);
  const m = MESSAGES[lang];
  const c = COMPARE_MESSAGES[lang];
  const w = m.words;
  const side = (s: CompareDocument['baseline']) =>
    `${f.date(s.start)} ${w.to} ${f.date(s.end)} (${s.source}${s.asOf === null ? '' : `, ${w.asOf.toLowerCase()} ${f.date(s.asOf)}`})`;
  const tables = [metricsTable(doc, f, m, c), groupTable(doc, f, m)];
  return {
    kind: 'compare',
    title: `${w.compareTitle} ${doc.baseline.label} ${w.against} ${doc.current.label}`,
    lines: [`${w.baseline}: ${side(doc.baseline)}; ${w.current}: ${side(doc.current)}.`],
    dates: [doc.baseline, doc.current].flatMap((s) => (s.asOf === null ? [] : [{ key: 'asOf', group: s.label, iso: s.asOf }])),
    tables: tables.filter((table): table is ViewTable => table !== null),
    notes: [...meaningNotes(doc, f, m, c), ...reasonNotes(doc, f, m, lang), ...inputNotes(doc, f, m)],
    charts: compareCharts(doc, f, lang),
  };
}
