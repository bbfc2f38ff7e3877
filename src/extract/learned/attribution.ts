import { actOfCue } from '../../lexicon/cue-acts.js';
import { aboutOf } from '../about.js';
import type { Attribution, SentenceView } from '../attribution.js';
import type { DocumentEntities } from '../coref.js';
import type { QuoteIndex } from '../quotes.js';
import { speakerAfter, speakerBefore, type Speaker, type SpeakerContext } from '../speakers.js';
import type { Word } from '../words.js';
import type { ExtractedStatement, Span, StatementKind } from '../../graph/facts.js';
import { scanCueCandidates, type CueCandidate } from './attribution-candidates.js';
import { attributionModel, type AttributionModel } from './attribution-model.js';
import { CONTENT_SHAPES } from './attribution-spans.js';

/**
 * "The model proposes, rules shape": the perceptron says which words cue an attribution and
 * which shape its content takes; the content span is cut by that shape's rule and the source
 * found by the rules' own speaker readers. A learned statement is kept only where no rule
 * statement overlaps it, so what the rules find is never changed.
 */
export interface LearnedInput {
  /** The original text (statement texts are read from it) and the cleaned copy the stages read. */
  text: string;
  cleaned: string;
  views: SentenceView[];
  quotes: QuoteIndex;
  entities: DocumentEntities;
  /** The rules' statements. */
  rules: Attribution[];
}

const QUOTE_SHAPES = new Set<number>([CONTENT_SHAPES.indexOf('QUOTE_AFTER'), CONTENT_SHAPES.indexOf('QUOTE_BEFORE')]);
const BEFORE_SHAPES = new Set<number>([CONTENT_SHAPES.indexOf('BEFORE'), CONTENT_SHAPES.indexOf('QUOTE_BEFORE')]);
/** Passive cues carry no source: "is expected to", "was reported". */
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);
const MIN_CONTENT_CHARACTERS = 8;
/** Prepositions that open a clause rather than an object: "asked whether …", "said if …". */
const CLAUSE_OPENERS = new Set(['that', 'if', 'whether', 'because', 'as']);
/**
 * How much the best shape must outscore NONE: fewer, surer statements. Chosen on the team's
 * gold set (speech-only) and PolNeAR develop: 10 keeps gold's false alarms at the rules'
 * level for ~1 point of PolNeAR F1.
 */
const MIN_MARGIN = 10;

export function learnedStatements(input: LearnedInput, model: AttributionModel | null = attributionModel()): ExtractedStatement[] {
  if (!model) return [];
  const { cleaned, views, quotes, entities, rules } = input;
  const taken = rules.map((rule) => rule.content).sort((a, b) => a.start - b.start);
  const ruleCues = new Set(rules.flatMap((rule) => (rule.cue ? [rule.cue.span.start] : [])));
  const recentSpeakers = rules.flatMap((rule) => (rule.speaker.entityKey ? [{ key: rule.speaker.entityKey, at: rule.content.start }] : [])).sort((a, b) => a.at - b.at);
  const scores = new Float64Array(CONTENT_SHAPES.length);
  const slice = (start: number, end: number) => cleaned.slice(start, end);
  const found: ExtractedStatement[] = [];
  scanCueCandidates(views, quotes, cleaned, model.gate, (candidate) => {
    const shape = bestAvailableShape(model, candidate, scores);
    if (shape === 0) return;
    const content = candidate.spans[shape]!;
    const { words, cue, last } = candidate.site;
    if (content.end - content.start < MIN_CONTENT_CHARACTERS || ruleCues.has(words[cue].start) || overlapsAny(taken, content)) return;
    const view = views[candidate.sentenceIndex];
    const context: SpeakerContext = { entities, words, mentions: view.mentions, recentSpeakers, insideQuote: (offset) => quotes.contains(offset) };
    const speaker = sourceOf(context, candidate, shape, slice);
    if (speaker === undefined) return;
    const statement = statementOf(input, view, candidate, shape, content, speaker, words[last].end);
    if (found.some((other) => other.start === statement.start && other.end === statement.end)) return;
    found.push(statement);
  });
  return found;
}

/** The best shape among those the rules could cut here (NONE is always possible). */
function bestAvailableShape(model: AttributionModel, candidate: CueCandidate, scores: Float64Array): number {
  scores.fill(0);
  model.perceptron.score(candidate.features, candidate.featureCount, scores);
  let best = 0;
  for (let shape = 1; shape < scores.length; shape++) if (candidate.spans[shape] && scores[shape] > scores[best]) best = shape;
  return best !== 0 && scores[best] - scores[0] >= MIN_MARGIN ? best : 0;
}

