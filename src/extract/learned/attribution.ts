import { ACT_CUES_BY_LEMMA, APPRAISING_SPEECH_CUES, COMMUNICATION_VERBS, EVIDENCE_VERBS, NOT_SOURCE_CUES, PERCEIVED_AS_VERBS, WRITER_READING_VERBS, WRITING_VERBS } from '../../lexicon/acts.js';
import { AUDIENCE_NOUNS, CUE_BY_LEMMA } from '../../lexicon/cues.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/people.js';
import { isEvidenceSource, phrasalTargetStart, pointsAtPlace, refusesToSpeak } from '../acts.js';
import { callReports, endBeforeCircumstance, namedInApposition, namesWrittenDocument, passiveSubject } from '../act-targets.js';
import { insideCondition } from '../subordinate-clauses.js';
import { actsOnResumedClause } from '../resumed-clauses.js';
import { isTimePhrase } from '../time.js';
import { CONNECTORS } from './ner-lexeme.js';
import { aboutOf } from '../about.js';
import type { Attribution, SentenceView } from '../attribution.js';
import type { DocumentEntities } from '../coref.js';
import { isQuoteMark, type QuoteIndex } from '../quotes.js';
import type { Speaker, SpeakerContext } from '../speakers.js';
import type { Word } from '../words.js';
import type { ExtractedStatement, Span, StatementAct, StatementKind } from '../../graph/facts.js';
import { scanCueCandidates, type CueCandidate } from './attribution-candidates.js';
import { sourceOf } from './cue-source.js';
import { negationStart } from '../cue-words.js';
import { tidyDescription } from '../speaker-basics.js';
import { attributionModel, type AttributionModel } from './attribution-model.js';
import type { Perceptron } from './perceptron.js';
import { CONTENT_SHAPES } from './attribution-spans.js';
import { endBeforeDashedClause } from '../content-end.js';
import { expectationSpan, perceivedAsSpan, writerReadingSpan } from './writer-readings.js';
import {
  MIN_CONTENT_CHARACTERS, MIN_SHORT_CONTENT_CHARACTERS, namesSomethingShort, opensImperative, opensWithManner, opensWithPredicate, pastMannerOfTopic, pastTimeOfClause,
} from './content-openings.js';

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
/** Prepositions that open a clause rather than an object: "asked whether …", "said if …". */
const CLAUSE_OPENERS = new Set(['that', 'if', 'whether', 'because', 'as']);
/**
 * How much the best shape must outscore NONE; below zero, a shape NONE narrowly beats still
 * counts. Chosen on the fifth of develop that `npm run train:attribution -- --tune` leaves out
 * of training (statement+speaker F1 there, 2026-12-05): 0 → 0.585, −3 → 0.584, −8 → 0.586,
 * −12 → 0.587, −15 → 0.591, −20 → 0.588, −30 → 0.588 (earlier, 5 to 20 were all below 0);
 * with the filters below (no source only for an expectation, content that opens on a verb, an
 * infinitive's subject) 0 → 0.582 and −15 → 0.590. The team's gold, blind and held-out sets are
 * the same at 0 and −15. The trainer builds the gate with the same choice.
 */
export const MIN_MARGIN = -15;

