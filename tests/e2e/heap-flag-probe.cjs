'use strict';
// Preloaded (node -r) by built-cli.test.ts: says on exit which V8 flags the run set, so a test can
// see that a short report sets none and a large input keeps the heap's growth low.
const v8 = require('node:v8');

const set = v8.setFlagsFromString;
const flags = [];
v8.setFlagsFromString = (text) => {
  flags.push(text);
  set(text);
};
process.on('exit', () => process.stderr.write(`v8 flags: ${flags.join(' ') || 'none'}\n`));
