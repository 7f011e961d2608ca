import type { FunnelStage, Outcome } from '../core/process/application.js';
import type { TimedStage } from '../core/process/process-types.js';
import type { Lang } from './format.js';

/** The texts of the process section (SPEC §10–11.2): its tables and charts, in English and in Dutch. */
export interface ProcessMessages {
  readonly titles: {
    readonly process: string;
    readonly funnel: string;
    readonly outcomes: string;
    readonly speed: string;
    readonly channels: string;
    readonly availability: string;
    readonly dropOut: string;
    readonly groups: (by: string) => string;
  };
  readonly stage: Readonly<Record<FunnelStage, string>>;
  readonly outcome: Readonly<Record<Outcome, string>>;
  readonly timedStage: Readonly<Record<TimedStage, string>>;
  readonly figure: {
    readonly applications: string;
    readonly conversion: string;
    readonly applicationsPerHire: string;
    readonly offerAcceptanceRate: string;
    readonly timeToFirstResponse: string;
    readonly feedbackTime: string;
    readonly availabilityN: string;
    readonly availabilityEvents: string;
    readonly medianDays: string;
    /** S(d): still available after d days. */
    readonly stillAvailable: (days: number) => string;
  };
  readonly basis: {
    readonly applications: string;
    readonly conversion: string;
    readonly applicationsPerHire: string;
    /** `offers`: the count of offers decided, formatted. */
    readonly offerAcceptanceRate: (offers: string) => string;
    readonly availabilityN: string;
    readonly availabilityEvents: string;
    readonly medianDays: string;
    readonly stillAvailable: string;
  };
  readonly columns: {
    readonly figure: string;
    readonly stage: string;
    readonly reached: string;
    readonly ofApplications: string;
    readonly passThrough: string;
    readonly rejectedHere: string;
    readonly withdrewHere: string;
    readonly bar: string;
    readonly outcome: string;
    readonly count: string;
    readonly share: string;
    readonly step: string;
    readonly agreement: string;
    readonly withinAgreement: string;
    readonly channel: string;
    readonly applications: string;
    readonly reachedInterview: string;
    readonly hires: string;
    readonly conversion: string;
    readonly cost: string;
    readonly costPerApplication: string;
    readonly costPerHire: string;
    readonly medianTimeToHire: string;
    readonly quality: string;
    readonly longestWait: string;
    readonly withdrew: string;
    readonly shareWithdrew: string;
    /** The head of a column of bars on a scale of 0–100 %. */
    readonly ofAll: string;
    readonly firstResponse: string;
    readonly feedbackWithin: string;
    readonly offerAcceptance: string;
  };
  /** A bucket of the longest wait: `0–3 days`, `over 14 days`. */
  readonly wait: (from: number, to: number | null) => string;
  /** Why a figure the core gave no reason for has no value. */
  readonly why: {
    readonly noApplications: string;
    readonly noHires: string;
    readonly noneReached: string;
    readonly noOfferDecided: string;
    readonly noDurations: string;
    readonly halfStillAvailable: string;
    readonly noInterviewed: string;
    readonly noCosts: string;
    readonly noQuality: string;
  };
  readonly charts: {
    readonly funnelTitle: string;
    readonly funnelSubtitle: string;
    /** `share`: the pass-through, formatted: `↓ 45.0% go on`. */
    readonly passesOn: (share: string) => string;
    readonly channelsTitle: string;
    readonly channelsSubtitle: string;
    readonly feedbackTitle: string;
    readonly feedbackSubtitle: (within: string, n: string) => string;
    readonly feedbackAxis: string;
    /** The axis when each bin is labelled with its top only. */
    readonly feedbackAxisUpTo: string;
    readonly applicationsAxis: string;
    readonly agreementLine: (hours: string) => string;
    readonly noFeedback: string;
    readonly availabilityTitle: string;
    /** `median`: the days until half were gone, formatted; null when more than half were still available at the last event. */
    readonly availabilitySubtitle: (median: string | null) => string;
    readonly availabilityAxis: string;
    readonly availabilityShare: string;
    /** The median's label on the curve: `half gone within 12 days`. */
    readonly medianMark: (days: string) => string;
    readonly noAvailability: string;
    readonly dropOutTitle: string;
    readonly dropOutSubtitle: string;
    readonly dropOutAxis: string;
    readonly dropOutOf: (withdrawn: string, applications: string) => string;
    readonly noDropOut: string;
  };
}