export function learnedStatements(input: LearnedInput, model: AttributionModel | null = attributionModel()): ExtractedStatement[] {
  if (!model) return [];
  const { cleaned, views, quotes, entities, rules } = input;
  const taken = rules.map((rule) => rule.content).sort((a, b) => a.start - b.start);
  const ruleCues = new Set(rules.flatMap((rule) => (rule.cue ? [rule.cue.span.start] : [])));
  const recentSpeakers = rules.flatMap((rule) => (rule.speaker.entityKey ? [{ key: rule.speaker.entityKey, at: rule.content.start }] : [])).sort((a, b) => a.at - b.at);
  const scores = new Float64Array(CONTENT_SHAPES.length);
  const slice = (start: number, end: number) => cleaned.slice(start, end);
  const found: ExtractedStatement[] = [];
  // Writer's readings that hedge an act ("seemed to confirm"), by where that act's verb stands.
  const hedged = new Map<ExtractedStatement, number>();
  // A reading attributed to nobody named ("The plan appears to be dead", "Clinton is widely seen as …"), where no statement is yet.
  const addReading = (reading: Span | null, candidate: CueCandidate, shape: number, cueEnd: number) => {
    if (!reading || overlapsAny(taken, reading) || found.some((other) => other.start < reading.end && other.end > reading.start)) return;
    found.push({ ...statementOf(input, views[candidate.sentenceIndex], candidate, shape, reading, null, cueEnd), act: 'BELIEF' });
  };
  scanCueCandidates(views, quotes, cleaned, model.gate, (candidate) => {
    const shape = quotationIntroduced(candidate, chooseShape(model.perceptron, candidate, scores));
    if (shape === 0) return;
    let content = candidate.spans[shape]!;
    const { words, cue, last } = candidate.site;
    if (content.end - content.start < MIN_SHORT_CONTENT_CHARACTERS || (content.end - content.start < MIN_CONTENT_CHARACTERS && !namesSomethingShort(words, content, words[cue].lemma.toLowerCase())) || overlapsAny(taken, content) || refusesToSpeak(words, cue) || pointsAtPlace(words, cue)) return;
    const lemma = words[cue].lemma.toLowerCase();
    if (WRITER_READING_VERBS.has(lemma)) {
      if (quotes.contains(words[cue].start)) return;
      const readings = found.length;
      addReading(writerReadingSpan(words, cue, content), candidate, shape, words[last].end);
      // "Lind seemed to confirm the report": the writer hedges Lind's own act, which wins if it is read.
      if (found.length > readings && hedgesAnAct(words, cue)) hedged.set(found.at(-1)!, words[cue + 2].start);
      return;
    }
    if (NOT_SOURCE_CUES.has(lemma)) return;
    // "lashed out at Ryan": a phrasal verb's target starts past its particle, which is part of the cue.
    const phrasal = phrasalTargetStart(words, cue);
    const cueEnd = phrasal === -1 ? words[last].end : words[phrasal - 1].end;
    if (phrasal !== -1 && words[phrasal] && words[phrasal].start > content.start && words[phrasal].start < content.end) content = { start: words[phrasal].start, end: content.end };
    // A quotation may open on its verb: the crowd chanted “Lock her up!”, tweeted “Need to do something …”.
    if ((opensWithPredicate(words, content) && !(QUOTE_SHAPES.has(shape) && opensImperative(words, content))) || opensWithManner(words, content)) return;
    content = pastTimeOfClause(words, pastMannerOfTopic(words, content));
    const first = words.findIndex((word) => word.start >= content.start);
    if (first !== -1) content = { start: content.start, end: endBeforeDashedClause(words, first, content.end) };
    // "spoke on Monday": when it happened is no content.
    if (isTimePhrase(wordsWithin(words, content))) return;
    // "told reporters at the harbor", "addresses supporters in Utrecht": whom it was said to, and where, is no content.
    if (onlyAudience(words, cue, content)) return;
    if (namesSomething(words, cue) || namedAs(words, cue, content) || titleQuoted(words, content) || insideCondition(words, cue) || actsOnResumedClause(words, cue)) return;
    if (lemma === 'call' && !callReports(words, cue, last, content)) return;
    const view = views[candidate.sentenceIndex];
    const context: SpeakerContext = { entities, words, mentions: view.mentions, recentSpeakers, insideQuote: (offset) => quotes.contains(offset) };
    const speaker = sourceOf(context, candidate, shape, slice);
    if (speaker === undefined) return;
    // "asked by a reporter whether …": what was asked starts after the agent.
    if (speaker && speaker.mention.start >= content.start && speaker.mention.start < content.end) {
      const next = words.find((word) => word.start >= speaker.mention.end);
      // `“…” Ada Lind, a volunteer, said.`: what follows the speaker there is an aside about them.
      if (!next || next.text === ',' || content.end - next.start < MIN_CONTENT_CHARACTERS) return;
      content = { start: next.start, end: content.end };
    }
    let statement = statementOf(input, view, candidate, shape, content, speaker, cueEnd);
    // What a phrasal act aims at is its target, whatever its form ("focused on how the plan …").
    if (phrasal !== -1) statement.act = 'APPRAISAL';
    // An appraisal's target without the act's time: "expressed concern about the budget on Monday" → "concern about the budget".
    if (statement.act === 'APPRAISAL') {
      const target = targetOf(words, content);
      if (target.end < content.end) statement = { ...statementOf(input, view, candidate, shape, target, speaker, cueEnd), act: statement.act };
    }
    // "Holt was criticized by Lind on Monday": a passive's target is its subject, where only its time or place follows the agent.
    const afterAgent = wordsWithin(words, statement);
    const subject = statement.act === 'APPRAISAL' && speaker && words[last + 1]?.text.toLowerCase() === 'by' && speaker.mention.start >= words[last + 1].end
      && (isTimePhrase(afterAgent) || PLACE_PREPOSITIONS.has(afterAgent[0]?.text.toLowerCase() ?? '')) ? passiveSubject(words, cue) : null;
    if (subject) statement = { ...statementOf(input, view, candidate, shape, subject, speaker, cueEnd), act: statement.act };
    if (statement.act === 'APPRAISAL' && !aimsAtObjects(words[cue].lemma, phrasal !== -1)) return;
    // "how the text should describe …", "she could endorse …": an act to come is not reported (a belief may be: "would like").
    if (statement.act !== 'BELIEF' && afterModal(words, cue)) return;
    if (statement.act === 'APPRAISAL' && WRITING_VERBS.has(words[cue].lemma.toLowerCase()) && namesWrittenDocument(words, words.findIndex((word) => word.start >= statement.start))) return;
    // "did not say how many …", "never responded": words not said are no report (a stance not held, or an act not done, is).
    if (statement.negated && statement.act === 'SPEECH') return;
    // Reported words need a source ("was said to …" names none: the team's spec counts no statement there).
    if (speaker === null && reportsWords(words[cue].lemma, statement.act)) return;
    // "Clinton is widely seen as the favorite": nobody named perceives it, the clause is the reading.
    if (speaker === null && PERCEIVED_AS_VERBS.has(lemma)) {
      addReading(perceivedAsSpan(words, cue, content), candidate, shape, cueEnd);
      return;
    }
    // A passive with an object or a name ("had been refused visas", "known as …") is no report:
    // only a passive's expectation ("is expected to …") is.
    if (speaker === null && contentForm(words, content) !== 'infinitive') return;
    // "Trump isn't expected to attend": the expectation is about its subject, which the content keeps.
    if (speaker === null) statement = { ...statementOf(input, view, candidate, shape, expectationSpan(words, cue, content), null, cueEnd), act: statement.act };
    if (found.some((other) => other.start === statement.start && other.end === statement.end)) return;
    found.push(statement);
  }, { skip: ruleCues, viable: (content) => content.end - content.start >= MIN_SHORT_CONTENT_CHARACTERS && !overlapsAny(taken, content) });
  if (hedged.size === 0) return found;
  const actsRead = new Set(found.flatMap((statement) => (statement.cueSpan ? [statement.cueSpan.start] : [])));
  return found.filter((statement) => !actsRead.has(hedged.get(statement) ?? -1));
}

