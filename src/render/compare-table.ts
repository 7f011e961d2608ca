import type { ChalkInstance } from 'chalk';
import type { Unit, Verdict } from '../core/compare/metric.js';
import { bar } from './bar.js';
import { palette } from './colour.js';
import type { CompareDocument, MetricDocument } from './compare-document.js';
import { METRIC_LABELS } from './compare-labels.js';
import { type Formatter, formatter } from './format.js';
import type { RenderOptions } from './renderers.js';
import { newTable, numbersRight } from './table-kit.js';

const BAR_WIDTH = 8;

function formatValue(f: Formatter, unit: Unit, value: number | null): string {
  switch (unit) {
    case 'money':
      return f.money(value);
    case 'days':
      return f.days(value);
    case 'hours':
      return f.hours(value);
    case 'share':
      return f.percent(value);
    case 'percent':
      return value === null ? '–' : `${f.number(value, 1)}%`;
    case 'count':
      return f.number(value, Number.isInteger(value) ? 0 : 1);
    default:
      return f.number(value, 2);
  }
}

function formatChange(f: Formatter, metric: MetricDocument): string {
  if (metric.change === null) return '–';
  const sign = metric.change > 0 ? '+' : '';
  return sign + formatValue(f, metric.unit, metric.change);
}

function paint(c: ChalkInstance, verdict: Verdict, text: string): string {
  if (verdict === 'better') return c.green(text);
  if (verdict === 'worse') return c.red(text);
  if (verdict === 'unchanged' || verdict === 'not comparable') return c.dim(text);
  return text;
}

/** Baseline (dim) and current (in the verdict's colour) as two bars on one scale. */
function bars(c: ChalkInstance, metric: MetricDocument): string {
  const { baseline, current } = metric;
  if (baseline === null || current === null || baseline < 0 || current < 0) return '';
  const max = Math.max(baseline, current);
  return `${c.dim(bar(baseline, max, BAR_WIDTH).padEnd(BAR_WIDTH, ' '))} ${paint(c, metric.verdict, bar(current, max, BAR_WIDTH))}`;
}

function summaryLine(doc: CompareDocument): string {
  const s = doc.summary;
  const parts = [`${s.better} better`, `${s.worse} worse`, `${s.unchanged} unchanged`];
  if (s.changed > 0) parts.push(`${s.changed} changed (no better or worse)`);
  if (s['not comparable'] > 0) parts.push(`${s['not comparable']} not comparable`);
  return parts.join(', ');
}

function groupTable(doc: CompareDocument, f: Formatter, c: ChalkInstance, colour: boolean): string | null {
  if (doc.groups === null) return null;
  const shown = ['hires', 'costPerHire', 'timeToFill.median', 'qualityOfHire'];
  const table = newTable([doc.groups.by, 'Status', ...shown.map((key) => METRIC_LABELS[key] ?? key), 'Better', 'Worse'], colour, [
    'left',
    'left',
    ...numbersRight(shown.length + 3).slice(1),
  ]);
  for (const row of doc.groups.rows) {
    const byKey = new Map(row.metrics.map((metric) => [metric.key, metric]));
    const cells = shown.map((key) => {
      const metric = byKey.get(key);
      if (!metric) return '–';
      const text = `${formatValue(f, metric.unit, metric.baseline)} → ${formatValue(f, metric.unit, metric.current)}`;
      return paint(c, metric.verdict, text);
    });
    const count = (verdict: Verdict) => String(row.metrics.filter((metric) => metric.verdict === verdict).length);
    table.push([row.key, row.status, ...cells, count('better'), count('worse')]);
  }
  return table.toString();
}

/** The comparison as terminal tables: every figure with both values, the change, bars and a verdict in words. */
export function renderCompareTable(doc: CompareDocument, options: RenderOptions): string {
  const c = palette(options.colour);
  const f = formatter(options.lang, doc.settings.currency);
  const title = c.bold(`Nulmeting ${doc.baseline.label} against ${doc.current.label}`);
  const sides = `Baseline: ${doc.baseline.start} to ${doc.baseline.end} (${doc.baseline.source}); current: ${doc.current.start} to ${doc.current.end} (${doc.current.source}).`;
  const table = newTable(['KPI', doc.baseline.label, doc.current.label, 'Change', 'Change %', 'Baseline · current', 'Verdict'], options.colour, [
    'left', 'right', 'right', 'right', 'right', 'left', 'left',
  ]);
  for (const metric of doc.metrics) {
    const relative = metric.relativeChange === null ? '–' : `${metric.relativeChange > 0 ? '+' : ''}${f.number(metric.relativeChange * 100, 1)}%`;
    table.push([
      METRIC_LABELS[metric.key] ?? metric.key,
      formatValue(f, metric.unit, metric.baseline),
      formatValue(f, metric.unit, metric.current),
      formatChange(f, metric),
      relative,
      bars(c, metric),
      paint(c, metric.verdict, metric.verdict),
    ]);
  }
  const blocks = [title, sides, table.toString(), c.bold(summaryLine(doc)), groupTable(doc, f, c, options.colour)];
  return `${blocks.filter((block): block is string => block !== null).join('\n\n')}\n`;
}
