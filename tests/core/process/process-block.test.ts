import { describe, expect, it } from 'vitest';
import { measureProcess, type ProcessContext } from '../../../src/core/process/process-block.js';
import { EVERY_PROCESS_COLUMN, type ProcessColumn, PROCESS_COLUMNS } from '../../../src/core/process/process-columns.js';
import { day, makeApplication, periodNamed } from '../../builders.js';

function context(spec: { without?: ProcessColumn[]; asOf?: string } = {}): ProcessContext {
  const columns = spec.without === undefined ? EVERY_PROCESS_COLUMN : new Set(PROCESS_COLUMNS.filter((column) => !spec.without?.includes(column)));
  return {
    period: periodNamed('2025-03'),
    asOf: day(spec.asOf ?? '2025-04-30'),
    dayCount: 'calendar',
    holidays: [],
    agreements: { feedbackHours: 24, firstResponseDays: 5 },
    columns,
    channels: { costs: null, quality: new Map() },
  };
}

const applications = [
  makeApplication({ applied: '2025-02-20', interview: '2025-02-27', offer: '2025-03-03', hired: '2025-03-05' }), // February's cohort, March's decision
  makeApplication({ applied: '2025-03-03', screened: '2025-03-04', interview: '2025-03-10 10:00', feedback: '2025-03-11 09:00', offer: '2025-03-14', declined: '2025-03-20' }),
  makeApplication({ applied: '2025-03-05', screened: '2025-03-07', rejected: '2025-03-07' }),
  makeApplication({ applied: '2025-03-10', status: 'hired' }),
  makeApplication({ applied: '2025-05-02', screened: '2025-05-03' }), // arrived after the as-of date
];

describe('measureProcess', () => {
  it('counts the cohort applied in the period, and offers by their decision date', () => {
    const { kpis } = measureProcess(applications, context()).block;
    // March's cohort: the 2nd, 3rd and 4th; hired 1 (by status), declined 1, rejected 1
    expect(kpis.applications).toBe(3);
    expect(kpis.conversion).toBeCloseTo(1 / 3, 12);
    expect(kpis.applicationsPerHire).toBe(3);
    // decided in March: the February application's hire (03-05), the declined offer (03-20) and the status-only hire of March's cohort
    expect(kpis.offerAcceptanceRate).toEqual({ n: 3, value: 2 / 3 });
    // responses after 1 and 2 days, both within 5
    expect(kpis.timeToFirstResponse).toMatchObject({ n: 2, median: 1.5, withinAgreement: { n: 2, value: 1 } });
    // only March's interview: 10:00 → 09:00 the next day = 23 h
    expect(kpis.feedbackTime).toMatchObject({ n: 1, median: 23, agreement: 24, withinAgreement: { n: 1, value: 1 } });
  });

  it('gives the samples a comparison needs, named after the figures', () => {
    const { samples } = measureProcess(applications, context());
    // applied 3 → screening 3 (the status-only hire counts as reaching every stage)
    expect(samples.proportions['process.funnel.applied.passThrough']).toEqual({ successes: 3, n: 3 });
    expect(samples.proportions['process.offerAcceptanceRate']).toEqual({ successes: 2, n: 3 });
    expect(samples.proportions['process.conversion']).toEqual({ successes: 1, n: 3 });
    expect(Array.from(samples.values['process.timeToFirstResponse']?.sorted ?? [])).toEqual([1, 2]);
  });

  it('judges the applications on the as-of date', () => {
    // as of 03-15 the offer of the 2nd was not yet declined: no decision of it, and it is active
    const { kpis } = measureProcess(applications, context({ asOf: '2025-03-15' })).block;
    expect(kpis.outcomes.active.count).toBe(1);
    expect(kpis.offerAcceptanceRate).toEqual({ n: 2, value: 1 });
  });

  it('names the missing interview column for feedback time and availability', () => {
    const { kpis, reasons } = measureProcess(applications, context({ without: ['interview'] })).block;
    expect(kpis.feedbackTime.n).toBe(0);
    expect(kpis.availability).toMatchObject({ n: 0, curve: [], medianDays: null });
    expect(reasons.feedbackTime).toBe('no interview column in the applications file');
    expect(reasons.availability).toBe('no interview column in the applications file');
  });

  it('leaves the channel table empty without a channel column, and says so', () => {
    const { kpis, reasons } = measureProcess(applications, context({ without: ['channel'] })).block;
    expect(kpis.channels).toEqual([]);
    expect(reasons.channels).toBe('no channel column in the applications file');
  });

  it('names the stage whose column is missing in time in stage', () => {
    const { reasons } = measureProcess(applications, context({ without: ['screened'] })).block;
    expect(reasons.timeInStage).toContain('screening: no screened column in the applications file');
  });

  it('leaves drop-out empty without a withdrawn or declined column, since no drop-out could be seen', () => {
    const { kpis, reasons } = measureProcess(applications, context({ without: ['withdrawn', 'declined'] })).block;
    expect(kpis.dropOut).toEqual([]);
    expect(reasons.dropOut).toBe('no withdrawn or declined column in the applications file');
  });

  it('says why the figures of an empty period are null', () => {
    const { kpis, reasons } = measureProcess([], context()).block;
    expect(kpis.conversion).toBeNull();
    expect(reasons.conversion).toBe('no application in the period');
    expect(reasons.offerAcceptanceRate).toBe('no offer was decided in the period');
  });
});