const QUOTE_AFTER_SHAPE = CONTENT_SHAPES.indexOf('QUOTE_AFTER');
const AFTER_SHAPE = CONTENT_SHAPES.indexOf('AFTER');
/** How many words may introduce a quotation with a colon inside what follows the cue ("put it: “…”"). */
const MAX_COLON_LEAD_WORDS = 3;

/** A verb of speaking to someone whose object is that someone, and a content of only them (and where or when): no clause, no target. */
function onlyAudience(words: Word[], cue: number, content: Span): boolean {
  if (!AUDIENCE_VERBS.has(words[cue].lemma.toLowerCase())) return false;
  const within = wordsWithin(words, content);
  const head = within.find((word) => word.pos !== 'DET' && word.pos !== 'ADJ' && !POSSESSIVE_DETERMINERS.has(word.text.toLowerCase()));
  return !!head && AUDIENCE_NOUNS.has(head.text.toLowerCase()) && !within.some((word) => word.pos === 'VERB' || word.pos === 'AUX');
}

const AUDIENCE_VERBS = new Set(['tell', 'address', 'brief']);

/** Is the content exactly a quotation the candidate's quote shapes cut? */
function isQuotation(candidate: CueCandidate, content: Span): boolean {
  return [...QUOTE_SHAPES].some((shape) => candidate.spans[shape]?.start === content.start && candidate.spans[shape]?.end === content.end);
}

