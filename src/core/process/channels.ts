import type { DayCounter } from '../business-days.js';
import { compareGroupKeys, groupKeyOf } from '../grouping.js';
import { divideOrNull } from '../measured.js';
import type { Listed } from '../record-list.js';
import { durationStats } from '../stats.js';
import type { Cents } from '../types.js';
import type { Application, ApplicationSteps } from './application.js';
import { outcomeOf } from './closing.js';
import { reachedGiven } from './furthest-stage.js';
import type { ChannelRow } from './process-types.js';

/**
 * What the hires and costs files say per channel, as `--by channel` groups them (SPEC §4): the
 * costs attributed to it (direct plus the allocated share of the shared costs) and the quality of
 * hire of the period's hires of that channel.
 */
export interface ChannelAttribution {
  /** Attributed cost by channel key (NO_GROUP: no channel); null without a costs file. */
  readonly costs: ReadonlyMap<string, Cents> | null;
  /** Quality of hire (0..1) by channel key; a channel absent or null has none. */
  readonly quality: ReadonlyMap<string, number | null>;
}

/**
 * The channel table (SPEC §10): per channel of the cohort (NO_GROUP for applications without one,
 * last), applications, reachedInterview (furthest stage interview or later), hires (hired, by date
 * or status), conversion = hires / applications, cost (attributed as `--by channel` does; 0 for a
 * channel without costs; null without a costs file or attribution), costPerApplication = cost /
 * applications, costPerHire = cost / hires, medianTimeToHire = median of applied → hired in days
 * (of `days`) over the dated hires, and qualityOfHire of the channel's hires in the hires file.
 *
 * @example
 * // Indeed: 4 applications, 2 interviewed, 1 hired after 20 days; €400 attributed
 * channels(cohort, calendarDays, attribution)[0]
 * // { channel: 'Indeed', applications: 4, reachedInterview: 2, hires: 1, conversion: 0.25, cost: 40000,
 * //   costPerApplication: 10000, costPerHire: 40000, medianTimeToHire: 20, qualityOfHire: … }
 */
export function channels(applications: Listed<Application>, days: DayCounter, attribution: ChannelAttribution | null): ChannelRow[] {
  const tally = new ChannelTally(days, attribution);
  const channelOf = groupKeyOf('channel');
  for (const application of applications) tally.add(application, channelOf(application));
  return tally.result();
}

/** What the channel table counts of one channel's applications. */
interface ChannelCounts {
  applications: number;
  reachedInterview: number;
  hires: number;
  readonly timesToHire: number[];
}

/**
 * channels one application at a time (see Tally): each application comes with its channel key
 * (groupKeyOf('channel')), which the caller reads once with the rest of the application.
 */
export class ChannelTally {
  readonly #byChannel = new Map<string, ChannelCounts>();

  constructor(
    private readonly days: DayCounter,
    private readonly attribution: ChannelAttribution | null,
  ) {}

  add(application: ApplicationSteps, channel: string): void {
    let counts = this.#byChannel.get(channel);
    if (counts === undefined) {
      counts = { applications: 0, reachedInterview: 0, hires: 0, timesToHire: [] };
      this.#byChannel.set(channel, counts);
    }
    counts.applications += 1;
    // The outcome read once for both counts.
    const outcome = outcomeOf(application);
    if (reachedGiven(application, outcome, 'interview')) counts.reachedInterview += 1;
    if (outcome !== 'hired') return;
    counts.hires += 1;
    if (application.hired !== null) counts.timesToHire.push(this.days(application.applied.day, application.hired.day));
  }

  result(): ChannelRow[] {
    const byChannel = this.#byChannel;
    return [...byChannel.keys()].sort(compareGroupKeys).map((channel) => channelRow(channel, byChannel.get(channel) as ChannelCounts, this.attribution));
  }
}

/** One row of the channel table from what was counted of its applications (see channels). */
function channelRow(channel: string, counted: ChannelCounts, attribution: ChannelAttribution | null): ChannelRow {
  const { applications, reachedInterview, hires, timesToHire } = counted;
  const costs = attribution?.costs ?? null;
  const cost = costs === null ? null : (costs.get(channel) ?? 0);
  return {
    channel,
    applications,
    reachedInterview,
    hires,
    conversion: divideOrNull(hires, applications),
    cost,
    costPerApplication: cost === null ? null : divideOrNull(cost, applications),
    costPerHire: cost === null ? null : divideOrNull(cost, hires),
    medianTimeToHire: durationStats(timesToHire).median,
    qualityOfHire: attribution?.quality.get(channel) ?? null,
  };
}
