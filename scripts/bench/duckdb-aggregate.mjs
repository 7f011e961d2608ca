// The reference figures by DuckDB: per department the hires, cost per hire (direct costs plus the
// shared ones allocated in proportion to hires, as rkpi does) and the mean and median time to
// fill, over the same hires, costs and hours files. Prints them as JSON keyed by department.
// Usage: node duckdb-aggregate.mjs hires.csv costs.csv hours.csv rkpi.config.json
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [hires, costs, hours, configPath] = process.argv.slice(2);
const { rates } = JSON.parse(readFileSync(configPath, 'utf8'));
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const rateRows = Object.entries(rates).map(([role, euros]) => `(${quote(role)}, ${Math.round(euros * 100)})`).join(', ');

const sql = `
WITH
  h AS (SELECT department, offer_accepted - vacancy_opened AS ttf
        FROM read_csv(${quote(hires)}, header = true) WHERE offer_accepted IS NOT NULL),
  per_hire AS (SELECT department, count(*) AS hires, avg(ttf) AS mean, quantile_cont(ttf, 0.5) AS median
               FROM h GROUP BY department),
  rates(role, cents) AS (VALUES ${rateRows}),
  money AS (
    SELECT department, round(amount * 100) AS cents FROM read_csv(${quote(costs)}, header = true)
    UNION ALL
    SELECT t.department, round(t.hours * coalesce(round(t.rate * 100), r.cents))
    FROM read_csv(${quote(hours)}, header = true) t LEFT JOIN rates r ON r.role = t.role),
  direct AS (SELECT department, sum(cents) AS cents FROM money WHERE department IS NOT NULL GROUP BY department),
  shared AS (SELECT coalesce(sum(cents), 0) AS cents FROM money WHERE department IS NULL),
  total AS (SELECT sum(hires) AS hires FROM per_hire)
SELECT coalesce(p.department, d.department) AS department,
       coalesce(p.hires, 0) AS hires,
       CASE WHEN p.hires > 0 THEN (coalesce(d.cents, 0) + s.cents * p.hires / t.hires) / p.hires / 100 END AS cost_per_hire,
       p.mean, p.median
FROM per_hire p FULL OUTER JOIN direct d ON d.department = p.department, shared s, total t
ORDER BY 1`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const groups = {};
for (const row of reader.getRowObjectsJS()) {
  groups[row.department] = { hires: Number(row.hires), costPerHire: row.cost_per_hire, mean: row.mean, median: row.median };
}
process.stdout.write(`${JSON.stringify(groups)}\n`);