/**
 * "as Tom Ridge put it: “The barbarians are …”": what follows the cue, read whole, opens on a
 * few words and a colon before the quotation it ends with; the quotation is what was said.
 */
function quotationIntroduced(candidate: CueCandidate, shape: number): number {
  const after = candidate.spans[AFTER_SHAPE];
  const quote = candidate.spans[QUOTE_AFTER_SHAPE];
  if (shape !== AFTER_SHAPE || !after || !quote || quote.start <= after.start || quote.end < after.end - 1) return shape;
  const lead = candidate.site.words.filter((word) => word.start >= after.start && word.end <= quote.start);
  const colon = lead.findIndex((word) => word.text === ':');
  return colon !== -1 && colon <= MAX_COLON_LEAD_WORDS && lead.slice(colon + 1).every((word) => isQuoteMark(word.text)) ? QUOTE_AFTER_SHAPE : shape;
}

/**
 * The shape the model gives this candidate: the best-scoring one the rules can cut, if it beats
 * NONE by MIN_MARGIN; else 0 (NONE). The trainer asks the same question to build the gate.
 */
export function chooseShape(perceptron: Perceptron, candidate: CueCandidate, scores: Float64Array): number {
  scores.fill(0);
  perceptron.score(candidate.features, candidate.featureCount, scores);
  let best = 0;
  for (let shape = 1; shape < scores.length; shape++) if (candidate.spans[shape] && (best === 0 || scores[shape] > scores[best])) best = shape;
  return best !== 0 && scores[best] - scores[0] >= MIN_MARGIN ? best : 0;
}

function statementOf(input: LearnedInput, view: SentenceView, candidate: CueCandidate, shape: number, content: Span, speaker: Speaker | null, cueEnd: number): ExtractedStatement {
  const { text, views, quotes, entities } = input;
  const { words, cue } = candidate.site;
  // "did not mention", "never wanted": the negation is part of the cue, and the act is reported as not done.
  const negation = negationStart(words, cue);
  const cueSpan = { start: words[negation === -1 ? cue : negation].start, end: cueEnd };
  // A title in quotation marks ("a thriller titled “…”") quotes nobody: it makes no statement mixed.
  const quoted = quotes.within(content.start, content.end).some((quote) => !titleQuoted(words, quote.inner));
  // The rest of the sentence may be the quotation itself: direct, whichever shape cut it.
  const kind: StatementKind = QUOTE_SHAPES.has(shape) || isQuotation(candidate, content) ? 'DIRECT' : quoted ? 'MIXED' : 'INDIRECT';
  const act = actOf(words[cue].lemma, speaker, contentForm(words, content), kind);
  const forAbout = { content, speaker: { entityKey: speaker?.entityKey ?? null } } as Attribution;
  return {
    kind,
    act,
    text: text.slice(content.start, content.end),
    start: content.start,
    end: content.end,
    cue: text.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    negated: negation !== -1,
    speakerKey: speaker?.entityKey ?? null,
    speakerMention: speaker ? { start: speaker.mention.start, end: speaker.mention.end, text: text.slice(speaker.mention.start, speaker.mention.end) } : null,
    speakerDescription: tidyDescription(speaker?.description ?? null),
    speakerAffiliation: speaker && !speaker.entityKey ? speaker.affiliation ?? null : null,
    about: aboutOf(forAbout, views, entities),
    sentence: { start: view.sentence.start, end: view.sentence.end },
    date: null,
  };
}

/**
 * The act, read from the rules' act table: "a poll shows" is evidence, "believes" and "wants"
 * are beliefs; reported words are a clause or a quotation, so an object ("blasted the deal",
 * "pointed to the spot") is an appraisal of it, and an infinitive ("appeared to be …",
 * "declined to comment") an intention — a belief — unless the cue promises or demands ("vowed to …").
 */
