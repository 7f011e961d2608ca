import { formatter, type Formatter, type Lang } from './format.js';
import { reasonText } from './reason-text.js';
import { largest } from './largest.js';
import { URGENCY_MESSAGES, type UrgencyMessages } from './urgency-messages.js';
import type { UrgencyDocument } from './urgency-document.js';
import { urgencyCharts } from './urgency-charts.js';
import { ruleText } from './vacancy-cost-view.js';
import { text, type View, type ViewCell, type ViewTable } from './view.js';

type Doc = UrgencyDocument;

const count = (f: Formatter, value: number | null): ViewCell => ({ text: f.number(value), value, unit: 'count' });
const days = (f: Formatter, value: number | null): ViewCell => ({ text: f.number(value), value, unit: 'days' });
const hours = (f: Formatter, value: number | null): ViewCell => ({ text: f.number(value, 1), value, unit: 'hours' });
const share = (f: Formatter, value: number | null): ViewCell => ({ text: f.percent(value), value, unit: 'share' });

/** The scope's open vacancies with days open and the cost so far; the manager column only on everyone's page. */
function openVacancyTable(doc: Doc, f: Formatter, u: UrgencyMessages): ViewTable | null {
  const open = doc.openVacancies;
  if (open.vacancies.length === 0) return null;
  const c = u.columns;
  const everyone = doc.scope.kind === 'everyone';
  // Without a vacancyCost there is no cost to show: the notes say how to set one.
  const costed = doc.settings.vacancyCost !== null;
  return {
    id: 'open-vacancies',
    rowKind: 'metric',
    title: u.tables.openVacancies(f.date(doc.asOf), costed),
    columns: [
      { key: 'vacancy', label: c.vacancy, align: 'left' },
      { key: 'role', label: c.role, align: 'left' },
      ...(everyone ? [{ key: 'hiringManager', label: c.manager, align: 'left' as const }] : []),
      { key: 'opened', label: c.opened, align: 'left' },
      { key: 'daysOpen', label: c.daysOpen, align: 'right' },
      { key: 'workingDays', label: c.workingDays, align: 'right' },
      ...(costed ? [{ key: 'cost', label: c.cost, align: 'right' as const }] : []),
    ],
    rows: open.vacancies.map((v) => ({
      key: v.vacancy,
      cells: [
        text(v.vacancy),
        text(v.role ?? ''),
        ...(everyone ? [text(v.hiringManager ?? '')] : []),
        text(f.date(v.opened)),
        days(f, v.daysOpen),
        days(f, v.workingDays),
        ...(costed ? [{ text: f.money(v.cost), value: v.cost, unit: doc.settings.currency, ...(v.reason === null ? {} : { note: v.reason }) }] : []),
      ],
    })),
    ...(open.totalCost === null || open.vacancies.length < 2 ? {} : { footer: `${c.cost}: ${f.money(open.totalCost)}` }),
  };
}

/** The candidates waiting for feedback, by application id only, with their hours against the agreement. */
function waitingTable(doc: Doc, f: Formatter, u: UrgencyMessages): ViewTable | null {
  const waiting = doc.waitingForFeedback;
  if (waiting.candidates.length === 0) return null;
  const c = u.columns;
  return {
    id: 'waiting',
    rowKind: 'metric',
    title: u.tables.waiting(f.date(doc.asOf), f.number(waiting.agreement)),
    columns: [
      { key: 'application', label: c.application, align: 'left' },
      { key: 'vacancy', label: c.vacancy, align: 'left' },
      { key: 'stage', label: c.stage, align: 'left' },
      { key: 'interview', label: c.interview, align: 'left' },
      { key: 'hoursWaiting', label: c.hoursWaiting, align: 'right' },
      { key: 'overAgreement', label: c.overAgreement, align: 'right' },
    ],
    rows: waiting.candidates.map((candidate) => ({
      key: candidate.application,
      cells: [
        text(candidate.application),
        text(candidate.vacancy ?? ''),
        text(u.stage[candidate.stage]),
        text(f.date(candidate.interview.slice(0, 10)) + candidate.interview.slice(10).replace('T', ' ')),
        { ...hours(f, candidate.hoursWaiting), verdict: candidate.overdue ? 'worse' : 'better' },
        hours(f, candidate.hoursWaiting === null ? null : Math.max(0, candidate.hoursWaiting - waiting.agreement)),
      ],
    })),
  };
}

/** Figures as one row, a column each (a figure without a value noting why): short enough to stand under a chart. */
function figureRow(id: string, title: string, figures: readonly [string, string, ViewCell][], reason: string | null, say: (s: string) => string): ViewTable {
  return {
    id,
    rowKind: 'metric',
    title,
    columns: figures.map(([key, label]) => ({ key, label, align: 'right' as const })),
    rows: [{ key: id, cells: figures.map(([, , cell]) => (cell.value === null && reason !== null ? { ...cell, note: say(reason) } : cell)) }],
  };
}

