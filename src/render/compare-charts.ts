import type { Verdict } from '../core/compare/metric.js';
import type { PairsChart, TilesChart, ViewChart } from './chart.js';
import { CHART_MESSAGES } from './chart-messages.js';
import type { CompareDocument } from './compare-document.js';
import type { Formatter, Lang } from './format.js';
import { formatUnit } from './format-unit.js';
import { MESSAGES } from './i18n.js';
import { shownMetric } from './shown-change.js';

const VERDICTS: readonly Verdict[] = ['better', 'worse', 'within noise', 'unchanged', 'changed', 'not comparable'];
const ALWAYS: readonly Verdict[] = ['better', 'worse', 'within noise', 'unchanged'];

/**
 * The comparison's charts: how many figures got better, worse, stayed within noise or the same, and every figure
 * as a baseline and a current bar in the colour of its verdict.
 */
export function compareCharts(doc: CompareDocument, f: Formatter, lang: Lang): ViewChart[] {
  const m = MESSAGES[lang];
  const c = CHART_MESSAGES[lang];
  const verdicts: TilesChart = {
    kind: 'tiles',
    id: 'tiles',
    title: c.verdictsTitle,
    subtitle: null,
    width: 'full',
    tiles: VERDICTS.filter((verdict) => ALWAYS.includes(verdict) || doc.summary[verdict] > 0).map((verdict) => ({
      key: verdict,
      label: m.verdict[verdict],
      text: f.number(doc.summary[verdict]),
      detail: null,
      verdict,
    })),
  };
  const pairs: PairsChart = {
    kind: 'pairs',
    id: 'baseline-current',
    title: c.compareTitle,
    subtitle: c.ownScale,
    width: 'full',
    legend: [doc.baseline.label, doc.current.label],
    rows: doc.metrics.map((metric) => {
      const shown = shownMetric(metric);
      return {
        key: metric.key,
        label: m.metric[metric.key] ?? metric.key,
        baseline: { value: metric.baseline, text: formatUnit(f, metric.unit, shown.baseline, shown.decimals) },
        current: { value: metric.current, text: formatUnit(f, metric.unit, shown.current, shown.decimals) },
        verdict: metric.verdict,
        verdictText: m.verdict[metric.verdict],
      };
    }),
  };
  return [verdicts, pairs];
}
