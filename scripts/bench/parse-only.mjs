// csv-parse alone over each file, with the options and the write-then-read loop rkpi uses
// (csvParser from the built src/io/read-csv.ts): how much of rkpi's time is the parser.
import { createReadStream } from 'node:fs';
import { READ_CHUNK_BYTES } from '../../dist/io/open-input.js';
import { csvParser } from '../../dist/io/read-csv.js';
import { sniffDelimiter } from '../../dist/io/sniff-delimiter.js';
import { firstLine } from './first-line.mjs';

let records = 0;
for (const path of process.argv.slice(2)) {
  const parser = csvParser(sniffDelimiter(firstLine(path)));
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
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
