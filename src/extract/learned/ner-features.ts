import type { GazetteerEntry, GazetteerHit } from '../gazetteer.js';
import type { Word } from '../words.js';
import {
  ALL_CAPS, CAPITALIZED, CONNECTOR, FUNCTION_WORD, GIVEN_NAME, HAS_DIGIT, HONORIFIC, LOWER_IN_DOCUMENT, ORG_HEAD, ROLE_WORD, SENTENCE_START, SPEECH_VERB, VENUE_HEAD,
  mix, posHash, startsWithDigitAndLetter, wordFlags,
} from './ner-lexeme.js';

export { hashLower, hashShape, mix } from './ner-lexeme.js';

/**
 * The features of the entity tagger: named functions over one word in its sentence, each
 * returning a hashed value (0 = the feature is absent). The tagger and its trainer call the
 * same functions, so a model always reads the features it was trained on; FEATURE_SET names
 * this list, and a model file written for another list is refused.
 *
 * Everything a feature reads is computed once per sentence into typed arrays (SentenceFeatures):
 * scoring a word is then array reads and integer mixing, with no string built per feature.
 */
export const FEATURE_SET = 'ner-features/3';

/** BIO labels over the entity types GUM marks that the graph cares about (MISC: other named things). */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const OUTSIDE = 0;
/** Label index → entity type (null for O) and whether it begins a span. */
export const LABEL_TYPE: ReadonlyArray<NerType | null> = NER_LABELS.map((label) => (label === 'O' ? null : (label.slice(2) as NerType)));
export const LABEL_BEGINS: ReadonlyArray<boolean> = NER_LABELS.map((label) => label.startsWith('B-'));

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
  /** The word's clusters (src/extract/learned/word-clusters.ts): fine, mid, coarse; 0 = unknown word. */
  fine = new Uint16Array(64);
  mid = new Uint16Array(64);
  coarse = new Uint16Array(64);
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
      const lexeme = word.vocable.lexeme;
      this.lower[i] = lexeme.lower;
      this.prefix[i] = lexeme.prefix;
      this.suffix[i] = lexeme.suffix;
      this.shape[i] = lexeme.shape;
      this.pos[i] = posHash(word.pos);
      this.flags[i] = wordFlags(word, lexeme, i, document);
      this.gazetteer[i] = inHit ? GAZETTEER_KIND[hits[hit].entry.type] : 0;
      this.fine[i] = lexeme.fine;
      this.mid[i] = lexeme.mid;
      this.coarse[i] = lexeme.coarse;
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
    this.fine = new Uint16Array(size);
    this.mid = new Uint16Array(size);
    this.coarse = new Uint16Array(size);
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
  { name: 'word cluster', example: '"Okafor" → the cluster of surnames', value: (s, i) => s.fine[i] + 1 },
  { name: 'broader word cluster', example: '"Okafor" → names', value: (s, i) => s.mid[i] + 1 },
  { name: 'broadest word cluster', example: '"Okafor" → proper nouns', value: (s, i) => s.coarse[i] + 1 },
  { name: 'previous word cluster', example: '"Sen. Okafor" at Okafor → titles', value: (s, i) => (i > 0 ? s.mid[i - 1] + 1 : 0x7fff) },
  { name: 'next word cluster', example: '"Okafor said" at Okafor → speech verbs', value: (s, i) => (i + 1 < s.length ? s.mid[i + 1] + 1 : 0x7fff) },
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
  n = put(out, n, 35, s.fine[i] + 1);
  n = put(out, n, 36, s.mid[i] + 1);
  n = put(out, n, 37, s.coarse[i] + 1);
  n = put(out, n, 38, i > 0 ? s.mid[i - 1] + 1 : 0x7fff);
  n = put(out, n, 39, i + 1 < s.length ? s.mid[i + 1] + 1 : 0x7fff);
  return n;
}

function put(out: Uint32Array, count: number, template: number, value: number): number {
  if (value !== 0) out[count++] = mix(template, value);
  return count;
}
