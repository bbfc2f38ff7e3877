import { featuresOf, sharedCount, startMatching } from './claim-features.js';
import { claimWords } from './claim-words.js';
import { statementDate } from './list-order.js';
export { claimWords };
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
/** A short quote goes with a longer one that holds it word for word when it has this many content words ("inflation has peaked", not "that is on me"). */
const MIN_SHORT_QUOTE_CONTENT = 2;

/** A date that is a whole day (YYYY-MM-DD). */
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A statement as claim matching reads it; `publishedAt` and `outlet` are its document's. */
export function claimMember(statement: StatementRow, publishedAt: string | null, outlet: string | null, claimId = 0): ClaimMemberRow {
  const date = statementDate(statement, publishedAt);
  const day = WHOLE_DAY.test(date) ? date : null;
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

/** Whole days from one YYYY-MM-DD to another. */
export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Windows by day: every candidate lookup asks for one, and a store's days are few (kept until there are too many). */
const windows = new Map<string, { from: string; to: string }>();
const WINDOWS_KEPT = 10_000;

/** Whether two days are close enough for one claim; undated statements go only with undated ones. */
export function withinWindow(a: string | null, b: string | null): boolean {
  // Reports of one document share their day: no date to parse.
  if (a === b) return true;
  if (a === null || b === null) return false;
  return Math.abs(dayNumber(a) - dayNumber(b)) <= WINDOW_DAYS;
}

/** The first and last day a statement of `day` can share a claim with (inclusive), or null for undated. */
export function windowOf(day: string | null): { readonly from: string; readonly to: string } | null {
  if (day === null) return null;
  let window = windows.get(day);
  if (!window) {
    const at = dayNumber(day);
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    window = { from: iso(at - WINDOW_DAYS), to: iso(at + WINDOW_DAYS) };
    if (windows.size >= WINDOWS_KEPT) windows.clear();
    windows.set(day, window);
  }
  return window;
}

/** Whether two statements are reports of one claim. Symmetric, and a function of the two alone. */
export function sameClaim(a: ClaimCandidate, b: ClaimCandidate): boolean {
  if (a.speakerId === null || a.speakerId !== b.speakerId || !withinWindow(a.day, b.day)) return false;
  startMatching();
  return sameWords(a, b) || sameContent(a, b);
}

/** "We will not tolerate it" and "will not … tolerate it": most word pairs of the shorter are in the longer. */
function sameWords(a: ClaimCandidate, b: ClaimCandidate): boolean {
  if (a.words.length < MIN_QUOTE_WORDS || b.words.length < MIN_QUOTE_WORDS) {
    const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
    if (short.words.length === long.words.length) return short.words.every((word, i) => word === long.words[i]);
    return short.words.length > 0 && featuresOf(short).content.length >= MIN_SHORT_QUOTE_CONTENT + short.aboutIds.length && holdsRun(long.words, short.words);
  }
  const [small, large] = ordered(featuresOf(a).pairs, featuresOf(b).pairs);
  const common = sharedCount(small, large);
  // A trim is held whole ("those responsible will be held to account"); a changed wording must keep the negation.
  return small.length > 0 && common >= QUOTE_CONTAINMENT * small.length && (common === small.length || featuresOf(a).negated === featuresOf(b).negated);
}

/** "would not send troops to Ukraine" and "has no plans to deploy troops in Ukraine": enough content words and entities in common. */
function sameContent(a: ClaimCandidate, b: ClaimCandidate): boolean {
  const [small, large] = ordered(featuresOf(a).content, featuresOf(b).content);
  if (small.length < MIN_CONTENT || featuresOf(a).negated !== featuresOf(b).negated) return false;
  const common = sharedCount(small, large);
  return common / (small.length + large.length - common) >= CONTENT_SIMILARITY;
}

/** Whether `run` occurs in `words` word for word. */
export function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= words.length; start++) if (run.every((word, i) => words[start + i] === word)) return true;
  return false;
}

const ordered = (a: readonly number[], b: readonly number[]): [readonly number[], readonly number[]] => (a.length <= b.length ? [a, b] : [b, a]);

const KIND_RANK: Record<StatementKind, number> = { DIRECT: 0, MIXED: 1, INDIRECT: 2 };

/**
 * A claim's row from all its members (in any order): the same whatever order they came in.
 * Only the fullest member's text is quoted, so members may come without theirs and `textOf`
 * gives that one.
 */
export function summarizeClaim(id: number, members: readonly ClaimMemberRow[]): ClaimRow;
export function summarizeClaim<M extends ClaimCandidate>(id: number, members: readonly M[], textOf: (member: M) => string): ClaimRow;
export function summarizeClaim(id: number, members: readonly ClaimCandidate[], textOf = (member: ClaimCandidate) => (member as ClaimMemberRow).text): ClaimRow {
  const byReport = [...members].sort((a, b) => compareReported(a, b));
  const fullest = [...members].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.words.length - a.words.length || a.statementId - b.statementId)[0];
  const dated = byReport.filter((member) => member.reported !== '');
  return {
    id,
    speakerId: fullest.speakerId,
    kind: fullest.kind,
    text: textOf(fullest),
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
