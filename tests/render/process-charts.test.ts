import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/render/format.js';
import { chartHtml } from '../../src/render/html/charts-html.js';
import { availabilitySvg } from '../../src/render/html/availability-svg.js';
import { channelsSvg } from '../../src/render/html/channels-svg.js';
import { dropOutSvg } from '../../src/render/html/drop-out-svg.js';
import { funnelSvg } from '../../src/render/html/funnel-svg.js';
import { histogramSvg } from '../../src/render/html/histogram-svg.js';
import { availabilityChart, channelsChart, dropOutChart, feedbackChart, funnelChart, processCharts } from '../../src/render/process-charts.js';
import { processFigures } from './process-block.js';

const en = formatter('en', 'EUR');
const nl = formatter('nl', 'EUR');

/** The numbers of one attribute of every element matching `tag` with `className`, in order. */
function attribute(svg: string, tag: string, className: string, name: string): number[] {
  const pattern = new RegExp(`<${tag}[^>]*class="${className}[^"]*"[^>]*>`, 'g');
  return [...svg.matchAll(pattern)].map((match) => Number(new RegExp(` ${name}="([^"]+)"`).exec(match[0])?.[1]));
}

describe('the process charts of the report', () => {
  it('are the funnel, feedback hours, channels, availability and drop-out', () => {
    expect(processCharts(processFigures(), en, 'en', 'EUR').map((chart) => chart.id)).toEqual([
      'process-funnel', 'process-feedback', 'process-channels', 'process-availability', 'process-drop-out',
    ]);
  });
});

describe('a process chart without data', () => {
  it("says the core's reason instead of drawing, in the view's language", () => {
    const block = processFigures({ dropOut: [] }, { dropOut: 'no withdrawn or declined column in the applications file' });
    const dropOut = processCharts(block, nl, 'nl', 'EUR').find((chart) => chart.id === 'process-drop-out');
    expect(dropOut === undefined ? '' : chartHtml(dropOut)).toContain('Het sollicitatiebestand heeft geen kolom withdrawn of declined.');
  });
});

describe('the funnel chart', () => {
  it('draws each stage as wide as its count on the scale of the applications, centred', () => {
    const svg = funnelSvg(funnelChart(processFigures(), en, 'en'));
    // span = 400 − 96 − 92 = 212 px: applied 100 → 212, screening 60 → 127.2, hired 8 → 17
    expect(attribute(svg, 'rect', 'funnel-bar', 'width')).toEqual([212, 127.2, 63.6, 21.2, 17]);
    // centred on 96 + 106 = 202: screening starts at 202 − 63.6 = 138.4
    expect(attribute(svg, 'rect', 'funnel-bar', 'x')[1]).toBe(138.4);
  });

  it('writes between two stages the share that went on, and the count and share beside each', () => {
    const chart = funnelChart(processFigures(), nl, 'nl');
    expect(chart.stages.map((stage) => stage.onward)).toEqual(['↓ 60,0% ging door', '↓ 50,0% ging door', '↓ 33,3% ging door', '↓ 80,0% ging door', null]);
    expect(chart.stages[1]?.text).toBe('60 · 60,0%');
  });

  it('says so instead of drawing when the period has no applications', () => {
    const html = chartHtml(funnelChart(processFigures({ applications: 0 }), en, 'en'));
    expect(html).toContain('<p class="empty">No applications in the period.</p>');
  });
});

