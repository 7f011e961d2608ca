import { describe, expect, it } from 'vitest';
import { fileError } from '../../src/io/file-error.js';

const systemError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: from the system`), { code });

describe('fileError', () => {
  // One message per code that the file system gives a user: the file, what rkpi did, the cause.
  const cases: readonly (readonly [string, 'read' | 'write', number, string])[] = [
    ['ENOENT', 'read', 2, 'cannot read costs.csv: no such file or folder'],
    ['ENOENT', 'write', 2, 'cannot write costs.csv: the folder it goes in does not exist'],
    ['ENOTDIR', 'read', 2, 'cannot read costs.csv: a part of the path is a file, not a folder'],
    ['EISDIR', 'write', 2, 'cannot write costs.csv: it is a folder'],
    ['EACCES', 'read', 74, 'cannot read costs.csv: permission denied'],
    ['ENOSPC', 'write', 74, 'cannot write costs.csv: no space left on the device'],
    ['EPIPE', 'write', 74, 'cannot write costs.csv: the program reading it closed the pipe before the end'],
    ['EBUSY', 'read', 74, 'cannot read costs.csv: the file is busy (locked or in use by another program)'],
    ['EROFS', 'write', 74, 'cannot write costs.csv: the file system is read-only'],
  ];
  for (const [code, action, exitCode, message] of cases) {
    it(`says ${code} on ${action} in a line of its own, exit ${exitCode}`, () => {
      expect(fileError(systemError(code), action, 'costs.csv')).toMatchObject({ exitCode, message });
    });
  }

  it('names the option the file was given to', () => {
    expect(fileError(systemError('EACCES'), 'read', 'k.csv', '--costs')).toMatchObject({ message: '--costs: cannot read k.csv: permission denied' });
  });

  it('gives back an error that is not one of the file system, to be reported as the bug it is', () => {
    const bug = new TypeError('x is undefined');
    expect(fileError(bug, 'read', 'costs.csv')).toBe(bug);
    const odd = systemError('EINVAL');
    expect(fileError(odd, 'write', 'costs.csv')).toBe(odd);
  });
});
