import { FUNCTION_WORDS, SPELLED_OUT } from '../lexicon/claim-words.js';
import { statementDate } from './list-order.js';
import type { ClaimCandidate, ClaimMemberRow, ClaimRow, StatementKind, StatementRow } from './types.js';

/**
 * When two statements are one claim: the same speaker, said within WINDOW_DAYS of each other,
 * and either nearly the same words (a direct quote and its trims: word-bigram containment) or
 * the same content (a paraphrase: Jaccard of content words and entities). A claim is then a
 * connected component of that relation (claims-plan.ts keeps the components exact under
 * ingest and delete).
 *
 * Why shingles compared exactly, not MinHash/LSH: candidates are already few (one speaker's
 * statements of a few days, read through a (speaker, day) index), so every candidate can be
 * compared exactly; an exact, symmetric test is what makes "delete, then the claims a fresh
 * ingest would give" hold, and costs about a microsecond a pair. MinHash would add false
 * negatives that depend on the hash seed for no speed we need.
 */

/** Days apart two reports of one claim may be dated (a wire story, then the papers of the next day). */
export const WINDOW_DAYS = 2;
/** Quotes shorter than this many words match only word for word: "a mistake" is in many quotes. */
export const MIN_QUOTE_WORDS = 4;
/** Share of the shorter wording's word pairs the longer must hold: trims, ellipses and a changed word or two. */
export const QUOTE_CONTAINMENT = 0.8;
/** Jaccard of content words and entities two paraphrases must reach. */
export const CONTENT_SIMILARITY = 0.5;
/** Content words and entities a paraphrase needs to be matched by content at all: "I think so" says too little. */
const MIN_CONTENT = 3;
/** Content words are compared by their first letters, after a plural or tense ending: "sanctions" and "sanctioned" are one word. */
const STEM_LETTERS = 5;
/** Words that turn a claim into its opposite: two wordings that do not match word for word must agree on them. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'cannot', 'without']);
/** A short quote goes with a longer one that holds it word for word when it has this many content words ("inflation has peaked", not "that is on me"). */
const MIN_SHORT_QUOTE_CONTENT = 2;

/**
 * The words of a content, normalised: accents, case, quote marks, punctuation and ellipses
 * gone; "n't" read as "not"; an apostrophe inside a word dropped ("Kim’s" → "kims").
 */
export function claimWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A statement as claim matching reads it; `publishedAt` and `outlet` are its document's. */
export function claimMember(statement: StatementRow, publishedAt: string | null, outlet: string | null, claimId = 0): ClaimMemberRow {
  const date = statementDate(statement, publishedAt);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  return {
    statementId: statement.id,
    claimId,
    documentId: statement.documentId,
    speakerId: statement.speakerId,
    day,
    kind: statement.kind,
    words: claimWords(statement.text),
    aboutIds: statement.aboutIds,
    reported: reportedAt(statement, publishedAt),
    outlet,
    text: statement.text,
  };
}

/** When a statement was reported: its document's publication time, else the day it was said; '' when neither is known. */
export const reportedAt = (statement: Pick<StatementRow, 'date'>, publishedAt: string | null): string => publishedAt ?? statement.date ?? '';

/** What matching compares, computed once per member. */
interface Features {
  /** Whether it says "not", "never" …: "will send troops" and "will never send troops" are two claims. */
  negated: boolean;
  /** Word bigrams ("not send", "send troops"), or the single word of a one-word content. */
  pairs: Set<string>;
  /** Content-word stems and "#id" of each entity it is about. */
  content: Set<string>;
}

const features = new WeakMap<ClaimCandidate, Features>();

/** A Map, not the lexicon's object: a quote saying "constructor" must not read Object.prototype's. */
const SPELLED_OUT_WORDS = new Map(Object.entries(SPELLED_OUT));

function featuresOf(member: ClaimCandidate): Features {
  let found = features.get(member);
  if (!found) {
    const { words } = member;
    const pairs = new Set<string>();
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
    if (words.length === 1) pairs.add(words[0]);
    const content = new Set<string>();
    let negated = false;
    for (const word of words) {
      if (NEGATIONS.has(word)) negated = true;
      const parts = SPELLED_OUT_WORDS.get(word);
      if (parts) for (const part of parts) addContentWord(content, part);
      else addContentWord(content, word);
    }
    for (const id of member.aboutIds) content.add(`#${id}`);
    found = { pairs, content, negated };
    features.set(member, found);
  }
  return found;
}

function addContentWord(content: Set<string>, word: string): void {
  if (word.length >= 3 && !FUNCTION_WORDS.has(word)) content.add(stem(word));
}