function actOf(lemma: string, speaker: Speaker | null, form: ContentForm, kind: StatementKind): StatementAct {
  if (EVIDENCE_VERBS.has(lemma) && isEvidenceSource(speaker?.description ?? speaker?.mention.text ?? null)) return 'EVIDENCE';
  if (ACT_CUES_BY_LEMMA.get(lemma)?.some((cue) => cue.act === 'BELIEF')) return 'BELIEF';
  if (form === 'infinitive') return (CUE_BY_LEMMA.get(lemma)?.frame ?? 'clause') === 'clause' ? 'BELIEF' : 'SPEECH';
  if (form === 'preposition' || (form === 'object' && kind === 'INDIRECT')) return 'APPRAISAL';
  return 'SPEECH';
}

/**
 * A cue of reported words, whatever the content's form: "was said to have provided …" reads as
 * an infinitive (a belief's form) but its verb reports words; "is expected to …" stays a belief.
 */
function reportsWords(lemma: string, act: StatementAct): boolean {
  if (act === 'SPEECH') return true;
  return CUE_BY_LEMMA.has(lemma) && !(ACT_CUES_BY_LEMMA.get(lemma)?.some((cue) => cue.act === 'BELIEF') ?? false);
}

/**
 * Only verbs of speech make an appraisal of an object: the act table's appraisals, the verbs of
 * communication ("expressed concern", "pointed to the polls", "announced plans") and evidence
 * ("found support"), and a phrasal act with its particle ("lashed out at"). The model also fires
 * on deeds — "recalled its ambassador", "ordered a review", "voted for Clinton", "added sugar" —
 * which say nothing.
 */
function aimsAtObjects(lemma: string, phrasal: boolean): boolean {
  return phrasal || APPRAISING_SPEECH_CUES.has(lemma) || COMMUNICATION_VERBS.has(lemma) || EVIDENCE_VERBS.has(lemma)
    || (ACT_CUES_BY_LEMMA.get(lemma)?.some((act) => act.frames.includes('object') && !act.phrasal) ?? false);
}

/** "seemed to confirm", "appeared to imply": a raising verb before an act's infinitive (not "appeared to be"). */
function hedgesAnAct(words: Word[], cue: number): boolean {
  const verb = words[cue + 2];
  if (words[cue + 1]?.text.toLowerCase() !== 'to' || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  const lemma = verb.lemma.toLowerCase();
  return CUE_BY_LEMMA.has(lemma) || ACT_CUES_BY_LEMMA.has(lemma) || COMMUNICATION_VERBS.has(lemma) || APPRAISING_SPEECH_CUES.has(lemma);
}

type ContentForm = 'clause' | 'object' | 'preposition' | 'infinitive';

/**
 * What the content is: a clause ("the deal is dead", "that …"), an object ("the deal", "a plan
 * that would …", "sugar and ordered …"), a prepositional object ("to the spot where …") or an
 * infinitive ("to be the only one").
 */
function contentForm(words: Word[], content: Span): ContentForm {
  const first = words.findIndex((word) => word.start >= content.start);
  // Content in another sentence (a paragraph after a colon) is a clause of its own.
  if (first === -1 || words[first].start >= content.end) return 'clause';
  const lower = words[first].text.toLowerCase();
  // "found that, on average, incomes grew": what follows "that" is a clause, whatever opens it.
  const opener = words[first - 1]?.text === ',' ? words[first - 2] : words[first - 1];
  if (opener?.text.toLowerCase() === 'that' && opener.pos === 'SCONJ') return 'clause';
  if (lower === 'to' && (words[first + 1]?.pos === 'VERB' || words[first + 1]?.pos === 'AUX')) return 'infinitive';
  if (CLAUSE_OPENERS.has(lower) || words[first].pos === 'SCONJ') return 'clause';
  if (words[first].pos === 'ADP' || words[first].pos === 'PART') return 'preposition';
  for (let k = first; k < words.length && words[k].end <= content.end; k++) {
    // "a thriller titled “…”": a naming participle is no clause's verb.
    if ((words[k].pos !== 'VERB' && words[k].pos !== 'AUX') || NAMING_PARTICIPLES.has(words[k].text.toLowerCase())) continue;
    // The first verb must have a subject before it: after "that", "which", "and", "to" or a preposition it is no main verb.
    const before = words[k - 1];
    return k > first && before && !NOT_SUBJECT_TAGS.has(before.pos) && !RELATIVES.has(before.text.toLowerCase()) ? 'clause' : 'object';
  }
  return content.end > words[words.length - 1].end ? 'clause' : 'object';
}

const NOT_SUBJECT_TAGS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'to']);

