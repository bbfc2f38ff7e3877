import { maskFurniture, maskMarkup, normalizeQuoteMarks } from '../extract/clean.js';
import { readHeader } from '../extract/header.js';
import { scanCueCandidates, type CueSentence } from '../extract/learned/attribution-candidates.js';
import { CONTENT_SHAPES } from '../extract/learned/attribution-spans.js';
import { findQuotes, QuoteIndex } from '../extract/quotes.js';
import { splitSentences } from '../extract/sentences.js';
import { toWords, type Word } from '../extract/words.js';
import type { PolnearArticle, PolnearAttribution } from '../eval/polnear-data.js';
import type { Span } from '../graph/facts.js';

/**
 * PolNeAR articles as training examples for the cue-shape perceptron: every word the gate lets
 * through becomes one example, labelled with the content shape whose span best matches the
 * gold content of the attribution it cues, or NONE when it cues none.
 */
export interface ReadArticle {
  text: string;
  sentences: CueSentence[];
  quotes: QuoteIndex;
  /** The first annotator's attributions (a few articles have two; one is enough to learn from). */
  gold: PolnearAttribution[];
}

/** The same stages extract() runs before attribution: markup and furniture masked (offsets kept), sentences, words, quotations. */
export function readArticle(article: PolnearArticle): ReadArticle {
  const markupFree = normalizeQuoteMarks(maskMarkup(article.text));
  const { cleaned } = maskFurniture(markupFree, readHeader(markupFree).bodyStart);
  const sentences = splitSentences(cleaned).map((sentence) => ({ words: toWords(sentence), sentence }));
  return { text: cleaned, sentences, quotes: new QuoteIndex(findQuotes(cleaned)), gold: article.annotations[0]?.attributions ?? [] };
}

/**
 * The word that carries a gold cue: its first verb ("has said" → "said", "is expected" →
 * "expected"), else its first word ("according", ":", "statement"). Keyed by word start.
 */
export function cueWords(article: ReadArticle): Map<number, PolnearAttribution> {
  const words: Word[] = article.sentences.flatMap((sentence) => sentence.words);
  const byStart = new Map<number, PolnearAttribution>();
  let cursor = 0;
  const sorted = [...article.gold].sort((a, b) => a.cue[0].start - b.cue[0].start);
  for (const attribution of sorted) {
    const cue = attribution.cue[0];
    while (cursor < words.length && words[cursor].end <= cue.start) cursor++;
    let chosen: Word | null = null;
    for (let i = cursor; i < words.length && words[i].start < cue.end; i++) {
      if (words[i].pos === 'VERB') {
        chosen = words[i];
        break;
      }
      chosen ??= words[i];
    }
    if (chosen && !byStart.has(chosen.start)) byStart.set(chosen.start, attribution);
  }
  return byStart;
}

/** How well a span matches gold content pieces: the smaller of the two overlap ratios (the matching needs both ≥ 0.3). */
export function matchRatio(content: Span[], span: Span): number {
  let overlap = 0;
  let goldLength = 0;
  for (const piece of content) {
    goldLength += piece.end - piece.start;
    overlap += Math.max(0, Math.min(piece.end, span.end) - Math.max(piece.start, span.start));
  }
  return Math.min(overlap / goldLength, overlap / (span.end - span.start));
}

export interface Example {
  features: Uint32Array;
  label: number;
}

/** Lowest match a shape's span needs to count as the gold content's shape. */
export const MIN_MATCH = 0.3;

/** Examples of one article (candidates whose gold content no shape can cut are left out: they teach nothing). */
export function examplesOf(article: ReadArticle, gate: Set<string>): Example[] {
  const cues = cueWords(article);
  const examples: Example[] = [];
  scanCueCandidates(article.sentences, article.quotes, article.text, gate, (candidate) => {
    const gold = cues.get(candidate.site.words[candidate.site.cue].start);
    const label = gold ? bestShape(gold.content, candidate.spans) : 0;
    if (label === -1) return;
    examples.push({ features: candidate.features.slice(0, candidate.featureCount), label });
  });
  return examples;
}

/** The shape whose span matches the gold content best; -1 when none reaches MIN_MATCH. */
export function bestShape(content: Span[], spans: Array<Span | null>): number {
  let best = -1;
  let bestRatio = MIN_MATCH;
  for (let shape = 1; shape < CONTENT_SHAPES.length; shape++) {
    const span = spans[shape];
    if (!span) continue;
    const ratio = matchRatio(content, span);
    if (ratio >= bestRatio + 1e-9 || (best === -1 && ratio >= bestRatio)) {
      best = shape;
      bestRatio = ratio;
    }
  }
  return best;
}
