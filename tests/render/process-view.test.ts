import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/format-csv.js';
import { formatter, type Lang } from '../../src/render/format.js';
import { reasonText } from '../../src/render/reason-text.js';
import { type ProcessFigures, processGroupTable, processTables } from '../../src/render/process-view.js';
import type { ViewTable } from '../../src/render/view.js';
import { processFigures } from './process-block.js';

const context = (lang: Lang = 'en') => {
  const f = formatter(lang, 'EUR');
  return { f, lang, currency: 'EUR', say: (sentence: string) => reasonText(sentence, lang, f.date) };
};

const tables = (block: ProcessFigures = processFigures(), lang: Lang = 'en') => processTables(block, context(lang));

function table(id: string, list: readonly ViewTable[] = tables()): ViewTable {
  const found = list.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

/** The cell of a row (by key) under a column (by key). */
function cell(of: ViewTable, row: string, column: string) {
  const index = of.columns.findIndex((candidate) => candidate.key === column);
  const found = of.rows.find((candidate) => candidate.key === row)?.cells[index];
  if (found === undefined) throw new Error(`no cell ${row} × ${column} in ${of.id}`);
  return found;
}

describe('the process tables', () => {
  it('come in the order of the section: figures, funnel, outcomes, speed, channels, availability, drop-out', () => {
    expect(tables().map((t) => t.id)).toEqual([
      'process', 'process.funnel', 'process.outcomes', 'process.speed', 'process.channels', 'process.availability', 'process.dropOut',
    ]);
  });

  it('leave the channel table out when the file names no channel, and the drop-out table when it cannot tell the waits', () => {
    expect(tables(processFigures({ channels: [] })).map((t) => t.id)).not.toContain('process.channels');
    expect(tables(processFigures({ dropOut: [] })).map((t) => t.id)).not.toContain('process.dropOut');
  });
});

describe('the funnel table', () => {
  const funnel = table('process.funnel');

  it('shows per stage how many reached it, their share of the applications and how many went on', () => {
    // screening: 60 of 100 applications = 60.0%; 30 of the 60 went on to an interview = 50.0%
    expect(cell(funnel, 'screening', 'reached')).toMatchObject({ text: '60', value: 60 });
    expect(cell(funnel, 'screening', 'share')).toMatchObject({ text: '60.0%', value: 0.6, unit: 'share' });
    expect(cell(funnel, 'screening', 'passThrough')).toMatchObject({ text: '50.0%', value: 0.5 });
    expect(cell(funnel, 'screening', 'rejected')).toMatchObject({ text: '25', value: 25 });
  });

  it('draws each stage as a bar on the scale of the applications', () => {
    expect(cell(funnel, 'interview', 'chart').bars).toEqual([{ value: 30, max: 100, emphasis: true }]);
  });

  it('gives hired no pass-through and no closing counts, as it has no next stage', () => {
    expect(cell(funnel, 'hired', 'passThrough')).toEqual({ text: '' });
    expect(cell(funnel, 'hired', 'rejected')).toEqual({ text: '' });
  });

  it('says why a stage nobody reached has no pass-through', () => {
    const empty = processFigures({
      funnel: [
        { stage: 'applied', reached: 3, share: 1, passThrough: 0 },
        { stage: 'screening', reached: 0, share: 0, passThrough: null },
      ],
    });
    expect(cell(table('process.funnel', tables(empty)), 'screening', 'passThrough')).toMatchObject({
      text: '–', value: null, note: 'no application reached this stage',
    });
  });
});

describe('the speed table', () => {
  it('shows feedback in hours against its agreement, and first response in days against its own', () => {
    const speed = table('process.speed');
    expect(cell(speed, 'feedbackTime', 'median')).toMatchObject({ text: '48.0 h', value: 48, unit: 'hours' });
    expect(cell(speed, 'feedbackTime', 'agreement')).toMatchObject({ text: '24 h', value: 24 });
    expect(cell(speed, 'feedbackTime', 'withinAgreement')).toMatchObject({ text: '40.0%', value: 0.4 });
    expect(cell(speed, 'timeToFirstResponse', 'median')).toMatchObject({ text: '4.0 days', value: 4, unit: 'days' });
    expect(cell(speed, 'timeInStage.interview', 'p90')).toMatchObject({ text: '21.0 days', value: 21 });
  });

  it('shows a figure the core could not measure as "–" with its reason, in Dutch too', () => {
    const none = { n: 0, mean: null, median: null, p90: null, min: null, max: null };
    const block = processFigures(
      { feedbackTime: { ...none, agreement: 24, withinAgreement: { n: 0, value: null } } },
      { feedbackTime: 'no interview column in the applications file' },
    );
    expect(cell(table('process.speed', tables(block)), 'feedbackTime', 'median')).toMatchObject({
      text: '–', value: null, note: 'no interview column in the applications file',
    });
    expect(cell(table('process.speed', tables(block, 'nl')), 'feedbackTime', 'withinAgreement')).toMatchObject({
      text: '–', note: 'het sollicitatiebestand heeft geen kolom interview',
    });
  });
});

describe('the channel table', () => {
  const channels = table('process.channels');

  it('puts cost per hire beside time to hire per channel', () => {
    // LinkedIn: €300 / 4 hires = €75.00, 45 days; the agency: €12,000 / 4 = €3,000.00, 20 days
    expect(cell(channels, 'LinkedIn', 'costPerHire')).toMatchObject({ text: '€75.00', value: 75, unit: 'EUR' });
    expect(cell(channels, 'LinkedIn', 'medianTimeToHire')).toMatchObject({ text: '45.0', value: 45, unit: 'days' });
    expect(cell(channels, 'Agency', 'costPerHire')).toMatchObject({ text: '€3,000.00', value: 3000 });
  });

  it('says why a channel without hires has no cost per hire', () => {
    expect(cell(channels, 'Referral', 'costPerHire')).toMatchObject({ text: '–', value: null, note: 'no application was hired' });
  });

  it("gives the core's reason for the channel table to its costs only, and time and quality their own", () => {
    const block = processFigures({}, { channels: 'no costs file: cost per channel is not measured' });
    const referral = (column: string) => cell(table('process.channels', tables(block)), 'Referral', column);
    expect(referral('costPerHire').note).toBe('no costs file: cost per channel is not measured');
    expect(referral('medianTimeToHire').note).toBe('no application was hired');
    expect(referral('qualityOfHire').note).toBe('no application was hired');
  });

  it('says a cost is not measured without a costs file, not €0', () => {
    const row = { channel: 'Jobboard', applications: 5, reachedInterview: 1, hires: 1, conversion: 0.2, cost: null, costPerApplication: null, costPerHire: null, medianTimeToHire: 30, qualityOfHire: null };
    const block = processFigures({ channels: [row] });
    expect(cell(table('process.channels', tables(block)), 'Jobboard', 'costPerHire')).toMatchObject({ text: '–', note: 'no costs file' });
  });
});

describe('the availability table', () => {
  it('shows S(7), S(14) and S(30), and why the median is missing when more than half stayed', () => {
    const availability = table('process.availability');
    expect(cell(availability, 'availability.at.14', 'value')).toMatchObject({ text: '80.0%', value: 0.8, unit: 'share' });
    expect(cell(availability, 'availability.medianDays', 'value')).toMatchObject({
      text: '–', value: null, note: 'more than half were still available at the last event',
    });
  });

  it('shows the median in whole days where half were gone', () => {
    const base = processFigures().kpis.availability;
    const block = processFigures({ availability: { ...base, medianDays: 12 } });
    expect(cell(table('process.availability', tables(block, 'nl')), 'availability.medianDays', 'value')).toMatchObject({ text: '12 dagen', value: 12 });
  });
});

describe('the drop-out table', () => {
  it('names each bucket of the longest wait and shows the share that withdrew as a bar of 100%', () => {
    const dropOut = table('process.dropOut');
    expect(dropOut.rows.map((row) => row.cells[0]?.text)).toEqual(['0–3 days', '4–7 days', '8–14 days', 'over 14 days']);
    // over 14 days: 3 of 8 withdrew = 37.5%
    expect(cell(dropOut, 'wait.15-', 'share')).toMatchObject({ text: '37.5%', value: 0.375 });
    expect(cell(dropOut, 'wait.15-', 'chart').bars).toEqual([{ value: 0.375, max: 1, emphasis: true }]);
    expect(table('process.dropOut', tables(processFigures(), 'nl')).rows.at(-1)?.cells[0]?.text).toBe('meer dan 14 dagen');
  });
});

describe('the process per group', () => {
  it('shows each group its conversion and feedback in time, and "–" for a group without applications', () => {
    const groups = processGroupTable('department', [{ key: 'IT', process: processFigures() }, { key: 'Sales', process: null }], context());
    if (groups === null) throw new Error('no group table');
    expect(cell(groups, 'IT', 'conversion')).toMatchObject({ text: '8.0%', value: 0.08 });
    expect(cell(groups, 'IT', 'feedbackTime.withinAgreement')).toMatchObject({ text: '40.0%', value: 0.4 });
    expect(cell(groups, 'Sales', 'applications')).toMatchObject({ text: '–', value: null, note: 'no applications in the period' });
  });

  it('is left out when no group has applications', () => {
    expect(processGroupTable('department', [{ key: 'IT', process: null }], context())).toBeNull();
  });
});

describe('the process section in CSV', () => {
  const view = { kind: 'report', title: 'test', lines: [], notes: [], tables: tables() };

  it('writes ratios as shares and the reason beside an empty value, one row per figure', () => {
    const lines = renderCsv(view, { excel: false, wide: false }).split('\n');
    expect(lines).toContain('process.funnel,,screening.passThrough,0.5,share,');
    expect(lines).toContain('process.speed,,feedbackTime.median,48,hours,');
    expect(lines).toContain('process.channels,Referral,costPerHire,,EUR,no application was hired');
    expect(lines).toContain('process.availability,,availability.medianDays,,days,more than half were still available at the last event');
  });

  it('keeps the first table as the main one of --wide, not the channel table', () => {
    expect(renderCsv(view, { excel: false, wide: true }).split('\n')[0]).toBe('Figure,Value,Based on');
  });
});
