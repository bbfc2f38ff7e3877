import type { Span } from '../../graph/facts.js';
import { DOUBLE_QUOTE_MARKS, type QuoteIndex } from '../quotes.js';
import type { Word } from '../words.js';
import { CONTENT_SHAPES } from './attribution-spans.js';

/**
 * Features of a cue candidate, as hashes (no strings built per word: a feature is a template
 * number mixed with the hash of a word, a lemma or a tag, so scoring allocates nothing).
 * Bump the version whenever a template's meaning changes: old weights are then refused.
 */
export const ATTRIBUTION_FEATURES = 'attribution-cue-shape/3';

/** Upper bound on features per candidate (the buffer the scorer reuses). */
export const MAX_FEATURES = 64;

/** FNV-1a of a string, lower-cased on the fly (ASCII letters), with no allocation. */
export function hashLower(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One feature: a template with up to two values (murmur-style finalizer keeps the bits spread). */
function mix(template: number, a: number, b = 0): number {
  let hash = Math.imul(template ^ a, 0x9e3779b1);
  hash ^= hash >>> 15;
  hash = Math.imul(hash ^ b, 0x85ebca77);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

const START = hashLower('<start>');
const END = hashLower('<end>');

/** Per-sentence word hashes, computed once and read by every candidate of the sentence. */
export class SentenceHashes {
  lower = new Uint32Array(64);
  lemma = new Uint32Array(64);
  pos = new Uint32Array(64);

  load(words: Word[]): void {
    if (this.lower.length < words.length) {
      const size = words.length * 2;
      this.lower = new Uint32Array(size);
      this.lemma = new Uint32Array(size);
      this.pos = new Uint32Array(size);
    }
    for (let i = 0; i < words.length; i++) {
      this.lower[i] = hashLower(words[i].text);
      this.lemma[i] = hashLower(words[i].lemma);
      this.pos[i] = hashLower(words[i].pos);
    }
  }
}

/** Templates, each with the example it reads at the cue "said" of `Trump, 70, said that “it's over.”`. */
const enum T {
  Bias = 1,
  /** lemma=say */
  Lemma,
  /** word=said */
  Word,
  /** pos=VERB */
  Pos,
  /** lemma+pos: say|VERB */
  LemmaPos,
  /** word before: "," ; two before: "70" */
  Prev1, Prev2,
  /** word after: "that"; two after: "“" */
  Next1, Next2,
  /** tags around: NUM, PUNCT | SCONJ, PUNCT */
  PrevPos1, PrevPos2, NextPos1, NextPos2,
  /** lemma with the word after: say|that; with the word before: say|, */
  LemmaNext, LemmaPrev,
  /** lemma with the tag before: say|PUNCT */
  LemmaPrevPos,
  /** the cue sits inside a quotation: "“We know he said it,” …" */
  InQuote,
  /** position: first word, second or third, last two */
  Position,
  /** a comma somewhere before the cue in the sentence ("…, Trump said") */
  CommaBefore,
  /** lemma with a comma before */
  LemmaCommaBefore,
  /** a quotation opens / closes within a few words */
  QuoteAfter, QuoteBefore,
  /** which content shapes the rules can cut here, alone and with the lemma */
  Shape, LemmaShape,
  /** suffix of the word: "-ing", "-ed", "-s" */
  Suffix,
  /** the capitalized word or pronoun right before (skipping "also", "has"): a subject */
  SubjectBefore,
  /** lemma with the subject's kind */
  LemmaSubject,
  /** number of words after the cue, bucketed */
  WordsAfter,
  /** the first word of the sentence (lower case): "according", "“", "the" */
  FirstWord,
  /** the cue is a noun followed by "of"/"that"/"by": "a statement that …", "claims of …" */
  NextNextLemma,
  /** lemma with the tag after: say|SCONJ ("said that"), add|NOUN ("added sugar") */
  LemmaNextPos,
  /** lemma with the two tags after: recall|DET NOUN ("recalled its ambassador") */
  LemmaNextPos2,
  /** lemma with the word two before: say|spokesman (", a spokesman said") */
  LemmaPrev2,
}

const FILLERS = new Set(['also', 'has', 'have', 'had', 'later', 'earlier', 'again', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'then', 'once', 'still', 'not', "n't", 'never', 'would', 'will', 'could', 'may', 'might', 'can']);

/** The hash of word i, or the sentence's edge beyond it. */
const at = (length: number, i: number, table: Uint32Array): number => (i < 0 ? START : i >= length ? END : table[i]);

/** Writes the candidate's features into `out`; returns how many. `available` marks which shapes the rules could cut here. */
export function cueFeatures(words: Word[], k: number, hashes: SentenceHashes, quotes: QuoteIndex, available: ArrayLike<Span | null>, out: Uint32Array): number {
  let n = 0;
  const length = words.length;
  const lemma = hashes.lemma[k];
  out[n++] = mix(T.Bias, 0);
  out[n++] = mix(T.Lemma, lemma);
  out[n++] = mix(T.Word, hashes.lower[k]);
  out[n++] = mix(T.Pos, hashes.pos[k]);
  out[n++] = mix(T.LemmaPos, lemma, hashes.pos[k]);
  out[n++] = mix(T.Prev1, at(length, k - 1, hashes.lower));
  out[n++] = mix(T.Prev2, at(length, k - 2, hashes.lower));
  out[n++] = mix(T.Next1, at(length, k + 1, hashes.lower));
  out[n++] = mix(T.Next2, at(length, k + 2, hashes.lower));
  out[n++] = mix(T.PrevPos1, at(length, k - 1, hashes.pos));
  out[n++] = mix(T.PrevPos2, at(length, k - 2, hashes.pos), at(length, k - 1, hashes.pos));
  out[n++] = mix(T.NextPos1, at(length, k + 1, hashes.pos));
  out[n++] = mix(T.NextPos2, at(length, k + 1, hashes.pos), at(length, k + 2, hashes.pos));
  out[n++] = mix(T.LemmaNext, lemma, at(length, k + 1, hashes.lower));
  out[n++] = mix(T.LemmaPrev, lemma, at(length, k - 1, hashes.lower));
  out[n++] = mix(T.LemmaPrevPos, lemma, at(length, k - 1, hashes.pos));
  out[n++] = mix(T.NextNextLemma, lemma, at(length, k + 2, hashes.lower));
  out[n++] = mix(T.LemmaNextPos, lemma, at(length, k + 1, hashes.pos));
  out[n++] = mix(T.LemmaNextPos2, lemma, mix(0, at(length, k + 1, hashes.pos), at(length, k + 2, hashes.pos)));
  out[n++] = mix(T.LemmaPrev2, lemma, at(length, k - 2, hashes.lower));
  const inQuote = quotes.containsContent(words[k].start) ? 1 : 0;
  out[n++] = mix(T.InQuote, inQuote, lemma);
  out[n++] = mix(T.Position, k === 0 ? 0 : k < 3 ? 1 : 2, words.length - k <= 3 ? 1 : 0);
  let commaBefore = 0;
  for (let i = 0; i < k; i++) if (words[i].text === ',') commaBefore = 1;
  out[n++] = mix(T.CommaBefore, commaBefore);
  out[n++] = mix(T.LemmaCommaBefore, lemma, commaBefore);
  let quoteAfter = 0;
  for (let i = k + 1; i < Math.min(words.length, k + 5); i++) if (DOUBLE_QUOTE_MARKS.has(words[i].text)) quoteAfter = 1;
  let quoteBefore = 0;
  for (let i = Math.max(0, k - 5); i < k; i++) if (DOUBLE_QUOTE_MARKS.has(words[i].text)) quoteBefore = 1;
  out[n++] = mix(T.QuoteAfter, quoteAfter, lemma);
  out[n++] = mix(T.QuoteBefore, quoteBefore, lemma);
  for (let shape = 1; shape < CONTENT_SHAPES.length; shape++) {
    const has = available[shape] ? 1 : 0;
    out[n++] = mix(T.Shape, shape, has);
    out[n++] = mix(T.LemmaShape, lemma, shape * 2 + has);
  }
  const text = words[k].text;
  const suffix = text.endsWith('ing') ? 1 : text.endsWith('ed') ? 2 : text.endsWith('s') ? 3 : 0;
  out[n++] = mix(T.Suffix, suffix);
  let s = k - 1;
  while (s >= 0 && FILLERS.has(words[s].text.toLowerCase())) s--;
  const subject = s < 0 ? 0 : words[s].pos === 'PRON' ? 1 : words[s].capitalized ? 2 : words[s].pos === 'NOUN' ? 3 : words[s].text === ',' ? 4 : 5;
  out[n++] = mix(T.SubjectBefore, subject, s >= 0 ? hashes.pos[s] : START);
  out[n++] = mix(T.LemmaSubject, lemma, subject);
  const after = words.length - k - 1;
  out[n++] = mix(T.WordsAfter, after === 0 ? 0 : after < 3 ? 1 : after < 8 ? 2 : 3, lemma);
  out[n++] = mix(T.FirstWord, hashes.lower[0]);
  return n;
}
