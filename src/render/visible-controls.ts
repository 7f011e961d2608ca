/**
 * Control characters as they must reach a terminal: visibly escaped. A cell that holds
 * `\x1b]0;…\x07` or `\x1b[2J` would retitle or clear the terminal, `\r` would overwrite the
 * figures before it, and the bidi overrides (U+202A–U+202E, U+2066–U+2069) reorder what is shown.
 * Tab and line feed are left to each format (a table puts a cell on one line, a message keeps
 * its line ends).
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
};

/**
 * @example visibleControls('Sales\x1b[2J') // 'Sales\\x1b[2J'
 * @example visibleControls('Zoë\u202e') // 'Zoë\\u202e'
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, escaped);
}

/**
 * The same for JSON text: the C1 controls and DEL, which JSON.stringify leaves as they are, as
 * `\u` escapes, so the document stays the same data.
 *
 * @example jsonControls('"a\u009bb"') // '"a\\u009bb"'
 */
export function jsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
