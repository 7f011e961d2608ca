// Rewrites the --help blocks of README.md from the built CLI (run `npm run build` first).
// The README test checks that they are current; this keeps them so after a change of options.
import { readFileSync, writeFileSync } from 'node:fs';
import { run } from '../dist/cli/run.js';

async function help(command) {
  let out = '';
  const stream = { write: (chunk) => (out += chunk), isTTY: false, columns: 80 };
  await run({ argv: ['node', 'rkpi', command, '--help'], env: {}, stdout: stream, stderr: stream, stdin: [], cwd: () => process.cwd() });
  return out.trimEnd();
}

let readme = readFileSync('README.md', 'utf8');
// A block is the whole help: the examples it leads with (if any), then the usage line and options.
for (const match of readme.matchAll(/```text\n((?:Examples:\n[\s\S]*?\n\n)?Usage: rkpi (\w+) [\s\S]*?)\n```/g)) {
  readme = readme.replace(match[1], await help(match[2]));
}
writeFileSync('README.md', readme);
