import { areasChart } from './areas-chart.js';
import type { BarsChart, ChartBin, HistogramChart, SplitChart, TilesChart, ViewChart } from './chart.js';
import { type ChartMessages, CHART_MESSAGES } from './chart-messages.js';
import type { ReportDocument } from './document.js';
import { reasonFor } from './figure-notes.js';
import type { Formatter, Lang } from './format.js';
import { type Messages, MESSAGES } from './i18n.js';
import { reasonText } from './reason-text.js';
import { groupLabel } from './group-label.js';
import { processCharts } from './process-charts.js';

type Bin = ReportDocument['distributions']['timeToFill'][number];

/** Bins with their labels; `open` names an open-ended last bin by its first day. */
const chartBins = (bins: readonly Bin[], open: (from: number) => string): ChartBin[] =>
  bins.map((bin) => ({ ...bin, label: bin.to === null ? open(bin.from) : `${bin.from}–${bin.to}` }));

/** The six headline figures a director asks for first; a figure without a value shows "–" and why. */
function tiles(doc: ReportDocument, f: Formatter, m: Messages, c: ChartMessages, lang: Lang): TilesChart {
  const k = doc.kpis;
  const n = (count: number) => m.counts.hires(count, f.number(count));
  const why = (key: string) => reasonText(reasonFor(doc.reasons, key) ?? '', lang, f.date);
  return {
    kind: 'tiles',
    id: 'tiles',
    title: m.words.kpiColumn,
    subtitle: null,
    width: 'full',
    tiles: [
      { key: 'hires', label: m.kpi.hires, text: f.number(k.hires), detail: m.basis.hires },
      {
        key: 'costPerHire',
        label: m.kpi.costPerHire,
        text: f.money(k.costPerHire),
        detail: k.costPerHire === null ? why('costPerHire') : `${c.comparable} ${f.money(k.costPerHireComparable)}`,
      },
      {
        key: 'timeToFill.median',
        label: m.metric['timeToFill.median'] ?? m.kpi.timeToFill,
        text: f.days(k.timeToFill.median),
        detail: `p90 ${f.days(k.timeToFill.p90)} · ${n(k.timeToFill.n)}`,
      },
      { key: 'onTimeRate', label: m.kpi.onTimeRate, text: f.percent(k.onTimeRate.value), detail: `${f.number(k.onTimeRate.n)} ${c.hiresWithDates}` },
      { key: 'qualityOfHire', label: m.kpi.qualityOfHire, text: f.number(k.qualityOfHire.value, 2), detail: `${n(k.qualityOfHire.n)}, ${m.basis.scale} 0–1` },
      {
        key: 'openVacancies',
        label: m.kpi.openVacancies,
        text: f.number(k.openVacancies.count),
        detail: `${c.medianAge} ${f.days(k.openVacancies.age.median)}`,
      },
    ],
  };
}

function timeToFill(doc: ReportDocument, f: Formatter, m: Messages, c: ChartMessages): HistogramChart {
  const bins = doc.distributions.timeToFill;
  const days = doc.settings.dayCount === 'business' ? m.words.workingDays : m.words.calendarDays;
  const first = bins[0];
  const width = first === undefined || first.to === null ? 0 : first.to - first.from + 1;
  // The bins fit the bulk of the fills; an open last bin holds the longest ones.
  const last = bins.at(-1);
  const overflow = last !== undefined && last.to === null ? last.from : null;
  const median = doc.kpis.timeToFill.median;
  return {
    kind: 'histogram',
    id: 'time-to-fill',
    title: c.timeToFillTitle,
    subtitle: bins.length === 0 ? null : c.binsOf(m.counts.hires(doc.kpis.timeToFill.n, f.number(doc.kpis.timeToFill.n)), width, days, overflow),
    width: 'full',
    xLabel: c.timeToFillAxis(days),
    yLabel: c.hiresAxis,
    bins: chartBins(bins, c.atLeast),
    marker: median === null ? null : { value: median, label: `${c.median} ${f.number(median, 1)}` },
    empty: c.noHires,
  };
}

