#!/usr/bin/env node
'use strict';
const { setFlagsFromString } = require('node:v8');
const { BUNDLE, V8_FLAGS, compileBundle, readCache } = require('./bundle.cjs');

setFlagsFromString(V8_FLAGS);
let cli;
if (process.argv.includes('--debug')) {
  // A bug's stack names src/*.ts through the bundle's source map, which Node applies to
  // required modules only: no code cache then.
  process.setSourceMapsEnabled(true);
  cli = require(BUNDLE);
} else {
  cli = compileBundle(readCache()).exports;
}
cli.run(process).then((code) => {
  process.exitCode = code;
});
