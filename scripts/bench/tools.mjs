// The tools the bench measures rkpi against (DuckDB, papaparse) are the bench's own package
// (scripts/bench/package.json and its lock file), so `npm install` in a clone does not fetch
// DuckDB's 70 MB. The bench installs them, as the lock file pins them, the first time it runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['@duckdb/node-api', 'papaparse'];

/** Installs the bench's tools into scripts/bench/node_modules unless they are there; exits when npm fails. */
export function ensureBenchTools(benchFolder) {
  const missing = PACKAGES.filter((name) => !existsSync(join(benchFolder, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  console.error(`installing what the bench compares rkpi with (${missing.join(', ')}) into scripts/bench/node_modules…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: benchFolder, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error('could not install the bench tools: run `npm ci` in scripts/bench and try again');
    process.exit(1);
  }
}
