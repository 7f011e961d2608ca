'use strict';
// Preloaded (node -r) by built-cli.test.ts: says on exit which of Node's own modules the run
// loaded, so a test can see that a short report leaves out those it does not need.
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice('NativeModule '.length));
  process.stderr.write(`node modules: ${loaded.join(' ')}\n`);
});
