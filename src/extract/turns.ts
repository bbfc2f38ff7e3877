import { FURNITURE_LABELS } from '../lexicon/junk.js';
import { surnameOf, type DocumentEntities } from './coref.js';
import type { Speaker } from './speakers.js';
import type { Span } from '../graph/facts.js';
import type { Word } from './words.js';
import { DOUBLE_QUOTE_MARKS } from './quotes.js';

/**
 * Transcript turns: a paragraph that opens on a speaker's label and a colon ("TAPPER: Do you
 * think …", "Sen. Ellen Park: We will …") is that speaker's words, to the paragraph's end.
 */
export interface Turn {
  speaker: Speaker;
  content: Span;
  /** The colon, standing for the cue. */
  cue: Span;
}

const MAX_LABEL_WORDS = 5;

export function transcriptTurn(
  words: Word[], mentions: Array<Span & { entityKey: string; kind: string }>, paragraphEnd: number, entities: DocumentEntities, text: (s: number, e: number) => string,
  /** Where an interview's first "Q:" stands, when the document is one (`interviewStart`). */
  interview: number | null = null,
): Turn | null {
  const colon = words.findIndex((word, index) => index <= MAX_LABEL_WORDS && word.text === ':');
  if (colon < 1 || !words[colon + 1]) return null;
  const label = words.slice(0, colon);
  const start = label[0].start;
  const end = label[label.length - 1].end;
  if (interview !== null && colon === 1 && INTERVIEW_LABELS.has(label[0].text)) return interviewTurn(label[0], words[colon], words[colon + 1].start, paragraphEnd, entities, interview, text);
  // A person named by the whole label ("Ellen Park:"), or a label in capitals ("JAKE TAPPER:").
  const person = mentions.find((mention) => mention.kind === 'PERSON' && mention.start === start && mention.end === end);
  const shouted = label.every((word) => /^[\p{Lu}.'’-]{2,}$/u.test(word.text)) && label.some((word) => /\p{Lu}{2,}/u.test(word.text));
  // Any short label that opens a quotation ("Pew Research: “…”", "the report: “…”"), when no verb makes it a clause.
  const quoting = DOUBLE_QUOTE_MARKS.has(words[colon + 1].text) && label.every((word) => word.pos !== 'VERB' && word.pos !== 'AUX' && word.pos !== 'PRON' && word.pos !== 'PUNCT');
  if (!person && !shouted && !quoting) return null;
  // "UPDATE: …", "EDITOR'S NOTE: …", "READ MORE: …": furniture, not a speaker.
  if (!person && label.some((word) => FURNITURE_LABELS.has(word.text.toLowerCase()))) return null;
  const mention = { start, end, text: text(start, end) };
  const named = person ?? mentions.find((mention) => mention.kind !== 'COUNTRY' && mention.start >= start && mention.end === end);
  const entityKey = named?.entityKey ?? personCalled(entities, label.map((word) => word.text));
  // A direct statement's text goes without its outer quote marks.
  let contentStart = words[colon + 1].start;
  let contentEnd = endBeforeSpace(text, contentStart, paragraphEnd);
  if (DOUBLE_QUOTE_MARKS.has(text(contentStart, contentStart + 1))) contentStart++;
  if (DOUBLE_QUOTE_MARKS.has(text(contentEnd - 1, contentEnd))) contentEnd--;
  if (contentEnd - contentStart < 2) return null;
  return {
    speaker: { mention, entityKey, description: entityKey ? null : mention.text, revealable: false },
    content: { start: contentStart, end: contentEnd },
    cue: { start: words[colon].start, end: words[colon].end },
  };
}

/**
 * "Q: Have you talked to the governor?" / "A: Not yet.": in an interview, the answers are the
 * words of the person it presents (`interviewee`), the questions the interviewer's, unnamed.
 */
function interviewTurn(label: Word, colon: Word, contentStart: number, paragraphEnd: number, entities: DocumentEntities, interview: number, text: (s: number, e: number) => string): Turn | null {
  const contentEnd = endBeforeSpace(text, contentStart, paragraphEnd);
  if (contentEnd - contentStart < 2) return null;
  const mention = { start: label.start, end: label.end, text: label.text };
  const entityKey = label.text === 'A' ? interviewee(entities, interview) : null;
  return {
    speaker: { mention, entityKey, description: entityKey ? null : label.text === 'A' ? 'the interviewee' : 'the interviewer', revealable: false },
    content: { start: contentStart, end: contentEnd },
    cue: { start: colon.start, end: colon.end },
  };
}

const INTERVIEW_LABELS = new Set(['Q', 'A']);

/**
 * The person an interview presents: the one named most often before its first question, in the
 * headline and the introduction ("Vice President Joe Biden spent Thursday …; Biden complained
 * …"), not the last one named there (a justice the introduction mentions once); on a tie, the
 * one named last ("Ada Lind spoke to …").
 */
function interviewee(entities: DocumentEntities, interview: number): string | null {
  const named = new Map<string, number>();
  // Most recent first, so a tie keeps the one named last.
  for (const mention of entities.mentionsBefore(interview)) if (mention.kind === 'PERSON') named.set(mention.entityKey, (named.get(mention.entityKey) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, count] of named) if (best === null || count > named.get(best)!) best = key;
  return best;
}

/** A turn runs to its paragraph's end, less the spaces before it. */
const endBeforeSpace = (text: (s: number, e: number) => string, start: number, paragraphEnd: number): number =>
  paragraphEnd - (/[\s]+$/.exec(text(start, paragraphEnd))?.[0].length ?? 0);

/** Where the first "Q:" paragraph of an interview stands (one with "A:" answers too), or null. */
export function interviewStart(text: string): number | null {
  const question = /(?:^|\n)Q: /.exec(text);
  return question && /\nA: /.test(text) ? question.index + (text[question.index] === '\n' ? 1 : 0) : null;
}

/** "TAPPER" or "JAKE TAPPER": the one person of the document whose name ends with that surname. */
function personCalled(entities: DocumentEntities, label: string[]): string | null {
  const surname = label[label.length - 1].toLowerCase();
  const matches = [...entities.records.values()].filter((record) => record.entity.kind === 'PERSON' && surnameOf(record).toLowerCase() === surname);
  return matches.length === 1 ? matches[0].entity.key : null;
}