function ageing(doc: ReportDocument, f: Formatter, m: Messages, c: ChartMessages, lang: Lang): HistogramChart {
  // Not measured (no vacancy_opened column) is not "no vacancy open": the chart says why.
  const reason = doc.kpis.openVacancies.count === null ? doc.reasons.openVacancies : undefined;
  const said = reason === undefined ? null : reasonText(reason, lang, f.date);
  const notMeasured = said === null ? null : `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
  const days = doc.settings.dayCount === 'business' ? m.words.workingDays : m.words.calendarDays;
  return {
    kind: 'histogram',
    id: 'vacancy-ageing',
    title: c.ageingTitle(f.date(doc.openVacanciesOn)),
    subtitle: null,
    width: 'half',
    xLabel: c.ageingAxis(days),
    yLabel: c.vacanciesAxis,
    bins: !doc.kpis.openVacancies.count ? [] : chartBins(doc.distributions.openVacancyAge, (from) => c.moreThan(from - 1)),
    marker: null,
    empty: notMeasured ?? c.noOpenVacancy(f.date(doc.openVacanciesOn)),
  };
}

/**
 * The total cost split into its measured parts; none without a costs file, whose total is not
 * measured. Without an hours file the split is of external and internal costs, and says so.
 */
function costSplit(doc: ReportDocument, f: Formatter, m: Messages, c: ChartMessages, lang: Lang): SplitChart[] {
  const costs = doc.kpis.costs;
  const total = costs.total;
  if (total === null) return [];
  const amounts = [
    { key: 'external', label: m.words.externalCosts, value: costs.external },
    { key: 'internal', label: m.words.internalCosts, value: costs.internal },
    { key: 'time', label: m.words.timeCost, value: costs.time },
  ].filter((part): part is { key: string; label: string; value: number } => part.value !== null);
  // A split of a whole is only honest when no part is negative (credit notes larger than the costs).
  const splittable = total > 0 && amounts.every((part) => part.value >= 0);
  const note = doc.notes['costs.total'];
  const businessTime = costs.businessTime ? `${m.words.timeCost} ${c.businessTime(f.money(costs.businessTime))}` : null;
  return [
    {
      kind: 'split',
      id: 'cost-split',
      title: c.costSplitTitle,
      subtitle: note === undefined ? businessTime : reasonText(note, lang, f.date),
      width: 'half',
      total: `${c.total} ${f.money(total)}`,
      parts: splittable ? amounts.map((part) => ({ ...part, text: f.money(part.value), share: f.percent(part.value / total) })) : [],
      empty: c.noCosts,
    },
  ];
}

/** Cost per hire and hires per group; cost per hire only when some group's is measured. */
function groupBars(doc: ReportDocument, f: Formatter, m: Messages, c: ChartMessages): BarsChart[] {
  const groups = doc.groups;
  if (groups === null) return [];
  const costPerHire: BarsChart = {
    kind: 'bars',
    id: 'group-cost-per-hire',
    title: c.perGroup(m.kpi.costPerHire, groups.by),
    subtitle: c.groupCostPerHire,
    width: 'half',
    valueLabel: `${m.kpi.costPerHire} (${doc.settings.currency})`,
    bars: groups.rows.map((row) => ({ key: row.key, label: groupLabel(row.key), value: row.kpis.costPerHire, text: f.money(row.kpis.costPerHire) })),
  };
  const measured = groups.rows.some((row) => row.kpis.costPerHire !== null);
  return [
    ...(measured ? [costPerHire] : []),
    {
      kind: 'bars',
      id: 'group-hires',
      title: c.perGroup(m.kpi.hires, groups.by),
      subtitle: m.basis.hires,
      width: 'half',
      valueLabel: c.hiresAxis,
      bars: groups.rows.map((row) => ({ key: row.key, label: groupLabel(row.key), value: row.kpis.hires, text: f.number(row.kpis.hires) })),
    },
  ];
}

/**
 * The report's charts: headline tiles, the spread of time to fill, the cost split, the ageing of
 * open vacancies, with --by cost per hire and hires per group, with targets the six areas, and
 * with an applications file the process (funnel, feedback hours, channels, availability, drop-out). A
 * figure that is not measured gets no chart: the tables and notes say why.
 */
export function reportCharts(doc: ReportDocument, f: Formatter, lang: Lang): ViewChart[] {
  const m = MESSAGES[lang];
  const c = CHART_MESSAGES[lang];
  const areas = doc.value === null ? [] : [areasChart(doc.value, f, lang)];
  const block = doc.process;
  const process = block === null ? [] : processCharts(block, f, lang, doc.settings.currency);
  return [tiles(doc, f, m, c, lang), timeToFill(doc, f, m, c), ...costSplit(doc, f, m, c, lang), ageing(doc, f, m, c, lang), ...groupBars(doc, f, m, c), ...areas, ...process];
}
