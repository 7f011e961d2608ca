import { OUTCOMES } from '../core/process/application.js';
import { type ProcessKey, TIMED_STAGES } from '../core/process/process-types.js';
import type { DurationStats } from '../core/types.js';
import { explained, explanationLines } from './figure-notes.js';
import { MESSAGES } from './i18n.js';
import type { Formatter, Lang } from './format.js';
import { groupLabel } from './group-label.js';
import type { ProcessDocument } from './process-document.js';
import { PROCESS_MESSAGES, type ProcessMessages } from './process-messages.js';
import { fourDecimals } from './rounding.js';
import { text, type ViewCell, type ViewColumn, type ViewRow, type ViewTable } from './view.js';

/**
 * The process block as the report's document carries it (SPEC §7): the core's shape, its figures
 * rounded and its money in currency units, as every amount of the document.
 */
export type ProcessFigures = ProcessDocument;

/** What the process tables need besides the figures: the language, the currency, the core's sentences in that language. */
export interface ProcessContext {
  readonly f: Formatter;
  readonly lang: Lang;
  readonly currency: string;
  readonly say: (sentence: string) => string;
}

const left = (key: string, label: string): ViewColumn => ({ key, label, align: 'left' });
const right = (key: string, label: string): ViewColumn => ({ key, label, align: 'right' });
/** Columns of a table of figures: name, value, what it is based on. */
const figureColumns = (lang: Lang): ViewColumn[] => {
  const w = MESSAGES[lang].words;
  return [left('kpi', PROCESS_MESSAGES[lang].columns.figure), right('value', w.value), left('basis', w.basedOn)];
};
const figure = (shown: string, value: number | null, unit: string): ViewCell => ({ text: shown, value, unit });

/**
 * A figure cell with its reason when it is null: the core's reason for its figure (`feedbackTime`
 * for `feedbackTime.median`), else `fallback`, a sentence of the view's own for a null the core
 * explains by the figures themselves (no applications, no offer decided). With `key` null the
 * core's reasons do not apply to the cell: only `fallback` explains it.
 */
function because(cell: ViewCell, key: string | null, block: ProcessFigures, c: ProcessContext, fallback: string | null): ViewCell {
  const core = key === null ? cell : explained(cell, key, { reasons: block.reasons, notes: {} }, c.say);
  if (core.note !== undefined || cell.value !== null || fallback === null) return core;
  return { ...cell, note: fallback };
}

/** The headline figures: applications, conversion, applications per hire and offer acceptance. */
function processTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable {
  const k = block.kpis;
  const { f } = c;
  const hired = k.outcomes.hired.count;
  const none = k.applications === 0 ? p.why.noApplications : hired === 0 ? p.why.noHires : null;
  const row = (key: ProcessKey, label: string, cell: ViewCell, basis: string, fallback: string | null): ViewRow => ({
    key,
    cells: [text(label), because(cell, key, block, c, fallback), text(basis)],
  });
  const offers = k.offerAcceptanceRate;
  return {
    id: 'process',
    rowKind: 'metric',
    title: p.titles.process,
    columns: figureColumns(c.lang),
    rows: [
      row('applications', p.figure.applications, figure(f.number(k.applications), k.applications, 'count'), p.basis.applications, null),
      row('conversion', p.figure.conversion, figure(f.percent(k.conversion), k.conversion, 'share'), p.basis.conversion, none),
      row('applicationsPerHire', p.figure.applicationsPerHire, figure(f.number(k.applicationsPerHire, 1), k.applicationsPerHire, 'ratio'), p.basis.applicationsPerHire, none),
      row(
        'offerAcceptanceRate',
        p.figure.offerAcceptanceRate,
        figure(f.percent(offers.value), offers.value, 'share'),
        p.basis.offerAcceptanceRate(f.number(offers.n)),
        offers.n === 0 ? p.why.noOfferDecided : null,
      ),
    ],
  };
}

/**
 * Per stage: how many reached it, as a share of the applications, how many of them went on to the
 * next stage, how many were rejected or withdrew there, and a bar of the stage against the applications.
 */
function funnelTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable {
  const k = block.kpis;
  const { f } = c;
  const total = k.applications;
  const closed = k.closedAt as Readonly<Record<string, { rejected: number; withdrawn: number } | undefined>>;
  return {
    id: 'process.funnel',
    rowKind: 'metric',
    title: p.titles.funnel,
    columns: [
      left('stage', p.columns.stage),
      right('reached', p.columns.reached),
      right('share', p.columns.ofApplications),
      right('passThrough', p.columns.passThrough),
      right('rejected', p.columns.rejectedHere),
      right('withdrawn', p.columns.withdrewHere),
      left('chart', p.columns.bar),
    ],
    rows: k.funnel.map((step) => {
      const { share } = step;
      const at = closed[step.stage];
      // hired has no next stage: its pass-through is not a figure at all, so it is left empty
      const pass =
        step.stage === 'hired'
          ? text('')
          : because(figure(f.percent(step.passThrough), step.passThrough, 'share'), 'funnel', block, c, step.reached === 0 ? p.why.noneReached : null);
      return {
        key: step.stage,
        cells: [
          text(p.stage[step.stage]),
          figure(f.number(step.reached), step.reached, 'count'),
          because(figure(f.percent(share), share, 'share'), 'funnel', block, c, p.why.noApplications),
          pass,
          at === undefined ? text('') : figure(f.number(at.rejected), at.rejected, 'count'),
          at === undefined ? text('') : figure(f.number(at.withdrawn), at.withdrawn, 'count'),
          total > 0 && step.reached > 0 ? { text: '', bars: [{ value: step.reached, max: total, emphasis: true }] } : { text: '', bars: [] },
        ],
      };
    }),
  };
}

/** How the applications ended (or are still active on the as-of date): counts and shares. */
function outcomesTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable {
  const { f } = c;
  return {
    id: 'process.outcomes',
    rowKind: 'metric',
    title: p.titles.outcomes,
    columns: [left('outcome', p.columns.outcome), right('count', p.columns.count), right('share', p.columns.share)],
    rows: OUTCOMES.map((outcome) => {
      const value = block.kpis.outcomes[outcome];
      return {
        key: outcome,
        cells: [
          text(p.outcome[outcome]),
          figure(f.number(value.count), value.count, 'count'),
          because(figure(f.percent(value.share), value.share, 'share'), 'outcomes', block, c, p.why.noApplications),
        ],
      };
    }),
  };
}

/**
 * The speed of every step: n, median and p90, and for first response and feedback their agreement
 * and the share within it. Days, or hours for feedback.
 */
function speedTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable {
  const k = block.kpis;
  const { f } = c;
  const stat = (stats: DurationStats, key: string, hours: boolean) => (name: 'median' | 'p90'): ViewCell => {
    const value = stats[name];
    const shown = hours ? f.hours(value) : f.days(value);
    return because(figure(shown, value, hours ? 'hours' : 'days'), `${key}.${name}`, block, c, stats.n === 0 ? p.why.noDurations : null);
  };
  const row = (key: string, label: string, stats: DurationStats, hours: boolean, agreed: { agreement: number; within: number | null } | null): ViewRow => ({
    key,
    cells: [
      text(label),
      figure(f.number(stats.n), stats.n, 'count'),
      stat(stats, key, hours)('median'),
      stat(stats, key, hours)('p90'),
      agreed === null ? text('') : figure(hours ? f.hours(agreed.agreement, 0) : f.days(agreed.agreement, 0), agreed.agreement, hours ? 'hours' : 'days'),
      agreed === null
        ? text('')
        : because(figure(f.percent(agreed.within), agreed.within, 'share'), `${key}.withinAgreement`, block, c, stats.n === 0 ? p.why.noDurations : null),
    ],
  });
  const first = k.timeToFirstResponse;
  const feedback = k.feedbackTime;
  return {
    id: 'process.speed',
    rowKind: 'metric',
    title: p.titles.speed,
    columns: [
      left('step', p.columns.step),
      right('n', 'n'),
      right('median', MESSAGES[c.lang].stats.median),
      right('p90', 'p90'),
      right('agreement', p.columns.agreement),
      right('withinAgreement', p.columns.withinAgreement),
    ],
    rows: [
      row('timeToFirstResponse', p.figure.timeToFirstResponse, first, false, { agreement: first.agreement, within: first.withinAgreement.value }),
      ...TIMED_STAGES.map((stage) => row(`timeInStage.${stage}`, p.timedStage[stage], k.timeInStage[stage], false, null)),
      row('feedbackTime', p.figure.feedbackTime, feedback, true, { agreement: feedback.agreement, within: feedback.withinAgreement.value }),
    ],
  };
}

/**
 * Per channel: candidates, interviews, hires, conversion, cost, cost per application and per
 * hire, median time to hire and quality: which channel brings how many, at what cost and speed.
 */
function channelTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable | null {
  const k = block.kpis;
  const { f } = c;
  if (k.channels.length === 0) return null;
  const w = p.columns;
  const money = (value: number | null, key: string, fallback: string | null) => because(figure(f.money(value), value, c.currency), key, block, c, fallback);
  return {
    id: 'process.channels',
    rowKind: 'group',
    title: p.titles.channels,
    columns: [
      left('channel', w.channel),
      right('applications', w.applications),
      right('reachedInterview', w.reachedInterview),
      right('hires', w.hires),
      right('conversion', w.conversion),
      right('cost', w.cost),
      right('costPerApplication', w.costPerApplication),
      right('costPerHire', w.costPerHire),
      right('medianTimeToHire', w.medianTimeToHire),
      right('qualityOfHire', w.quality),
    ],
    rows: k.channels.map((row) => {
      const noCost = row.cost === null ? p.why.noCosts : null;
      return {
        key: row.channel,
        cells: [
          text(groupLabel(row.channel)),
          figure(f.number(row.applications), row.applications, 'count'),
          figure(f.number(row.reachedInterview), row.reachedInterview, 'count'),
          figure(f.number(row.hires), row.hires, 'count'),
          because(figure(f.percent(row.conversion), row.conversion, 'share'), null, block, c, p.why.noApplications),
          money(row.cost, 'channels', p.why.noCosts),
          money(row.costPerApplication, 'channels', noCost ?? p.why.noApplications),
          money(row.costPerHire, 'channels', noCost ?? p.why.noHires),
          // the core's reason for the channel table is about its costs; time and quality are explained by the row
          because(figure(f.number(row.medianTimeToHire, 1), row.medianTimeToHire, 'days'), null, block, c, row.hires === 0 ? p.why.noHires : p.why.noDurations),
          because(figure(f.number(row.qualityOfHire, 2), row.qualityOfHire, 'index'), null, block, c, row.hires === 0 ? p.why.noHires : p.why.noQuality),
        ],
      };
    }),
  };
}

/** Candidate availability (SPEC §11.1): who was at risk, how many withdrew, the median and S(7), S(14), S(30). */
function availabilityTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable {
  const a = block.kpis.availability;
  const { f } = c;
  const empty = a.n === 0 ? p.why.noInterviewed : null;
  const row = (key: string, label: string, cell: ViewCell, basis: string, fallback: string | null): ViewRow => ({
    key: `availability.${key}`,
    cells: [text(label), because(cell, 'availability', block, c, fallback), text(basis)],
  });
  const days = [7, 14, 30] as const;
  return {
    id: 'process.availability',
    rowKind: 'metric',
    title: p.titles.availability,
    columns: figureColumns(c.lang),
    rows: [
      row('n', p.figure.availabilityN, figure(f.number(a.n), a.n, 'count'), p.basis.availabilityN, null),
      row('events', p.figure.availabilityEvents, figure(f.number(a.events), a.events, 'count'), p.basis.availabilityEvents, null),
      row('medianDays', p.figure.medianDays, figure(f.days(a.medianDays, 0), a.medianDays, 'days'), p.basis.medianDays, empty ?? p.why.halfStillAvailable),
      ...days.map((day) => {
        const value = a.at[day];
        return row(`at.${day}`, p.figure.stillAvailable(day), figure(f.percent(value), value, 'share'), p.basis.stillAvailable, empty);
      }),
    ],
  };
}

/** Drop-out after waiting (SPEC §11.2): per bucket of the longest wait, the applications, how many withdrew, and that share as a bar. */
function dropOutTable(block: ProcessFigures, c: ProcessContext, p: ProcessMessages): ViewTable | null {
  const { f } = c;
  // no buckets: the file cannot tell the waits (the notes say which column it lacks)
  if (block.kpis.dropOut.length === 0) return null;
  return {
    id: 'process.dropOut',
    rowKind: 'metric',
    title: p.titles.dropOut,
    columns: [
      left('wait', p.columns.longestWait),
      right('applications', p.columns.applications),
      right('withdrawn', p.columns.withdrew),
      right('share', p.columns.shareWithdrew),
      left('chart', p.columns.ofAll),
    ],
    rows: block.kpis.dropOut.map((bucket) => ({
      key: `wait.${bucket.from}-${bucket.to ?? ''}`,
      cells: [
        text(p.wait(bucket.from, bucket.to)),
        figure(f.number(bucket.applications), bucket.applications, 'count'),
        figure(f.number(bucket.withdrawn), bucket.withdrawn, 'count'),
        because(figure(f.percent(bucket.share), bucket.share, 'share'), 'dropOut', block, c, bucket.applications === 0 ? p.why.noApplications : null),
        { text: '', bars: bucket.share === null || bucket.share <= 0 ? [] : [{ value: bucket.share, max: 1, emphasis: true }] },
      ],
    })),
  };
}

/**
 * The process section of the report (SPEC §10–11.2) as tables: headline figures, the funnel, the
 * outcomes, the speed of every step, the channels (when the file names any), candidate
 * availability and drop-out after waiting (when the file can tell the waits). A null figure shows
 * "–", its cell carrying the reason.
 */
