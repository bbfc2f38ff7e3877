import { CUE_LEMMAS } from '../../lexicon/cues.js';
import { ORG_HEADS, VENUE_HEADS } from '../../lexicon/organizations.js';
import { HONORIFICS, ROLE_NOUNS } from '../../lexicon/people.js';
import { isGivenName } from '../given-names.js';
import { startsUpperCase } from '../normalize.js';
import type { Word } from '../words.js';
import type { FeatureDocument } from './ner-features.js';
import { hashFeature } from './perceptron.js';
import { boundedMemo } from '../../memo.js';
import { clustersOf } from './word-clusters.js';

/**
 * What the entity tagger reads of one word before any feature: its hashes (lower case, affixes,
 * shape), its clusters and its flags (capitalised, a given name, an institution head …), worked
 * out once per distinct text. The features (ner-features.ts) combine these per sentence.
 */

/** Lower-case words inside names, scored only between name words: "Bank of England", "People's Party", "Ursula von der Leyen". */
export const CONNECTORS = new Set(['of', 'and', '&', 'the', 'for', 'at', 'on', 'de', 'del', 'della', 'da', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', "'s", '’s', 'y']);

// Word flags: one bit each.
export const CAPITALIZED = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
export const SENTENCE_START = 8;
export const LOWER_IN_DOCUMENT = 16;
export const GIVEN_NAME = 32;
export const ORG_HEAD = 64;
export const ROLE_WORD = 128;
export const HONORIFIC = 256;
export const SPEECH_VERB = 512;
export const CONNECTOR = 1024;
export const VENUE_HEAD = 2048;
export const FUNCTION_WORD = 4096;

/**
 * Closed-class tags: "The", "He", "In", "But" open sentences capitalised, yet never start or
 * continue a name as wink tags them (the tagger gives them O on every text we checked: the
 * output of 575 texts is the same with and without scoring them), so extraction does not
 * score them — a sixth of the candidates of a news text.
 */
const FUNCTION_TAGS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ']);

/**
 * What the features read of a word's text alone, in any sentence of any document: worked out
 * once per distinct text (a news vocabulary is small), not per word, with no string built.
 */
export interface Lexeme {
  lowerText: string;
  /** Hashes of the lower-case word, its first and last three letters, its shape. */
  lower: number;
  prefix: number;
  suffix: number;
  shape: number;
  /** Flags the text gives whatever its case. */
  flags: number;
  /** Flags the text gives when the word is capitalised. */
  capitalizedFlags: number;
  hasLetter: boolean;
  /** Glued from pieces ("As-Saba'ee"): see FUNCTION_WORD. */
  glued: boolean;
  /** Its word clusters at three levels (0: a word too rare to be clustered). */
  fine: number;
  mid: number;
  coarse: number;
}

export const lexemeOf = boundedMemo(50_000, readLexeme);

/**
 * The hashes in one pass over the characters (the same values as hashLower and hashShape
 * below, which state them plainly), and the flags of the text.
 */
function readLexeme(text: string): Lexeme {
  let lower = FNV_OFFSET;
  let prefix = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let last = -1;
  let run = 0;
  const suffixFrom = text.length - 3;
  let suffix = FNV_OFFSET;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    const folded = code >= 65 && code <= 90 ? code + 32 : code;
    lower = Math.imul(lower ^ folded, FNV_PRIME);
    if (c < 3) prefix = Math.imul(prefix ^ folded, FNV_PRIME);
    if (c >= suffixFrom) suffix = Math.imul(suffix ^ folded, FNV_PRIME);
    const kind = shapeKind(code, text, c);
    run = kind === last ? run + 1 : 0;
    last = kind;
    if (run < 2) shape = Math.imul(shape ^ kind, FNV_PRIME);
  }
  const lowerText = text.toLowerCase();
  let flags = 0;
  if (hasDigit(text)) flags |= HAS_DIGIT;
  if (ROLE_NOUNS.has(lowerText)) flags |= ROLE_WORD;
  if (CONNECTORS.has(text)) flags |= CONNECTOR;
  let capitalizedFlags = CAPITALIZED;
  if (text.length >= 2 && text === text.toUpperCase()) capitalizedFlags |= ALL_CAPS;
  if (isGivenName(text)) capitalizedFlags |= GIVEN_NAME;
  if (ORG_HEADS.has(text)) capitalizedFlags |= ORG_HEAD;
  if (HONORIFICS.has(text)) capitalizedFlags |= HONORIFIC;
  if (VENUE_HEADS.has(text)) capitalizedFlags |= VENUE_HEAD;
  return {
    lowerText, lower: lower >>> 0 || 1, prefix: prefix >>> 0 || 1, suffix: suffix >>> 0 || 1, shape: shape >>> 0 || 1,
    flags, capitalizedFlags, hasLetter: /\p{L}/u.test(text), glued: /[-'’‐]/.test(text),
    ...clustersOf(text),
  };
}

export function wordFlags(word: Word, lexeme: Lexeme, index: number, document: FeatureDocument): number {
  let flags = lexeme.flags;
  if (word.capitalized) {
    flags |= lexeme.capitalizedFlags;
    if (document.lowerCaseWords.has(lexeme.lowerText)) flags |= LOWER_IN_DOCUMENT;
    // A glued word keeps its first piece's tag: "As-Saba'ee" is a surname, not "As".
    if (FUNCTION_TAGS.has(word.pos) && !lexeme.glued) flags |= FUNCTION_WORD;
  }
  if (index === 0 || (index === 1 && !lexeme.hasLetter)) flags |= SENTENCE_START;
  if (word.pos === 'VERB' && CUE_LEMMAS.has(word.lemma)) flags |= SPEECH_VERB;
  return flags;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

export const startsWithDigitAndLetter = (text: string) => /^\d+\p{L}/u.test(text);

// ---------------------------------------------------------------------------------------
// Hashing without building strings

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of text[from, to) with ASCII folded to lower case. */
export function hashLower(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** Word shape, runs cut at two: "Kessler" → Xxx, "IBM" → XX, "U.S." → X.X., "501st" → ddx, "Jong-un" → Xxx-xx. */
export function hashShape(text: string): number {
  let hash = FNV_OFFSET;
  let last = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = shapeKind(text.charCodeAt(i), text, i);
    run = kind === last ? run + 1 : 0;
    last = kind;
    if (run >= 2) continue;
    hash ^= kind;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** A character's class in a word shape: X upper, x lower, d digit, else the character itself. */
function shapeKind(code: number, text: string, at: number): number {
  return code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code >= 48 && code <= 57 ? 100 : code > 127 ? (startsUpperCase(text[at]) ? 88 : 120) : code;
}

const posHashes = new Map<string, number>();
export function posHash(pos: string): number {
  let hash = posHashes.get(pos);
  if (hash === undefined) posHashes.set(pos, (hash = hashFeature(pos) || 1));
  return hash;
}

/** Mixes a feature's template number with its value into one row hash (murmur3's finaliser). */
export function mix(template: number, value: number): number {
  let hash = (Math.imul(template + 1, 0x9e3779b1) ^ value) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
