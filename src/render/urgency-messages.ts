import type { Lang } from './format.js';

/** How a sentence names whose page it is: a manager by name, a vacancy by id, or everyone. */
export type Who = { readonly kind: 'everyone' } | { readonly kind: 'manager'; readonly name: string } | { readonly kind: 'vacancy'; readonly id: string };

/** The texts of `rkpi urgency` in English and Dutch: labels, and each point as a recruiter says it. */
export interface UrgencyMessages {
  readonly title: (who: Who) => string;
  /** `date`, `from`, `to` formatted; `hours` the agreement. */
  readonly line: (date: string, from: string, to: string, hours: string) => string;
  readonly points: { readonly openVacancies: string; readonly waiting: string; readonly feedbackTime: string; readonly availability: string; readonly dropOut: string };
  readonly inWords: string;
  readonly point: string;
  readonly sentence: string;
  readonly sentences: {
    /** `days`: the longest open; `cost`: the estimated total, or null when none could be estimated. */
    readonly openVacancies: (who: Who, count: number, days: string, cost: string | null, date: string) => string;
    /** `longest`: the longest wait (see `hours`); `agreement`: the agreed hours. */
    readonly waiting: (count: number, overdue: number, longest: string, agreement: string) => string;
    /** A wait in hours, with the days beside it from two days on: `288 hours (12 days)`. */
    readonly hours: (hours: string, days: string | null) => string;
    /** `share`: of interviews answered within the agreement; `median`: hours. */
    readonly feedbackTime: (n: number, share: string, median: string, agreement: string, period: string) => string;
    readonly noFeedback: (period: string) => string;
    readonly availabilityMedian: (days: string) => string;
    /** `share`: still available after 30 days. */
    readonly availabilityHeld: (share: string) => string;
    readonly noInterviews: (period: string) => string;
    /** `long`: withdrawal share of those who once waited more than 14 days; `short`: of those who never waited more than 3. */
    readonly dropOut: (long: string, short: string) => string;
    readonly dropOutUnknown: string;
  };
  readonly tables: {
    /** `costed`: with the cost so far (the config sets a vacancyCost). */
    readonly openVacancies: (date: string, costed: boolean) => string;
    readonly waiting: (date: string, agreement: string) => string;
    readonly feedbackTime: (period: string) => string;
    readonly availability: (period: string) => string;
    readonly dropOut: (period: string) => string;
  };
  readonly columns: {
    readonly vacancy: string;
    readonly role: string;
    readonly manager: string;
    readonly opened: string;
    readonly daysOpen: string;
    readonly workingDays: string;
    readonly cost: string;
    readonly application: string;
    readonly stage: string;
    readonly interview: string;
    readonly hoursWaiting: string;
    readonly overAgreement: string;
    readonly longestWait: string;
    readonly applications: string;
    readonly withdrawn: string;
    readonly share: string;
  };
  readonly stage: { readonly interview: string };
  readonly rows: {
    readonly answered: string;
    readonly median: string;
    readonly mean: string;
    readonly p90: string;
    readonly max: string;
    readonly within: (agreement: string) => string;
    readonly interviewed: string;
    readonly gone: string;
    readonly medianDays: string;
    readonly stillAvailable: (days: number) => string;
  };
  /** A drop-out bucket: `0–3 days`, `over 14 days`. */
  readonly bucket: (from: number, to: number | null) => string;
  /** What a headline tile rests on. */
  readonly tiles: {
    readonly costSoFar: (cost: string) => string;
    readonly overdue: (count: string, agreement: string) => string;
    readonly answered: (count: string) => string;
    readonly interviewed: (count: string) => string;
  };
  readonly estimateNote: (rule: string) => string;
  readonly noVacancyCost: string;
  readonly notMeasured: string;
  readonly hoursWord: string;
  readonly daysWord: string;
}

const plural = (count: number, one: string, more: string) => (count === 1 ? one : more);

