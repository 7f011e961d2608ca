import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Cells that would attack whoever reads the output: escape sequences, HTML, a tracking pixel. */
const RETITLE = '\x1b]0;pwned\x07\x1b[2J';
const DEPARTMENTS = [`Sales${RETITLE}`, '<script>alert(1)</script>', '![pixel](http://tracker.example/p.png)', 'Ops\u009b31m\u007f'];

const folder = mkdtempSync(join(tmpdir(), 'rkpi-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const rows = DEPARTMENTS.map((department, i) => `H${i},2025-01-06,2025-02-05,"${department}"`);
writeFileSync(join(folder, 'hires.csv'), `hire_id,vacancy_opened,offer_accepted,department\n${rows.join('\n')}\n`);

const report = async (format: string) => {
  const result = await runCli(['report', 'hires.csv', '--by', 'department', '--as-of', '2025-12-31', '-f', format], { cwd: folder });
  expect(result.exitCode).toBe(0);
  return result.stdout;
};
/** C0 controls but tab and line feed, DEL and the C1 controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('output from cells that attack the reader', () => {
  for (const format of ['table', 'md', 'csv', 'json', 'html']) {
    it(`writes no raw control character in the ${format} output`, async () => {
      expect(await report(format)).not.toMatch(RAW_CONTROL);
    });
  }

  it('shows the escape sequences visibly in the terminal table', async () => {
    const table = await report('table');
    expect(table).toContain('Sales\\x1b]0;pwned\\x07\\x1b[2J');
    expect(table).toContain('Ops\\x9b31m\\x7f');
  });

  it('writes HTML and links of a cell as text in Markdown', async () => {
    const md = await report('md');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('!\\[pixel\\](http://tracker.example/p.png)');
  });

  it('keeps the data in JSON, escaped as JSON escapes it', async () => {
    const groups = JSON.parse(await report('json')).groups.rows.map((row: { key: string }) => row.key);
    expect([...groups].sort()).toEqual([...DEPARTMENTS].sort());
  });
});
