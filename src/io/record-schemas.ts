import { isoOfDay } from '../core/day.js';
import type { HireColumns } from '../core/hire-columns.js';
import type { Outcome } from '../core/process/application.js';
import { HOURS_ROLES, type Scale } from '../core/types.js';
import type { HistoryStage } from './stage-names.js';
import * as z from './zod-mini.js';

/** What the record checks need from the config. */
export interface RecordSettings {
  readonly scales: { readonly performance: Scale; readonly satisfaction: Scale };
  /** Euro cents per hour by role, for hours rows without a rate. */
  readonly rates: Readonly<Partial<Record<string, number>>>;
  /** Status word → outcome for the applications file (see statusMap); absent: the built-in words. */
  readonly statuses?: ReadonlyMap<string, Outcome>;
  /** Stage name → stage for a stage history (see stageMap); absent: the built-in names. */
  readonly stages?: ReadonlyMap<string, HistoryStage>;
}

/** An empty cell of a required column says so, instead of zod's "expected number, received null". */
const required = { error: (issue: { input?: unknown }) => (issue.input === null ? 'a required value is empty' : undefined) };
// Functions, not constants: a run whose rows all pass the typed checks builds no zod schema.
const day = () => z.number(required).check(z.int());
const text = () => z.nullable(z.string());

function onScale(scale: Scale, key: string) {
  const error = `outside the scale ${scale.min}–${scale.max} (scales.${key} in the config)`;
  return z.nullable(z.number().check(z.minimum(scale.min, { error }), z.maximum(scale.max, { error })));
}

/** An order of two dates that must hold: `later` is not before `earlier`. */
function notBefore(
  ctx: z.core.$RefinementCtx,
  later: { key: string; day: number | null; what: string },
  earlier: { day: number | null; what: string },
): void {
  if (later.day === null || earlier.day === null || later.day >= earlier.day) return;
  ctx.addIssue({
    code: 'custom',
    path: [later.key],
    message: `${later.what} ${isoOfDay(later.day)} is before ${earlier.what} ${isoOfDay(earlier.day)}`,
  });
}

/**
 * The hires file's record: types, scales and the order of its dates (SPEC §2.2), given the
 * columns the file has. A row without its hire day (offer_accepted, or start_date in a file
 * without offer_accepted) is an open vacancy and needs its vacancy_opened. Dimensions are not
 * checked here: they are text as read. Build a schema once per file, not per record.
 */
export function hireSchema(settings: RecordSettings, columns: HireColumns) {
  const dayColumn = columns.has('offer_accepted') ? 'offer_accepted' : 'start_date';
  const record = z.object({
    line: z.number().check(z.int()),
    hireId: text(),
    vacancyOpened: z.nullable(day()),
    statedTimeToFill: z.nullable(z.number().check(z.minimum(0, { error: 'a time to fill cannot be negative' }))),
    applicationDate: z.nullable(day()),
    offerAccepted: z.nullable(day()),
    startDate: z.nullable(day()),
    neededBy: z.nullable(day()),
    performanceRating: onScale(settings.scales.performance, 'performance'),
    probationPassed: z.nullable(z.boolean()),
    leftDate: z.nullable(day()),
    managerSatisfaction: onScale(settings.scales.satisfaction, 'satisfaction'),
    candidateSatisfaction: onScale(settings.scales.satisfaction, 'satisfaction'),
    salary: z.nullable(z.number().check(z.int(), z.minimum(0, { error: 'a salary cannot be negative' }))),
  });
  return record.check(
    z.superRefine((hire, ctx) => {
      const offer = { day: hire.offerAccepted, what: 'the accepted offer' };
      notBefore(ctx, { key: 'offerAccepted', ...offer }, { day: hire.vacancyOpened, what: 'the vacancy opening' });
      notBefore(ctx, { key: 'offerAccepted', ...offer }, { day: hire.applicationDate, what: 'the application' });
      notBefore(ctx, { key: 'startDate', day: hire.startDate, what: 'the start' }, offer);
      notBefore(ctx, { key: 'leftDate', day: hire.leftDate, what: 'leaving' }, { day: hire.startDate, what: 'the start' });
      const hired = dayColumn === 'offer_accepted' ? hire.offerAccepted : hire.startDate;
      if (dayColumn === 'offer_accepted' && hire.offerAccepted === null && hire.startDate !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['startDate'],
          message: 'a start date without an accepted offer (an empty offer_accepted marks an open vacancy)',
        });
      } else if (hired === null && hire.vacancyOpened === null) {
        const day = dayColumn === 'offer_accepted' ? 'the day its offer was accepted' : 'its start date';
        const hint = `a hire needs ${day}, an open vacancy the day it opened: fill in one of them, or leave the row out`;
        ctx.addIssue({
          code: 'custom',
          path: [dayColumn === 'offer_accepted' ? 'offerAccepted' : 'startDate'],
          message: `no ${dayColumn} and no vacancy_opened: neither a hire nor an open vacancy`,
          params: { hint },
        });
      }
    }),
  );
}

/** The costs file's record (SPEC §2.3); negative amounts are credit notes and allowed. */
export function costSchema() {
  return z.object({
    line: z.number().check(z.int()),
    date: day(),
    amount: z.number(required).check(z.int()),
    type: z.enum(['external', 'internal']),
    category: text(),
  });
}

/** The hours file's record (SPEC §2.4): the rate comes from the row, else from the config. */
export function hoursSchema(settings: RecordSettings) {
  const entry = z.object({
    line: z.number().check(z.int()),
    date: day(),
    hours: z.number(required).check(z.minimum(0, { error: 'hours cannot be negative' })),
    role: z.enum(HOURS_ROLES),
    rate: z.nullable(z.number().check(z.int(), z.minimum(0, { error: 'a rate cannot be negative' }))),
    person: text(),
  });
  return z.pipe(
    entry,
    z.transform((read: z.output<typeof entry>, ctx) => {
      const rate = read.rate ?? settings.rates[read.role] ?? null;
      if (rate === null) {
        // zod/mini's transform has no ctx.addIssue: the issue it would have added, as it would have.
        ctx.issues.push({ code: 'custom', path: ['role'], message: `no hourly rate for role "${read.role}"`, input: read });
        return z.NEVER;
      }
      return { ...read, rate };
    }),
  );
}
