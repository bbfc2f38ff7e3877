import type { Evidence, Span } from '../graph/facts.js';
import type { DocumentEntities, ResolvedMention } from './coref.js';
import type { Word } from './words.js';
import { DOUBLE_QUOTE_MARKS } from './quotes.js';

/**
 * What every speaker rule shares: the speaker it returns, the sentence it reads, and the small
 * helpers that turn words and mentions into a speaker's evidence.
 */
/** Who speaks at a cue: an entity, or an unnamed source with its description. */
export interface Speaker {
  mention: Evidence;
  entityKey: string | null;
  description: string | null;
  /** For unnamed sources: may a person named right after be this source ("a White House official")? */
  revealable: boolean;
  /** For unnamed sources: the organization or country the description gives ("a White House official", "U.S. officials"). */
  affiliation?: string | null;
}

export interface SpeakerContext {
  entities: DocumentEntities;
  words: Word[];
  /** Resolved mentions of this sentence. */
  mentions: ResolvedMention[];
  /** Speakers of earlier statements, most recent last (for "he added"). */
  recentSpeakers: Array<{ key: string; at: number }>;
  /** Is this offset inside a quotation? (People named in quotes are not the ones speaking.) */
  insideQuote(offset: number): boolean;
  /** The text between the subject and the cue, where "who asked not to be named" may stand. */
  clause?: string;
}

export const CLAUSE_BREAK = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '.', '!', '?']);
/** Words that end the stretch of text a subject (or a list of names) can be in. */
export const SUBJECT_LIMIT: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', ...DOUBLE_QUOTE_MARKS]);
export const MAX_DESCRIPTION_WORDS = 12;

export const evidence = (words: Word[], from: number, to: number, text: (s: number, e: number) => string): Evidence => ({
  start: words[from].start, end: words[to].end, text: text(words[from].start, words[to].end),
});

export const isDemonym = (mention: ResolvedMention) => mention.raw.kind === 'COUNTRY' && mention.raw.form === 'demonym';

export function mentionEndingAt(context: SpeakerContext, end: number): ResolvedMention | undefined {
  return context.mentions.find((mention) => mention.end === end);
}

export function fromMention(mention: ResolvedMention): Speaker {
  return { mention: { start: mention.start, end: mention.end, text: mention.text }, entityKey: mention.entityKey, description: null, revealable: false };
}

/**
 * A name with the description that introduced it ("Her senior adviser, Jake Sullivan", "said
 * another user, Ada Lind"): the speaker's words run from the description to the name.
 */
export function describedName(mention: ResolvedMention, description: Span, text: (s: number, e: number) => string): Speaker {
  return {
    ...fromMention(mention), description: text(description.start, description.end),
    mention: { start: description.start, end: mention.end, text: text(description.start, mention.end) },
  };
}

export function find<T>(items: Iterable<T>, predicate: (item: T) => boolean): T | undefined {
  for (const item of items) if (predicate(item)) return item;
  return undefined;
}

/**
 * A description as a reader sees it: "A Texas voter who" (the phrase the speaker reader kept up to
 * the relative pronoun, which the mention still covers as evidence) reads "A Texas voter".
 */
export function tidyDescription(description: string | null): string | null {
  if (description === null) return null;
  let tidy = description.trimEnd();
  for (let last = LAST_WORD.exec(tidy); last && DANGLING_WORDS.has(last[1].toLowerCase()); last = LAST_WORD.exec(tidy)) tidy = tidy.slice(0, last.index);
  return tidy.replace(/,$/, '');
}

/** The last word of a phrase, after at least one other. */
const LAST_WORD = /(?<=\S)\s+(\S+?),?$/u;

const DANGLING_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'while', 'as', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'for',
  'the', 'a', 'an', 'its', 'his', 'her', 'their']);
