import { CUE_LEMMAS } from '../../lexicon/cues.js';
import { ORG_HEADS, VENUE_HEADS } from '../../lexicon/organizations.js';
import { HONORIFICS, ROLE_NOUNS } from '../../lexicon/people.js';
import type { GazetteerEntry, GazetteerHit } from '../gazetteer.js';
import { isGivenName } from '../given-names.js';
import { startsUpperCase } from '../normalize.js';
import type { Word } from '../words.js';
import { hashFeature } from './perceptron.js';
import { boundedMemo } from '../../memo.js';

/**
 * The features of the entity tagger: named functions over one word in its sentence, each
 * returning a hashed value (0 = the feature is absent). The tagger and its trainer call the
 * same functions, so a model always reads the features it was trained on; FEATURE_SET names
 * this list, and a model file written for another list is refused.
 *
 * Everything a feature reads is computed once per sentence into typed arrays (SentenceFeatures):
 * scoring a word is then array reads and integer mixing, with no string built per feature.
 */
export const FEATURE_SET = 'ner-features/2';

/** BIO labels over the entity types GUM marks that the graph cares about (MISC: other named things). */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const OUTSIDE = 0;
/** Label index → entity type (null for O) and whether it begins a span. */
export const LABEL_TYPE: ReadonlyArray<NerType | null> = NER_LABELS.map((label) => (label === 'O' ? null : (label.slice(2) as NerType)));
export const LABEL_BEGINS: ReadonlyArray<boolean> = NER_LABELS.map((label) => label.startsWith('B-'));

/** Lower-case words inside names, scored only between name words: "Bank of England", "People's Party", "Ursula von der Leyen". */
const CONNECTORS = new Set(['of', 'and', '&', 'the', 'for', 'at', 'on', 'de', 'del', 'della', 'da', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', "'s", '’s', 'y']);

// Word flags: one bit each.
const CAPITALIZED = 1;
const ALL_CAPS = 2;
const HAS_DIGIT = 4;
const SENTENCE_START = 8;
const LOWER_IN_DOCUMENT = 16;
const GIVEN_NAME = 32;
const ORG_HEAD = 64;
const ROLE_WORD = 128;
const HONORIFIC = 256;
const SPEECH_VERB = 512;
const CONNECTOR = 1024;
const VENUE_HEAD = 2048;
const FUNCTION_WORD = 4096;

/**
 * Closed-class tags: "The", "He", "In", "But" open sentences capitalised, yet never start or
 * continue a name as wink tags them (the tagger gives them O on every text we checked: the
 * output of 575 texts is the same with and without scoring them), so extraction does not
 * score them — a sixth of the candidates of a news text.
 */
const FUNCTION_TAGS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ']);

const GAZETTEER_KIND: Record<GazetteerEntry['type'], number> = { country: 1, demonym: 2, seat: 3, organization: 4 };

/** What the features read about the document: the words it writes in lower case ("Officials" vs "officials"). */
export interface FeatureDocument {
  lowerCaseWords: ReadonlySet<string>;
}

/** A sentence's words, read once into typed arrays; reused from sentence to sentence. */
export class SentenceFeatures {
  words: Word[] = [];
  length = 0;
  lower = new Uint32Array(64);
  shape = new Uint32Array(64);
  prefix = new Uint32Array(64);
  suffix = new Uint32Array(64);
  pos = new Uint32Array(64);
  flags = new Uint16Array(64);
  gazetteer = new Uint8Array(64);
  /** Predicted (or, in training, so far predicted) label of each word. */
  labels = new Uint8Array(64);

  /** Reads the words; `hits` are the sentence's gazetteer hits in text order. */
  load(words: Word[], hits: readonly GazetteerHit[], document: FeatureDocument): void {
    this.words = words;
    this.length = words.length;
    if (this.lower.length < words.length) this.grow(words.length * 2);
    let hit = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      while (hit < hits.length && hits[hit].end <= word.start) hit++;
      const inHit = hit < hits.length && hits[hit].start <= word.start && word.end <= hits[hit].end;
      const lexeme = lexemeOf(word.text);
      this.lower[i] = lexeme.lower;
      this.prefix[i] = lexeme.prefix;
      this.suffix[i] = lexeme.suffix;
      this.shape[i] = lexeme.shape;
      this.pos[i] = posHash(word.pos);
      this.flags[i] = wordFlags(word, lexeme, i, document);
      this.gazetteer[i] = inHit ? GAZETTEER_KIND[hits[hit].entry.type] : 0;
      this.labels[i] = OUTSIDE;
    }
  }

  private grow(size: number): void {
    this.lower = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.prefix = new Uint32Array(size);
    this.suffix = new Uint32Array(size);
    this.pos = new Uint32Array(size);
    this.flags = new Uint16Array(size);
    this.gazetteer = new Uint8Array(size);
    this.labels = new Uint8Array(size);
  }

  /**
   * The candidates the tagger scores when it runs: a capitalised function word ("The", "He",
   * "In") is a candidate in training, where the model learns to give it O, and is then left O
   * without a look.
   */
  isScored(i: number): boolean {
    const flags = this.flags[i];
    // Inside a name ("Camps At Kopinga") or in capitals ("AS Roma") it may be a name's word: scored.
    const skipped = (flags & FUNCTION_WORD) !== 0 && (flags & ALL_CAPS) === 0 && (i === 0 || this.labels[i - 1] === OUTSIDE);
    return !skipped && this.isCandidate(i);
  }

  /**
   * Only these words are scored; the rest are O without a look. A capitalised word or a number
   * ("501st Legion"), or a connector between a name word and a capitalised one ("Bank of England").
   */
  isCandidate(i: number): boolean {
    const flags = this.flags[i];
    if (flags & (CAPITALIZED | HAS_DIGIT)) return (flags & CAPITALIZED) !== 0 || startsWithDigitAndLetter(this.words[i].text);
    if ((flags & CONNECTOR) === 0 || i === 0) return false;
    // "Paolo de la Cruz": after a name word or a scored connector, before a capital or one more connector and a capital.
    const after = this.labels[i - 1] !== OUTSIDE;
    const next = i + 1 < this.length ? this.flags[i + 1] : 0;
    const nextButOne = i + 2 < this.length ? this.flags[i + 2] : 0;
    return after && ((next & CAPITALIZED) !== 0 || ((next & CONNECTOR) !== 0 && (nextButOne & CAPITALIZED) !== 0));
  }
}

/**
 * What the features read of a word's text alone, in any sentence of any document: worked out
 * once per distinct text (a news vocabulary is small), not per word, with no string built.
 */
interface Lexeme {
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
}

const lexemeOf = boundedMemo(50_000, readLexeme);

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
  };
}

