import type { Span } from '../graph/facts.js';
import { cueLemma, isSpeechCue } from './polnear-cues.js';
import type { PolnearAttribution } from './polnear-data.js';

/**
 * The matching of issue 12, as a pure function so evaluation and training score alike:
 *
 * - a gold attribution matches a statement when their overlap is ≥ `minOverlap` (30%) of the
 *   gold content's characters and ≥ `minOverlap` of the statement's;
 * - pairs are taken one to one, largest overlap first;
 * - the speaker is right when the statement's speaker mention, or any mention of its speaker
 *   entity, overlaps the gold source's head (the source text up to its first comma); a gold
 *   attribution with no source wants a statement with no speaker (no entity, no mention).
 */
export interface ScoredStatement extends Span {
  speakerKey: string | null;
  speakerMention: Span | null;
}

export interface ScoredMention extends Span {
  entityKey: string;
}

export interface PolnearPrediction {
  statements: ScoredStatement[];
  mentions: ScoredMention[];
}

export interface PolnearMatch {
  /** Index into the gold attributions. */
  gold: number;
  /** Index into the predicted statements. */
  statement: number;
  overlap: number;
  speakerRight: boolean;
}

export interface PolnearMatching {
  gold: number;
  predicted: number;
  matches: PolnearMatch[];
  /**
   * Unmatched statements lying within a matched gold attribution's content: the second quote
   * of `“X,” she said. “Y.”`, which PolNeAR annotates as one attribution and the team's guide
   * (ANNOTATION.md) as separate statements. Counted apart so the convention gap is visible.
   */
  pieces: number;
}

export interface PolnearDocumentScore {
  gold: number;
  predicted: number;
  /** At 30% overlap. */
  loose: PolnearMatching;
  /** At 80% overlap. */
  strict: PolnearMatching;
  /** Gold attributions whose cue is a speech cue (`polnear-cues.ts`), by index. */
  speechGold: number[];
  /** Lemma of each gold attribution's cue, by index. */
  cueLemmas: string[];
}

export const LOOSE_OVERLAP = 0.3;
export const STRICT_OVERLAP = 0.8;

/** Scores one annotation of one article (an article with two annotators is scored twice). */
export function scorePolnearDocument(text: string, gold: PolnearAttribution[], prediction: PolnearPrediction): PolnearDocumentScore {
  const cueLemmas = gold.map((attribution) => cueLemma(attribution.cue.map((piece) => text.slice(piece.start, piece.end)).join(' ')));
  return {
    gold: gold.length,
    predicted: prediction.statements.length,
    loose: matchAttributions(text, gold, prediction, LOOSE_OVERLAP),
    strict: matchAttributions(text, gold, prediction, STRICT_OVERLAP),
    speechGold: cueLemmas.flatMap((lemma, index) => (isSpeechCue(lemma) ? [index] : [])),
    cueLemmas,
  };
}

/** One-to-one pairs of gold attributions and statements at the given overlap ratio, largest overlap first. */
export function matchAttributions(text: string, gold: PolnearAttribution[], prediction: PolnearPrediction, minOverlap: number): PolnearMatching {
  const { statements } = prediction;
  const candidates: Array<{ gold: number; statement: number; overlap: number }> = [];
  gold.forEach((attribution, g) => {
    const goldLength = length(attribution.content);
    statements.forEach((statement, s) => {
      const overlap = overlapWith(attribution.content, statement);
      if (overlap > 0 && overlap >= minOverlap * goldLength && overlap >= minOverlap * (statement.end - statement.start)) candidates.push({ gold: g, statement: s, overlap });
    });
  });
  // Ties go to text order, so the pairing never depends on sort stability.
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.statement - b.statement);
  const usedGold = new Set<number>();
  const usedStatements = new Set<number>();
  const matches: PolnearMatch[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedStatements.has(candidate.statement)) continue;
    usedGold.add(candidate.gold);
    usedStatements.add(candidate.statement);
    matches.push({ ...candidate, speakerRight: speakerRight(text, gold[candidate.gold], statements[candidate.statement], prediction.mentions) });
  }
  const matchedContents = matches.map((match) => gold[match.gold].content);
  const pieces = statements.filter((statement, s) => !usedStatements.has(s)
    && matchedContents.some((content) => overlapWith(content, statement) >= minOverlap * (statement.end - statement.start))).length;
  return { gold: gold.length, predicted: statements.length, matches: matches.sort((a, b) => a.gold - b.gold), pieces };
}

/** Is the statement's speaker the gold source (or both absent)? */
export function speakerRight(text: string, gold: PolnearAttribution, statement: ScoredStatement, mentions: ScoredMention[]): boolean {
  if (!gold.source) return statement.speakerKey === null && statement.speakerMention === null;
  const head = sourceHead(text, gold.source);
  if (statement.speakerMention && overlapWith([head], statement.speakerMention) > 0) return true;
  if (statement.speakerKey === null) return false;
  return mentions.some((mention) => mention.entityKey === statement.speakerKey && overlapWith([head], mention) > 0);
}

/** The source's head: its first piece up to the first comma ("Mitch McConnell, the majority leader" → "Mitch McConnell"). */
export function sourceHead(text: string, source: Span[]): Span {
  const first = [...source].sort((a, b) => a.start - b.start)[0];
  const comma = text.slice(first.start, first.end).indexOf(',');
  return comma > 0 ? { start: first.start, end: first.start + comma } : first;
}

function length(pieces: Span[]): number {
  return pieces.reduce((total, piece) => total + piece.end - piece.start, 0);
}

function overlapWith(pieces: Span[], span: Span): number {
  return pieces.reduce((total, piece) => total + Math.max(0, Math.min(piece.end, span.end) - Math.max(piece.start, span.start)), 0);
}
