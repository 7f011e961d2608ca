'use strict';
// Preloaded (node -r) by the bench's start-up case (startup.mjs): on exit, writes the CPU time the
// process spent from its start (user + system, process.cpuUsage(), in µs) as the last line of
// stderr. fs.writeSync, so that no stream is made for it after the time is read.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\nbench-cpu-us ${user + system}\n`);
});
