import { boundedMemo } from '../memo.js';

/** One normal form for names and aliases: case-, accent-, period- and space-insensitive. */
export const nameKey = boundedMemo(50_000, (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase());

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

/** Starts with an upper-case letter; ASCII is decided without the regex engine (most words are ASCII, and this runs per token). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_INITIAL.test(text);
}

/** Starts with a lower-case letter; the ASCII fast path as in startsUpperCase. */
export function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_INITIAL.test(text);
}