function feedbackTable(doc: Doc, f: Formatter, u: UrgencyMessages, period: string, say: (s: string) => string): ViewTable {
  const t = doc.feedbackTime;
  const r = u.rows;
  return figureRow('feedback-time', u.tables.feedbackTime(period), [
    ['n', r.answered, count(f, t.n)],
    ['median', `${r.median} (${u.hoursWord})`, hours(f, t.median)],
    ['mean', `${r.mean} (${u.hoursWord})`, hours(f, t.mean)],
    ['p90', `${r.p90} (${u.hoursWord})`, hours(f, t.p90)],
    ['max', `${r.max} (${u.hoursWord})`, hours(f, t.max)],
    ['withinAgreement', r.within(f.number(t.agreement)), share(f, t.withinAgreement.value)],
  ], t.reason, say);
}

function availabilityTable(doc: Doc, f: Formatter, u: UrgencyMessages, period: string, say: (s: string) => string): ViewTable {
  const a = doc.availability;
  const r = u.rows;
  return figureRow('availability', u.tables.availability(period), [
    ['n', r.interviewed, count(f, a.n)],
    ['events', r.gone, count(f, a.events)],
    ['medianDays', `${r.medianDays} (${u.daysWord})`, days(f, a.medianDays)],
    ...(['7', '14', '30'] as const).map((day): [string, string, ViewCell] => [`at.${day}`, r.stillAvailable(Number(day)), share(f, a.at[day])]),
  ], a.reason, say);
}

/** The drop-out buckets with the withdrawal share as a bar. */
function dropOutTable(doc: Doc, f: Formatter, u: UrgencyMessages, period: string): ViewTable {
  const c = u.columns;
  const top = largest(doc.dropOut.buckets.map((bucket) => bucket.share ?? 0), 0);
  return {
    id: 'drop-out',
    rowKind: 'metric',
    title: u.tables.dropOut(period),
    columns: [
      { key: 'longestWait', label: c.longestWait, align: 'left' },
      { key: 'applications', label: c.applications, align: 'right' },
      { key: 'withdrawn', label: c.withdrawn, align: 'right' },
      { key: 'share', label: c.share, align: 'right' },
      { key: 'chart', label: '', align: 'left' },
    ],
    rows: doc.dropOut.buckets.map((bucket) => ({
      key: `${bucket.from}-${bucket.to ?? ''}`,
      cells: [
        text(u.bucket(bucket.from, bucket.to)),
        count(f, bucket.applications),
        count(f, bucket.withdrawn),
        share(f, bucket.share),
        { text: '', bars: [{ value: bucket.share ?? 0, max: top, emphasis: true }] },
      ],
    })),
  };
}

/** Why figures are missing, what the cost of vacancy is, and what was read. */
function notes(doc: Doc, f: Formatter, u: UrgencyMessages, lang: Lang, say: (s: string) => string): string[][] {
  const rule = ruleText(doc.settings.vacancyCost, f, lang);
  const paragraphs: string[][] = [[rule === null ? u.noVacancyCost : u.estimateNote(rule)]];
  // No vacancyCost is said above, and no open vacancy is a fact the sentence gives, not a gap.
  const openReason = doc.openVacancies.reason;
  const openMissing = openReason === null || doc.settings.vacancyCost === null || doc.openVacancies.count === 0 ? null : openReason;
  const missing = [
    [u.points.openVacancies, openMissing],
    [u.points.feedbackTime, doc.feedbackTime.reason],
    [u.points.availability, doc.availability.reason],
    [u.points.dropOut, doc.dropOut.reason],
  ].filter((entry): entry is [string, string] => entry[1] !== null);
  if (missing.length > 0) paragraphs.push([u.notMeasured, ...missing.map(([label, reason]) => `${label}: ${say(reason)}`)]);
  const inputs = Object.values(doc.inputs).map((input) => `${input.file} (${f.number(input.accepted)}/${f.number(input.rows)})`);
  paragraphs.push([`${lang === 'nl' ? 'Invoer' : 'Inputs'}: ${inputs.join('; ')}`]);
  return paragraphs;
}

/**
 * `rkpi urgency` as a view: the title names whose page it is; under it the dates and each point as
 * a sentence; then the open vacancies, who waits for feedback, the feedback times, availability
 * and drop-out as tables, and for HTML the availability curve and the drop-out bars as charts.
 */
export function urgencyView(doc: Doc, lang: Lang): View {
  const f = formatter(lang, doc.settings.currency);
  const u = URGENCY_MESSAGES[lang];
  const say = (sentence: string) => reasonText(sentence, lang, f.date);
  const period = `${f.date(doc.period.start)} ${lang === 'nl' ? 'tot' : 'to'} ${f.date(doc.period.end)}`;
  const s = doc.sentences;
  const tables = [
    openVacancyTable(doc, f, u),
    waitingTable(doc, f, u),
    feedbackTable(doc, f, u, period, say),
    availabilityTable(doc, f, u, period, say),
    dropOutTable(doc, f, u, period),
  ];
  return {
    kind: 'urgency',
    title: u.title(doc.scope),
    lines: [
      u.line(f.date(doc.asOf), f.date(doc.period.start), f.date(doc.period.end), f.number(doc.settings.agreements.feedbackHours)),
      s.openVacancies,
      s.waiting,
      s.feedbackTime,
      s.availability,
      s.dropOut,
    ],
    dates: [{ key: 'asOf', group: '', iso: doc.asOf }],
    tables: tables.filter((table): table is ViewTable => table !== null),
    notes: notes(doc, f, u, lang, say),
    charts: urgencyCharts(doc, f, u, lang),
  };
}
