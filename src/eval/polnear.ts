import { extract } from '../extract/index.js';
import type { ExtractedDocument } from '../graph/facts.js';
import { polnearPart, readPolnear, type PolnearArticle, type PolnearAttribution, type PolnearPart } from './polnear-data.js';
import { scorePolnearDocument, type PolnearDocumentScore, type PolnearMatching } from './polnear-score.js';
import { prf, type Prf } from './report.js';

/**
 * `whosaid eval --polnear DIR`: extracts every article of a PolNeAR folder and scores the
 * statements against each annotation file (its own gold; articles with two annotators count
 * twice), with the matching of `polnear-score.ts`.
 */
export interface OverlapScores {
  detection: Prf & { gold: number; predicted: number; matched: number };
  /** The headline: a matched statement whose speaker is right. */
  statementSpeaker: Prf & { matched: number };
  /** Right speakers among matched statements. */
  speakerAccuracy: number;
  /** False alarms that are further pieces of a matched attribution (`PolnearMatching.pieces`), and the headline without them. */
  pieces: number;
  statementSpeakerWithoutPieces: Prf;
}

export interface PolnearReport {
  part: PolnearPart | 'all';
  articles: number;
  annotations: number;
  words: number;
  /** At 30% overlap (the issue's matching). */
  loose: OverlapScores;
  /** The same at 80% overlap. */
  strict: OverlapScores;
  /** Gold attributions with a speech cue (`SPEECH_CUE_LEMMAS`): how many were found, and with the right speaker. */
  speech: { gold: number; matched: number; recall: number; rightSpeaker: number; statementSpeakerRecall: number };
  /** Gold cues (lemmatized) of attributions no statement matched, most frequent first. */
  missedCues: Array<{ cue: string; missed: number; gold: number }>;
}

export interface PolnearError {
  article: string;
  kind: 'missed' | 'false alarm' | 'wrong speaker';
  text: string;
  detail: string;
}

interface Scored {
  article: PolnearArticle;
  facts: ExtractedDocument;
  annotation: PolnearAttribution[];
  score: PolnearDocumentScore;
}

/** Scores one part of the folder (or all of it). */
export function evaluatePolnear(dir: string, part: PolnearPart | 'all'): { report: PolnearReport; errors: (limit: number) => PolnearError[] } {
  const articles = readPolnear(dir, part === 'all' ? undefined : part);
  if (articles.length === 0) throw new Error(`${dir}: no annotated articles${part === 'all' ? '' : ` in the ${part} part`}`);
  const scored: Scored[] = [];
  for (const article of articles) {
    const facts = extract(article.text);
    for (const annotation of article.annotations) {
      scored.push({ article, facts, annotation: annotation.attributions, score: scorePolnearDocument(article.text, annotation.attributions, facts) });
    }
  }
  return {
    report: summarizePolnear(part, articles, scored.map((entry) => entry.score)),
    errors: (limit) => {
      // Error samples are for developing rules: the measure part is only ever scored.
      if (articles.some((article) => polnearPart(article.name) === 'measure')) throw new Error('error samples are listed for the develop part only (--part develop)');
      return sampleErrors(scored, limit);
    },
  };
}

export function summarizePolnear(part: PolnearPart | 'all', articles: PolnearArticle[], scores: PolnearDocumentScore[]): PolnearReport {
  const missed = new Map<string, { missed: number; gold: number }>();
  let speechGold = 0;
  let speechMatched = 0;
  let speechRight = 0;
  for (const score of scores) {
    const matched = new Map(score.loose.matches.map((match) => [match.gold, match]));
    score.cueLemmas.forEach((lemma, index) => {
      const entry = missed.get(lemma) ?? { missed: 0, gold: 0 };
      entry.gold++;
      if (!matched.has(index)) entry.missed++;
      missed.set(lemma, entry);
    });
    for (const index of score.speechGold) {
      speechGold++;
      const match = matched.get(index);
      if (match) speechMatched++;
      if (match?.speakerRight) speechRight++;
    }
  }
  return {
    part,
    articles: articles.length,
    annotations: scores.length,
    words: articles.reduce((total, article) => total + article.text.split(/\s+/).filter(Boolean).length, 0),
    loose: overlapScores(scores.map((score) => score.loose)),
    strict: overlapScores(scores.map((score) => score.strict)),
    speech: {
      gold: speechGold, matched: speechMatched, recall: speechGold ? speechMatched / speechGold : 0,
      rightSpeaker: speechRight, statementSpeakerRecall: speechGold ? speechRight / speechGold : 0,
    },
    missedCues: [...missed.entries()].filter(([, entry]) => entry.missed > 0).map(([cue, entry]) => ({ cue, ...entry }))
      .sort((a, b) => b.missed - a.missed || a.cue.localeCompare(b.cue)),
  };
}

function overlapScores(matchings: PolnearMatching[]): OverlapScores {
  const gold = matchings.reduce((total, matching) => total + matching.gold, 0);
  const predicted = matchings.reduce((total, matching) => total + matching.predicted, 0);
  const matched = matchings.reduce((total, matching) => total + matching.matches.length, 0);
  const right = matchings.reduce((total, matching) => total + matching.matches.filter((match) => match.speakerRight).length, 0);
  const pieces = matchings.reduce((total, matching) => total + matching.pieces, 0);
  return {
    pieces,
    statementSpeakerWithoutPieces: prf({ gold, predicted: predicted - pieces, matched: right }),
    detection: { gold, predicted, matched, ...prf({ gold, predicted, matched }) },
    statementSpeaker: { matched: right, ...prf({ gold, predicted, matched: right }) },
    speakerAccuracy: matched ? right / matched : 0,
  };
}

