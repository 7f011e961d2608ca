/** The notes under a comparison: a sentence per compared figure, why the others have no value, and the rows read. */
import type { CompareDocument } from './compare-document.js';
import { formatChange, formatRelative, levelText } from './compare-format.js';
import { reasonFor } from './figure-notes.js';
import { type CompareMessages, sentenceKind } from './compare-messages.js';
import type { Formatter, Lang } from './format.js';
import { formatUnit } from './format-unit.js';
import type { Messages } from './i18n.js';
import { inputsLine } from './inputs-line.js';
import { reasonText } from './reason-text.js';
import { shownMetric } from './shown-change.js';

/**
 * A sentence per compared figure, for the people who read the comparison in a meeting: both
 * values, the verdict and what it rests on: `Time to fill, median: 47.5 days against 46.5 days; a
 * change this small is within the noise of 70 and 80 hires (90% interval -3.0 days to +5.0 days).`
 */
export function meaningNotes(doc: CompareDocument, f: Formatter, m: Messages, c: CompareMessages): string[][] {
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
export function reasonNotes(doc: CompareDocument, f: Formatter, m: Messages, lang: Lang): string[][] {
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
export function inputNotes(doc: CompareDocument, f: Formatter, m: Messages): string[][] {
  const { baseline, current } = doc.inputs;
  const line = (inputs: NonNullable<typeof baseline>) => inputsLine(Object.values(inputs), f, m);
  if (baseline !== null && current !== null && JSON.stringify(baseline) === JSON.stringify(current)) return [[`${m.words.inputs}: ${line(baseline)}`]];
  const sides: string[] = [];
  if (baseline !== null) sides.push(`${doc.baseline.label}: ${line(baseline)}`);
  if (current !== null) sides.push(`${doc.current.label}: ${line(current)}`);
  return sides.length === 0 ? [] : [[`${m.words.inputs} ${sides.join('; ')}`]];
}
