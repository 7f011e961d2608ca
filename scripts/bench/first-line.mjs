// The first line of a file, for sniffing its delimiter as rkpi does.
import { closeSync, openSync, readSync } from 'node:fs';

export function firstLine(path) {
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  const size = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return head.subarray(0, size).toString('utf8').split('\n')[0];
}
