import { wordMap } from './word-mapping.js';

/**
 * The stages and outcomes a stage history's rows are folded onto (SPEC §2.7), in process order.
 * `feedback` is none of them: it is the row after the first interview, whatever its stage.
 */
export const HISTORY_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired', 'declined', 'rejected', 'withdrawn'] as const;
export type HistoryStage = (typeof HISTORY_STAGES)[number];

/**
 * The stage names every stage history is read with, English and Dutch; the config's `stages`
 * adds the organisation's own (a second interview, an assessment: map them onto `interview`).
 */
export const BUILT_IN_STAGES: Readonly<Record<HistoryStage, readonly string[]>> = {
  applied: ['applied', 'new', 'application', 'nieuw', 'sollicitatie', 'ontvangen'],
  screening: ['screening', 'screen', 'phone screen', 'cv selection', 'cv-selectie', 'cv selectie', 'telefonische screening'],
  interview: [
    'interview', 'first interview', 'second interview', '1st interview', '2nd interview', 'gesprek', 'eerste gesprek',
    'tweede gesprek', '1e gesprek', '2e gesprek', 'sollicitatiegesprek',
  ],
  offer: ['offer', 'offered', 'aanbod', 'aanbieding'],
  hired: ['hired', 'aangenomen', 'in dienst'],
  declined: ['declined', 'offer declined', 'aanbod afgewezen'],
  rejected: ['rejected', 'disqualified', 'afgewezen'],
  withdrawn: ['withdrawn', 'teruggetrokken', 'afgehaakt'],
};

/**
 * Stage name → canonical stage: the built-in names and the config's `stages`, which win.
 *
 * @example stageMap({ interview: ['Assessment'] }).get('assessment') // 'interview'
 */
export function stageMap(configured?: Readonly<Partial<Record<HistoryStage, readonly string[]>>>): ReadonlyMap<string, HistoryStage> {
  return wordMap(BUILT_IN_STAGES, configured);
}
