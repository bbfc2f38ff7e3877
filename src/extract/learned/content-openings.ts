import type { Span } from '../../graph/facts.js';
import { isTimePhrase } from '../time.js';
import type { Word } from '../words.js';

/**
 * What a learned content opens on, and where it truly starts: the checks `attribution.ts` runs
 * on the span a shape cut before it becomes a statement (a predicate of the sentence's own
 * subject, an adverb of manner, a time before "that", an imperative quotation, a short target).
 */

/** Shorter contents are dropped unless they name something (`namesSomethingShort`); none under MIN_SHORT_CONTENT_CHARACTERS. */
export const MIN_CONTENT_CHARACTERS = 8;
export const MIN_SHORT_CONTENT_CHARACTERS = 2;

/**
 * "…, as the ministry is known, said Brazil was …": content that opens on a finite verb is the
 * predicate of the sentence's own subject, not what this cue reports.
 */
export function opensWithPredicate(words: Word[], content: Span): boolean {
  const first = words[firstWordIn(words, content)];
  return first !== undefined && first.pos === 'VERB' && !first.text.endsWith('ing');
}

/**
 * A content under MIN_CONTENT_CHARACTERS is kept when it names something, a target or a stance's
 * object ("blasting me", "expressed concern", "opposed the tax", "said Ryan"), not when it is a
 * preposition's phrase ("talking at", "shouted at him") or what "said" stands for ("said it").
 */
export function namesSomethingShort(words: Word[], content: Span, cueLemma: string): boolean {
  const inside = words.filter((word) => word.start >= content.start && word.end <= content.end);
  if (inside.length === 0 || inside[0].pos === 'ADP' || ['ADP', 'DET', 'ADV', 'CCONJ', 'AUX'].includes(inside[inside.length - 1].pos)) return false;
  if (cueLemma === 'say' && inside.length === 1 && inside[0].pos === 'PRON') return false;
  return inside.some((word) => SHORT_CONTENT_TAGS.has(word.pos));
}

const SHORT_CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A quotation opening on a verb's bare form, an imperative: “Lock her up!”, “Thank you, Georgia”. */
export function opensImperative(words: Word[], content: Span): boolean {
  const first = words[firstWordIn(words, content)];
  return first !== undefined && first.text.toLowerCase() === first.lemma.toLowerCase();
}

/**
 * `“…,” Lind said pleasantly into the phone`, `said matter-of-factly as confetti fell`: words
 * after the cue that open on an adverb of manner and go on with a place, a time or a clause of
 * circumstance tell how it was said, not what ("spoke highly of …" goes on with its topic).
 */
export function opensWithManner(words: Word[], content: Span): boolean {
  const first = mannerAdverb(words, content);
  if (first === -1) return false;
  const next = words[first + 1];
  if (!next || next.start >= content.end) return true;
  const lower = next.text.toLowerCase();
  return (next.pos === 'ADP' && !CLAUSE_MARKERS.has(lower) && !TOPIC_PREPOSITIONS.has(lower)) || CIRCUMSTANCE_OPENERS.has(lower);
}

/** "spoke highly of the volunteers": the target is what follows the adverb and its preposition. */
export function pastMannerOfTopic(words: Word[], content: Span): Span {
  const first = mannerAdverb(words, content);
  if (first === -1 || !TOPIC_PREPOSITIONS.has(words[first + 1]?.text.toLowerCase() ?? '')) return content;
  const target = words[first + 2];
  return target && content.end - target.start >= MIN_CONTENT_CHARACTERS ? { start: target.start, end: content.end } : content;
}

/** "announced last week that it hired …": the reported clause starts after the time and its "that". */
export function pastTimeOfClause(words: Word[], content: Span): Span {
  const first = firstWordIn(words, content);
  if (first === -1) return content;
  for (let that = first + 1; that < words.length && that - first <= 4 && words[that].start < content.end; that++) {
    if (words[that].text.toLowerCase() !== 'that') continue;
    const next = words[that + 1];
    const isTime = isTimePhrase(words, first, that);
    return isTime && next && content.end - next.start >= MIN_CONTENT_CHARACTERS ? { start: next.start, end: content.end } : content;
  }
  return content;
}

/** The content's first word when it is an adverb of manner ("pleasantly", "highly"), else -1. */
function mannerAdverb(words: Word[], content: Span): number {
  const first = firstWordIn(words, content);
  return first !== -1 && words[first].pos === 'ADV' && words[first].text.endsWith('ly') ? first : -1;
}

/** Index of the content's first word, or -1. */
function firstWordIn(words: Word[], content: Span): number {
  const first = words.findIndex((word) => word.start >= content.start);
  return first !== -1 && words[first].start < content.end ? first : -1;
}

/** "said repeatedly that …", "asked bluntly whether …": the content still follows. */
const CLAUSE_MARKERS = new Set(['that', 'whether', 'if']);
/** "spoke highly of …", "talked openly about …", "focused intensively on …": the topic follows, an appraisal's target. */
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'upon', 'against', 'for']);
const CIRCUMSTANCE_OPENERS = new Set(['as', 'while', 'when', 'after', 'before']);
