// papaparse alone over each file, streamed in the chunks rkpi reads, counting records: the
// figure to weigh csv-parse against when the parser is chosen (see parse-only.mjs for csv-parse).
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { READ_CHUNK_BYTES } from '../../dist/io/open-input.js';
import { sniffDelimiter } from '../../dist/io/sniff-delimiter.js';
import { firstLine } from './first-line.mjs';

let records = 0;
for (const path of process.argv.slice(2)) {
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(path, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES }), {
      delimiter: sniffDelimiter(firstLine(path)),
      newline: '\n',
      chunk: (results) => {
        records += results.data.length;
      },
      complete: resolve,
      error: reject,
    });
  });
}
process.stdout.write(`${JSON.stringify({ records })}\n`);
