import { visibleControls } from '../visible-controls.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML and SVG, between tags and inside quoted attributes alike: & < > " and '
 * become entities, so a group called `<script>` is shown, never run; control characters are shown
 * escaped (see visibleControls).
 *
 * @example escapeHtml(`<b title="x">Tom & Jerry's</b>`) // '&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
