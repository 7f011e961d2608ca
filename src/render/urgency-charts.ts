import type { ViewChart } from './chart.js';
import type { Formatter, Lang } from './format.js';
import { availabilityChart, dropOutChart } from './process-charts.js';
import type { UrgencyDocument } from './urgency-document.js';
import type { UrgencyMessages } from './urgency-messages.js';

/**
 * The headline figures of an urgency page as tiles, each with what it rests on: what is open and
 * what it cost so far, who waits and how many too long, feedback within the agreement, and how
 * fast candidates go. The sentences stand above them.
 */
function tiles(doc: UrgencyDocument, f: Formatter, u: UrgencyMessages): ViewChart {
  const within = doc.feedbackTime.withinAgreement.value;
  const open = doc.openVacancies;
  const waiting = doc.waitingForFeedback;
  return {
    kind: 'tiles',
    id: 'tiles',
    title: u.points.openVacancies,
    subtitle: null,
    width: 'full',
    tiles: [
      { key: 'openVacancies', label: u.points.openVacancies, text: f.number(open.count), detail: open.totalCost === null ? null : u.tiles.costSoFar(f.money(open.totalCost)) },
      {
        key: 'waiting',
        label: u.points.waiting,
        text: f.number(waiting.count),
        detail: u.tiles.overdue(f.number(waiting.overdue), f.number(waiting.agreement)),
        verdict: waiting.overdue > 0 ? 'worse' : 'better',
      },
      {
        key: 'feedbackTime',
        label: u.rows.within(f.number(doc.settings.agreements.feedbackHours)),
        text: f.percent(within, 0),
        detail: u.tiles.answered(f.number(doc.feedbackTime.n)),
      },
      {
        key: 'availability',
        label: u.rows.medianDays,
        text: doc.availability.medianDays === null ? '–' : f.days(doc.availability.medianDays, 0),
        detail: u.tiles.interviewed(f.number(doc.availability.n)),
      },
    ],
  };
}

/**
 * The charts of an urgency page, for HTML: the tiles, the organisation's availability curve as
 * steps with the median marked, and the drop-out buckets as bars (the report's process charts).
 */
export function urgencyCharts(doc: UrgencyDocument, f: Formatter, u: UrgencyMessages, lang: Lang): ViewChart[] {
  return [tiles(doc, f, u), availabilityChart(doc.availability, f, lang), dropOutChart(doc.dropOut.buckets, f, lang)];
}
