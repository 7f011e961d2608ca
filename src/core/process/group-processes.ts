import { groupKeyOf } from '../grouping.js';
import { type Listed, RecordList } from '../record-list.js';
import { type Samples } from '../samples.js';
import type { GroupTable } from '../types.js';
import type { Application } from './application.js';
import type { ChannelAttribution } from './channels.js';
import { measureProcess, type ProcessContext, type ProcessMeasure } from './process-block.js';

/** The process figures of the groups of a report: the keys the cohort's applications give, and each group's figures. */
export interface GroupProcesses {
  /** The groups with an application that a figure of the period counts: applied, interviewed or decided in it. */
  readonly keys: readonly string[];
  /** The figures of a group's applications (of any group key, none for a group without them). */
  readonly measureOf: (key: string) => ProcessMeasure;
}

/**
 * The process figures per group of `by` (SPEC §10: every figure also per group): an application
 * belongs to the group of its `by` attribute, or to the group without a value (NO_GROUP) as a hire
 * does. A group's channel table has no cost or quality (those are attributed over the whole period).
 * Each group is measured once, when first asked for.
 *
 * @example groupProcesses(applications, 'department', ctx).measureOf('Zorg').block.kpis.applications // 42
 */
export function groupProcesses(applications: Listed<Application>, by: string, ctx: Omit<ProcessContext, 'channels'>): GroupProcesses {
  const byGroup = RecordList.of(applications).groupBy(groupKeyOf(by));
  const measured = new Map<string, ProcessMeasure>();
  const measureOf = (key: string): ProcessMeasure => {
    let measure = measured.get(key);
    if (measure === undefined) {
      measure = measureProcess(byGroup.get(key) ?? [], { ...ctx, channels: null });
      measured.set(key, measure);
    }
    return measure;
  };
  // A group counts in the period when any figure counts one of its applications there: its cohort,
  // or an interview (feedback time) or an offer decided (offer acceptance) in the period.
  const keys = [...byGroup.keys()].filter((key) => {
    const kpis = measureOf(key).block.kpis;
    return kpis.applications > 0 || kpis.feedbackTime.n > 0 || kpis.offerAcceptanceRate.n > 0;
  });
  return { keys, measureOf };
}

/**
 * The cost and quality of hire per channel as the `--by channel` group table has them: cost =
 * directCost + allocatedCost of the channel's row (null without a costs file), quality = the row's
 * qualityOfHire.
 *
 * @example channelAttribution(groupTable(input, 'channel', ctx)).costs?.get('Indeed') // 123456 (cents)
 */
export function channelAttribution(table: GroupTable): ChannelAttribution {
  const measured = table.unallocatedCost !== null;
  return {
    costs: measured ? new Map(table.rows.map((row) => [row.key, (row.directCost ?? 0) + (row.allocatedCost ?? 0)])) : null,
    quality: new Map(table.rows.map((row) => [row.key, row.kpis.qualityOfHire.value])),
  };
}

/**
 * Two sets of samples as one (the hires' and the process's), a name of the second winning.
 *
 * @example mergeSamples(hireSamples, processSamples).proportions['process.conversion'] // { successes: 12, n: 240 }
 */
export function mergeSamples(a: Samples, b: Samples): Samples {
  return {
    proportions: { ...a.proportions, ...b.proportions },
    means: { ...a.means, ...b.means },
    values: { ...a.values, ...b.values },
  };
}
