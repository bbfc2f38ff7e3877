import { lineSpans } from './header.js';
import { firstNotBefore } from './sorted.js';
import type { Span } from '../graph/facts.js';
import type { Word } from './words.js';

/**
 * Double-quoted spans of each paragraph: curly “…” pairs and straight "…" pairs (curly marks
 * inside a straight pair are a quotation within it).
 * A paragraph that opens a quote and never closes it continues in the next paragraph's
 * opening quote (news style for a quotation over several paragraphs).
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  /** The content between the marks. */
  inner: Span;
  closed: boolean;
  /** An unclosed quote of the previous paragraph goes on here. */
  continuesPrevious: boolean;
}

const OPENING = new Set(['“', '„']);
const CLOSING = new Set(['”']);
const STRAIGHT = '"';
const MARK = new RegExp(`[${[...OPENING, ...CLOSING, STRAIGHT].join('')}]`, 'g');

/** Offset of the first double quote mark at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? -1;
}

export function findQuotes(cleaned: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let previousUnclosed = false;
  for (const line of lineSpans(cleaned)) {
    const text = cleaned.slice(line.start, line.end);
    if (text.trim() === '') continue;
    let open = -1;
    let first = true;
    let unclosed = false;
    // `"… about “Equal Justice” anymore …"`: curly marks nested in a straight quotation pair among themselves.
    let nested = false;
    // Only the quote marks matter: jump from one to the next instead of reading every character.
    for (let i = nextMark(text, 0); i !== -1; i = nextMark(text, i + 1)) {
      const char = text[i];
      if (open !== -1 && text[open] === STRAIGHT && char !== STRAIGHT && (OPENING.has(char) || nested)) {
        nested = OPENING.has(char);
        continue;
      }
      const opens = OPENING.has(char) || (char === STRAIGHT && open === -1);
      const closes = CLOSING.has(char) || (char === STRAIGHT && open !== -1);
      if (closes && open !== -1) {
        quotes.push(quote(line.start + open, line.start + i + 1, true, first && previousUnclosed));
        first = false;
        open = -1;
      } else if (opens && open === -1) {
        open = i;
      }
    }
    if (open !== -1) {
      // Unclosed at the paragraph's end: the quotation runs on into the next paragraph.
      const end = line.start + text.trimEnd().length;
      quotes.push({ ...quote(line.start + open, end, false, first && previousUnclosed), inner: { start: line.start + open + 1, end } });
      unclosed = true;
    }
    previousUnclosed = unclosed;
  }
  return quotes;
}

function quote(open: number, close: number, closed: boolean, continuesPrevious: boolean): QuoteSpan {
  return { open, close, inner: { start: open + 1, end: close - 1 }, closed, continuesPrevious };
}

/** Double quotation marks as words, straight and curly (not the low „, which news rarely sets). */
export const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set([STRAIGHT, '“', '”']);

/** The marks a double quotation closes on, as words: a curly close, or a straight mark. */
export const DOUBLE_CLOSERS: ReadonlySet<string> = new Set(['”', STRAIGHT]);

export const isQuoteMark = (char: string | undefined): boolean => char !== undefined && (char === STRAIGHT || OPENING.has(char) || CLOSING.has(char) || char === '‘' || char === '’' || char === "'");

/** Quotes in text order, searched by binary search so long documents stay linear. */
export class QuoteIndex {
  constructor(readonly all: QuoteSpan[]) {}

  /** Quotes opening in [start, end). */
  within(start: number, end: number): QuoteSpan[] {
    const found: QuoteSpan[] = [];
    for (let i = this.firstOpeningAt(start); i < this.all.length && this.all[i].open < end; i++) found.push(this.all[i]);
    return found;
  }

  /** Is `offset` strictly inside a quotation (between its marks)? */
  contains(offset: number): boolean {
    const i = this.firstOpeningAt(offset) - 1;
    return i >= 0 && this.all[i].open < offset && offset < this.all[i].close;
  }

  /** Is `offset` inside a quotation's content? */
  containsContent(offset: number): boolean {
    const i = this.firstOpeningAt(offset) - 1;
    return i >= 0 && this.all[i].inner.start <= offset && offset < this.all[i].inner.end;
  }

  private firstOpeningAt(offset: number): number {
    return firstNotBefore(this.all, (quote) => quote.open < offset);
  }
}

/**
 * `on ABC’s “This Week With George Stephanopoulos” that …`: the index of the mark closing a
 * quoted title that opens at word `open` (a few words, each capitalised or a short joining
 * word), or -1 when the quotation there is no title.
 */
export function quotedTitleEnd(words: Word[], open: number): number {
  if (!isQuoteMark(words[open]?.text)) return -1;
  for (let k = open + 1; k < words.length && k - open <= TITLE_WORDS + 1; k++) {
    if (isQuoteMark(words[k].text)) return k > open + 1 ? k : -1;
    if (!words[k].capitalized && !TITLE_JOINERS.has(words[k].text)) return -1;
  }
  return -1;
}

const TITLE_WORDS = 8;

/**
 * `wearing “Ted Cruz” pins`, `a delegate from “Texas,”`: the index of the mark closing a quotation
 * of a few words that opens at word `open` and holds no sentence punctuation (a comma may close
 * it, as American papers print it), or -1.
 */
export function shortQuotationEnd(words: Word[], open: number): number {
  if (!isQuoteMark(words[open]?.text)) return -1;
  for (let k = open + 1; k < words.length && k - open <= SHORT_QUOTATION_WORDS + 1; k++) {
    if (isQuoteMark(words[k].text)) return k > open + 1 ? k : -1;
    if (words[k].pos === 'PUNCT' && !(words[k].text === ',' && isQuoteMark(words[k + 1]?.text))) return -1;
  }
  return -1;
}

const SHORT_QUOTATION_WORDS = 4;
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', '&']);
