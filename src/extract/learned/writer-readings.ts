import type { Span } from '../../graph/facts.js';
import { openingPhraseEnd } from '../subordinate-clauses.js';
import type { Word } from '../words.js';

/**
 * "The statistics appear to be fabricated", "Investors seem unconvinced": a raising verb's
 * subject is what the clause is about, not who says it; the sentence is the writer's reading,
 * attributed to nobody. Its content runs from the clause's subject to the end of the complement
 * the model chose, so the statement reads whole ("Clinton appeared to assuage liberal concerns").
 */

/**
 * The span of the writer's reading the raising verb at `cue` opens, given the complement the
 * model chose; null when the verb takes no complement ("appeared on CNN", "appeared before
 * reporters": a place or a time follows, and nobody's reading is reported).
 */
export function writerReadingSpan(words: Word[], cue: number, complement: Span): Span | null {
  if (!opensComplement(words, cue)) return null;
  const subject = subjectStart(words, cue);
  return subject === -1 ? complement : { start: words[subject].start, end: complement.end };
}

/**
 * "Clinton is widely seen as the favorite", "the plan was viewed as dead": a passive of
 * perceiving with "as" and no agent is a reading attributed to nobody named; its content runs
 * from the subject, as a raising verb's does. Null without "as" or a subject.
 */
export function perceivedAsSpan(words: Word[], cue: number, complement: Span): Span | null {
  if (words[cue + 1]?.text.toLowerCase() !== 'as' || complement.start < words[cue].end) return null;
  const subject = subjectStart(words, cue);
  return subject === -1 ? null : { start: words[subject].start, end: complement.end };
}

/**
 * "Trump is not expected to attend", "Turnout is expected to be high": a passive expectation
 * with no agent is a reading nobody is named for, about its subject; its content runs from the
 * subject through the infinitive, as a raising verb's does ("to attend" alone says nothing).
 * The complement itself when the subject is empty ("It is expected to …").
 */
export function expectationSpan(words: Word[], cue: number, complement: Span): Span {
  const subject = subjectStart(words, cue);
  return subject === -1 || words[subject].start >= complement.start ? complement : { start: words[subject].start, end: complement.end };
}

/** Adjectives, adverbs and participles of a state, "like …", "that …" and "to" with its verb open a raising verb's complement. */
function opensComplement(words: Word[], cue: number): boolean {
  const next = words[cue + 1];
  if (!next) return false;
  const lower = next.text.toLowerCase();
  if (lower === 'to') return words[cue + 2]?.pos === 'VERB' || words[cue + 2]?.pos === 'AUX';
  return lower === 'like' || lower === 'that' || next.pos === 'ADJ' || next.pos === 'ADV' || (next.pos === 'VERB' && next.text.endsWith('ed'));
}

/** Words that end the clause before a subject: "…, but investors seem …", "polls show that she appears …". */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', '“', '"']);
const SUBORDINATORS_KEPT = new Set(['who', 'which']);
const CONTRASTS = new Set(['but', 'yet', 'so']);

/**
 * The first word of the raising verb's clause (its subject, or "who"/"which" standing for it),
 * past auxiliaries and adverbs before the verb ("had appeared", "did not seem"); -1 for an empty
 * subject ("It appears that …", "there seems to be …"), whose content is the complement alone.
 */
function subjectStart(words: Word[], cue: number): number {
  let last = cue - 1;
  while (last >= 0 && (words[last].pos === 'AUX' || words[last].pos === 'PART' || words[last].pos === 'ADV')) last--;
  if (last < 0 || (words[last].pos === 'PUNCT' && words[last].text !== ',' && words[last].text !== ')')) return -1;
  const lower = words[last].text.toLowerCase();
  if (lower === 'it' || lower === 'there') return -1;
  // "a ritual that may seem …", "voters who seemed …": the relative word stands for the subject.
  if (SUBORDINATORS_KEPT.has(lower) || lower === 'that') return last;
  // A phrase opening the sentence ends at its comma ("In Iowa, Clinton appeared …", "Because …, she seemed …").
  const opening = openingPhraseEnd(words);
  let start = last;
  while (start > 0 && start - 1 !== opening) {
    const before = words[start - 1];
    const text = before.text.toLowerCase();
    if (SUBORDINATORS_KEPT.has(text)) {
      // "The increase, which takes a fare to $3.75, is expected …": a relative clause between commas is an aside; the subject stands before it.
      if (words[last].text !== ',' || words[start - 2]?.text !== ',') return start - 1;
      start -= 2;
      continue;
    }
    if (CLAUSE_BREAKS.has(text) || before.pos === 'SCONJ' || text === 'that') break;
    if (before.pos === 'CCONJ' && (CONTRASTS.has(text) || words[start - 2]?.text === ',')) break;
    start--;
  }
  if (start > 0) return start;
  // At the sentence's start: past an opening conjunction ("But investors seem …").
  while (start < last && (words[start].pos === 'CCONJ' || words[start].pos === 'PUNCT')) start++;
  return start;
}
