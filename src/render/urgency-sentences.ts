import { formatter, type Lang } from './format.js';
import { URGENCY_MESSAGES, type Who } from './urgency-messages.js';
import type { UrgencyFigures } from './urgency-document.js';

/** An amount as a recruiter says it, without cents when it is whole: `€10,500`. */
const amount = (cents: number, f: ReturnType<typeof formatter>) => f.money(cents).replace(/[.,]00(?!\d)/, '');

/** A share as a recruiter says it: whole percent with a space, `38 %`. */
const percent = (share: number, f: ReturnType<typeof formatter>) => `${f.number(share * 100, 0)} %`;

/**
 * Each point of the page as one plain sentence in the language, as a recruiter would say it
 * (SPEC §11.5): the open vacancies and what they cost, who waits for feedback, the feedback time
 * against the agreement, how long interviewed candidates stay available, and drop-out after waiting.
 *
 * @example urgencySentences(figures, 'en').availability // 'Half of the candidates we interviewed were gone within 12 days.'
 */
export function urgencySentences(doc: UrgencyFigures, lang: Lang) {
  const f = formatter(lang, doc.settings.currency);
  const s = URGENCY_MESSAGES[lang].sentences;
  const who = doc.scope as Who;
  const period = `${f.date(doc.period.start)} ${lang === 'nl' ? 'tot' : 'to'} ${f.date(doc.period.end)}`;
  const agreement = f.number(doc.settings.agreements.feedbackHours);
  const open = doc.openVacancies;
  const longestOpen = open.vacancies.reduce((most, v) => Math.max(most, v.daysOpen), 0);
  const waiting = doc.waitingForFeedback;
  const longestWait = waiting.candidates[0]?.hoursWaiting ?? 0;
  const longest = s.hours(f.number(longestWait), longestWait >= 48 ? f.number(longestWait / 24, longestWait % 24 === 0 ? 0 : 1) : null);
  const feedback = doc.feedbackTime;
  const available = doc.availability;
  const buckets = doc.dropOut.buckets;
  const first = buckets[0]?.share ?? null;
  const last = buckets[buckets.length - 1]?.share ?? null;
  return {
    openVacancies: s.openVacancies(who, open.count, f.number(longestOpen), open.totalCost === null ? null : amount(open.totalCost, f), f.date(doc.asOf)),
    waiting: s.waiting(waiting.count, waiting.overdue, longest, agreement),
    feedbackTime:
      feedback.n === 0 || feedback.withinAgreement.value === null
        ? s.noFeedback(period)
        : s.feedbackTime(feedback.n, percent(feedback.withinAgreement.value, f), f.number(feedback.median), agreement, period),
    availability:
      available.n === 0
        ? s.noInterviews(period)
        : available.medianDays !== null
          ? s.availabilityMedian(f.number(available.medianDays))
          : s.availabilityHeld(percent(available.at['30'] ?? 1, f)),
    dropOut: first === null || last === null ? s.dropOutUnknown : s.dropOut(percent(last, f), percent(first, f)),
  };
}

export type UrgencySentences = ReturnType<typeof urgencySentences>;
