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
  const chars = text.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  for (const match of text.matchAll(INVISIBLE_ELEMENTS)) blank(match.index, match.index + match[0].length);
  for (const match of text.matchAll(TAG)) {
    if (chars[match.index] !== '<') continue; // inside an invisible element, already blank
    blank(match.index, match.index + match[0].length);
    // A block tag ends a paragraph, unless the text already breaks there.
    if (BLOCK_TAGS.has(match[1].toLowerCase())) chars[match.index] = '\n';
  }
  for (const match of text.matchAll(ENTITY)) {
    const decoded = decodeEntity(match[1]);
    if (decoded === null || decoded.length > match[0].length || chars[match.index] !== '&') continue;
    blank(match.index, match.index + match[0].length);
    for (let i = 0; i < decoded.length; i++) chars[match.index + i] = decoded[i];
  }
  return chars.join('');
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
  const chars = cleaned.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
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
    const normalized = raw.replace(/\s+/g, ' ').trim().toLowerCase();
    if (normalized.length > 25 && seen.has(normalized)) {
      blank(line.start, line.end);
      continue;
    }
    seen.add(normalized);
    for (const rule of CREDIT_FRAGMENTS) {
      for (const match of raw.matchAll(rule.pattern)) blank(line.start + match.index, line.start + match.index + match[0].length);
    }
    const dateline = DATELINE.exec(raw);
    if (dateline) {
      datelines.push(dateline[0].trim());
      blank(line.start, line.start + dateline[0].length);
    }
  }
  return { cleaned: chars.join(''), datelines };
}

/** Share of letters that are Latin script; a line without letters counts as Latin. */
function latinShare(line: string): number {
  if (!/[^\x00-\x7F]/.test(line)) return 1; // plain ASCII: nothing to measure
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 ? 1 : latin / letters;
}
