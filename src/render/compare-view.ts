import type { Verdict } from '../core/compare/metric.js';
import { compareCharts } from './compare-charts.js';
import type { CompareDocument, MetricDocument } from './compare-document.js';
import { reasonFor } from './figure-notes.js';
import { type Formatter, formatter, type Lang } from './format.js';
import { formatUnit } from './format-unit.js';
import { type Messages, MESSAGES } from './i18n.js';
import { reasonText } from './reason-text.js';
import { text, type View, type ViewCell, type ViewTable } from './view.js';
import { groupLabel } from './group-label.js';
import { inputsLine } from './inputs-line.js';

const signed = (shown: string, value: number | null): string => (value !== null && value > 0 ? `+${shown}` : shown);

/** A change in the figure's unit; a change of a share or a percentage is in percentage points. */
function formatChange(f: Formatter, metric: MetricDocument): string {
  const { unit, change } = metric;
  if (change === null) return formatUnit(f, unit, null);
  if (unit === 'share') return signed(f.points(change * 100), change);
  if (unit === 'percent') return signed(f.points(change), change);
  return signed(formatUnit(f, unit, change), change);
}

/**
 * A relative change in percent: one decimal, or two where one decimal would show a change as
 * 0.0% next to its verdict (€1,345.23 → €1,344.69 is -0.04%). A change smaller still (the JSON
 * keeps four decimals of the share) is "<0.01%" with its sign, never 0.0%.
 */
function formatRelative(f: Formatter, metric: MetricDocument): string {
  const { relativeChange, change } = metric;
  if (relativeChange === null) return f.percentage(null);
  const relative = relativeChange * 100;
  if (Math.abs(relative) < 0.005 && change !== null && change !== 0) return `${change > 0 ? '+' : '-'}<${f.number(0.01, 2)}%`;
  const decimals = relative !== 0 && Math.abs(relative) < 0.05 ? 2 : 1;
  return signed(`${f.number(relative, decimals)}%`, relative);
}

/** Baseline and current as two bars on one scale; none for negative figures. */
function barsOf(metric: MetricDocument): ViewCell {
  const { baseline, current, verdict } = metric;
  if (baseline === null || current === null || baseline < 0 || current < 0) return { text: '', bars: [], verdict };
  const max = Math.max(baseline, current);
  return { text: '', verdict, bars: [{ value: baseline, max, emphasis: false }, { value: current, max, emphasis: true }] };
}

function metricsTable(doc: CompareDocument, f: Formatter, m: Messages): ViewTable {
  const w = m.words;
  const s = doc.summary;
  const counts = [`${s.better} ${m.verdict.better}`, `${s.worse} ${m.verdict.worse}`, `${s.unchanged} ${m.verdict.unchanged}`];
  if (s.changed > 0) counts.push(`${s.changed} ${m.verdict.changed}`);
  if (s['not comparable'] > 0) counts.push(`${s['not comparable']} ${m.verdict['not comparable']}`);
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
      { key: 'chart', label: w.baselineCurrent, align: 'left' },
      { key: 'verdict', label: w.verdictColumn, align: 'left' },
    ],
    rows: doc.metrics.map((metric) => ({
      key: metric.key,
      cells: [
        text(m.metric[metric.key] ?? metric.key),
        { text: formatUnit(f, metric.unit, metric.baseline), value: metric.baseline, unit: metric.unit },
        { text: formatUnit(f, metric.unit, metric.current), value: metric.current, unit: metric.unit },
        { text: formatChange(f, metric), value: metric.change, unit: metric.unit },
        { text: formatRelative(f, metric), value: metric.relativeChange, unit: 'share' },
        barsOf(metric),
        { text: m.verdict[metric.verdict], verdict: metric.verdict },
      ],
    })),
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
        return { text: `${formatUnit(f, metric.unit, metric.baseline)} → ${formatUnit(f, metric.unit, metric.current)}`, verdict: metric.verdict };
      });
      return { key: row.key, cells: [text(groupLabel(row.key)), text(row.status), ...cells, count(row.metrics, 'better'), count(row.metrics, 'worse')] };
    }),
  };
}

/**
 * Why the figures that cannot be compared have no value, side by side:
 * `– First-year attrition: 2024: no hire has completed a first year by 2024-12-31; 2025: …`.
 */
function reasonNotes(doc: CompareDocument, f: Formatter, m: Messages, lang: Lang): string[][] {
  const lines = doc.metrics
    .filter((metric) => metric.verdict === 'not comparable')
    .flatMap((metric) => {
      const sides = [
        [doc.baseline.label, reasonFor(doc.reasons.baseline, metric.key)],
        [doc.current.label, reasonFor(doc.reasons.current, metric.key)],
      ].filter((side): side is [string, string] => side[1] !== undefined);
      return sides.length === 0 ? [] : [`– ${m.metric[metric.key] ?? metric.key}: ${sides.map(([label, reason]) => `${label}: ${reasonText(reason, lang, f.date)}`).join('; ')}`];
    });
  return lines.length === 0 ? [] : [[m.words.notAvailable, ...lines]];
}

/**
 * The rows each side was computed from, so that rows left out under --skip-invalid are counted:
 * once when both sides read the same files, else per side.
 */
function inputNotes(doc: CompareDocument, f: Formatter, m: Messages): string[][] {
  const { baseline, current } = doc.inputs;
  const line = (inputs: NonNullable<typeof baseline>) => inputsLine(Object.values(inputs), f, m);
  if (baseline !== null && current !== null && JSON.stringify(baseline) === JSON.stringify(current)) return [[`${m.words.inputs}: ${line(baseline)}`]];
  const sides: string[] = [];
  if (baseline !== null) sides.push(`${doc.baseline.label}: ${line(baseline)}`);
  if (current !== null) sides.push(`${doc.current.label}: ${line(current)}`);
  return sides.length === 0 ? [] : [[`${m.words.inputs} ${sides.join('; ')}`]];
}

/** The comparison as a view: every figure with both values, the change, bars and a verdict in words. */
export function compareView(doc: CompareDocument, lang: Lang): View {
  const f = formatter(lang, doc.settings.currency);
  const m = MESSAGES[lang];
  const w = m.words;
  const side = (s: CompareDocument['baseline']) =>
    `${f.date(s.start)} ${w.to} ${f.date(s.end)} (${s.source}${s.asOf === null ? '' : `, ${w.asOf.toLowerCase()} ${f.date(s.asOf)}`})`;
  const tables = [metricsTable(doc, f, m), groupTable(doc, f, m)];
  return {
    kind: 'compare',
    title: `${w.compareTitle} ${doc.baseline.label} ${w.against} ${doc.current.label}`,
    lines: [`${w.baseline}: ${side(doc.baseline)}; ${w.current}: ${side(doc.current)}.`],
    dates: [doc.baseline, doc.current].flatMap((s) => (s.asOf === null ? [] : [{ key: 'asOf', group: s.label, iso: s.asOf }])),
    tables: tables.filter((table): table is ViewTable => table !== null),
    notes: [...reasonNotes(doc, f, m, lang), ...inputNotes(doc, f, m)],
    charts: compareCharts(doc, f, lang),
  };
}
