#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/run.js, from tsc) and its runtime packages into one
// CommonJS file, dist/bundle/rkpi.cjs, and saves V8's code cache for it, which bin/rkpi.js
// loads (see bin/bundle.cjs). Node spends most of a short run resolving, reading, linking and
// compiling modules: a 10-row report loaded about 230 of them; from one file and the cache, it
// compiles hardly anything. Each command's modules still run their top level only when that
// command first needs them: esbuild turns each lazy import() into a lazy initialiser of the
// modules it names, inside the one file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * commander requires node:child_process when it loads, only to run executable subcommands, which
 * rkpi has none of; loading it pulls in net and more, some 15 ms of every start. commander gets a
 * stand-in that loads the real module the first time any of its functions is asked for.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'dist', 'cli', 'run.js')],
  outfile: join(OUT, 'rkpi.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  // CommonJS has no import(): a lazily imported renderer or command is initialised in place
  // when it is first needed.
  supported: { 'dynamic-import': false },
  // The demo folder is found relative to the module (src/cli/inputs.ts): dist/bundle is at the
  // depth of dist/cli, so `../../fixtures/demo/` still finds it. A getter: the file URL is made
  // only when asked for, by --demo (pathToFileURL is some 1 ms of every start, --help's too).
  define: { 'import.meta.url': 'rkpiModule.url' },
  banner: { js: "const rkpiModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  legalComments: 'none',
  // Minified: every start reads the whole bundle, and on these machines a megabyte read into fresh
  // memory costs some 4 ms of CPU; minified, the file is half the size. No code of rkpi or its
  // packages depends on the name of one of its own functions or classes (rkpi's errors set theirs).
  minify: true,
  // For `--debug`: bin/rkpi.js then turns source maps on, so a stack names the modules.
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});

// The bundle in ASCII only: node reads a file without any other character straight into a
// one-byte string, some four times as fast as a file with a few (bin/bundle.cjs reads the bundle
// at every start), and V8 keeps it in half the memory. esbuild escapes strings, but leaves a few
// comments and regular expressions (`−`, `€`, `£`) as written: each such character becomes its
// \u escape, which means the same in a string and a regular expression (and reads the same in a comment).
const BUNDLE_FILE = join(OUT, 'rkpi.cjs');
const source = readFileSync(BUNDLE_FILE, 'utf8');
if (/\\[^\x00-\x7f]/.test(source)) throw new Error('the bundle has an escaped non-ASCII character, which a \\u escape would change');
const ascii = source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

// The bundle as the function a CommonJS module is compiled into, written out, so that
// bin/bundle.cjs compiles the file as it reads it: joining a wrapper to its text made a copy of
// it, some 2 ms of every start. Loaded with require() (--debug), where Node wraps it once more,
// the same text calls the function with the module's own bindings. The wrapper's first line is a
// line of its own: the source map gets one line more at its start (`;`), and its comment stays last.
const MAP_COMMENT = '//# sourceMappingURL=rkpi.cjs.map\n';
if (!ascii.endsWith(MAP_COMMENT)) throw new Error('the bundle does not end with its source map comment');
const HEAD = "(function (run) { return typeof module === 'object' ? run(exports, require, module, __filename, __dirname) : run; })(function (exports, require, module, __filename, __dirname) {\n";
writeFileSync(BUNDLE_FILE, `${HEAD}${ascii.slice(0, -MAP_COMMENT.length)}});\n${MAP_COMMENT}`);
const MAP_FILE = `${BUNDLE_FILE}.map`;
const map = JSON.parse(readFileSync(MAP_FILE, 'utf8'));
writeFileSync(MAP_FILE, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));

// The code caches (see bin/bundle.cjs): for help alone, the functions `--help` compiles; for a run
// that asks for JSON, those of a JSON report; for every other run, the functions a run of the
// common commands compiles. All are made without V8 flags, as rkpi compiles its bundle without any
// (a cache made under other flags would be rejected); the demo's files are too small to set the
// one a large input sets (src/io/heap-growth.ts). They are made from the smallest up: V8 may share
// the compiled functions of one source between the scripts, so a later cache holds an earlier
// one's too, and not the other way.
const { CACHE, HELP_CACHE, JSON_CACHE, compileBundle } = createRequire(import.meta.url)('../bin/bundle.cjs');
const HELP_WARM_UPS = [['--help'], []];
const JSON_WARM_UPS = [['--help'], ['report', '--demo', '--format', 'json']];
const WARM_UPS = [['--help'], ['report', '--demo', '--format', 'json'], ['report', '--demo'], ['report', '--demo', '--by', 'department', '--format', 'html']];
for (const [file, warmUps] of [[HELP_CACHE, HELP_WARM_UPS], [JSON_CACHE, JSON_WARM_UPS], [CACHE, WARM_UPS]]) {
  const { script, exports: cli } = compileBundle(undefined);
  for (const args of warmUps) {
    const quiet = { write: () => true, isTTY: false };
    const proc = { argv: ['node', 'rkpi', ...args], env: {}, stdout: quiet, stderr: quiet, stdin: (async function* () {})(), cwd: () => ROOT };
    const code = await cli.run(proc);
    if (code !== 0) throw new Error(`rkpi ${args.join(' ')} exited with ${code} while the code cache was made`);
  }
  writeFileSync(file, script.createCachedData());
}