const EN: UrgencyMessages = {
  title: (who) => `Urgency: ${who.kind === 'manager' ? who.name : who.kind === 'vacancy' ? `vacancy ${who.id}` : 'everyone'}`,
  line: (date, from, to, hours) => `On ${date}; feedback, availability and drop-out over ${from} to ${to}; agreement: feedback within ${hours} hours of an interview.`,
  points: { openVacancies: 'Open vacancies', waiting: 'Waiting for feedback', feedbackTime: 'Feedback time', availability: 'Availability', dropOut: 'Drop-out after waiting' },
  inWords: 'In words',
  point: 'Point',
  sentence: 'What it says',
  sentences: {
    openVacancies: (who, count, days, cost, date) => {
      if (count === 0) {
        if (who.kind === 'manager') return `${who.name} has no open vacancy on ${date}.`;
        return who.kind === 'vacancy' ? `Vacancy ${who.id} is not open on ${date}.` : `No vacancy is open on ${date}.`;
      }
      const costs = cost === null ? '' : count === 1 ? `; it has cost an estimated ${cost} so far` : `; together they have cost an estimated ${cost} so far`;
      if (who.kind === 'vacancy') return `Vacancy ${who.id} has been open for ${days} days${costs}.`;
      const subject = who.kind === 'manager' ? `${who.name} has` : plural(count, 'There is', 'There are');
      const open = count === 1 ? `open for ${days} days` : `the longest open for ${days} days`;
      return `${subject} ${count} open ${plural(count, 'vacancy', 'vacancies')}, ${open}${costs}.`;
    },
    waiting: (count, overdue, longest, agreement) => {
      if (count === 0) return 'No candidate is waiting for feedback after an interview.';
      if (count === 1) {
        const verdict = overdue === 1 ? `longer than the agreed ${agreement} hours` : `within the agreed ${agreement} hours`;
        return `1 candidate is waiting for feedback after an interview, for ${longest}: ${verdict}.`;
      }
      const late = overdue === 0 ? 'none of them' : overdue === count ? 'all of them' : `${overdue} of them`;
      return `${count} candidates are waiting for feedback after an interview, ${late} longer than the agreed ${agreement} hours; the longest for ${longest}.`;
    },
    hours: (hours, days) => (days === null ? `${hours} hours` : `${hours} hours (${days} days)`),
    feedbackTime: (n, share, median, agreement, period) =>
      `Of ${n} ${plural(n, 'interview', 'interviews')} from ${period}, ${share} had feedback within the agreed ${agreement} hours; half waited ${median} hours or more.`,
    noFeedback: (period) => `No interview from ${period} has an answer to measure.`,
    availabilityMedian: (days) => `Half of the candidates we interviewed were gone within ${days} days.`,
    availabilityHeld: (share) => `Of the candidates we interviewed, ${share} were still available after 30 days.`,
    noInterviews: (period) => `No candidate who applied in ${period} reached an interview.`,
    dropOut: (long, short) => `Of the candidates who once waited more than 14 days, ${long} withdrew; of those who never waited more than 3 days, ${short}.`,
    dropOutUnknown: 'Too few closed applications waited that long, or that short, to compare.',
  },
  tables: {
    openVacancies: (date, costed) => `Open vacancies on ${date}${costed ? ': cost so far (estimate)' : ''}`,
    waiting: (date, agreement) => `Waiting for feedback on ${date} (agreement: ${agreement} hours)`,
    feedbackTime: (period) => `Feedback after an interview, interviews from ${period}`,
    availability: (period) => `Availability of the candidates interviewed, applied ${period}`,
    dropOut: (period) => `Drop-out after the longest wait, closed applications of ${period}`,
  },
  columns: {
    vacancy: 'Vacancy', role: 'Role', manager: 'Hiring manager', opened: 'Opened', daysOpen: 'Days open', workingDays: 'Working days',
    cost: 'Cost so far (estimate)', application: 'Application', stage: 'Stage', interview: 'Interview', hoursWaiting: 'Hours waiting',
    overAgreement: 'Over the agreement', longestWait: 'Longest wait', applications: 'Applications',
    withdrawn: 'Withdrew', share: 'Share withdrawn',
  },
  stage: { interview: 'interview' },
  rows: {
    answered: 'Interviews answered', median: 'Median', mean: 'Mean', p90: 'p90', max: 'Longest',
    within: (agreement) => `Within ${agreement} hours`,
    interviewed: 'Candidates interviewed', gone: 'Withdrew or declined', medianDays: 'Half gone within',
    stillAvailable: (days) => `Still available after ${days} days`,
  },
  bucket: (from, to) => (to === null ? `over ${from - 1} days` : `${from}–${to} days`),
  tiles: {
    costSoFar: (cost) => `${cost} so far (estimate)`,
    overdue: (count, agreement) => `${count} over ${agreement} hours`,
    answered: (count) => `of ${count} interviews answered`,
    interviewed: (count) => `of ${count} candidates interviewed`,
  },
  estimateNote: (rule) => `Cost of vacancy is an estimate: ${rule} (vacancyCost in the config).`,
  noVacancyCost: 'No cost of vacancy: the config sets no vacancyCost (see "Urgency: making the case for speed" in the README).',
  notMeasured: 'Not measured',
  hoursWord: 'hours',
  daysWord: 'days',
};