function wordFlags(word: Word, lexeme: Lexeme, index: number, document: FeatureDocument): number {
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

const startsWithDigitAndLetter = (text: string) => /^\d+\p{L}/u.test(text);

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
function posHash(pos: string): number {
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

const BEYOND_START = 0x5f5f5f5f; // the value of a word before the sentence
const BEYOND_END = 0x3e3e3e3e;

// ---------------------------------------------------------------------------------------
// The features, each a named function of one word in its sentence

type Feature = (s: SentenceFeatures, i: number) => number;
const at = (array: Uint32Array, s: SentenceFeatures, i: number) => (i < 0 ? BEYOND_START : i >= s.length ? BEYOND_END : array[i]);
const flag = (s: SentenceFeatures, i: number, bit: number) => (i >= 0 && i < s.length && (s.flags[i] & bit) !== 0 ? 1 : 0);
const pair = (a: number, b: number) => mix(a, b);

/** Named features: the function and the example that shows what it reads. */
export const FEATURES: ReadonlyArray<{ name: string; example: string; value: Feature }> = [
  { name: 'bias', example: 'every word: the prior of each label', value: () => 1 },
  { name: 'word', example: '"Benfica" → benfica', value: (s, i) => s.lower[i] },
  { name: 'previous word', example: '"at Berenberg" → at', value: (s, i) => at(s.lower, s, i - 1) },
  { name: 'next word', example: '"Flamengo beat" → beat', value: (s, i) => at(s.lower, s, i + 1) },
  { name: 'word two back', example: '"an analyst at Berenberg" → analyst', value: (s, i) => at(s.lower, s, i - 2) },
  { name: 'word two ahead', example: '"Kern, an analyst" → an', value: (s, i) => at(s.lower, s, i + 2) },
  { name: 'previous and this word', example: '"Chief executive Ingrid" → executive|ingrid', value: (s, i) => pair(at(s.lower, s, i - 1), s.lower[i]) },
  { name: 'this and next word', example: '"Real Madrid" → real|madrid', value: (s, i) => pair(s.lower[i], at(s.lower, s, i + 1)) },
  { name: 'shape', example: '"SK" → XX, "McGregor" → XxXx', value: (s, i) => s.shape[i] },
  { name: 'previous and this shape', example: '"Tokyo Electron" → Xxx|Xxx', value: (s, i) => pair(at(s.shape, s, i - 1), s.shape[i]) },
  { name: 'this and next shape', example: '"Plymouth 4" → Xxx|d', value: (s, i) => pair(s.shape[i], at(s.shape, s, i + 1)) },
  { name: 'prefix', example: '"Fundación" → fun', value: (s, i) => s.prefix[i] },
  { name: 'suffix', example: '"Equinor" → nor, "Hynix" → nix', value: (s, i) => s.suffix[i] },
  { name: 'next suffix', example: '"Johnson Controls" → ols', value: (s, i) => at(s.suffix, s, i + 1) },
  { name: 'part of speech', example: '"Benfica" → PROPN', value: (s, i) => s.pos[i] },
  { name: 'previous part of speech', example: '"the Storting" → DET', value: (s, i) => at(s.pos, s, i - 1) },
  { name: 'next part of speech', example: '"Leger said" → VERB', value: (s, i) => at(s.pos, s, i + 1) },
  { name: 'parts of speech around', example: '"at X ," → ADP|PROPN|PUNCT', value: (s, i) => pair(pair(at(s.pos, s, i - 1), s.pos[i]), at(s.pos, s, i + 1)) },
  { name: 'previous label', example: 'after B-ORG', value: (s, i) => (i > 0 ? s.labels[i - 1] + 1 : 0x40) },
  { name: 'previous label and word', example: 'B-PER then "Kern"', value: (s, i) => pair(i > 0 ? s.labels[i - 1] + 1 : 0x40, s.lower[i]) },
  { name: 'previous label and shape', example: 'B-ORG then Xxx', value: (s, i) => pair(i > 0 ? s.labels[i - 1] + 1 : 0x40, s.shape[i]) },
  { name: 'capitalised word also written in lower case', example: '"Officials said" where the text writes "officials"', value: (s, i) => flag(s, i, LOWER_IN_DOCUMENT) + 1 },
  { name: 'sentence start', example: '"Results …" opens the sentence', value: (s, i) => flag(s, i, SENTENCE_START) + 1 },
  { name: 'given name', example: '"Ingrid" is a given name', value: (s, i) => flag(s, i, GIVEN_NAME) + 1 },
  { name: 'given name before', example: '"Tobias Kern" at Kern', value: (s, i) => flag(s, i - 1, GIVEN_NAME) + 1 },
  { name: 'institution head', example: '"… Council", "… Bank"', value: (s, i) => flag(s, i, ORG_HEAD) + 1 },
  { name: 'institution head ahead', example: '"Liberal Party" at Liberal; "Oakmont Capital Partners" at Oakmont', value: (s, i) => (flag(s, i + 1, ORG_HEAD) | (flag(s, i + 2, ORG_HEAD) << 1)) + 1 },
  { name: 'place head ahead', example: '"Creek Road" at Creek', value: (s, i) => flag(s, i + 1, VENUE_HEAD) + 1 },
  { name: 'role word before', example: '"analyst Kern", "Administrator Daniel"', value: (s, i) => (flag(s, i - 1, ROLE_WORD) | (flag(s, i - 2, ROLE_WORD) << 1)) + 1 },
  { name: 'honorific before', example: '"Mr. Kern"', value: (s, i) => (flag(s, i - 1, HONORIFIC) | flag(s, i - 2, HONORIFIC)) + 1 },
  { name: 'speech verb next', example: '"Leger said"', value: (s, i) => (flag(s, i + 1, SPEECH_VERB) | (flag(s, i + 2, SPEECH_VERB) << 1)) + 1 },
  { name: 'fixed name', example: '"Japan" is a country, "Reuters" a known organization', value: (s, i) => s.gazetteer[i] + 1 },
  { name: 'fixed name around', example: '"Bayern Munich" at Bayern: a seat follows', value: (s, i) => pair((i > 0 ? s.gazetteer[i - 1] : 7) + 1, (i + 1 < s.length ? s.gazetteer[i + 1] : 7) + 1) },
  { name: 'acronym', example: '"DAX", "KOSPI", "FAA"', value: (s, i) => flag(s, i, ALL_CAPS) + 1 },
  { name: 'acronym in brackets after', example: '"… Studies (GIGA)"', value: (s, i) => (s.words[i + 1]?.text === '(' && flag(s, i + 2, ALL_CAPS) ? 2 : 1) },
];

/**
 * The table read feature by feature: the reference that featuresAt must equal (a test checks
 * it on real sentences). Slow on purpose: one call through the table per feature.
 */
export function featuresByTable(s: SentenceFeatures, i: number, out: Uint32Array): number {
  let count = 0;
  for (let f = 0; f < FEATURES.length; f++) {
    const value = FEATURES[f].value(s, i);
    if (value !== 0) out[count++] = mix(f, value);
  }
  return count;
}

/**
 * Writes the feature hashes of word i into `out`, in FEATURES' order; returns how many.
 * The table above written out in one straight function: called through the table, 35
 * different closures make every call site megamorphic and the tagger ~3× slower.
 */
export function featuresAt(s: SentenceFeatures, i: number, out: Uint32Array): number {
  const lower = s.lower[i];
  const shape = s.shape[i];
  const pos = s.pos[i];
  const previousLower = at(s.lower, s, i - 1);
  const nextLower = at(s.lower, s, i + 1);
  const previousShape = at(s.shape, s, i - 1);
  const previousPos = at(s.pos, s, i - 1);
  const nextPos = at(s.pos, s, i + 1);
  const previousLabel = i > 0 ? s.labels[i - 1] + 1 : 0x40;
  let n = 0;
  n = put(out, n, 0, 1);
  n = put(out, n, 1, lower);
  n = put(out, n, 2, previousLower);
  n = put(out, n, 3, nextLower);
  n = put(out, n, 4, at(s.lower, s, i - 2));
  n = put(out, n, 5, at(s.lower, s, i + 2));
  n = put(out, n, 6, pair(previousLower, lower));
  n = put(out, n, 7, pair(lower, nextLower));
  n = put(out, n, 8, shape);
  n = put(out, n, 9, pair(previousShape, shape));
  n = put(out, n, 10, pair(shape, at(s.shape, s, i + 1)));
  n = put(out, n, 11, s.prefix[i]);
  n = put(out, n, 12, s.suffix[i]);
  n = put(out, n, 13, at(s.suffix, s, i + 1));
  n = put(out, n, 14, pos);
  n = put(out, n, 15, previousPos);
  n = put(out, n, 16, nextPos);
  n = put(out, n, 17, pair(pair(previousPos, pos), nextPos));
  n = put(out, n, 18, previousLabel);
  n = put(out, n, 19, pair(previousLabel, lower));
  n = put(out, n, 20, pair(previousLabel, shape));
  n = put(out, n, 21, flag(s, i, LOWER_IN_DOCUMENT) + 1);
  n = put(out, n, 22, flag(s, i, SENTENCE_START) + 1);
  n = put(out, n, 23, flag(s, i, GIVEN_NAME) + 1);
  n = put(out, n, 24, flag(s, i - 1, GIVEN_NAME) + 1);
  n = put(out, n, 25, flag(s, i, ORG_HEAD) + 1);
  n = put(out, n, 26, (flag(s, i + 1, ORG_HEAD) | (flag(s, i + 2, ORG_HEAD) << 1)) + 1);
  n = put(out, n, 27, flag(s, i + 1, VENUE_HEAD) + 1);
  n = put(out, n, 28, (flag(s, i - 1, ROLE_WORD) | (flag(s, i - 2, ROLE_WORD) << 1)) + 1);
  n = put(out, n, 29, (flag(s, i - 1, HONORIFIC) | flag(s, i - 2, HONORIFIC)) + 1);
  n = put(out, n, 30, (flag(s, i + 1, SPEECH_VERB) | (flag(s, i + 2, SPEECH_VERB) << 1)) + 1);
  n = put(out, n, 31, s.gazetteer[i] + 1);
  n = put(out, n, 32, pair((i > 0 ? s.gazetteer[i - 1] : 7) + 1, (i + 1 < s.length ? s.gazetteer[i + 1] : 7) + 1));
  n = put(out, n, 33, flag(s, i, ALL_CAPS) + 1);
  n = put(out, n, 34, s.words[i + 1]?.text === '(' && flag(s, i + 2, ALL_CAPS) ? 2 : 1);
  return n;
}

function put(out: Uint32Array, count: number, template: number, value: number): number {
  if (value !== 0) out[count++] = mix(template, value);
  return count;
}
