import { lineSpans } from './header.js';
import {
  BLOCK_TAGS, CREDIT_FRAGMENTS, DATELINE, ENTITY, INVISIBLE_ELEMENTS, JUNK_LINES, MIN_LATIN_SHARE, NAMED_ENTITIES, TAG,
} from '../lexicon/junk.js';

/**
 * Cleaning never moves text: it returns a copy of the same length where everything that is
 * not article text is blanked with spaces (line breaks kept). Offsets found in the cleaned
 * copy are therefore offsets into the original `Document.text`.
 */
export function maskMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text; // plain text, the common case: no copy
  const edits: Edit[] = [];
  for (const match of text.matchAll(INVISIBLE_ELEMENTS)) edits.push({ start: match.index, end: match.index + match[0].length, replacement: '' });
  const hidden = [...edits];
  for (const match of text.matchAll(TAG)) {
    if (covers(hidden, match.index)) continue;
    // A block tag ends a paragraph, unless the text already breaks there.
    edits.push({ start: match.index, end: match.index + match[0].length, replacement: BLOCK_TAGS.has(match[1].toLowerCase()) ? '\n' : '' });
  }
  edits.sort((a, b) => a.start - b.start);
  const markup = [...edits];
  for (const match of text.matchAll(ENTITY)) {
    const decoded = decodeEntity(match[1]);
    if (decoded === null || decoded.length > match[0].length || covers(markup, match.index)) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, replacement: decoded });
  }
  return applyEdits(text, edits);
}

/** The quotation marks of news as printed, made regular in place (same length): doubled apostrophes, an opening mark set as a closer. */
export function normalizeQuoteMarks(text: string): string {
  return closeMisusedOpeners(doubleApostrophesToQuotes(text));
}

/**
 * `“It's unusual,“ said Larry Noble`, `“Do you want that?“ he asked`: a curly opening mark right
 * after a word or punctuation, before a space or the line's end, inside a curly quotation that is
 * open, is its closing mark mistyped. It becomes ”, in place.
 */
export function closeMisusedOpeners(text: string): string {
  if (!text.includes('“')) return text;
  const misused: number[] = [];
  let open = false;
  for (let i = text.indexOf('“'); i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === LINE_BREAK || char === CLOSING_MARK) open = false;
    else if (char === OPENING_MARK) {
      if (open && !isSpaceCode(text.charCodeAt(i - 1)) && (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1)))) {
        misused.push(i);
        open = false;
      } else open = true;
    }
  }
  return misused.reduceRight((fixed, at) => `${fixed.slice(0, at)}”${fixed.slice(at + 1)}`, text);
}

const OPENING_MARK = 0x201c;
const CLOSING_MARK = 0x201d;
const LINE_BREAK = 0x0a;
const isSpaceCode = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;

/**
 * Some papers print a double quotation mark as two apostrophes (''We won,'' she said). Each
 * pair becomes one straight double quote and a space, in place, so quotes are found as usual:
 * an opening pair as ` "`, a closing one as `" `. Three apostrophes are a pair beside the
 * single mark of a quotation inside (''He said 'no,''' she said): that mark belongs inside, so a
 * closing run keeps it first (`'" `) and an opening run keeps it last (` "'`).
 */
export function doubleApostrophesToQuotes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/'''?/g, (run: string, at: number) => {
    const before = text[at - 1];
    const after = text[at + run.length];
    const opens = (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
    if (run.length === 3) return opens ? ` "'` : `'" `;
    return opens ? ' "' : '" ';
  });
}

/** A span rewritten in place: `replacement` (never longer than the span) at its start, spaces after it, line breaks kept. */
interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** The text with each edit applied, copied once (not char by char); edits may come in any order, and overlap when blank. */
function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const { start, end, replacement } of edits) {
    const from = Math.max(start, at);
    if (end <= from) continue; // inside a span already rewritten
    const kept = from === start ? replacement : '';
    result += text.slice(at, from) + kept + text.slice(from + kept.length, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return result + text.slice(at);
}

/** Whether `at` falls inside one of `spans` (sorted by start, not overlapping): a binary search, as HTML soup can hold thousands. */
function covers(spans: readonly Edit[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= at) low = middle + 1;
    else if (spans[middle].start > at) high = middle - 1;
    else return true;
  }
  return false;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code === 0xa0 ? 0x20 : code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

/**
 * Blanks the page furniture inside the body: related-article lines, repeated captions,
 * bylines, credits, datelines and trailing lines in another script.
 */
export interface Furniture {
  /** The text with the furniture blanked. */
  cleaned: string;
  /** Datelines as written ("SEOUL, Sept. 7 (Yonhap) --"): they may date the story. */
  datelines: string[];
}

export function maskFurniture(cleaned: string, bodyStart: number): Furniture {
  const blanks: Edit[] = [];
  const blank = (start: number, end: number) => blanks.push({ start, end, replacement: '' });
  blank(0, bodyStart);
  const seen = new Set<string>();
  const datelines: string[] = [];
  const lines = lineSpans(cleaned).filter((line) => line.end > bodyStart);
  for (const line of lines) {
    const raw = cleaned.slice(line.start, line.end);
    if (raw.trim() === '') continue;
    if (JUNK_LINES.some((rule) => rule.pattern.test(raw)) || latinShare(raw) < MIN_LATIN_SHARE) {
      blank(line.start, line.end);
      continue;
    }
    // A caption or paragraph printed twice is read once.
    const normalized = collapseSpaces(raw.trim()).toLowerCase();
    if (normalized.length > 25 && seen.has(normalized)) {
      blank(line.start, line.end);
      continue;
    }
    seen.add(normalized);
    for (const rule of CREDIT_FRAGMENTS) {
      // exec, not matchAll: matchAll copies the pattern on every call, and this runs per line and rule.
      rule.pattern.lastIndex = 0;
      for (let match = rule.pattern.exec(raw); match; match = rule.pattern.exec(raw)) {
        blank(line.start + match.index, line.start + match.index + match[0].length);
        if (match[0] === '') rule.pattern.lastIndex++;
      }
    }
    const dateline = DATELINE.exec(raw);
    if (dateline) {
      datelines.push(dateline[0].trim());
      blank(line.start, line.start + dateline[0].length);
    }
  }
  return { cleaned: applyEdits(cleaned, blanks), datelines };
}

/** Two spaces in a row, or a space other than " ": what collapseSpaces has to rewrite. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/**
 * Runs of whitespace as one " ". Most lines have none to collapse: testing for one is a
 * third of the cost of the replacement, which copies every line.
 */
function collapseSpaces(line: string): string {
  return IRREGULAR_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line;
}

/** Share of letters that are Latin script; a line without letters counts as Latin. */
function latinShare(line: string): number {
  // Below U+0250 and in General Punctuation (curly quotes, dashes) every letter is Latin: nothing to measure.
  if (!/[^\x00-\u024F\u2000-\u206F]/.test(line)) return 1;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 ? 1 : latin / letters;
}