/** The target without the time or place of the act after it (acts.ts `endBeforeCircumstance`); the rest of the phrase stays, as PolNeAR marks it. */
function targetOf(words: Word[], content: Span): Span {
  const first = words.findIndex((word) => word.start >= content.start);
  if (first === -1 || words[first].start >= content.end) return content;
  const end = endBeforeCircumstance(words, first, content.end);
  return end - content.start >= MIN_CONTENT_CHARACTERS ? { start: content.start, end } : content;
}

/** Modals of possibility or duty; "will" and "would" report what a source is to do or did ("would only say"). */
const POSSIBILITY_MODALS = new Set(['could', 'might', 'may', 'should', 'must', 'can', 'shall']);

/** A modal of possibility or duty before the cue, past adverbs and negations ("should describe", "could not endorse"). */
function afterModal(words: Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    if (POSSIBILITY_MODALS.has(words[k].text.toLowerCase())) return true;
    if (words[k].pos !== 'ADV' && words[k].pos !== 'PART') return false;
  }
  return false;
}

function wordsWithin(words: Word[], span: Span): Word[] {
  return words.filter((word) => word.start >= span.start && word.end <= span.end);
}

/**
 * "the contests known as Super Tuesday", "a developer known to be bullish", "a thriller titled
 * “…”": a participle naming or describing the noun before it reports nobody's words.
 */
function namesSomething(words: Word[], cue: number): boolean {
  const before = words[cue - 1];
  return NAMING_PARTICIPLES.has(words[cue].text.toLowerCase()) && before !== undefined && ['NOUN', 'PROPN', 'PRON', 'PUNCT'].includes(before.pos) && before.text !== ',';
}

/**
 * "A group called Citizens First sued the city": "called" after a noun, then a name right
 * before a verb of its own, names the group. "The senator called Holt a liar" has no verb
 * after the name, so it stays an act of speech.
 */
function namedAs(words: Word[], cue: number, content: Span): boolean {
  // "A blog, called the “Feed,” anchored by …": after a comma, a name in capitals or quote marks, closed by a comma.
  if (words[cue].text.toLowerCase() === 'called' && words[cue - 1]?.text === ',' && namedInApposition(words, cue + 1)) return true;
  if (words[cue].text.toLowerCase() !== 'called' || words[cue - 1]?.pos !== 'NOUN' || !words[cue + 1]?.capitalized) return false;
  let k = cue + 1;
  while (k < words.length && (words[k].capitalized || CONNECTORS.has(words[k].text))) k++;
  return (words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX') && words[k].start < content.end;
}

/** `released a thriller titled “…”`: a quotation right after a naming word is a title. */
function titleQuoted(words: Word[], content: Span): boolean {
  const at = words.findIndex((word) => word.start >= content.start - 1);
  let k = at - 1;
  while (k >= 0 && words[k].pos === 'PUNCT') k--;
  return k >= 0 && k < at && NAMING_PARTICIPLES.has(words[k].text.toLowerCase()) && words[k].end <= content.start;
}

const NAMING_PARTICIPLES = new Set(['known', 'titled', 'entitled', 'nicknamed', 'dubbed', 'headlined', 'billed', 'styled']);

const PLACE_PREPOSITIONS = new Set(['across', 'around', 'throughout']);

/** Does `span` overlap any of the spans (sorted by start)? */
function overlapsAny(sorted: Span[], span: Span): boolean {
  for (const other of sorted) {
    if (other.start >= span.end) return false;
    if (other.end > span.start) return true;
  }
  return false;
}

