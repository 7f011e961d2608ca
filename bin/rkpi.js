#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json says so): it starts a few ms sooner than an ES module. The file
// keeps the name the package's `bin` has always had, which npx and npm link remember.
const { BUNDLE, cacheFor, compileBundle } = require('./bundle.cjs');

let cli;
if (process.argv.includes('--debug')) {
  // A bug's stack names src/*.ts through the bundle's source map, which Node applies to
  // required modules only: no code cache then.
  process.setSourceMapsEnabled(true);
  cli = require(BUNDLE);
} else {
  cli = compileBundle(cacheFor(process.argv.slice(2))).exports;
}
// Standard output and error as their file descriptors when they are pipes or files (src/cli/fd-output.ts).
cli.run(cli.directOutput(process)).then((code) => {
  process.exitCode = code;
});
