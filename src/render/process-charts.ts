import type { Availability, DropOutBucket, HoursBin } from '../core/process/process-types.js';
import type { ChannelsChart, DropOutChart, FunnelChart, HistogramChart, SurvivalChart, ViewChart } from './chart.js';
import type { Formatter, Lang } from './format.js';
import { groupLabel } from './group-label.js';
import { PROCESS_MESSAGES } from './process-messages.js';
import { reasonText } from './reason-text.js';
import type { ProcessFigures } from './process-view.js';

/** A survival curve that starts where every candidate is still available: day 0 at 1, before the first event. */
const fromDayZero = (curve: Availability['curve']): Availability['curve'] =>
  curve[0] !== undefined && curve[0].day === 0 ? curve : [{ day: 0, survival: 1 }, ...curve];

/** A reason of the core as the sentence a chart says instead of its drawing. */
const sentence = (reason: string | undefined, f: Formatter, lang: Lang): string | null => {
  if (reason === undefined) return null;
  const said = reasonText(reason, lang, f.date);
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
};

/** The days availability is read at (SPEC §11.1). */
const MARKED_DAYS = [7, 14, 30] as const;

/** The funnel: every stage with its count and share of the applications, and the share that went on to the next. */
export function funnelChart(block: ProcessFigures, f: Formatter, lang: Lang): FunnelChart {
  const p = PROCESS_MESSAGES[lang];
  const total = block.kpis.applications;
  return {
    kind: 'funnel',
    id: 'process-funnel',
    title: p.charts.funnelTitle,
    subtitle: p.charts.funnelSubtitle,
    width: 'half',
    stages:
      total === 0
        ? []
        : block.kpis.funnel.map((step) => ({
            key: step.stage,
            label: p.stage[step.stage],
            count: step.reached,
            text: `${f.number(step.reached)} · ${f.percent(step.share)}`,
            onward: step.stage === 'hired' || step.passThrough === null ? null : p.charts.passesOn(f.percent(step.passThrough)),
          })),
    empty: `${p.why.noApplications.charAt(0).toUpperCase()}${p.why.noApplications.slice(1)}.`,
  };
}

/** Cost per hire beside median time to hire per channel: the picture of "cheap can be slow". */
export function channelsChart(block: ProcessFigures, f: Formatter, lang: Lang, currency: string): ChannelsChart {
  const p = PROCESS_MESSAGES[lang];
  return {
    kind: 'channels',
    id: 'process-channels',
    title: p.charts.channelsTitle,
    subtitle: p.charts.channelsSubtitle,
    width: 'full',
    legend: [`${p.columns.costPerHire} (${currency})`, p.columns.medianTimeToHire],
    rows: block.kpis.channels.map((row) => ({
      key: row.channel,
      label: groupLabel(row.channel),
      cost: { value: row.costPerHire, text: f.money(row.costPerHire) },
      time: { value: row.medianTimeToHire, text: f.days(row.medianTimeToHire) },
    })),
  };
}

/** Up to this many bins are labelled with their range (`24–48`); more, with their top only (`48`), which fits half the page. */
const RANGE_LABELS = 6;

/**
 * A bin of hours as the histogram draws it: `from..to − 1` covers [from, to), so the agreement at a
 * bin's top lies on its edge.
 */
const drawnBin = (bin: HoursBin, f: Formatter, ranges: boolean) =>
  bin.to === null
    ? { label: `> ${f.number(bin.from)}`, from: bin.from, to: null, count: bin.count }
    : { label: ranges ? `${f.number(bin.from)}–${f.number(bin.to)}` : f.number(bin.to), from: bin.from, to: bin.to - 1, count: bin.count };

