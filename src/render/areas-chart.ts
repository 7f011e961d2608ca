import { area, type AreaKey } from '../core/value/areas.js';
import type { TargetsChart, Tile, TilesChart } from './chart.js';
import { CHART_MESSAGES } from './chart-messages.js';
import type { Formatter, Lang } from './format.js';
import { reasonText } from './reason-text.js';
import type { ValueDocument } from './value-document.js';
import { type ValueMessages, VALUE_MESSAGES } from './value-messages.js';

/**
 * The six performance areas against their targets: each area's index (actual / target) as a bar
 * against the target line at 1, with its weight; cost and effort areas show their on-target band.
 */
export function areasChart(v: ValueDocument, f: Formatter, lang: Lang): TargetsChart {
  const c = CHART_MESSAGES[lang];
  const w = VALUE_MESSAGES[lang].words;
  return {
    kind: 'targets',
    id: 'areas',
    title: c.areasTitle,
    subtitle: c.areasSubtitle,
    width: 'full',
    targetLabel: w.target,
    rows: v.areas.map((a) => ({
      key: a.key,
      label: VALUE_MESSAGES[lang].area[a.key],
      weight: `${w.weight} ${f.percent(a.weight)}`,
      index: a.index,
      text: a.measured ? `${w.index} ${f.number(a.index, 2)}` : w.notMeasured,
      band: area(a.key).kind === 'budget' ? [1 - v.tolerance, 1 + v.tolerance] : null,
      verdict: a.missesTarget === null ? 'not comparable' : a.missesTarget ? 'worse' : 'better',
    })),
  };
}

/** The value's headline figures: the value itself, the weighted score and the top-3 areas below target. */
/** The top-3 areas that are not measured: they are neither on nor below target. */
export const unmeasuredTop3 = (v: ValueDocument): AreaKey[] => v.top3.filter((key) => v.unmeasured.includes(key));

/** The top-3 tile: the areas below target, else whether the measured ones are on target. */
function top3Tile(v: ValueDocument, f: Formatter, m: ValueMessages): Tile {
  const w = m.words;
  const names = (keys: readonly AreaKey[]) => keys.map((key) => m.area[key]).join(', ');
  const tile = { key: 'belowTarget', label: w.belowTarget, text: f.number(v.belowTarget.length) };
  if (v.belowTarget.length > 0) return { ...tile, detail: names(v.belowTarget), verdict: 'worse' };
  const unmeasured = unmeasuredTop3(v);
  if (v.top3.length === 0) return { ...tile, text: '–', detail: v.weights === 'config' ? w.noTop3Set : w.noTop3, verdict: 'not comparable' };
  if (unmeasured.length === v.top3.length) return { ...tile, text: '–', detail: `${w.top3NotMeasured}: ${names(unmeasured)}`, verdict: 'not comparable' };
  return { ...tile, detail: unmeasured.length === 0 ? w.allOnTarget : w.measuredOnTarget, verdict: 'better' };
}

export function valueTiles(v: ValueDocument, f: Formatter, lang: Lang): TilesChart {
  const m = VALUE_MESSAGES[lang];
  const w = m.words;
  return {
    kind: 'tiles',
    id: 'tiles',
    title: w.value,
    subtitle: null,
    width: 'full',
    tiles: [
      { key: 'value', label: w.value, text: f.number(v.value, 2), detail: v.value === null ? reasonText(v.reason ?? '', lang, f.date) : w.valueMeaning },
      { key: 'weightedScore', label: w.weightedScore, text: `${f.number(v.weightedScore, 1)} / 100`, detail: null },
      top3Tile(v, f, m),
    ],
  };
}