const EN: ProcessMessages = {
  titles: {
    process: 'Process: applications of the period',
    funnel: 'Process: funnel',
    outcomes: 'Process: outcomes',
    speed: 'Process: speed',
    channels: 'Process: channels',
    availability: 'Process: candidate availability (interviewed candidates)',
    dropOut: 'Process: drop-out after the longest wait',
    groups: (by) => `Process by ${by}`,
  },
  stage: { applied: 'Applied', screening: 'Screening', interview: 'Interview', offer: 'Offer', hired: 'Hired' },
  outcome: { active: 'Active', hired: 'Hired', rejected: 'Rejected', withdrawn: 'Withdrew', declined: 'Declined the offer' },
  timedStage: { screening: 'Time in screening', interview: 'Time in interview', offer: 'Time in offer' },
  figure: {
    applications: 'Applications',
    conversion: 'Conversion to hire',
    applicationsPerHire: 'Applications per hire',
    offerAcceptanceRate: 'Offer acceptance rate',
    timeToFirstResponse: 'Time to first response',
    feedbackTime: 'Feedback after the first interview',
    availabilityN: 'Interviewed candidates',
    availabilityEvents: 'Withdrew or declined',
    medianDays: 'Half gone within',
    stillAvailable: (days) => `Still available after ${days} days`,
  },
  basis: {
    applications: 'applied in the period',
    conversion: 'hired / applications',
    applicationsPerHire: 'applications / hired',
    offerAcceptanceRate: (offers) => `hired / (hired + declined), ${offers} decided in the period`,
    availabilityN: 'applied in the period and reached an interview',
    availabilityEvents: 'the candidate withdrew or declined',
    medianDays: 'days from applying until half had withdrawn or declined',
    stillAvailable: 'Kaplan–Meier estimate',
  },
  columns: {
    figure: 'Figure',
    stage: 'Stage',
    reached: 'Reached',
    ofApplications: 'Of applications',
    passThrough: 'Pass-through',
    rejectedHere: 'Rejected here',
    withdrewHere: 'Withdrew here',
    bar: 'vs applications',
    outcome: 'Outcome',
    count: 'Count',
    share: 'Share',
    step: 'Step',
    agreement: 'Agreement',
    withinAgreement: 'Within agreement',
    channel: 'Channel',
    applications: 'Applications',
    reachedInterview: 'Interviewed',
    hires: 'Hires',
    conversion: 'Conversion',
    cost: 'Cost',
    costPerApplication: 'Cost per application',
    costPerHire: 'Cost per hire',
    medianTimeToHire: 'Time to hire, median (days)',
    quality: 'Quality',
    longestWait: 'Longest wait',
    withdrew: 'Withdrew',
    shareWithdrew: 'Share withdrew',
    ofAll: 'on 0–100%',
    firstResponse: 'First response, median',
    feedbackWithin: 'Feedback in time',
    offerAcceptance: 'Offer acceptance',
  },
  wait: (from, to) => (to === null ? `over ${from - 1} days` : `${from}–${to} days`),
  why: {
    noApplications: 'no applications in the period',
    noHires: 'no application was hired',
    noneReached: 'no application reached this stage',
    noOfferDecided: 'no offer was decided in the period',
    noDurations: 'no application has both dates',
    halfStillAvailable: 'more than half were still available at the last event',
    noInterviewed: 'no application reached an interview',
    noCosts: 'no costs file',
    noQuality: 'no hire of the channel has a quality of hire',
  },
  charts: {
    funnelTitle: 'Funnel',
    funnelSubtitle: 'applications of the period by the furthest stage they reached; between stages the share that went on',
    passesOn: (share) => `↓ ${share} went on`,
    channelsTitle: 'Channels: cost per hire beside time to hire',
    channelsSubtitle: 'cheap can be slow: a channel with a short cost bar and a long time bar costs in waiting',
    feedbackTitle: 'Feedback after the first interview',
    feedbackSubtitle: (within, n) => `${within} of ${n} within the agreement; the dashed line is the agreement`,
    feedbackAxis: 'hours from first interview to feedback',
    feedbackAxisUpTo: 'hours from first interview to feedback, each bar up to its number',
    applicationsAxis: 'applications',
    agreementLine: (hours) => `agreement ${hours}`,
    noFeedback: 'No feedback time measured in the period.',
    availabilityTitle: 'How long interviewed candidates stay available',
    availabilitySubtitle: (median) =>
      `share not yet withdrawn or declined, by days since applying; ${median === null ? 'more than half were still available at the last withdrawal' : `half gone within ${median}`}`,
    availabilityAxis: 'days since applying',
    availabilityShare: 'still available',
    medianMark: (days) => `half gone within ${days}`,
    noAvailability: 'No application reached an interview in the period.',
    dropOutTitle: 'Drop-out after the longest wait',
    dropOutSubtitle: 'share of closed applications that withdrew or declined, by their longest wait between two steps',
    dropOutAxis: 'longest wait in days',
    dropOutOf: (withdrawn, applications) => `${withdrawn} of ${applications}`,
    noDropOut: 'No closed application reached screening in the period.',
  },
};