const NL: UrgencyMessages = {
  title: (who) => `Urgentie: ${who.kind === 'manager' ? who.name : who.kind === 'vacancy' ? `vacature ${who.id}` : 'iedereen'}`,
  line: (date, from, to, hours) => `Op ${date}; terugkoppeling, beschikbaarheid en afhaken over ${from} tot ${to}; afspraak: terugkoppeling binnen ${hours} uur na een gesprek.`,
  points: { openVacancies: 'Openstaande vacatures', waiting: 'Wacht op terugkoppeling', feedbackTime: 'Terugkoppeltijd', availability: 'Beschikbaarheid', dropOut: 'Afhaken na wachten' },
  inWords: 'In het kort',
  point: 'Punt',
  sentence: 'Wat het zegt',
  sentences: {
    openVacancies: (who, count, days, cost, date) => {
      if (count === 0) {
        if (who.kind === 'manager') return `${who.name} heeft op ${date} geen openstaande vacature.`;
        return who.kind === 'vacancy' ? `Vacature ${who.id} staat op ${date} niet open.` : `Op ${date} staat geen vacature open.`;
      }
      const costs = cost === null ? '' : count === 1 ? `; die heeft naar schatting al ${cost} gekost` : `; samen hebben ze naar schatting al ${cost} gekost`;
      if (who.kind === 'vacancy') return `Vacature ${who.id} staat ${days} dagen open${costs}.`;
      const open = count === 1 ? `${days} dagen open` : `de oudste ${days} dagen open`;
      if (who.kind === 'manager') return `${who.name} heeft ${count} ${plural(count, 'openstaande vacature', 'openstaande vacatures')}, ${open}${costs}.`;
      return `Er ${plural(count, 'staat', 'staan')} ${count} ${plural(count, 'vacature', 'vacatures')} open, ${count === 1 ? `${days} dagen` : `de oudste ${days} dagen`}${costs}.`;
    },
    waiting: (count, overdue, longest, agreement) => {
      if (count === 0) return 'Er wacht geen kandidaat op terugkoppeling na een gesprek.';
      if (count === 1) {
        const verdict = overdue === 1 ? `langer dan de afgesproken ${agreement} uur` : `binnen de afgesproken ${agreement} uur`;
        return `1 kandidaat wacht op terugkoppeling na een gesprek, al ${longest}: ${verdict}.`;
      }
      const late = overdue === 0 ? 'geen van hen' : overdue === count ? 'allemaal' : `${overdue} van hen`;
      return `${count} kandidaten wachten op terugkoppeling na een gesprek, ${late} langer dan de afgesproken ${agreement} uur; de langste al ${longest}.`;
    },
    hours: (hours, days) => (days === null ? `${hours} uur` : `${hours} uur (${days} dagen)`),
    feedbackTime: (n, share, median, agreement, period) =>
      `Van ${n} ${plural(n, 'gesprek', 'gesprekken')} van ${period} kreeg ${share} binnen de afgesproken ${agreement} uur terugkoppeling; de helft wachtte ${median} uur of langer.`,
    noFeedback: (period) => `Van de gesprekken van ${period} is geen terugkoppeling te meten.`,
    availabilityMedian: (days) => `De helft van de kandidaten die we spraken, was binnen ${days} dagen weg.`,
    availabilityHeld: (share) => `Van de kandidaten die we spraken, was na 30 dagen nog ${share} beschikbaar.`,
    noInterviews: (period) => `Geen kandidaat die solliciteerde van ${period} kwam op gesprek.`,
    dropOut: (long, short) => `Van de kandidaten die ooit langer dan 14 dagen wachtten, haakte ${long} af; van wie nooit langer dan 3 dagen wachtte, ${short}.`,
    dropOutUnknown: 'Te weinig afgesloten sollicitaties wachtten zo lang, of zo kort, om te vergelijken.',
  },
  tables: {
    openVacancies: (date, costed) => `Openstaande vacatures op ${date}${costed ? ': kosten tot nu (schatting)' : ''}`,
    waiting: (date, agreement) => `Wacht op terugkoppeling op ${date} (afspraak: ${agreement} uur)`,
    feedbackTime: (period) => `Terugkoppeling na een gesprek, gesprekken van ${period}`,
    availability: (period) => `Beschikbaarheid van de kandidaten die we spraken, gesolliciteerd ${period}`,
    dropOut: (period) => `Afhaken na de langste wachttijd, afgesloten sollicitaties van ${period}`,
  },
  columns: {
    vacancy: 'Vacature', role: 'Functie', manager: 'Vacaturehouder', opened: 'Geopend', daysOpen: 'Dagen open', workingDays: 'Werkdagen',
    cost: 'Kosten tot nu (schatting)', application: 'Sollicitatie', stage: 'Fase', interview: 'Gesprek', hoursWaiting: 'Uren wachten',
    overAgreement: 'Boven de afspraak', longestWait: 'Langste wachttijd', applications: 'Sollicitaties',
    withdrawn: 'Afgehaakt', share: 'Deel afgehaakt',
  },
  stage: { interview: 'gesprek' },
  rows: {
    answered: 'Gesprekken met antwoord', median: 'Mediaan', mean: 'Gemiddelde', p90: 'p90', max: 'Langste',
    within: (agreement) => `Binnen ${agreement} uur`,
    interviewed: 'Kandidaten op gesprek', gone: 'Afgehaakt of aanbod afgewezen', medianDays: 'Helft weg binnen',
    stillAvailable: (days) => `Nog beschikbaar na ${days} dagen`,
  },
  bucket: (from, to) => (to === null ? `meer dan ${from - 1} dagen` : `${from}–${to} dagen`),
  tiles: {
    costSoFar: (cost) => `${cost} tot nu (schatting)`,
    overdue: (count, agreement) => `${count} langer dan ${agreement} uur`,
    answered: (count) => `van ${count} gesprekken met antwoord`,
    interviewed: (count) => `van ${count} kandidaten op gesprek`,
  },
  estimateNote: (rule) => `Vacaturekosten zijn een schatting: ${rule} (vacancyCost in de config).`,
  noVacancyCost: 'Geen vacaturekosten: de config heeft geen vacancyCost (zie "Urgency: making the case for speed" in de README).',
  notMeasured: 'Niet gemeten',
  hoursWord: 'uur',
  daysWord: 'dagen',
};

export const URGENCY_MESSAGES: Readonly<Record<Lang, UrgencyMessages>> = { en: EN, nl: NL };