export function processTables(block: ProcessFigures, c: ProcessContext): ViewTable[] {
  const p = PROCESS_MESSAGES[c.lang];
  const tables = [
    processTable(block, c, p),
    funnelTable(block, c, p),
    outcomesTable(block, c, p),
    speedTable(block, c, p),
    channelTable(block, c, p),
    availabilityTable(block, c, p),
    dropOutTable(block, c, p),
  ];
  return tables.filter((table): table is ViewTable => table !== null);
}

/** A group's process figures, or its lack of them (a group without applications). */
export interface ProcessGroup {
  readonly key: string;
  readonly process: ProcessFigures | null;
}

/**
 * With --by: per group its applications, hires, conversion, median time to first response,
 * feedback within the agreement and offer acceptance. A group with no process block shows "–".
 */
export function processGroupTable(by: string, groups: readonly ProcessGroup[], c: ProcessContext): ViewTable | null {
  if (!groups.some((group) => group.process !== null)) return null;
  const p = PROCESS_MESSAGES[c.lang];
  const { f } = c;
  const w = p.columns;
  return {
    id: 'process.groups',
    rowKind: 'group',
    title: p.titles.groups(by),
    columns: [
      left('group', by),
      right('applications', w.applications),
      right('hires', w.hires),
      right('conversion', w.conversion),
      right('timeToFirstResponse.median', w.firstResponse),
      right('feedbackTime.withinAgreement', w.feedbackWithin),
      right('offerAcceptanceRate', w.offerAcceptance),
    ],
    rows: groups.map((group) => {
      const block = group.process;
      if (block === null) {
        const none = (unit: string): ViewCell => ({ text: '–', value: null, unit, note: p.why.noApplications });
        return { key: group.key, cells: [text(groupLabel(group.key)), none('count'), none('count'), none('share'), none('days'), none('share'), none('share')] };
      }
      const k = block.kpis;
      const first = k.timeToFirstResponse;
      const feedback = k.feedbackTime;
      const none = k.applications === 0 ? p.why.noApplications : null;
      return {
        key: group.key,
        cells: [
          text(groupLabel(group.key)),
          figure(f.number(k.applications), k.applications, 'count'),
          figure(f.number(k.outcomes.hired.count), k.outcomes.hired.count, 'count'),
          because(figure(f.percent(k.conversion), k.conversion, 'share'), 'conversion', block, c, none),
          because(figure(f.days(first.median), first.median, 'days'), 'timeToFirstResponse', block, c, first.n === 0 ? p.why.noDurations : null),
          because(figure(f.percent(feedback.withinAgreement.value), feedback.withinAgreement.value, 'share'), 'feedbackTime', block, c, feedback.n === 0 ? p.why.noDurations : null),
          because(figure(f.percent(k.offerAcceptanceRate.value), k.offerAcceptanceRate.value, 'share'), 'offerAcceptanceRate', block, c, k.offerAcceptanceRate.n === 0 ? p.why.noOfferDecided : null),
        ],
      };
    }),
  };
}

/** A process figure's name, for the notes that list why figures have no value. */
export function processLabel(key: string, lang: Lang): string {
  const p = PROCESS_MESSAGES[lang];
  const names: Readonly<Record<string, string>> = {
    applications: p.figure.applications,
    funnel: p.charts.funnelTitle,
    conversion: p.figure.conversion,
    applicationsPerHire: p.figure.applicationsPerHire,
    outcomes: p.titles.outcomes,
    closedAt: `${p.columns.rejectedHere} / ${p.columns.withdrewHere}`,
    offerAcceptanceRate: p.figure.offerAcceptanceRate,
    timeToFirstResponse: p.figure.timeToFirstResponse,
    timeInStage: TIMED_STAGES.map((stage) => p.timedStage[stage]).join(', '),
    feedbackTime: p.figure.feedbackTime,
    channels: p.titles.channels,
    availability: p.titles.availability,
    dropOut: p.titles.dropOut,
  };
  return names[key] ?? key;
}

/**
 * Lines of the notes on why process figures have no value: the core's reasons, one per sentence,
 * then the view's own for the "–" the core explains by the figures themselves (a channel without
 * hires, a median not reached), each naming its row and column (`Referral: Cost per hire`).
 */
export function processNotes(block: ProcessFigures, tables: readonly ViewTable[], lang: Lang, say: (sentence: string) => string): string[] {
  const core = explanationLines(block.reasons, (key) => processLabel(key, lang), say);
  const said = new Set(Object.values(block.reasons).map((reason) => say(reason ?? '')));
  const own: Record<string, string> = {};
  for (const table of tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        const column = table.columns[i];
        if (cell.value !== null || cell.note === undefined || said.has(cell.note) || column === undefined) return;
        const name = row.cells[0]?.text ?? row.key;
        own[column.key === 'value' ? name : `${name}: ${column.label}`] = cell.note;
      });
    }
  }
  return [...core, ...explanationLines(own, (label) => label, (sentence) => sentence)];
}
