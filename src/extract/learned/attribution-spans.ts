import type { Span } from '../../graph/facts.js';
import type { QuoteIndex } from '../quotes.js';
import type { Word } from '../words.js';

/**
 * The shapes a cue's content can take, each a rule that cuts one candidate span from the
 * sentence (the model picks the shape, the rules cut it — spans stay exact). NONE says the
 * word is no attribution cue at all.
 */
export const CONTENT_SHAPES = ['NONE', 'AFTER', 'AFTER_CLAUSE', 'AFTER_COMMA', 'BEFORE', 'QUOTE_AFTER', 'QUOTE_BEFORE', 'PARAGRAPH'] as const;
export type ContentShape = (typeof CONTENT_SHAPES)[number];

/** Where one cue stands: its sentence's words, the cue's first and last word, and the paragraph's end. */
export interface CueSite {
  words: Word[];
  /** Index of the cue word the model read ("said", "according", ":"). */
  cue: number;
  /** Index of the cue's last word ("to" of "according to"). */
  last: number;
  sentence: Span;
  paragraphEnd: number;
}

const SKIPPED_AFTER_CUE = new Set([',', ':', '—', '–', '-', 'that']);
const CLAUSE_BREAKS = new Set([',', ';', '—', '–', '(', ')']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '„']);
/** How many words may stand between a cue and the quotation it introduces or closes: "told reporters: “…”". */
const QUOTE_REACH = 6;

/** Every shape's span at this cue (null where the shape does not fit), indexed like CONTENT_SHAPES. */
export function contentCandidates(site: CueSite, quotes: QuoteIndex, text: string, into: Array<Span | null>): Array<Span | null> {
  into.length = CONTENT_SHAPES.length;
  into.fill(null);
  const { words, last } = site;
  const end = lastContentEnd(words, site.sentence.end);
  // AFTER: "said (that) the deal is dead." — the rest of the sentence.
  let first = last + 1;
  while (first < words.length && SKIPPED_AFTER_CUE.has(words[first].text.toLowerCase())) first++;
  if (first < words.length && words[first].start < end) {
    into[1] = trimmed(text, words[first].start, end);
    // AFTER_CLAUSE: "blasted Ryan over the budget, then left" — up to the next clause break.
    const stop = nextBreak(words, first + 1, quotes);
    if (stop !== -1 && words[stop - 1].end < end) into[2] = trimmed(text, words[first].start, words[stop - 1].end);
    // PARAGRAPH: "wrote: … several sentences …" — the rest of the paragraph.
    if (site.paragraphEnd > site.sentence.end + 1) into[7] = trimmed(text, words[first].start, site.paragraphEnd);
  }
  // AFTER_COMMA: "according to the poll, most voters …" — after the comma that closes the source.
  const comma = nextBreak(words, last + 1, quotes);
  if (comma !== -1 && words[comma].text === ',' && comma + 1 < words.length && words[comma + 1].start < end) into[3] = trimmed(text, words[comma + 1].start, end);
  // BEFORE: "The deal is dead, Trump said." — the sentence up to the comma before the source.
  const before = previousBreak(words, site.cue - 1);
  if (before > 0 && onlySubjectBetween(words, before + 1, site.cue)) into[4] = trimmed(text, site.sentence.start, words[before - 1].end);
  // QUOTE_AFTER: `told reporters: “We will win.”`
  const opening = quotes.within(words[last].end, words[Math.min(words.length - 1, last + QUOTE_REACH)].end + 1)[0];
  if (opening) into[5] = trimmed(text, opening.inner.start, opening.inner.end);
  // QUOTE_BEFORE: `“We will win,” she said.` — the quotation closing just before the cue.
  const reach = words[Math.max(0, site.cue - QUOTE_REACH)].start;
  const closing = quoteClosingBetween(quotes, reach, words[site.cue].start);
  if (closing && quoteStandsForItself(text, site, closing)) into[6] = trimmed(text, closing.start, closing.end);
  for (let i = 1; i < into.length; i++) if (into[i] && into[i]!.end <= into[i]!.start) into[i] = null;
  return into;
}

/** End of the sentence's last word that is not closing punctuation. */
function lastContentEnd(words: Word[], sentenceEnd: number): number {
  for (let i = words.length - 1; i >= 0; i--) if (words[i].pos !== 'PUNCT' || QUOTE_MARKS.has(words[i].text)) return words[i].end;
  return sentenceEnd;
}

/** Index of the next comma, semicolon or dash at or after `from`, outside quotations; -1 when none. */
function nextBreak(words: Word[], from: number, quotes: QuoteIndex): number {
  for (let i = from; i < words.length; i++) if (CLAUSE_BREAKS.has(words[i].text) && !quotes.containsContent(words[i].start)) return i;
  return -1;
}

/** Only the source stands between the comma and the cue ("…, the party's leader said"); "…, and the party said" opens a clause of its own. */
function onlySubjectBetween(words: Word[], from: number, cue: number): boolean {
  for (let i = from; i < cue; i++) if (words[i].pos === 'CCONJ' || words[i].pos === 'VERB' || words[i].pos === 'SCONJ') return false;
  return true;
}

/** Index of the last comma or dash at or before `from` ("…, Trump said"); -1 when none. */
function previousBreak(words: Word[], from: number): number {
  for (let i = from; i >= 0; i--) if (words[i].text === ',' || words[i].text === '—' || words[i].text === '–') return i;
  return -1;
}

/**
 * A quotation closed by its attribution stands alone: nothing but punctuation before it in
 * the sentence (or a comma, colon or dash), and no "and"/"but" between it and the cue —
 * `accused X of "…," and the party said` is no quotation of the party's.
 */
function quoteStandsForItself(text: string, site: CueSite, inner: Span): boolean {
  const open = inner.start - 1;
  if (open > site.sentence.start) {
    const lead = text.slice(site.sentence.start, open);
    if (/\p{L}/u.test(lead) && !/[,:—–-]\s*$/.test(lead)) return false;
  }
  for (let i = site.cue - 1; i >= 0 && site.words[i].start >= inner.end; i--) if (site.words[i].pos === 'CCONJ') return false;
  return true;
}

/** The inner span of the last quotation closing in [from, to]. */
function quoteClosingBetween(quotes: QuoteIndex, from: number, to: number): Span | null {
  // Quotations are few; walk the ones that open before `to`, the last closing one wins.
  let found: Span | null = null;
  for (const quote of quotes.within(Math.max(0, from - 1500), to)) if (quote.closed && quote.close >= from && quote.close <= to) found = quote.inner;
  return found;
}

/** The span without surrounding spaces, quote marks and commas: statement text is the span's own text. */
export function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isTrim(text[start])) start++;
  while (end > start && isTrim(text[end - 1])) end--;
  return { start, end };
}

const isTrim = (char: string) => char === ' ' || char === '\n' || char === '\t' || char === ',' || char === ':' || char === ';' || QUOTE_MARKS.has(char);
