// Writes a large file with rkpi's writeFileSafely (from the build in dist/) and interrupts itself
// with the signal given once the temporary file is there, as Ctrl-C during a large -o would.
// Usage: node interrupt-probe.mjs SIGINT FOLDER
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const [signal, folder] = process.argv.slice(2);
const { writeFileSafely } = await import(new URL('../../dist/cli/write-file.js', import.meta.url).href);
const poll = setInterval(() => {
  if (readdirSync(folder).some((name) => name.endsWith('.tmp'))) {
    clearInterval(poll);
    process.kill(process.pid, signal);
  }
}, 1);
await writeFileSafely(join(folder, 'report.json'), 'x'.repeat(256 << 20), { label: '-o report.json', name: 'report.json', protect: new Map() });
clearInterval(poll);
process.stdout.write('the write ended before the interrupt\n');
