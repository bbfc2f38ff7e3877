import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lineSpans } from './header.js';
import type { Span } from '../graph/facts.js';
import { CUE_LEMMAS } from '../lexicon/cues.js';
import { Vocable, VocableTable } from './vocabulary.js';

/** The part of wink's language model that learns: every word it has not seen is added to the lexeme table. */
interface LexemeTable {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
}

let lexemes: LexemeTable;
// wink builds its working model by calling `core()`; the wrapper keeps a hand on its lexeme table.
const tableKeepingModel = Object.assign(Object.create(null), model, {
  core: () => {
    const core = (model as unknown as { core(): { features: { lexeme: LexemeTable } } }).core();
    lexemes = core.features.lexeme;
    return core;
  },
}) as typeof model;

/**
 * wink-nlp tokenizes, splits sentences and tags parts of speech (~570k tokens/s here,
 * ~20x compromise) but does not split at single line breaks, so each line is read alone.
 * Only sentence splitting and tagging: wink's own entity pipes cost ~16% of extraction time and
 * their output is not used.
 */
const createReader = () => winkNLP(tableKeepingModel, ['sbd', 'pos']);
let nlp = createReader();
const its = nlp.its;
/** Words wink may learn before it is built afresh: its table would otherwise grow with the corpus. */
const MAX_LEARNED_WORDS = 250_000;
/** "Trump’s", "Party's": a possessive wink learned whole (from "Trump’s,") would stay whole in every later text. */
const POSSESSIVE = /.['’][sS]$/;

/**
 * wink remembers the words it has not seen, and a remembered word is tokenized as it was
 * learned: after "including Mr. Trump’s, runs" every later "Trump’s plan" would read as one
 * word, so what a text yields would depend on the texts the process read before it. Possessives
 * learned whole are forgotten after each line (the only such divergence on 840 news articles),
 * and the reader is built afresh when its table has grown too large.
 */
function readFresh(text: string): ReturnType<typeof nlp.readDoc> {
  if (lexemes.list.length - lexemes.intrinsicSize > MAX_LEARNED_WORDS) {
    nlp = createReader();
    // The new reader numbers the words it learns afresh.
    vocables.clear();
  }
  const learned = lexemes.list.length;
  const doc = nlp.readDoc(text);
  for (let i = learned; i < lexemes.list.length; i++) if (POSSESSIVE.test(lexemes.list[i])) delete lexemes.hash[lexemes.list[i]];
  return doc;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, PUNCT … */
  pos: string;
  lemma: string;
  /** Whitespace right before the token (a name never spans a gap). */
  spaceBefore: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** What the text alone decides, shared with every token of the same text. */
  vocable: Vocable;
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
  const doc = readFresh(text);
  const tokenList = doc.tokens();
  // Each token's lexeme number: its vocable, and through it its text (what its.value would read).
  const ids = tokenList.out(its.uniqueId) as unknown as number[];
  const tags = tokenList.out(its.pos) as string[];
  // Sentence boundaries as [first, last] token indexes.
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  let cursor = 0;
  let i = 0;
  let previous: Sentence | null = null;
  for (const [first, last] of spans) {
    const tokens: Token[] = [];
    for (; i <= last; i++) {
      const vocable = vocables.get(ids[i], lexemes.list);
      const value = vocable.text;
      // Only whitespace lies between wink's tokens: skipping it finds the token and the space before it.
      const gap = cursor;
      while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
      // wink is lossless; indexOf guards against any normalisation it might apply.
      const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
      const start = at === -1 ? cursor : at;
      tokens.push({
        text: value, start: offset + start, end: offset + start + value.length, pos: tags[i], lemma: lemmaOf(vocable, tags[i], tokenList, i),
        capitalized: vocable.capitalized, spaceBefore: cursor > gap || i === 0, vocable,
      });
      cursor = start + value.length;
    }
    if (tokens.length === 0 || first > last) continue;
    for (const part of atGluedStops(tokens)) {
      if (previous && continuesSentence(previous.tokens, part)) {
        previous.tokens.push(...part);
        previous.end = part[part.length - 1].end;
        continue;
      }
      previous = { index: into.length, paragraph, start: part[0].start, end: part[part.length - 1].end, tokens: part };
      into.push(previous);
    }
  }
}

/**
 * wink reads "in." and "no." as abbreviations (inches, number) and goes on with the sentence:
 * "Christie weighed in. As expected, …" was one sentence. Before a capital or a quotation mark
 * (and not after a number: "6 in. long", "No. 2") the word ends its sentence: it is split into the
 * word and its full stop, and the sentence there. (Where wink ended the sentence itself, the
 * word keeps its stop, as wink read it: "He said no." ends on "no.".)
 */
function atGluedStops(tokens: Token[]): Token[][] {
  let from = 0;
  const parts: Token[][] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = GLUED_STOPS.get(tokens[k].text.toLowerCase());
    if (!word || !opensSentence(tokens[k + 1]) || /\d/.test(tokens[k - 1]?.text ?? '')) continue;
    const glued = tokens[k];
    const stop = glued.end - 1;
    parts.push([
      ...tokens.slice(from, k),
      { ...glued, text: glued.text.slice(0, -1), end: stop, pos: word.pos, lemma: word.lemma, vocable: vocableOf(glued.text.slice(0, -1)) },
      { text: '.', start: stop, end: glued.end, pos: 'PUNCT', lemma: '.', capitalized: false, spaceBefore: false, vocable: vocableOf('.') },
    ]);
    from = k + 1;
  }
  if (from === 0) return [tokens];
  parts.push(tokens.slice(from));
  return parts;
}

