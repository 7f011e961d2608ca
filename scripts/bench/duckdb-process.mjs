// The reference process figures by DuckDB over an applications file (SPEC §10), for the cohort of
// a period (applied in it): the funnel (reached per stage: applications whose furthest stage is
// that one or later) and per channel the applications, those that reached an interview and the
// hires. The outcome is the closing date's, else the status's (the bench writes the canonical
// status words); the furthest stage is hired, offer (an offer date or a declined offer),
// interview (an interview or feedback date), screening (a screened date) or applied.
// Prints { funnel: { stage: reached }, channels: { channel: { applications, reachedInterview, hires } } }.
// Usage: node duckdb-process.mjs applications.csv 2024-01-01..2025-12-31
import { DuckDBInstance } from '@duckdb/node-api';

const [applications, period] = process.argv.slice(2);
const [start, end] = period.split('..');
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const STAGES = ['applied', 'screening', 'interview', 'offer', 'hired'];

const sql = `
WITH
  a AS (SELECT channel,
               CASE WHEN hired IS NOT NULL THEN 'hired' WHEN declined IS NOT NULL THEN 'declined'
                    WHEN rejected IS NOT NULL THEN 'rejected' WHEN withdrawn IS NOT NULL THEN 'withdrawn'
                    ELSE coalesce(lower(status), 'active') END AS outcome,
               screened, interview, feedback, offer
        FROM read_csv(${quote(applications)}, header = true, all_varchar = true)
        WHERE substr(applied, 1, 10) BETWEEN ${quote(start)} AND ${quote(end)}),
  ranked AS (SELECT channel, outcome,
                    CASE WHEN outcome = 'hired' THEN 4
                         WHEN offer IS NOT NULL OR outcome = 'declined' THEN 3
                         WHEN interview IS NOT NULL OR feedback IS NOT NULL THEN 2
                         WHEN screened IS NOT NULL THEN 1 ELSE 0 END AS furthest
             FROM a)
SELECT channel, count(*) AS applications,
       count(*) FILTER (WHERE furthest >= 1) AS screening,
       count(*) FILTER (WHERE furthest >= 2) AS interview,
       count(*) FILTER (WHERE furthest >= 3) AS offer,
       count(*) FILTER (WHERE furthest >= 4) AS hired
FROM ranked GROUP BY channel ORDER BY 1`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const funnel = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
const channels = {};
for (const row of reader.getRowObjectsJS()) {
  const counts = [row.applications, row.screening, row.interview, row.offer, row.hired].map(Number);
  STAGES.forEach((stage, i) => (funnel[stage] += counts[i]));
  channels[row.channel] = { applications: counts[0], reachedInterview: counts[2], hires: counts[4] };
}
process.stdout.write(`${JSON.stringify({ funnel, channels })}\n`);
