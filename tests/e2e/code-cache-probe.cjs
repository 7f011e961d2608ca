'use strict';
// Preloaded (node -r) by built-cli.test.ts: says on exit whether V8 accepted the code cache that
// bin/rkpi.js offered when it compiled the bundle, and its size (which tells which cache it was).
const vm = require('node:vm');

const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options = {}) {
    super(source, options);
    if (!String(options.filename).endsWith('rkpi.cjs')) return;
    const verdict = options.cachedData === undefined ? 'none' : `${this.cachedDataRejected ? 'rejected' : 'accepted'} (${options.cachedData.length} bytes)`;
    process.on('exit', () => process.stderr.write(`code cache: ${verdict}\n`));
  }
};
