import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One case of fixtures/errors: its command line, exit code and how to set up its folder. */
export interface Case {
  readonly args: readonly string[];
  readonly exit: number;
  /** Run in a temporary copy of the folder: for a case that may write, or has a generated file. */
  readonly scratch?: boolean;
  /** A file too big to commit: `placeholder` in it stands for `count` times `text`. */
  readonly expand?: { readonly file: string; readonly placeholder: string; readonly text: string; readonly count: number };
}

export function readCase(folder: string): Case {
  return JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as Case;
}

/** The folder a case runs in, and how to clean it up afterwards. */
export function caseFolder(folder: string, spec: Case): { cwd: string; done: () => void } {
  if (!spec.scratch && !spec.expand) return { cwd: folder, done: () => undefined };
  const cwd = mkdtempSync(join(tmpdir(), 'rkpi-case-'));
  cpSync(folder, cwd, { recursive: true });
  if (spec.expand) {
    const { file, placeholder, text, count } = spec.expand;
    const template = readFileSync(join(cwd, file), 'utf8');
    writeFileSync(join(cwd, file), template.replace(placeholder, text.repeat(count)));
  }
  return { cwd, done: () => rmSync(cwd, { recursive: true, force: true }) };
}