const NL: ProcessMessages = {
  titles: {
    process: 'Proces: sollicitaties van de periode',
    funnel: 'Proces: trechter',
    outcomes: 'Proces: uitkomsten',
    speed: 'Proces: snelheid',
    channels: 'Proces: kanalen',
    availability: 'Proces: beschikbaarheid van kandidaten (op gesprek geweest)',
    dropOut: 'Proces: afhakers na de langste wachttijd',
    groups: (by) => `Proces per ${by}`,
  },
  stage: { applied: 'Gesolliciteerd', screening: 'Screening', interview: 'Gesprek', offer: 'Aanbod', hired: 'Aangenomen' },
  outcome: { active: 'Lopend', hired: 'Aangenomen', rejected: 'Afgewezen', withdrawn: 'Teruggetrokken', declined: 'Aanbod afgewezen' },
  timedStage: { screening: 'Tijd in screening', interview: 'Tijd in gespreksfase', offer: 'Tijd in aanbodfase' },
  figure: {
    applications: 'Sollicitaties',
    conversion: 'Conversie naar aanname',
    applicationsPerHire: 'Sollicitaties per aanname',
    offerAcceptanceRate: 'Acceptatie van aanbiedingen',
    timeToFirstResponse: 'Tijd tot eerste reactie',
    feedbackTime: 'Terugkoppeling na het eerste gesprek',
    availabilityN: 'Kandidaten op gesprek',
    availabilityEvents: 'Teruggetrokken of aanbod afgewezen',
    medianDays: 'Helft afgehaakt binnen',
    stillAvailable: (days) => `Na ${days} dagen nog beschikbaar`,
  },
  basis: {
    applications: 'gesolliciteerd in de periode',
    conversion: 'aangenomen / sollicitaties',
    applicationsPerHire: 'sollicitaties / aangenomen',
    offerAcceptanceRate: (offers) => `aangenomen / (aangenomen + afgewezen), ${offers} beslist in de periode`,
    availabilityN: 'gesolliciteerd in de periode en op gesprek geweest',
    availabilityEvents: 'de kandidaat trok zich terug of wees het aanbod af',
    medianDays: 'dagen vanaf de sollicitatie tot de helft was afgehaakt',
    stillAvailable: 'Kaplan-Meierschatting',
  },
  columns: {
    figure: 'Cijfer',
    stage: 'Fase',
    reached: 'Bereikt',
    ofApplications: 'Van sollicitaties',
    passThrough: 'Door naar volgende',
    rejectedHere: 'Hier afgewezen',
    withdrewHere: 'Hier afgehaakt',
    bar: 't.o.v. sollicitaties',
    outcome: 'Uitkomst',
    count: 'Aantal',
    share: 'Aandeel',
    step: 'Stap',
    agreement: 'Afspraak',
    withinAgreement: 'Binnen afspraak',
    channel: 'Kanaal',
    applications: 'Sollicitaties',
    reachedInterview: 'Op gesprek',
    hires: 'Aannames',
    conversion: 'Conversie',
    cost: 'Kosten',
    costPerApplication: 'Kosten per sollicitatie',
    costPerHire: 'Kosten per hire',
    medianTimeToHire: 'Time to hire, mediaan (dagen)',
    quality: 'Kwaliteit',
    longestWait: 'Langste wachttijd',
    withdrew: 'Afgehaakt',
    shareWithdrew: 'Aandeel afgehaakt',
    ofAll: 'op 0–100%',
    firstResponse: 'Eerste reactie, mediaan',
    feedbackWithin: 'Terugkoppeling op tijd',
    offerAcceptance: 'Acceptatie aanbod',
  },
  wait: (from, to) => (to === null ? `meer dan ${from - 1} dagen` : `${from}–${to} dagen`),
  why: {
    noApplications: 'geen sollicitaties in de periode',
    noHires: 'geen sollicitatie leidde tot een aanname',
    noneReached: 'geen sollicitatie bereikte deze fase',
    noOfferDecided: 'over geen aanbod is in de periode beslist',
    noDurations: 'geen sollicitatie heeft beide datums',
    halfStillAvailable: 'bij de laatste afhaker was meer dan de helft nog beschikbaar',
    noInterviewed: 'geen sollicitatie bereikte een gesprek',
    noCosts: 'geen kostenbestand',
    noQuality: 'geen aanname via dit kanaal heeft een quality of hire',
  },
  charts: {
    funnelTitle: 'Trechter',
    funnelSubtitle: 'sollicitaties van de periode naar de verste fase die ze bereikten; tussen de fasen het aandeel dat doorging',
    passesOn: (share) => `↓ ${share} ging door`,
    channelsTitle: 'Kanalen: kosten per hire naast time to hire',
    channelsSubtitle: 'goedkoop kan traag zijn: een kanaal met een korte kostenbalk en een lange tijdbalk kost aan wachten',
    feedbackTitle: 'Terugkoppeling na het eerste gesprek',
    feedbackSubtitle: (within, n) => `${within} van ${n} binnen de afspraak; de stippellijn is de afspraak`,
    feedbackAxis: 'uren van eerste gesprek tot terugkoppeling',
    feedbackAxisUpTo: 'uren van eerste gesprek tot terugkoppeling, elke staaf tot en met zijn getal',
    applicationsAxis: 'sollicitaties',
    agreementLine: (hours) => `afspraak ${hours}`,
    noFeedback: 'Geen terugkoppeltijd gemeten in de periode.',
    availabilityTitle: 'Hoe lang kandidaten na een gesprek beschikbaar blijven',
    availabilitySubtitle: (median) =>
      `aandeel dat zich nog niet terugtrok of het aanbod afwees, naar dagen sinds de sollicitatie; ${median === null ? 'bij de laatste afhaker was meer dan de helft nog beschikbaar' : `helft afgehaakt binnen ${median}`}`,
    availabilityAxis: 'dagen sinds de sollicitatie',
    availabilityShare: 'nog beschikbaar',
    medianMark: (days) => `helft weg binnen ${days}`,
    noAvailability: 'Geen sollicitatie bereikte in de periode een gesprek.',
    dropOutTitle: 'Afhakers na de langste wachttijd',
    dropOutSubtitle: 'aandeel afgesloten sollicitaties dat zich terugtrok of het aanbod afwees, naar hun langste wachttijd tussen twee stappen',
    dropOutAxis: 'langste wachttijd in dagen',
    dropOutOf: (withdrawn, applications) => `${withdrawn} van ${applications}`,
    noDropOut: 'Geen afgesloten sollicitatie bereikte in de periode de screening.',
  },
};

export const PROCESS_MESSAGES: Readonly<Record<Lang, ProcessMessages>> = { en: EN, nl: NL };