/**
 * Who is the source: "…, said Kirby" and "according to the poll" look after the cue; "Kirby
 * blasted …" before it. null: a passive cue with no source; undefined: none found (no statement).
 */
function sourceOf(context: SpeakerContext, candidate: CueCandidate, shape: number, slice: (s: number, e: number) => string): Speaker | null | undefined {
  const { words, cue, last } = candidate.site;
  if (last > cue) return speakerAfter(context, last, slice) ?? undefined;
  if (isPassive(words, cue)) return undefined;
  const inverted = BEFORE_SHAPES.has(shape) && words[cue - 1]?.text === ',';
  const speaker = inverted ? speakerAfter(context, cue, slice) ?? speakerBefore(context, cue, slice) : speakerBefore(context, cue, slice);
  return speaker ?? undefined;
}

/** "is expected", "was reported", "has been said": a form of be right before the cue (adverbs between). */
function isPassive(words: Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    if (PASSIVE_AUXILIARIES.has(words[k].lemma)) return words[cue].text.endsWith('ed') || words[cue].pos === 'VERB';
    if (words[k].pos !== 'ADV') return false;
  }
  return false;
}

function statementOf(input: LearnedInput, view: SentenceView, candidate: CueCandidate, shape: number, content: Span, speaker: Speaker | null, cueEnd: number): ExtractedStatement {
  const { text, views, quotes, entities } = input;
  const { words, cue } = candidate.site;
  const cueSpan = { start: words[cue].start, end: cueEnd };
  const kind: StatementKind = QUOTE_SHAPES.has(shape) ? 'DIRECT' : quotes.within(content.start, content.end).length > 0 ? 'MIXED' : 'INDIRECT';
  const sourceHead = speaker?.description ? lastWord(speaker.description) : speaker && !speaker.entityKey ? lastWord(speaker.mention.text) : null;
  const withClause = hasClause(words, content);
  const cueAct = actOfCue(words[cue].lemma, sourceHead, withClause);
  // Reported words are a clause or a quotation; a bare object ("blasted the deal") is an appraisal of it.
  const act = cueAct === 'SPEECH' && !withClause && kind === 'INDIRECT' ? 'APPRAISAL' : cueAct;
  const forAbout = { content, speaker: { entityKey: speaker?.entityKey ?? null } } as Attribution;
  return {
    kind,
    act,
    text: text.slice(content.start, content.end),
    start: content.start,
    end: content.end,
    cue: text.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    speakerKey: speaker?.entityKey ?? null,
    speakerMention: speaker ? { start: speaker.mention.start, end: speaker.mention.end, text: text.slice(speaker.mention.start, speaker.mention.end) } : null,
    speakerDescription: speaker?.description ?? null,
    speakerAffiliation: speaker && !speaker.entityKey ? speaker.affiliation ?? null : null,
    about: aboutOf(forAbout, views, entities),
    sentence: { start: view.sentence.start, end: view.sentence.end },
    date: null,
  };
}

/** The head of a source phrase: its last word before a preposition or clause ("a poll of voters" → "poll"). */
function lastWord(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((word, index) => index > 0 && HEAD_STOPS.has(word.toLowerCase()));
  return (stop === -1 ? words : words.slice(0, stop)).pop()?.replace(/[^\p{L}]/gu, '') || null;
}

const HEAD_STOPS = new Set(['of', 'by', 'from', 'for', 'with', 'who', 'that', 'which', 'in', 'at', 'on', ',']);

/** Is there a finite clause in the content ("the deal is dead"), not only a noun phrase ("the deal")? */
function hasClause(words: Word[], content: Span): boolean {
  // "pointed to the spot where …", "called for support": a prepositional object, whatever follows.
  const first = words.find((word) => word.start >= content.start);
  if (first && first.start < content.end && first.pos === 'ADP' && !CLAUSE_OPENERS.has(first.text.toLowerCase())) return false;
  for (const word of words) if (word.start >= content.start && word.end <= content.end && (word.pos === 'VERB' || word.pos === 'AUX')) return true;
  // Content in another sentence (a paragraph after a colon) is a clause of its own.
  return content.end > words[words.length - 1].end;
}

/** Does `span` overlap any of the spans (sorted by start)? */
function overlapsAny(sorted: Span[], span: Span): boolean {
  for (const other of sorted) {
    if (other.start >= span.end) return false;
    if (other.end > span.start) return true;
  }
  return false;
}
