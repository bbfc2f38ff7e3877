import { aboutOf } from './about.js';
import { attribute, type Attribution, type SentenceView } from './attribution.js';
import { maskFurniture, maskMarkup, normalizeQuoteMarks } from './clean.js';
import { DocumentEntities } from './coref.js';
import { findGazetteerHits } from './gazetteer.js';
import { readHeader } from './header.js';
import { headlineMentions } from './headline-mentions.js';
import { recognizeInContext } from './context-entities.js';
import { openingPhraseEnd } from './subordinate-clauses.js';
import { toWords } from './words.js';
import { tidyDescription } from './speaker-basics.js';
import { negationStart } from './cue-words.js';
import { findMentions, type DocumentScope, type RawMention } from './mentions.js';
import { productWordsOf } from './name-kinds.js';
import { startsLowerCase, startsUpperCase } from './normalize.js';
import { findQuotes, QuoteIndex } from './quotes.js';
import { readOutlet } from './outlet.js';
import { splitSentences } from './sentences.js';
import { retypeTeams } from './sports-teams.js';
import { learnedStatements } from './learned/attribution.js';
import { quoteContinuations } from './quote-continuations.js';
import { isoDay, publicationDay, readTime } from './time.js';
import type { ExtractedDocument, ExtractedStatement, Span } from '../graph/facts.js';

export type * from '../graph/facts.js';

/**
 * Text → facts. Stages: mask markup and page furniture (offsets never move), read the
 * header, split sentences, find mentions, resolve them to entities, attribute statements.
 */
export function extract(text: string): ExtractedDocument {
  const { markupFree, header, cleaned, datelines, sentences, scope, sentenceHits, words } = readDocument(text);
  const warnings: string[] = [];
  const names = recognizeInContext(words, sentenceHits, scope);
  const found = sentences.map((sentence, index) => findMentions(sentence, words[index], sentenceHits[index], scope, names[index]));
  retypeTeams(found, words, scope);
  const raw: RawMention[] = found.flat();
  const entities = new DocumentEntities(raw);
  sentences.forEach((sentence, index) => {
    const opening = openingPhraseEnd(words[index]);
    if (opening !== -1) entities.clauseStarts.set(sentence.index, words[index][opening].end);
  });

  const views: SentenceView[] = sentences.map((sentence, index) => ({
    sentence,
    words: words[index],
    mentions: entities.inSentence(sentence.index),
  }));
  const published = storyDay(header.publishedAt, datelines, warnings);
  // Rules read the cleaned copy; every text handed out is re-read from the original by its span.
  const quotes = new QuoteIndex(findQuotes(cleaned));
  const attributions = attribute(views, quotes, entities, cleaned);
  assignGenericCountries(entities, attributions);
  entities.nameGenericOrganizations();

  const statements: ExtractedStatement[] = attributions.map((attribution) => {
    const content = wholeApostrophePair(text, cleaned, withoutStrayBracket(cleaned, attribution.content));
    const speakerKey = attribution.speaker.entityKey;
    return {
      kind: attribution.kind,
      act: attribution.act,
      text: text.slice(content.start, content.end),
      start: content.start,
      end: content.end,
      ...negatedCue(text, views, attribution.cue?.text ?? null, attribution.cue?.span ?? null),
      speakerKey,
      speakerMention: attribution.speaker.mention && { ...attribution.speaker.mention, text: text.slice(attribution.speaker.mention.start, attribution.speaker.mention.end) },
      speakerDescription: tidyDescription(attribution.speaker.description),
      speakerAffiliation: attribution.speaker.entityKey ? null : attribution.speaker.affiliation ?? null,
      about: aboutOf(attribution, views, entities),
      sentence: attribution.sentence,
      date: attribution.time && published ? attribution.time.resolve(published) : null,
    };
  });

  statements.push(...learnedStatements({ text, cleaned, views, quotes, entities, rules: attributions }));
  const aboutContent = (content: Span, speakerKey: string | null) => aboutOf({ content, speaker: { entityKey: speakerKey } } as Attribution, views, entities);
  statements.push(...quoteContinuations(statements, quotes, views, cleaned, aboutContent, (span) => wholeApostrophePair(text, cleaned, span), text));
  statements.sort((a, b) => a.start - b.start);
  // "Clinton: 1,769." in a table of delegates says nothing: content with no word is no statement;
  // "didn't necessarily tell …" reports words not said (a stance not held, "did not mention", is kept).
  const saying = statements.filter((statement) => HAS_LETTER.test(statement.text) && !(statement.negated && statement.act === 'SPEECH'));

  const used = new Set(entities.mentions.map((mention) => mention.entityKey));
  const entityList = [...entities.records.values()].map((record) => record.entity).filter((entity) => used.has(entity.key) || entity.kind === 'COUNTRY')
    .map((entity) => ({ ...entity, relationEvidence: entity.relationEvidence.map((evidence) => ({ ...evidence, text: text.slice(evidence.start, evidence.end) })) }));
  const bodyMentions = entities.mentions.map(({ entityKey, start, end, sentence }) => ({ entityKey, text: text.slice(start, end), start, end, sentence }));
  return {
    title: header.title,
    publishedAt: header.publishedAt,
    outlet: readOutlet(markupFree, header.bodyStart),
    bodyStart: header.bodyStart,
    entities: entityList,
    mentions: [...headlineMentions(text, header.titleSpan, entityList, bodyMentions), ...bodyMentions],
    statements: saying,
    warnings,
  };
}

/**
 * The reading every later stage shares: markup and page furniture masked (offsets never
 * move), the header, sentences, their words and the gazetteer's hits. The entity tagger's
 * trainer reads documents through here too, so it sees the words extraction sees.
 */
