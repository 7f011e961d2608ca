import type { ProcessBlock } from '../../src/core/process/process-types.js';
import type { DurationStats } from '../../src/core/types.js';
import { processDocument } from '../../src/render/process-document.js';

const stats = (n: number, median: number | null, p90: number | null): DurationStats => ({ n, mean: median, median, p90, min: median, max: p90 });

/**
 * A process block built by hand (money in cents, as the core has it): 100
 * applications, 60 screened, 30 interviewed, 10 offered, 8 hired, 2 offers declined. Channels:
 * LinkedIn cheap and slow (€300 for 4 hires, median 45 days), an agency dear and fast (€12,000 for
 * 4 hires, 20 days), a referral without hires.
 */
export function processBlock(overrides: Partial<ProcessBlock['kpis']> = {}, reasons: ProcessBlock['reasons'] = {}): ProcessBlock {
  return {
    kpis: {
      applications: 100,
      funnel: [
        { stage: 'applied', reached: 100, share: 1, passThrough: 0.6 },
        { stage: 'screening', reached: 60, share: 0.6, passThrough: 0.5 },
        { stage: 'interview', reached: 30, share: 0.3, passThrough: 1 / 3 },
        { stage: 'offer', reached: 10, share: 0.1, passThrough: 0.8 },
        { stage: 'hired', reached: 8, share: 0.08, passThrough: null },
      ],
      conversion: 0.08,
      applicationsPerHire: 12.5,
      outcomes: {
        hired: { count: 8, share: 0.08 },
        rejected: { count: 70, share: 0.7 },
        withdrawn: { count: 12, share: 0.12 },
        declined: { count: 2, share: 0.02 },
        active: { count: 8, share: 0.08 },
      },
      closedAt: {
        applied: { rejected: 35, withdrawn: 3 },
        screening: { rejected: 25, withdrawn: 4 },
        interview: { rejected: 10, withdrawn: 5 },
        offer: { rejected: 0, withdrawn: 2 },
      },
      offerAcceptanceRate: { n: 10, value: 0.8 },
      timeToFirstResponse: { ...stats(90, 4, 11), agreement: 5, withinAgreement: { n: 90, value: 0.6 } },
      timeInStage: { screening: stats(55, 6, 15), interview: stats(25, 9, 21), offer: stats(9, 3, 7) },
      feedbackTime: { ...stats(30, 48, 120), agreement: 24, withinAgreement: { n: 30, value: 0.4 } },
      channels: [
        { channel: 'LinkedIn', applications: 60, reachedInterview: 15, hires: 4, conversion: 4 / 60, cost: 30000, costPerApplication: 500, costPerHire: 7500, medianTimeToHire: 45, qualityOfHire: 0.7 },
        { channel: 'Agency', applications: 10, reachedInterview: 10, hires: 4, conversion: 0.4, cost: 1200000, costPerApplication: 120000, costPerHire: 300000, medianTimeToHire: 20, qualityOfHire: 0.8 },
        { channel: 'Referral', applications: 30, reachedInterview: 5, hires: 0, conversion: 0, cost: 0, costPerApplication: 0, costPerHire: null, medianTimeToHire: null, qualityOfHire: null },
      ],
      availability: {
        n: 30,
        events: 7,
        medianDays: null,
        at: { '7': 0.9, '14': 0.8, '30': 0.7 },
        curve: [
          { day: 0, survival: 1 },
          { day: 5, survival: 0.9 },
          { day: 12, survival: 0.8 },
          { day: 25, survival: 0.7 },
        ],
      },
      dropOut: [
        { from: 0, to: 3, applications: 16, withdrawn: 1, share: 0.0625 },
        { from: 4, to: 7, applications: 20, withdrawn: 3, share: 0.15 },
        { from: 8, to: 14, applications: 10, withdrawn: 3, share: 0.3 },
        { from: 15, to: null, applications: 8, withdrawn: 3, share: 0.375 },
      ],
      ...overrides,
    },
    reasons,
    distributions: {
      feedbackHours: [
        { from: 0, to: 24, count: 12 },
        { from: 24, to: 48, count: 8 },
        { from: 48, to: 72, count: 0 },
        { from: 72, to: 96, count: 6 },
        { from: 96, to: null, count: 4 },
      ],
    },
  };
}

/** The hand-built block as the report's document carries it to the renderers: rounded, money in euros. */
export const processFigures = (overrides: Partial<ProcessBlock['kpis']> = {}, reasons: ProcessBlock['reasons'] = {}) =>
  processDocument(processBlock(overrides, reasons));
