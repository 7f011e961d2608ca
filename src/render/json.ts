/** Any output document as pretty JSON with a final newline, for files, jq and scripts. */
export function renderJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
