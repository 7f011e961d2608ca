import { isoOfDay } from '../core/day.js';
import type { Measured } from '../core/measured.js';
import type { Moment } from '../core/process/application.js';
import type { AgreedDurations, Availability, DropOutBucket } from '../core/process/process-types.js';
import type { UrgencyPage } from '../core/urgency/urgency-types.js';
import type { FileKind } from '../io/columns.js';
import type { InputSummary } from '../io/load-inputs.js';
import type { VacancyCostSetting } from './document.js';
import type { Lang } from './format.js';
import { fourDecimals, money, twoDecimals } from './rounding.js';
import { urgencySentences } from './urgency-sentences.js';

/** Bumped only for a breaking change of the `rkpi urgency` JSON output; additions keep it. */
export const URGENCY_SCHEMA_VERSION = 1;

/** What the shell knows besides the page: the currency, the vacancyCost as written, the inputs. */
export interface UrgencyContext {
  readonly currency: string;
  readonly vacancyCost: VacancyCostSetting | null;
  readonly inputs: Readonly<Partial<Record<FileKind, InputSummary>>>;
}

/** A moment as ISO text: `2025-12-29T11:58` with a time of day, `2025-12-29` without. */
export function momentIso(moment: Moment): string {
  if (moment.minute === null) return isoOfDay(moment.day);
  const hh = String(Math.floor(moment.minute / 60)).padStart(2, '0');
  const mm = String(moment.minute % 60).padStart(2, '0');
  return `${isoOfDay(moment.day)}T${hh}:${mm}`;
}

function feedbackTime({ kpi, reason }: Measured<AgreedDurations>) {
  return {
    unit: 'hours' as const,
    n: kpi.n,
    mean: twoDecimals(kpi.mean),
    median: twoDecimals(kpi.median),
    p90: twoDecimals(kpi.p90),
    min: twoDecimals(kpi.min),
    max: twoDecimals(kpi.max),
    agreement: kpi.agreement,
    withinAgreement: { n: kpi.withinAgreement.n, value: fourDecimals(kpi.withinAgreement.value) },
    reason,
  };
}

function availability({ kpi, reason }: Measured<Availability>) {
  return {
    n: kpi.n,
    events: kpi.events,
    medianDays: kpi.medianDays,
    at: { '7': fourDecimals(kpi.at['7']), '14': fourDecimals(kpi.at['14']), '30': fourDecimals(kpi.at['30']) },
    curve: kpi.curve.map((point) => ({ day: point.day, survival: fourDecimals(point.survival) ?? point.survival })),
    reason,
  };
}

function dropOut({ kpi, reason }: Measured<readonly DropOutBucket[]>) {
  return {
    buckets: kpi.map((bucket) => ({ from: bucket.from, to: bucket.to, applications: bucket.applications, withdrawn: bucket.withdrawn, share: fourDecimals(bucket.share) })),
    reason,
  };
}

/**
 * The figures of one `rkpi urgency` page as JSON-ready data, rounded as SPEC §7 says (money to
 * cents, hours to 2 decimals, shares to 4). Candidates are named by application id only.
 */
export function urgencyFigures(page: UrgencyPage, context: UrgencyContext) {
  const open = page.openVacancies;
  const waiting = page.waiting;
  return {
    schemaVersion: URGENCY_SCHEMA_VERSION,
    scope: { ...page.scope },
    asOf: isoOfDay(page.asOf),
    period: { label: page.period.label, start: isoOfDay(page.period.start), end: isoOfDay(page.period.end) },
    settings: {
      currency: context.currency,
      agreements: { ...page.agreements },
      vacancyCost: context.vacancyCost === null ? null : { ...context.vacancyCost },
    },
    inputs: context.inputs,
    openVacancies: {
      estimate: true as const,
      count: open.vacancies.length,
      totalCost: money(open.totalCost),
      reason: open.reason,
      vacancies: open.vacancies.map((v) => ({
        vacancy: v.vacancy,
        role: v.role,
        hiringManager: v.hiringManager,
        opened: isoOfDay(v.opened),
        daysOpen: v.daysOpen,
        workingDays: v.workingDays,
        cost: money(v.cost),
        reason: v.reason,
      })),
    },
    waitingForFeedback: {
      agreement: waiting.agreement,
      count: waiting.candidates.length,
      overdue: waiting.overdue,
      candidates: waiting.candidates.map((c) => ({
        application: c.application,
        vacancy: c.vacancy,
        stage: c.stage,
        interview: momentIso(c.interview),
        hoursWaiting: twoDecimals(c.hoursWaiting) ?? c.hoursWaiting,
        overdue: c.overdue,
      })),
    },
    feedbackTime: feedbackTime(page.feedbackTime),
    availability: availability(page.availability),
    dropOut: dropOut(page.dropOut),
  };
}

export type UrgencyFigures = ReturnType<typeof urgencyFigures>;

/** The document of `rkpi urgency`: the figures, and each point as a sentence in the run's language. */
export function urgencyDocument(page: UrgencyPage, context: UrgencyContext, lang: Lang) {
  const figures = urgencyFigures(page, context);
  return { ...figures, sentences: { lang, ...urgencySentences(figures, lang) } };
}

export type UrgencyDocument = ReturnType<typeof urgencyDocument>;