describe('the channel chart', () => {
  it('puts cost per hire and time to hire side by side, each on its own scale', () => {
    const svg = channelsSvg(channelsChart(processFigures(), en, 'en', 'EUR'));
    // span 280 − 86 = 194 px; cost: LinkedIn 75 / 3000 × 194 = 4.85 → 4.9 (to 0.1 px), agency 194;
    // time: LinkedIn 45 → 194, agency 20 / 45 × 194 = 86.2; the referral has neither, so no bar
    expect(attribute(svg, 'rect', 'channel-cost', 'width')).toEqual([4.9, 194]);
    expect(attribute(svg, 'rect', 'channel-time', 'width')).toEqual([194, 86.2]);
    expect(svg).toContain('>–</text>');
  });

  it('shows a channel named like a script as text', () => {
    const evil = { ...processFigures().kpis.channels[0]!, channel: '<script>alert(1)</script>' };
    const html = chartHtml(channelsChart(processFigures({ channels: [evil] }), en, 'en', 'EUR'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('the feedback histogram', () => {
  it('labels the bins in hours and puts the agreement line exactly on the edge of the bins within it', () => {
    const chart = feedbackChart(processFigures(), en, 'en');
    expect(chart.bins.map((bin) => bin.label)).toEqual(['0–24', '24–48', '48–72', '72–96', '> 96']);
    expect(chart.marker).toEqual({ value: 24, label: 'agreement 24 h' });
    // a half-width histogram: 400 − 46 − 12 = 342 px for 5 bins, 68.4 px a bin: the line at 46 + 68.4
    expect(attribute(histogramSvg(chart), 'line', 'marker', 'x1')).toEqual([114.4]);
    expect(chart.subtitle).toBe('40.0% of 30 within the agreement; the dashed line is the agreement');
  });

  it('labels more than six bins with their top only, so that they fit half the page', () => {
    const block = processFigures();
    const bins = Array.from({ length: 7 }, (_, k) => ({ from: k * 24, to: (k + 1) * 24, count: 1 }));
    const chart = feedbackChart({ ...block, distributions: { feedbackHours: bins } }, en, 'en');
    expect(chart.bins.map((bin) => bin.label)).toEqual(['24', '48', '72', '96', '120', '144', '168']);
    expect(chart.xLabel).toBe('hours from first interview to feedback, each bar up to its number');
  });
});

describe('the availability chart', () => {
  const base = processFigures().kpis.availability;

  it('draws the Kaplan–Meier curve as steps that run on to day 30', () => {
    const svg = availabilitySvg(availabilityChart(base, en, 'en'));
    // x = 46 + day / 30 × 340, y = 18 + (1 − S) × 186: day 0 → 46, day 5 → 102.7, day 12 → 182; S 1 → 18, S 0.9 → 36.6
    const points = /<polyline class="survival" points="([^"]+)"/.exec(svg)?.[1]?.split(' ');
    expect(points?.slice(0, 4)).toEqual(['46,18', '102.7,18', '102.7,36.6', '182,36.6']);
    expect(points?.at(-1)).toBe('386,73.8'); // S 0.7 held on to day 30
  });

  it('marks S(7), S(14) and S(30), and the median where half were gone', () => {
    const chart = availabilityChart({ ...base, medianDays: 12 }, en, 'en');
    expect(chart.marks.map((mark) => mark.label)).toEqual(['90%', '80%', '70%']);
    expect(chart.median).toEqual({ day: 12, label: 'half gone within 12 days' });
    expect(attribute(availabilitySvg(chart), 'line', 'marker', 'x2')).toHaveLength(2);
  });

  it('starts the curve at day 0 with everyone available when the first point is a later day', () => {
    const chart = availabilityChart({ ...base, curve: [{ day: 10, survival: 0.9 }] }, en, 'en');
    expect(chart.curve).toEqual([{ day: 0, survival: 1 }, { day: 10, survival: 0.9 }]);
  });

  it('says so instead of drawing when nobody reached an interview', () => {
    const html = chartHtml(availabilityChart({ ...base, n: 0, events: 0, curve: [] }, en, 'en'));
    expect(html).toContain('No application reached an interview in the period.');
  });
});

describe('the drop-out chart', () => {
  it('draws the share that withdrew per bucket on a fixed scale of 100%, with the counts it rests on', () => {
    const chart = dropOutChart(processFigures().kpis.dropOut, en, 'en');
    expect(chart.buckets.map((bucket) => bucket.detail)).toEqual(['1 of 16', '3 of 20', '3 of 10', '3 of 8']);
    expect(chart.buckets.map((bucket) => bucket.label)).toEqual(['0–3', '4–7', '8–14', '> 14']);
    // plot height 244 − 24 − 56 = 164 px: 37.5% → 61.5 px, 6.25% → 10.25 → 10.3
    expect(attribute(dropOutSvg(chart), 'rect', 'drop-out-bar', 'height')).toEqual([10.3, 24.6, 49.2, 61.5]);
  });

  it('says so instead of drawing when no bucket holds an application', () => {
    const empty = processFigures().kpis.dropOut.map((bucket) => ({ ...bucket, applications: 0, withdrawn: 0, share: null }));
    expect(chartHtml(dropOutChart(empty, nl, 'nl'))).toContain('Geen afgesloten sollicitatie bereikte in de periode de screening.');
  });
});
