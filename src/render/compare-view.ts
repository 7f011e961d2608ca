import type { Verdict } from '../core/compare/metric.js';
import { compareCharts } from './compare-charts.js';
import type { CompareDocument, MetricDocument } from './compare-document.js';
import { COMPARE_MESSAGES, type CompareMessages, sentenceKind } from './compare-messages.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { formatUnit } from './format-unit.js';
import { type Messages, MESSAGES } from './i18n.js';
import { reasonText } from './reason-text.js';
import { type ShownChange, shownMetric } from './shown-change.js';
import { text, type View, type ViewCell, type ViewTable } from './view.js';

const signed = (shown: string, value: number | null): string => (value !== null && value > 0 ? `+${shown}` : shown);

/** A change in the figure's unit at the row's decimals; a change of a share or a percentage is in percentage points. */
function formatChange(f: Formatter, metric: MetricDocument, value: number | null, decimals: number): string {
  const { unit } = metric;
  if (value === null) return formatUnit(f, unit, null);
  if (unit === 'share') return signed(f.points(value * 100, decimals), value);
  if (unit === 'percent') return signed(f.points(value, decimals), value);
  return signed(formatUnit(f, unit, value, decimals), value);
}

/**
 * A relative change in percent: one decimal, or two where one decimal would show a change as
 * 0.0% next to its verdict (€1,345.23 → €1,344.69 is -0.04%). A change smaller still is "<0.01%"
 * with its sign, never 0.0%.
 */
function formatRelative(f: Formatter, shown: ShownChange): string {
  const { relativeChange, change } = shown;
  if (relativeChange === null) return f.percentage(null);
  const relative = relativeChange * 100;
  if (Math.abs(relative) < 0.005 && change !== null && change !== 0) return `${change > 0 ? '+' : '-'}<${f.number(0.01, 2)}%`;
  const decimals = relative !== 0 && Math.abs(relative) < 0.05 ? 2 : 1;
  return signed(`${f.number(relative, decimals)}%`, relative);
}

/** The interval of a change as numbers at the row's decimals: `-3.0 to +5.0` (in pp for a share). */
function formatInterval(f: Formatter, c: CompareMessages, metric: MetricDocument, shown: ShownChange): string {
  if (metric.interval === null) return '';
  const bound = (value: number) => signed(f.number(value * 10 ** shown.shift, shown.decimals), value);
  return `${bound(metric.interval.low)} ${c.to} ${bound(metric.interval.high)}`;
}

/** A level as a percentage: 0.9 → `90%`, 0.995 → `99.5%`. */
const levelText = (f: Formatter, level: number): string => `${f.number(level * 100, Number.isInteger(level * 100) ? 0 : 1)}%`;

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
      return { key: row.key, cells: [text(row.key), text(row.status), ...cells, count(row.metrics, 'better'), count(row.metrics, 'worse')] };
    }),
  };
}

/**
 * A sentence per compared figure, for the people who read the comparison in a meeting: both
 * values, the verdict and what it rests on: `Time to fill, median: 47.5 days against 46.5 days; a
 * change this small is within the noise of 70 and 80 hires (90% interval -3.0 days to +5.0 days).`
 */
function meaningNotes(doc: CompareDocument, f: Formatter, m: Messages, c: CompareMessages): string[][] {
  const level = levelText(f, doc.settings.confidence);
  const lines = doc.metrics
    .filter((metric) => metric.verdict !== 'not comparable')
    .map((metric) => {
      const shown = shownMetric(metric);
      const { interval, n } = metric;
      const bound = (value: number) => formatChange(f, metric, value, shown.decimals);
      return `– ${c.sentence(sentenceKind(metric), {
        label: m.metric[metric.key] ?? metric.key,
        current: formatUnit(f, metric.unit, shown.current, shown.decimals),
        baseline: formatUnit(f, metric.unit, shown.baseline, shown.decimals),
        verdict: m.verdict[metric.verdict],
        samples: n === null ? null : c.samples(f.number(n.baseline), f.number(n.current), c.sampleNoun(metric.key)),
        interval: interval === null ? null : `${c.intervalColumn(level)} ${bound(interval.low)} ${c.to} ${bound(interval.high)}`,
        relative: formatRelative(f, shown),
        materiality: levelText(f, doc.settings.materiality),
      })}`;
    });
  return lines.length === 0 ? [] : [[c.meaningHeading, ...lines]];
}

/**
 * Why the figures that cannot be compared have no value, side by side:
 * `– First-year attrition: 2024: no hire has completed a first year by 2024-12-31; 2025: …`.
 */
function reasonNotes(doc: CompareDocument, f: Formatter, m: Messages, lang: Lang): string[][] {
  const lines = doc.metrics
    .filter((metric) => metric.verdict === 'not comparable')
    .flatMap((metric) => {
      const kpi = metric.key.split('.')[0] ?? metric.key;
      const sides = [
        [doc.baseline.label, doc.reasons.baseline[kpi]],
        [doc.current.label, doc.reasons.current[kpi]],
      ].filter((side): side is [string, string] => side[1] !== undefined);
      return sides.length === 0 ? [] : [`– ${m.metric[metric.key] ?? metric.key}: ${sides.map(([label, reason]) => `${label}: ${reasonText(reason, lang, f.date)}`).join('; ')}`];
    });
  return lines.length === 0 ? [] : [[m.words.notAvailable, ...lines]];
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
  const side = (s: CompareDocument['baseline']) => `${f.date(s.start)} ${w.to} ${f.date(s.end)} (${s.source})`;
  const tables = [metricsTable(doc, f, m, c), groupTable(doc, f, m)];
  return {
    kind: 'compare',
    title: `${w.compareTitle} ${doc.baseline.label} ${w.against} ${doc.current.label}`,
    lines: [`${w.baseline}: ${side(doc.baseline)}; ${w.current}: ${side(doc.current)}.`],
    tables: tables.filter((table): table is ViewTable => table !== null),
    notes: [...meaningNotes(doc, f, m, c), ...reasonNotes(doc, f, m, lang)],
    charts: compareCharts(doc, f, lang),
  };
}