export function readDocument(text: string) {
  const markupFree = normalizeQuoteMarks(maskMarkup(text));
  const header = readHeader(markupFree);
  const { cleaned, datelines } = maskFurniture(markupFree, header.bodyStart);
  const sentences = splitSentences(cleaned);
  const hits = findGazetteerHits(cleaned);
  const sentenceHits = sentences.map((sentence) => hitsWithin(hits, sentence.start, sentence.end));
  const words = sentences.map(toWords);
  const scope: DocumentScope = { text: cleaned, lowerCaseWords: lowerCaseVocabulary(sentences), productWords: productWordsOf(words, sentenceHits), surnames: surnamesOf(sentences) };
  return { markupFree, header, cleaned, datelines, sentences, scope, sentenceHits, words };
}

function hitsWithin<T extends { start: number; end: number }>(hits: T[], start: number, end: number): T[] {
  return hits.filter((hit) => hit.start >= start && hit.end <= end);
}

/**
 * A cue's negation ("did not mention", "never wanted") is part of the cue as written, and marks
 * the statement: the act is reported as not done.
 */
function negatedCue(text: string, views: SentenceView[], cue: string | null, span: Span | null): { cue: string | null; cueSpan: Span | null; negated: boolean } {
  const words = span ? views.find((view) => view.sentence.start <= span.start && span.start < view.sentence.end)?.words : undefined;
  const k = words ? words.findIndex((word) => word.start === span!.start) : -1;
  const negation = k === -1 ? -1 : negationStart(words!, k);
  if (negation === -1) return { cue, cueSpan: span, negated: false };
  const cueSpan = { start: words![negation].start, end: span!.end };
  return { cue: text.slice(cueSpan.start, cueSpan.end), cueSpan, negated: true };
}

/**
 * "the treasury department" belongs to a country the text does not repeat: the speaker's
 * country when a speaker names it, else the country the document's people serve most.
 */
function assignGenericCountries(entities: DocumentEntities, attributions: ReturnType<typeof attribute>): void {
  const counts = new Map<string, number>();
  for (const record of entities.records.values()) {
    if (record.entity.kind === 'PERSON' && record.entity.country) counts.set(record.entity.country, (counts.get(record.entity.country) ?? 0) + 1);
  }
  const home = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const mention of entities.mentions) {
    const record = entities.get(mention.entityKey)!;
    if (!record.generic || record.entity.country) continue;
    const statement = attributions.find((attribution) => attribution.content.start <= mention.start && mention.end <= attribution.content.end);
    const speaker = statement?.speaker.entityKey ? entities.get(statement.speaker.entityKey) : undefined;
    const code = speaker?.entity.country ?? home;
    if (code) entities.setCountry(record, code.replace(/^country:/, ''), mention);
  }
}

/**
 * The day relative dates ("said Wednesday") count from: the header's date, unless the body's
 * dateline gives another day ("SEOUL, Sept. 7 (Yonhap) --"); then the body wins, with a warning.
 */
function storyDay(publishedAt: string | null, datelines: string[], warnings: string[]): Date | null {
  const header = publicationDay(publishedAt);
  if (!header) return null;
  for (const dateline of datelines) {
    const words = dateline.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const time = readTime(words, i);
      if (!time || !/^\d/.test(words[i + time.length - 1] ?? '')) continue;
      const day = time.resolve(header);
      if (day !== isoDay(header) && day.length === 10) {
        warnings.push(`the dateline "${dateline}" dates the story ${day}, not ${isoDay(header)} as its header says: relative dates count from the dateline`);
        return new Date(`${day}T00:00:00Z`);
      }
      return header;
    }
  }
  return header;
}

/** Every word the document writes in lower case. */
export function lowerCaseVocabulary(sentences: ReturnType<typeof splitSentences>): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) for (const token of sentence.tokens) if (startsLowerCase(token.text)) words.add(token.text);
  return words;
}

/** Words closing a name of two or more capitalised words inside a sentence ("Hillary Clinton" → "Clinton"). */
export function surnamesOf(sentences: ReturnType<typeof splitSentences>): Set<string> {
  const words = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 2; i < tokens.length; i++) {
      if (tokens[i].pos === 'PROPN' && tokens[i - 1].pos === 'PROPN' && startsUpperCase(tokens[i].text) && startsUpperCase(tokens[i - 1].text) && !startsUpperCase(tokens[i + 1]?.text ?? '')) words.add(tokens[i].text);
    }
  }
  return words;
}

/**
 * A content opening or ending on a quotation mark printed as two apostrophes (`''liar''`) takes
 * both: the cleaned copy holds an opening pair as ` "` and a closing one as `" `, so a start or
 * an end read there falls between them.
 */
function wholeApostrophePair(text: string, cleaned: string, content: Span): Span {
  const pairedMark = (at: number, other: number) => cleaned[at] === '"' && text[at] === "'" && text[other] === "'";
  return { start: pairedMark(content.start, content.start - 1) ? content.start - 1 : content.start, end: pairedMark(content.end - 1, content.end) ? content.end + 1 : content.end };
}

/** "(The ferry is a draw, Mr. Madden said.)": a bracket the content does not close is the sentence's, not the statement's. */
function withoutStrayBracket(cleaned: string, content: Span): Span {
  let { start, end } = content;
  const inner = cleaned.slice(start, end);
  if (inner.startsWith('(') && !inner.includes(')')) start++;
  if (inner.endsWith(')') && !inner.includes('(')) end--;
  while (start < end && cleaned[start] === ' ') start++;
  return start < end ? { start, end } : content;
}

const HAS_LETTER = /\p{L}/u;