const GLUED_STOPS = new Map([['in.', { pos: 'ADP', lemma: 'in' }], ['no.', { pos: 'INTJ', lemma: 'no' }]]);
const opensSentence = (token: Token) => /^[\p{Lu}"“‘']/u.test(token.text);
/** The vocable of a word wink knows (its lexeme table holds every word it has read). */
const vocableOf = (text: string): Vocable => (lexemes.hash[text] === undefined ? new Vocable(text) : vocables.get(lexemes.hash[text], lexemes.list));

/** "S" + "." + "C.": the letters of a dotted abbreviation ("S.C.", "N.Y.") written without spaces. */
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_CAPITAL = /^\p{Lu}\.$/u;
const CLOSING_QUOTES = new Set(['”', '"', "''"]);
/** How far into the next sentence its attribution's verb may stand ("…?” asked Sen. John Smith of Ohio"). */
const ATTRIBUTION_REACH = 6;

/**
 * wink ends sentences where news goes on: at a question or exclamation mark inside a quote
 * (`“Who are they?” Trump said.`, which would leave the quote without its attribution) and
 * after an abbreviation in parentheses (`Sen. Ann Smith (D-Ore.) said on Monday`). The next
 * sentence goes on when it opens on a comma, in lower case, or (after a quoted question) names
 * a speech verb within its first few words.
 */
function continuesSentence(before: Token[], after: Token[]): boolean {
  const n = before.length;
  // No sentence opens on a comma or semicolon: "Sen. Ann Smith (D-Ore.), said …".
  if (after[0].text === ',' || after[0].text === ';') return true;
  const lower = /^\p{Ll}/u.test(after[0].text);
  if (lower && n >= 2 && before[n - 1].text === ')' && before[n - 2].text === '.') return true;
  // "Sen. Lindsey Graham, R-S.C., said …": wink ends a sentence inside a dotted abbreviation's letters.
  if (n >= 2 && before[n - 1].text === '.' && !before[n - 1].spaceBefore && SINGLE_CAPITAL.test(before[n - 2].text) && DOTTED_CAPITAL.test(after[0].text) && !after[0].spaceBefore) return true;
  if (n < 2 || !CLOSING_QUOTES.has(before[n - 1].text) || !/^[?!]+$/.test(before[n - 2].text)) return false;
  if (lower) return true;
  for (let i = 0, read = 0; i < after.length && read < ATTRIBUTION_REACH; i++, read++) {
    if (after[i].pos === 'VERB' && CUE_LEMMAS.has(after[i].lemma)) return true;
    if (after[i].text === ',' && i > 0) {
      // `“…?” Ada Lind, a volunteer, said.`: an aside between commas is read past.
      const close = asideEnd(after, i);
      if (close === -1) return false;
      i = close;
      continue;
    }
    if (after[i].pos === 'PUNCT') return false;
  }
  return false;
}

/** The comma closing an aside that opens with the comma at `open` (a few words, no other mark), or -1. */
function asideEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= ASIDE_REACH; k++) {
    if (tokens[k].text === ',') return k > open + 1 ? k : -1;
    if (tokens[k].pos === 'PUNCT' && tokens[k].text !== '-') return -1;
  }
  return -1;
}

/** "a retired worker from a nuclear plant": an aside of this many words at most. */
const ASIDE_REACH = 10;

/** Whitespace as wink counts it between tokens (space, tab, line breaks, no-break space). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2000 || (code > 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

type TokenList = ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>;

/** Distinct texts whose vocables are kept (lemmas, capitals, entity-tagger readings) before they are all forgotten. */
const VOCABLE_LIMIT = 100_000;
const vocables = new VocableTable(VOCABLE_LIMIT);

/**
 * A word's lemma depends on its text and tag alone, and wink's lemmatizer is the dearest thing
 * it does for us (a fifth of reading a line): each (tag, word) is lemmatized once per process.
 */
function lemmaOf(vocable: Vocable, tag: string, tokenList: TokenList, index: number): string {
  let lemma = vocable.lemma(tag);
  if (lemma === undefined) {
    // The lemma helper's typings ask for model add-ons the lite model wires in itself.
    // wink gives no lemma for some tokens it reads as contractions ("Werent", a name): the word stands for itself.
    lemma = (tokenList.itemAt(index).out(its.lemma as Parameters<TokenList['out']>[0]) as string | undefined) ?? vocable.text.toLowerCase();
    vocable.setLemma(tag, lemma);
  }
  return lemma;
}
