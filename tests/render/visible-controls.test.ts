import { describe, expect, it } from 'vitest';
import { jsonControls, visibleControls } from '../../src/render/visible-controls.js';

describe('visibleControls', () => {
  it('escapes C0 controls, DEL, C1 controls and bidi overrides, and leaves tab, line feed and text', () => {
    expect(visibleControls('a\x1b[2J\x07\r\x7f\u009b\u202eZoë €\t\n')).toBe('a\\x1b[2J\\x07\\x0d\\x7f\\x9b\\u202eZoë €\t\n');
  });
});

describe('jsonControls', () => {
  it('writes DEL, C1 controls and bidi overrides as \\u escapes, which JSON reads back as the same text', () => {
    const json = jsonControls(JSON.stringify({ key: 'a\x7f\u009b\u202eb' }));
    expect(json).toBe('{"key":"a\\u007f\\u009b\\u202eb"}');
    expect(JSON.parse(json)).toEqual({ key: 'a\x7f\u009b\u202eb' });
  });
});
