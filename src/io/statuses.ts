import type { Outcome } from '../core/process/application.js';
import { wordMap } from './word-mapping.js';

/**
 * The status words every export is read with (SPEC §2.6), English and Dutch; the config's
 * `statuses` adds an export's own words. A status says how an application ended, or that it is
 * still running: a step such as "Interview" is an active application.
 */
export const BUILT_IN_STATUSES: Readonly<Record<Outcome, readonly string[]>> = {
  active: [
    'active', 'open', 'new', 'applied', 'in progress', 'in review', 'screening', 'interview', 'interviewing', 'offer',
    'offered', 'on hold', 'actief', 'nieuw', 'lopend', 'in behandeling', 'in procedure', 'gesprek', 'in gesprek',
    'aanbod', 'aanbod gedaan',
  ],
  hired: ['hired', 'offer accepted', 'placed', 'aangenomen', 'aanbod geaccepteerd', 'in dienst', 'geplaatst'],
  rejected: ['rejected', 'not selected', 'disqualified', 'afgewezen', 'niet geselecteerd', 'afgekeurd'],
  withdrawn: ['withdrawn', 'withdrew', 'candidate withdrew', 'teruggetrokken', 'zelf teruggetrokken', 'afgehaakt'],
  declined: [
    'declined', 'offer declined', 'offer rejected', 'rejected by candidate', 'aanbod afgewezen', 'aanbod geweigerd',
    'aanbod afgeslagen',
  ],
};

/**
 * Status word → outcome: the built-in words and the config's `statuses` (outcome → the export's
 * words), which win.
 *
 * @example statusMap({ declined: ['Rejected by candidate'] }).get('rejected by candidate') // 'declined'
 */
export function statusMap(configured?: Readonly<Partial<Record<Outcome, readonly string[]>>>): ReadonlyMap<string, Outcome> {
  return wordMap(BUILT_IN_STATUSES, configured);
}
