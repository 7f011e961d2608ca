import type { Twin } from '../translate.js';

/**
 * The shapes of a stderr line around its message: the prefix, where in which file, the column or
 * config key, the value. They are tried first, in this order, and each `{message}` is translated
 * in turn; a frame must never take in part of a message, so a message that starts with its file
 * (`{file}: not valid UTF-8, …`) is a message of its own, not this frame's.
 */
export const FRAMES: readonly Twin[] = [
  ['rkpi: {message}', 'rkpi: {message}'],
  ['hint: {message}', 'tip: {message}'],
  ['note: {message}', 'let op: {message}'],
  ['warning: {message}', 'waarschuwing: {message}'],
  ['{message} (value: {value})', '{message} (waarde: {value})'],
  ['{file}:{line}: column "{column}": {message}', '{file}:{line}: kolom "{column}": {message}'],
  ['{file}:{line}: {message}', '{file}:{line}: {message}'],
  ['{file}: column "{column}": {message}', '{file}: kolom "{column}": {message}'],
  ['{file}: key "{key}": {message}', '{file}: sleutel "{key}": {message}'],
  ['hires file: {message}', 'aannamebestand: {message}'],
  ['applications file: {message}', 'sollicitatiebestand: {message}'],
  ['costs file: {message}', 'kostenbestand: {message}'],
  ['hours file: {message}', 'urenbestand: {message}'],
  ['rankings file: {message}', 'rangordebestand: {message}'],
  ['scores file: {message}', 'scorebestand: {message}'],
];
