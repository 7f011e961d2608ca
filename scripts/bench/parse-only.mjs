// csv-parse alone over each file, with the options and the write-then-read loop rkpi uses
// (csvParser from the built src/io/read-csv.ts): how much of rkpi's time is the parser.
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { csvParser } from '../../dist/io/read-csv.js';
import { sniffDelimiter } from '../../dist/io/sniff-delimiter.js';

function firstLine(path) {
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  const size = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return head.subarray(0, size).toString('utf8').split('\n')[0];
}

let records = 0;
for (const path of process.argv.slice(2)) {
  const parser = csvParser(sniffDelimiter(firstLine(path)));
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    parser.write(chunk);
    while (parser.read() !== null) records += 1;
  }
  parser.end();
  await new Promise((resolve, reject) => {
    parser.on('readable', () => {
      while (parser.read() !== null) records += 1;
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
}
process.stdout.write(`${JSON.stringify({ records })}\n`);
