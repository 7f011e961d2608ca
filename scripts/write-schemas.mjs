// Writes schemas/<command>.schema.json from the built CLI (run `npm run build` first).
// A test checks that the committed files are what `rkpi schema <command>` prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaOf, SCHEMA_COMMANDS } from '../dist/render/schemas/index.js';

mkdirSync('schemas', { recursive: true });
for (const command of SCHEMA_COMMANDS) {
  writeFileSync(`schemas/${command}.schema.json`, `${JSON.stringify(jsonSchemaOf(command), null, 2)}\n`);
}
