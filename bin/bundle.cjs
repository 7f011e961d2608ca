'use strict';
// Loads the CLI bundle (dist/bundle/rkpi.cjs, made by scripts/bundle.mjs) with V8's code cache.
//
// A short run spends more time compiling JavaScript than running it. The build runs the bundle
// on the demo data and saves the compiled code of every function that ran
// (dist/bundle/rkpi.cjs.cache); loading it here spares a 10-row report some 40 ms (SPEC §9).
// V8 reads the whole cache at once, a ms for every 100 KB or so: `rkpi --help` gets a cache of its
// own (rkpi.cjs.help.cache), made by a run of --help alone, a third of the size, and a run that
// asks for JSON, as scripts do, one made by a JSON report (rkpi.cjs.json.cache), without the code
// of the table and HTML views.
// V8 rejects a cache made by another V8 version or under other V8 flags, and one whose source had
// another length; it does not compare the source itself, so a cache older than the bundle (a
// bundle changed by hand) is not offered at all. Without a cache the bundle compiles as usual.
// So no V8 flag is set before the bundle is compiled: the one a large input needs is set when
// that input is opened (src/io/heap-growth.ts).
const { readFileSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'rkpi.cjs');
const CACHE = `${BUNDLE}.cache`;
const HELP_CACHE = `${BUNDLE}.help.cache`;
const JSON_CACHE = `${BUNDLE}.json.cache`;

/**
 * Whether the arguments ask only for help or the version: then rkpi runs no command's code. A
 * guess from the words alone; a wrong one only makes that run compile more.
 */
function asksForHelp(args) {
  return args.length === 0 || args[0] === 'help' || args.some((arg) => arg === '--help' || arg === '-h' || arg === '--version' || arg === '-V');
}

/**
 * Whether the arguments ask for JSON: `--format json` (`-f json`, `--format=json`) or an output
 * file named `*.json`. A guess from the words alone, as asksForHelp's.
 */
function asksForJson(args) {
  return (
    args.includes('--format=json') ||
    args.some((arg, at) => (arg === '--format' || arg === '-f') && args[at + 1] === 'json') ||
    args.some((arg, at) => (arg === '-o' || arg === '--output') && /\.json$/i.test(args[at + 1] ?? ''))
  );
}

/** The file's contents, or undefined when there is none or it is older than the bundle. */
function readCache(cache) {
  try {
    if (statSync(cache).mtimeMs < statSync(BUNDLE).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

/** The saved code cache for a run with these arguments: help's own, a JSON run's, or the one of every other run. */
function cacheFor(args) {
  if (asksForHelp(args)) return readCache(HELP_CACHE);
  return readCache(asksForJson(args) ? JSON_CACHE : CACHE);
}

/**
 * Compiles the bundle, with `cachedData` when given, and runs its top level as a CommonJS module.
 * The file is already the function a module is compiled into (scripts/bundle.mjs writes it so),
 * and compiles as it is read. Returns the compiled script, whose createCachedData() the build
 * saves, and the bundle's exports.
 */
function compileBundle(cachedData) {
  const script = new Script(readFileSync(BUNDLE, 'utf8'), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, BUNDLE, dirname(BUNDLE));
  return { script, exports: module.exports };
}

module.exports = { BUNDLE, CACHE, HELP_CACHE, JSON_CACHE, cacheFor, compileBundle };
