import { jsonControls } from './visible-controls.js';

/** Any output document as pretty JSON with a final newline, for files, jq and scripts; no raw control character reaches a terminal. */
export function renderJson(document: unknown): string {
  return `${jsonControls(JSON.stringify(document, null, 2))}\n`;
}
