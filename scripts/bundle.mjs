#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/run.js, from tsc) and its runtime packages into a few files
// in dist/bundle/, which bin/rkpi.js loads. Node spends most of a short run resolving, reading
// and linking modules: a 10-row report loaded about 230 of them, from the bundle about 20 files.
// Each command's code stays in its own chunk, loaded when that command runs.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'dist', 'cli', 'run.js')],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // cli-table3 is CommonJS and requires its dependencies; ESM has no `require` of its own.
  banner: { js: "import { createRequire as rkpiRequire } from 'node:module'; const require = rkpiRequire(import.meta.url);" },
  // Keeps dist/bundle at the depth of dist/cli, so `../../fixtures/demo/` finds the demo files.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  // For `--debug`: bin/rkpi.js then turns source maps on, so a stack names the modules, not chunks.
  sourcemap: 'linked',
  logLevel: 'warning',
});
