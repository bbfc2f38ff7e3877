import type { Span } from '../../graph/facts.js';
import type { QuoteIndex } from '../quotes.js';
import type { Word } from '../words.js';
import { cueFeatures, MAX_FEATURES, SentenceHashes } from './attribution-features.js';
import { contentCandidates, type CueSite } from './attribution-spans.js';

/** A sentence as the learned component reads it (a SentenceView is one). */
export interface CueSentence {
  words: Word[];
  sentence: Span & { paragraph: number };
}

/** One cue candidate, handed to a visitor; its buffers are reused for the next candidate (copy what you keep). */
export interface CueCandidate {
  site: CueSite;
  /** Index of the sentence in the list scanned. */
  sentenceIndex: number;
  /** Candidate content span per shape (null where a shape does not fit). */
  spans: Array<Span | null>;
  features: Uint32Array;
  featureCount: number;
}

/** Extraction's shortcuts: the words to pass over, and whether a content span could still become a statement. */
export interface CandidatePruning {
  /** Start offsets of words not to scan (the rules' cues: their statements are made). */
  skip: ReadonlySet<number>;
  /** False when a span could never be kept (too short, or overlapping a rule statement): a candidate with no viable span is not scored. */
  viable(span: Span): boolean;
}

/**
 * The typed arrays a scan fills, made once per process: a typed array over 64 bytes gets its own
 * buffer outside the heap, dear to make per document. A scan never runs inside another.
 */
const hashes = new SentenceHashes();
const features = new Uint32Array(MAX_FEATURES);

/**
 * Walks every word the gate lets through ("said", "according", ":", "blasted" …), cuts its
 * candidate content spans and computes its features: the one scan shared by training and
 * extraction, so both read a cue the same way.
 */
export function scanCueCandidates(
  sentences: CueSentence[], quotes: QuoteIndex, text: string, gate: Set<string>, visit: (candidate: CueCandidate) => void,
  /** What extraction already knows, to spare the features and the scoring of candidates that could not make a statement. */
  prune?: CandidatePruning,
): void {
  const paragraphEnds = paragraphEndsOf(sentences);
  const spans: Array<Span | null> = [];
  const site: CueSite = { words: [], cue: 0, last: 0, sentence: { start: 0, end: 0 }, paragraphEnd: 0 };
  const candidate: CueCandidate = { site, sentenceIndex: 0, spans, features, featureCount: 0 };
  for (let s = 0; s < sentences.length; s++) {
    const { words, sentence } = sentences[s];
    let loaded = false;
    for (let k = 0; k < words.length; k++) {
      if (!gate.has(words[k].lemma) || prune?.skip.has(words[k].start)) continue;
      if (!loaded) {
        hashes.load(words);
        loaded = true;
      }
      site.words = words;
      site.cue = k;
      site.last = isAccordingTo(words, k) ? k + 1 : k;
      site.sentence = sentence;
      site.paragraphEnd = paragraphEnds[s];
      contentCandidates(site, quotes, text, spans);
      if (prune && !spans.some((span, shape) => shape > 0 && span && prune.viable(span))) continue;
      candidate.sentenceIndex = s;
      candidate.featureCount = cueFeatures(words, k, hashes, quotes, spans, features);
      visit(candidate);
    }
  }
}

/** "according to": the cue runs over both words. */
const isAccordingTo = (words: Word[], k: number) => words[k].text.toLowerCase() === 'according' && words[k + 1]?.text.toLowerCase() === 'to';

/** The end of each sentence's paragraph (sentences in text order). */
function paragraphEndsOf(sentences: CueSentence[]): number[] {
  const ends = new Array<number>(sentences.length);
  for (let s = sentences.length - 1; s >= 0; s--) {
    const next = sentences[s + 1];
    ends[s] = next && next.sentence.paragraph === sentences[s].sentence.paragraph ? ends[s + 1] : sentences[s].sentence.end;
  }
  return ends;
}
