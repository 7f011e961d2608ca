import type { Verdict } from '../core/compare/metric.js';

/**
 * Charts of a view, in words and numbers only: what to draw, already labelled in the user's
 * language and with every figure formatted. A format that can draw (HTML) lays them out; the others
 * leave them to the tables, which hold the same figures.
 */
export type ViewChart = TilesChart | HistogramChart | SplitChart | BarsChart | PairsChart | TargetsChart | FunnelChart | ChannelsChart | SurvivalChart | DropOutChart;

/** How much of the page's width a chart takes: `half` charts stand two in a row. */
export type ChartWidth = 'full' | 'half';

interface ChartBase {
  /** Machine name, unique in the view (`tiles`, `time-to-fill`, …): an element id in HTML. */
  readonly id: string;
  readonly title: string;
  /** A line under the title: what is counted, and how. */
  readonly subtitle: string | null;
  readonly width: ChartWidth;
}

/** A headline figure. */
export interface Tile {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  /** What the figure rests on (`80 hires`, `p90 76.1 days`). */
  readonly detail: string | null;
  readonly verdict?: Verdict;
}

export interface TilesChart extends ChartBase {
  readonly kind: 'tiles';
  readonly tiles: readonly Tile[];
}

/** A bin of a histogram: `label` under the column, `count` on it. */
export interface ChartBin {
  readonly label: string;
  readonly from: number;
  /** null: open-ended. */
  readonly to: number | null;
  readonly count: number;
}

/** Counts per bin as columns, with an optional marker line (e.g. the median). */
export interface HistogramChart extends ChartBase {
  readonly kind: 'histogram';
  readonly xLabel: string;
  readonly yLabel: string;
  readonly bins: readonly ChartBin[];
  readonly marker: { readonly value: number; readonly label: string } | null;
  /** Said instead of the chart when there is nothing to count. */
  readonly empty: string;
}

/** Parts of a whole as one 100 % bar (the cost split), with a legend of amounts and shares. */
export interface SplitChart extends ChartBase {
  readonly kind: 'split';
  readonly total: string;
  readonly parts: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: number;
    /** The amount, written after the legend. */
    readonly text: string;
    /** The share of the whole, written in the segment where it fits. */
    readonly share: string;
  }[];
  readonly empty: string;
}

/** One horizontal bar per row, from 0; a null value is shown as its text without a bar. */
export interface BarsChart extends ChartBase {
  readonly kind: 'bars';
  readonly valueLabel: string;
  readonly bars: readonly { readonly key: string; readonly label: string; readonly value: number | null; readonly text: string }[];
}

/** Per figure, the baseline and the current value as two bars on the figure's own scale from 0. */
export interface PairsChart extends ChartBase {
  readonly kind: 'pairs';
  readonly legend: readonly [baseline: string, current: string];
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly baseline: { readonly value: number | null; readonly text: string };
    readonly current: { readonly value: number | null; readonly text: string };
    readonly verdict: Verdict;
    readonly verdictText: string;
  }[];
}

/** Per area, its index (actual / target; 1 = on target) as a bar against the target line, with its weight. */
export interface TargetsChart extends ChartBase {
  readonly kind: 'targets';
  readonly targetLabel: string;
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    /** The weight in words (`weight 25.0%`). */
    readonly weight: string;
    readonly index: number | null;
    readonly text: string;
    /** The band around 1 that counts as on target, e.g. [0.9, 1.1] for cost and effort; null: at or above 1. */
    readonly band: readonly [number, number] | null;
    /** better: meets its target; worse: misses it; not comparable: not measured. */
    readonly verdict: Verdict;
  }[];
}

/** The stages of a funnel as bars centred on one axis, each with its count and share, and between two stages the share that went on. */
export interface FunnelChart extends ChartBase {
  readonly kind: 'funnel';
  readonly stages: readonly {
    readonly key: string;
    readonly label: string;
    readonly count: number;
    /** The count and its share of the first stage, written beside the bar: `60 · 60.0%`. */
    readonly text: string;
    /** What went on to the next stage (`↓ 50.0% went on`); null for the last stage. */
    readonly onward: string | null;
  }[];
  readonly empty: string;
}

/**
 * Per channel two bars side by side, each on its own scale from 0: cost per hire and time to
 * hire, so that a cheap channel that is slow shows as a short bar beside a long one.
 */
export interface ChannelsChart extends ChartBase {
  readonly kind: 'channels';
  readonly legend: readonly [cost: string, time: string];
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly cost: { readonly value: number | null; readonly text: string };
    readonly time: { readonly value: number | null; readonly text: string };
  }[];
}

/**
 * A survival curve as steps (Kaplan–Meier): the share still available (0..1) by day, with the
 * days to mark (7, 14, 30) and the median where the curve reaches one half.
 */
export interface SurvivalChart extends ChartBase {
  readonly kind: 'survival';
  readonly xLabel: string;
  readonly yLabel: string;
  /** The curve's steps from day 0; the share holds from a point's day until the next one's. */
  readonly curve: readonly { readonly day: number; readonly survival: number }[];
  /** The curve runs on to this day (the last one followed), at least the last marked day. */
  readonly until: number;
  readonly marks: readonly { readonly day: number; readonly survival: number; readonly label: string }[];
  readonly median: { readonly day: number; readonly label: string } | null;
  readonly empty: string;
}

/** Per bucket of waiting, the share that dropped out as a bar on a scale of 0–100 %, with the count it rests on. */
export interface DropOutChart extends ChartBase {
  readonly kind: 'drop-out';
  readonly xLabel: string;
  readonly buckets: readonly {
    readonly key: string;
    readonly label: string;
    readonly share: number | null;
    /** The share, formatted (`37.5%`; `–` when the bucket is empty). */
    readonly text: string;
    /** What the share rests on: `3 of 8`. */
    readonly detail: string;
  }[];
  readonly empty: string;
}