/** The feedback hours as a histogram with the agreement as its dashed line. */
export function feedbackChart(block: ProcessFigures, f: Formatter, lang: Lang): HistogramChart {
  const p = PROCESS_MESSAGES[lang];
  const feedback = block.kpis.feedbackTime;
  const bins = block.distributions.feedbackHours;
  const ranges = bins.length <= RANGE_LABELS;
  return {
    kind: 'histogram',
    id: 'process-feedback',
    title: p.charts.feedbackTitle,
    subtitle: bins.length === 0 ? null : p.charts.feedbackSubtitle(f.percent(feedback.withinAgreement.value), f.number(feedback.withinAgreement.n)),
    width: 'half',
    xLabel: ranges ? p.charts.feedbackAxis : p.charts.feedbackAxisUpTo,
    yLabel: p.charts.applicationsAxis,
    bins: bins.map((bin) => drawnBin(bin, f, ranges)),
    marker: { value: feedback.agreement, label: p.charts.agreementLine(f.hours(feedback.agreement, 0)) },
    empty: sentence(block.reasons.feedbackTime, f, lang) ?? p.charts.noFeedback,
  };
}

/**
 * How long interviewed candidates stay available (SPEC §11.1): the Kaplan–Meier steps, S(7),
 * S(14) and S(30) marked, and the median; `why` is said instead when there is no curve (else: no
 * interviewed candidate). Also the urgency page's chart.
 */
export function availabilityChart(availability: Availability, f: Formatter, lang: Lang, why: string | null = null): SurvivalChart {
  const p = PROCESS_MESSAGES[lang];
  const last = availability.curve.at(-1)?.day ?? 0;
  const median = availability.medianDays;
  return {
    kind: 'survival',
    id: 'process-availability',
    title: p.charts.availabilityTitle,
    subtitle: availability.n === 0 ? null : p.charts.availabilitySubtitle(median === null ? null : f.days(median, 0)),
    width: 'half',
    xLabel: p.charts.availabilityAxis,
    yLabel: p.charts.availabilityShare,
    curve: availability.n === 0 ? [] : fromDayZero(availability.curve),
    until: Math.max(last, MARKED_DAYS[MARKED_DAYS.length - 1] ?? 30),
    marks: MARKED_DAYS.flatMap((day) => {
      const survival = availability.at[day];
      return survival === null ? [] : [{ day, survival, label: f.percent(survival, 0) }];
    }),
    median: median === null ? null : { day: median, label: p.charts.medianMark(f.days(median, 0)) },
    empty: why ?? p.charts.noAvailability,
  };
}

/**
 * Drop-out after the longest wait (SPEC §11.2): per bucket the share that withdrew, on 0–100 %;
 * `why` is said instead when no bucket holds an application. Also the urgency page's chart.
 */
export function dropOutChart(buckets: readonly DropOutBucket[], f: Formatter, lang: Lang, why: string | null = null): DropOutChart {
  const p = PROCESS_MESSAGES[lang];
  return {
    kind: 'drop-out',
    id: 'process-drop-out',
    title: p.charts.dropOutTitle,
    subtitle: p.charts.dropOutSubtitle,
    width: 'half',
    xLabel: p.charts.dropOutAxis,
    buckets: buckets.some((bucket) => bucket.applications > 0)
      ? buckets.map((bucket) => ({
          key: `${bucket.from}-${bucket.to ?? ''}`,
          label: bucket.to === null ? `> ${bucket.from - 1}` : `${bucket.from}–${bucket.to}`,
          share: bucket.share,
          text: f.percent(bucket.share, 0),
          detail: p.charts.dropOutOf(f.number(bucket.withdrawn), f.number(bucket.applications)),
        }))
      : [],
    empty: why ?? p.charts.noDropOut,
  };
}

/** The process section's charts: the funnel, channels (when any), feedback hours, availability and drop-out. */
export function processCharts(block: ProcessFigures, f: Formatter, lang: Lang, currency: string): ViewChart[] {
  const channels = block.kpis.channels.length === 0 ? [] : [channelsChart(block, f, lang, currency)];
  const why = (key: 'availability' | 'dropOut') => sentence(block.reasons[key], f, lang);
  return [
    funnelChart(block, f, lang),
    feedbackChart(block, f, lang),
    ...channels,
    availabilityChart(block.kpis.availability, f, lang, why('availability')),
    dropOutChart(block.kpis.dropOut, f, lang, why('dropOut')),
  ];
}