/** Up to `limit` errors of each kind, spread over the articles (in name order). */
function sampleErrors(scored: Scored[], limit: number): PolnearError[] {
  const errors: PolnearError[] = [];
  const clip = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160);
  for (const { article, facts, annotation, score } of scored) {
    const { text } = article;
    const pieces = (spans: Array<{ start: number; end: number }> | null) => (spans ? spans.map((span) => text.slice(span.start, span.end)).join(' … ') : '(none)');
    const matchedGold = new Set(score.loose.matches.map((match) => match.gold));
    const matchedStatements = new Set(score.loose.matches.map((match) => match.statement));
    annotation.forEach((gold, index) => {
      if (!matchedGold.has(index)) errors.push({ article: article.name, kind: 'missed', text: clip(pieces(gold.content)), detail: `source: ${clip(pieces(gold.source))}; cue: ${pieces(gold.cue)}` });
    });
    facts.statements.forEach((statement, index) => {
      if (!matchedStatements.has(index)) errors.push({ article: article.name, kind: 'false alarm', text: clip(statement.text), detail: `speaker: ${statement.speakerMention?.text ?? '(none)'}; cue: ${statement.cue}` });
    });
    for (const match of score.loose.matches) {
      if (match.speakerRight) continue;
      const gold = annotation[match.gold];
      const statement = facts.statements[match.statement];
      errors.push({ article: article.name, kind: 'wrong speaker', text: clip(statement.text), detail: `gold: ${clip(pieces(gold.source))}; found: ${statement.speakerMention?.text ?? '(none)'} (${statement.speakerKey ?? 'unnamed'}); cue: ${statement.cue}` });
    }
  }
  const kinds: PolnearError['kind'][] = ['missed', 'false alarm', 'wrong speaker'];
  return kinds.flatMap((kind) => spread(errors.filter((error) => error.kind === kind), limit));
}

/** `limit` items taken evenly across the list, so a sample is not one article's errors. */
function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]);
}

const f3 = (value: number) => value.toFixed(3);

export function formatPolnear(reports: PolnearReport[], options: { cues?: number } = {}): string {
  const lines: string[] = [];
  const row = (label: string, values: string[]) => `${label.padEnd(34)}${values.map((value) => value.padStart(16)).join('')}`;
  lines.push(row('PolNeAR', reports.map((report) => report.part)));
  lines.push(row('articles / annotation files', reports.map((report) => `${report.articles} / ${report.annotations}`)));
  lines.push(row('gold attributions', reports.map((report) => String(report.loose.detection.gold))));
  lines.push(row('statements found', reports.map((report) => String(report.loose.detection.predicted))));
  for (const [label, key] of [['30% overlap', 'loose'], ['80% overlap', 'strict']] as const) {
    lines.push(`\n${label}`);
    lines.push(row('  detection P / R', reports.map((report) => `${f3(report[key].detection.precision)} / ${f3(report[key].detection.recall)}`)));
    lines.push(row('  detection F1', reports.map((report) => f3(report[key].detection.f1))));
    lines.push(row('  statement+speaker P / R', reports.map((report) => `${f3(report[key].statementSpeaker.precision)} / ${f3(report[key].statementSpeaker.recall)}`)));
    lines.push(row(key === 'loose' ? '  statement+speaker F1 (headline)' : '  statement+speaker F1', reports.map((report) => f3(report[key].statementSpeaker.f1))));
    lines.push(row('  speaker accuracy', reports.map((report) => f3(report[key].speakerAccuracy))));
  }
  // PolNeAR joins `“X,” she said. “Y.”` into one attribution; the team's guide keeps two statements.
  lines.push('\nquotations PolNeAR joins into one attribution (30% overlap)');
  lines.push(row('  further pieces among false alarms', reports.map((report) => String(report.loose.pieces))));
  lines.push(row('  statement+speaker F1 without them', reports.map((report) => f3(report.loose.statementSpeakerWithoutPieces.f1))));
  lines.push('\nspeech cues (30% overlap)');
  lines.push(row('  gold', reports.map((report) => String(report.speech.gold))));
  lines.push(row('  recall', reports.map((report) => f3(report.speech.recall))));
  lines.push(row('  recall with right speaker', reports.map((report) => f3(report.speech.statementSpeakerRecall))));
  const worklist = reports[0];
  const top = worklist.missedCues.slice(0, options.cues ?? 30);
  lines.push(`\nmissed gold cues, ${worklist.part} part (lemma: missed / gold)`);
  for (let i = 0; i < top.length; i += 3) {
    lines.push(top.slice(i, i + 3).map((cue) => `  ${cue.cue.slice(0, 20).padEnd(20)} ${String(cue.missed).padStart(5)} / ${String(cue.gold).padEnd(5)}`).join(''));
  }
  return `${lines.join('\n')}\n`;
}

export function formatErrors(errors: PolnearError[]): string {
  return `${errors.map((error) => `[${error.kind}] ${error.article}\n  ${error.text}\n  ${error.detail}`).join('\n')}\n`;
}
