/**
 * The page's one stylesheet, inline: system fonts only (no web font, no request), colours that
 * stay apart in black and white (dark, mid and light shades; verdicts also in words), and print
 * rules for A4: page breaks fall between charts and tables, never through one; a table longer
 * than a page repeats its header.
 */
export const STYLE = `
:root {
  --ink: #1c2431; --muted: #5a6372; --rule: #d8dde6; --paper: #ffffff; --canvas: #eef1f5;
  --accent: #1f4e79; --accent-mid: #6b9bd1; --accent-light: #cddff2; --dim: #c3c9d2;
  --better: #17803d; --worse: #c0392b; --neutral: #6b7280; --changed: #1f4e79; --noise: #8a93a3;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: var(--canvas); color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
}
main { max-width: 1060px; margin: 24px auto; padding: 36px 44px 28px; background: var(--paper); box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 22px; }
.eyebrow { margin: 0; color: var(--accent); font-size: 12px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 26px; line-height: 1.2; font-weight: 700; }
.lines { margin: 0; color: var(--muted); }
h2 { font-size: 17px; margin: 28px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 14px; margin: 0; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin-bottom: 6px; }
.tiles.cols-1 { grid-template-columns: 1fr; } .tiles.cols-2 { grid-template-columns: repeat(2, 1fr); }
.tiles.cols-4 { grid-template-columns: repeat(4, 1fr); } .tiles.cols-5 { grid-template-columns: repeat(5, 1fr); }
.tile { border: 1px solid var(--rule); border-top: 4px solid var(--accent); border-radius: 6px; padding: 10px 14px 12px; }
.tile p { margin: 0; }
.tile-label { color: var(--muted); font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.tile-value { font-size: 28px; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
.tile-detail { color: var(--muted); font-size: 12px; }
.tile.v-better { border-top-color: var(--better); } .tile.v-worse { border-top-color: var(--worse); }
.tile.v-unchanged, .tile.v-not-comparable { border-top-color: var(--neutral); }
.tile.v-within-noise { border-top-color: var(--noise); border-top-style: dashed; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px 10px; break-inside: avoid; page-break-inside: avoid; }
figure.chart.full { grid-column: 1 / -1; }
figcaption { margin-bottom: 8px; }
.subtitle { margin: 2px 0 0; color: var(--muted); font-size: 12px; }
.empty { color: var(--muted); font-style: italic; margin: 8px 0; }
svg.chart-svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; fill: var(--ink); font-size: 11px; }
svg .tick { fill: var(--muted); font-size: 10.5px; }
svg .axis-title { fill: var(--muted); font-size: 11px; font-style: italic; }
svg .value { font-variant-numeric: tabular-nums; font-weight: 600; }
svg .value.small { font-size: 10.5px; font-weight: 500; }
svg .strong { font-size: 13px; font-weight: 700; }
svg .grid { stroke: #e6e9ef; stroke-width: 1; }
svg .axis { stroke: #8a93a3; stroke-width: 1; }
svg .marker { stroke: var(--ink); stroke-width: 1.4; stroke-dasharray: 5 3; }
svg .marker-label { font-size: 11px; font-weight: 600; }
svg .hist-bar, svg .hbar { fill: var(--accent); }
svg .split-part.part-0 { fill: var(--accent); } svg .split-part.part-1 { fill: var(--accent-mid); }
svg .split-part.part-2 { fill: var(--accent-light); stroke: var(--accent-mid); stroke-width: .8; }
svg .in-bar { font-size: 12px; font-weight: 700; } svg .in-bar.part-0, svg .in-bar.part-1 { fill: #fff; }
svg .band { fill: #dbe2ec; }
svg .funnel-bar { fill: var(--accent); } svg .funnel-bar.stage-1 { fill: #2f649a; } svg .funnel-bar.stage-2 { fill: #4a7fb8; }
svg .funnel-bar.stage-3 { fill: var(--accent-mid); } svg .funnel-bar.stage-4 { fill: #9dbde3; }
svg .onward { fill: var(--muted); font-size: 10.5px; }
svg .channel-cost { fill: var(--accent); } svg .channel-time { fill: var(--accent-mid); }
svg .survival { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .survival-mark { fill: var(--accent); }
svg .drop-out-bar { fill: var(--worse); }
svg .pair-baseline { fill: var(--dim); }
svg .pair-current.v-better, svg .target-bar.v-better, svg .cell-bar.v-better { fill: var(--better); }
svg .pair-current.v-worse, svg .target-bar.v-worse, svg .cell-bar.v-worse { fill: var(--worse); }
svg .pair-current.v-changed, svg .cell-bar.v-changed { fill: var(--changed); }
svg .pair-current.v-unchanged, svg .pair-current.v-not-comparable, svg .target-bar.v-not-comparable,
svg .cell-bar.v-unchanged, svg .cell-bar.v-not-comparable { fill: var(--neutral); }
svg .cell-bar.dim { fill: var(--dim); }
svg .pair-current.v-within-noise, svg .cell-bar.v-within-noise { fill: var(--noise); } svg text.v-within-noise { fill: var(--neutral); }
svg .verdict { font-weight: 700; }
svg text.v-better { fill: var(--better); } svg text.v-worse { fill: var(--worse); } svg text.v-not-comparable { fill: var(--neutral); }
svg.cell-bars { display: block; width: 110px; height: auto; }
svg.cell-whisker { display: block; width: 130px; height: auto; }
svg .whisker-zero { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 2 2; }
svg .whisker-line { stroke: var(--changed); stroke-width: 1.6; }
svg .whisker-dot { fill: var(--changed); }
svg .whisker-line.v-better { stroke: var(--better); } svg .whisker-dot.v-better { fill: var(--better); }
svg .whisker-line.v-worse { stroke: var(--worse); } svg .whisker-dot.v-worse { fill: var(--worse); }
svg .whisker-line.v-within-noise, svg .whisker-line.v-unchanged { stroke: var(--noise); }
svg .whisker-dot.v-within-noise, svg .whisker-dot.v-unchanged { fill: var(--noise); }
.table-block { margin-bottom: 18px; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding: 4px 0 6px; }
th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--ink); padding: 6px 8px; vertical-align: bottom; }
td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th.num, td.num { text-align: right; }
td.num { white-space: nowrap; }
tbody tr:nth-child(even) { background: #f7f9fb; }
td.v-better { color: var(--better); font-weight: 600; } td.v-worse { color: var(--worse); font-weight: 600; }
td.v-unchanged, td.v-not-comparable, td.v-within-noise { color: var(--neutral); }
.table-footer { margin: 6px 0 0; font-weight: 600; }
.notes p { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { background: none; font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .tiles { break-inside: avoid; }
  .tile-value { font-size: 20pt; }
  section.notes { break-inside: avoid; }
  .table-block { overflow: visible; break-inside: avoid; page-break-inside: avoid; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 5px; }
  svg.cell-bars { width: 56px; }
  /* a group table has a column per figure (thirteen with the cost of vacancy): a size smaller, and
     its headings may break inside a long word, so they all fit A4's width */
  table.rows-group { font-size: 7pt; }
  table.rows-group th, table.rows-group td { padding: 3px 2px; }
  table.rows-group th { font-size: 7pt; overflow-wrap: anywhere; }
  svg.cell-whisker { width: 70px; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  figure.chart { border-color: #b9c0cb; }
  /* the urgency page prints on one A4 sheet: its sentences say what the headings would, its charts show availability and drop-out */
  .view-urgency header { padding-bottom: 6px; margin-bottom: 10px; }
  .view-urgency h1 { font-size: 17pt; }
  .view-urgency h2 { display: none; }
  .view-urgency header .lines { font-size: 9pt; line-height: 1.35; }
  .view-urgency .tile-label { font-size: 7.5pt; }
  .view-urgency .tiles { margin-bottom: 10px; }
  .view-urgency .charts { gap: 10px; margin-bottom: 10px; }
  .view-urgency .tile { padding: 6px 10px 8px; }
  .view-urgency .tile-value { font-size: 15pt; }
  .view-urgency figure.chart { padding: 8px 12px 6px; }
  .view-urgency svg.chart-svg { max-height: 150px; }
  .view-urgency figcaption .subtitle { display: none; }
  .view-urgency #table-availability, .view-urgency #table-drop-out { display: none; }
  .view-urgency .table-block { margin-bottom: 8px; }
  .view-urgency .notes p { margin-bottom: 3px; }
  .view-urgency footer { margin-top: 8px; }
}
`;