/** "waiting" → "wait", "lives" → "liv", "damaged" and "damage" → "damag": endings off, then the first letters. */
function stem(word: string): string {
  // endsWith, not a regular expression: this runs for every word of every report compared.
  const ending = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : word.endsWith('s') ? 1 : 0;
  let end = ending > 0 && word.length - ending >= 3 && !word.endsWith('ss') ? word.length - ending : word.length;
  if (end > 3 && word.charCodeAt(end - 1) === 101 /* e */) end--;
  return word.slice(0, Math.min(end, STEM_LETTERS));
}

/** Whole days from one YYYY-MM-DD to another. */
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Whether two days are close enough for one claim; undated statements go only with undated ones. */
export function withinWindow(a: string | null, b: string | null): boolean {
  // Reports of one document share their day: no date to parse.
  if (a === b) return true;
  if (a === null || b === null) return false;
  return Math.abs(dayNumber(a) - dayNumber(b)) <= WINDOW_DAYS;
}

/** The first and last day a statement of `day` can share a claim with (inclusive), or null for undated. */
export function windowOf(day: string | null): { from: string; to: string } | null {
  if (day === null) return null;
  const at = dayNumber(day);
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  return { from: iso(at - WINDOW_DAYS), to: iso(at + WINDOW_DAYS) };
}

/** Whether two statements are reports of one claim. Symmetric, and a function of the two alone. */
export function sameClaim(a: ClaimCandidate, b: ClaimCandidate): boolean {
  if (a.speakerId === null || a.speakerId !== b.speakerId || !withinWindow(a.day, b.day)) return false;
  return sameWords(a, b) || sameContent(a, b);
}

/** "We will not tolerate it" and "will not … tolerate it": most word pairs of the shorter are in the longer. */
function sameWords(a: ClaimCandidate, b: ClaimCandidate): boolean {
  if (a.words.length < MIN_QUOTE_WORDS || b.words.length < MIN_QUOTE_WORDS) {
    const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
    if (short.words.length === long.words.length) return short.words.every((word, i) => word === long.words[i]);
    return short.words.length > 0 && featuresOf(short).content.size >= MIN_SHORT_QUOTE_CONTENT + short.aboutIds.length && holdsRun(long.words, short.words);
  }
  const [small, large] = ordered(featuresOf(a).pairs, featuresOf(b).pairs);
  const common = shared(small, large);
  // A trim is held whole ("those responsible will be held to account"); a changed wording must keep the negation.
  return small.size > 0 && common >= QUOTE_CONTAINMENT * small.size && (common === small.size || featuresOf(a).negated === featuresOf(b).negated);
}

/** "would not send troops to Ukraine" and "has no plans to deploy troops in Ukraine": enough content words and entities in common. */
function sameContent(a: ClaimCandidate, b: ClaimCandidate): boolean {
  const [small, large] = ordered(featuresOf(a).content, featuresOf(b).content);
  if (small.size < MIN_CONTENT || featuresOf(a).negated !== featuresOf(b).negated) return false;
  const common = shared(small, large);
  return common / (small.size + large.size - common) >= CONTENT_SIMILARITY;
}

/** Whether `run` occurs in `words` word for word. */
export function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= words.length; start++) if (run.every((word, i) => words[start + i] === word)) return true;
  return false;
}

const ordered = <T>(a: Set<T>, b: Set<T>): [Set<T>, Set<T>] => (a.size <= b.size ? [a, b] : [b, a]);

function shared<T>(small: Set<T>, large: Set<T>): number {
  let count = 0;
  for (const item of small) if (large.has(item)) count++;
  return count;
}

const KIND_RANK: Record<StatementKind, number> = { DIRECT: 0, MIXED: 1, INDIRECT: 2 };

/** A claim's row from all its members (in any order): the same whatever order they came in. */
export function summarizeClaim(id: number, members: readonly ClaimMemberRow[]): ClaimRow {
  const byReport = [...members].sort((a, b) => compareReported(a, b));
  const fullest = [...members].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.words.length - a.words.length || a.statementId - b.statementId)[0];
  const dated = byReport.filter((member) => member.reported !== '');
  return {
    id,
    speakerId: fullest.speakerId,
    kind: fullest.kind,
    text: fullest.text,
    firstReported: dated[0]?.reported ?? null,
    lastReported: dated.reduce<string | null>((latest, member) => (latest === null || member.reported > latest ? member.reported : latest), null),
    reportCount: new Set(members.map((member) => member.documentId)).size,
    outlets: [...new Set(byReport.map((member) => member.outlet).filter((outlet): outlet is string => outlet !== null))],
  };
}

/** Report order: the earliest reported first (undated last), then statement order. */
export function compareReported(a: Pick<ClaimMemberRow, 'reported' | 'statementId'>, b: Pick<ClaimMemberRow, 'reported' | 'statementId'>): number {
  if (a.reported !== b.reported) {
    if (a.reported === '') return 1;
    if (b.reported === '') return -1;
    return a.reported < b.reported ? -1 : 1;
  }
  return a.statementId - b.statementId;
}
