import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lineSpans } from './header.js';
import type { Span } from '../graph/facts.js';
import { CUE_LEMMAS } from '../lexicon/cues.js';

/**
 * wink-nlp tokenizes, splits sentences and tags parts of speech (~570k tokens/s here,
 * ~20x compromise) but does not split at single line breaks, so each line is read alone.
 */
// Only sentence splitting and tagging: wink's own entity pipes cost ~16% of extraction time and
// their output is not used.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token extends Span {
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, PUNCT … */
  pos: string;
  lemma: string;
  /** Whitespace right before the token (a name never spans a gap). */
  spaceBefore: boolean;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  tokens: Token[];
}

export function splitSentences(cleaned: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of lineSpans(cleaned)) {
    const text = cleaned.slice(line.start, line.end);
    if (text.trim() === '') continue;
    readLine(text, line.start, paragraph++, sentences);
  }
  return sentences;
}

function readLine(text: string, offset: number, paragraph: number, into: Sentence[]): void {
  const doc = nlp.readDoc(text);
  const tokenList = doc.tokens();
  const values = tokenList.out() as string[];
  const tags = tokenList.out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    // Only whitespace lies between wink's tokens: skipping it finds the token and the space before it.
    const gap = cursor;
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    // wink is lossless; indexOf guards against any normalisation it might apply.
    const at = text.startsWith(values[i], cursor) ? cursor : text.indexOf(values[i], cursor);
    const start = at === -1 ? cursor : at;
    const lemma = lemmaOf(values[i], tags[i], tokenList, i);
    tokens.push({ text: values[i], start: offset + start, end: offset + start + values[i].length, pos: tags[i], lemma, spaceBefore: cursor > gap || i === 0 });
    cursor = start + values[i].length;
  }
  // Sentence boundaries as token index ranges.
  let first = 0;
  let previous: Sentence | null = null;
  doc.sentences().each((sentence: { tokens(): { length(): number } }) => {
    const count = sentence.tokens().length();
    const slice = tokens.slice(first, first + count);
    first += count;
    if (slice.length === 0) return;
    if (previous && continuesSentence(previous.tokens, slice)) {
      previous.tokens.push(...slice);
      previous.end = slice[slice.length - 1].end;
      return;
    }
    previous = { index: into.length, paragraph, start: slice[0].start, end: slice[slice.length - 1].end, tokens: slice };
    into.push(previous);
  });
}

const CLOSING_QUOTES = new Set(['”', '"', "''"]);
/** How far into the next sentence its attribution's verb may stand ("…?” asked Sen. John Smith of Ohio"). */
const ATTRIBUTION_REACH = 6;

/**
 * wink ends sentences where news goes on: at a question or exclamation mark inside a quote
 * (`“Who are they?” Trump said.`, which would leave the quote without its attribution) and
 * after an abbreviation in parentheses (`Sen. Ann Smith (D-Ore.) said on Monday`). The next
 * sentence goes on when it opens in lower case, or (after a quoted question) names a speech
 * verb within its first few words.
 */
function continuesSentence(before: Token[], after: Token[]): boolean {
  const n = before.length;
  const lower = /^\p{Ll}/u.test(after[0].text);
  if (lower && n >= 2 && before[n - 1].text === ')' && before[n - 2].text === '.') return true;
  if (n < 2 || !CLOSING_QUOTES.has(before[n - 1].text) || !/^[?!]+$/.test(before[n - 2].text)) return false;
  if (lower) return true;
  for (let i = 0; i < Math.min(after.length, ATTRIBUTION_REACH); i++) {
    if (after[i].pos === 'VERB' && CUE_LEMMAS.has(after[i].lemma)) return true;
    if (after[i].pos === 'PUNCT') return false;
  }
  return false;
}

/** Whitespace as wink counts it between tokens (space, tab, line breaks, no-break space). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2000 || (code > 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

type TokenList = ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>;

const LEMMA_CACHE_LIMIT = 100_000;
const lemmaCache = new Map<string, string>();

/**
 * A word's lemma depends on its text and tag alone, and wink's lemmatizer is the dearest thing
 * it does for us (a fifth of reading a line): each (tag, word) is lemmatized once per process.
 */
function lemmaOf(value: string, tag: string, tokenList: TokenList, index: number): string {
  const key = `${tag} ${value}`;
  let lemma = lemmaCache.get(key);
  if (lemma === undefined) {
    // The lemma helper's typings ask for model add-ons the lite model wires in itself.
    lemma = tokenList.itemAt(index).out(its.lemma as Parameters<TokenList['out']>[0]) as string;
    if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
    lemmaCache.set(key, lemma);
  }
  return lemma;
}
