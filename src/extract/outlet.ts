import type { OutletEvidence, Span } from '../graph/facts.js';
import { canonicalOutlet, knownOutlet } from '../lexicon/outlets.js';
import { lineSpans } from './header.js';

/** Non-blank lines read at the top of the body (datelines, bylines) and at its end (copyright, credits). */
const HEAD_LINES = 4;
const TAIL_LINES = 6;

/**
 * The outlet a document says it comes from, with the words that say so. Looks only at a few
 * lines at the top and the bottom (this runs on every document), in order of trust:
 *   1. an agency tag in a dateline: "SEOUL, Sept. 7 (Yonhap) --", "WASHINGTON (AP) —";
 *   2. a byline's outlet: "By Jane Doe | AFP", "By Jane Doe, Reuters", "By REUTERS";
 *   3. a copyright line: "© 2024 Thomson Reuters", "Copyright 2024 The Harbour Gazette. All rights reserved.";
 *   4. an agency credit closing a paragraph: "… we just don't know," he added. (Yonhap)
 * Tags and bylines must name a listed outlet (lexicon/outlets.ts: "Culture" in "By Ana Ruiz |
 * Culture" is a section); a copyright line may name any outlet.
 */
export function readOutlet(text: string, bodyStart: number): OutletEvidence | null {
  const lines = lineSpans(text).filter((line) => /\S/.test(text.slice(line.start, line.end)));
  if (lines.length === 0) return null;
  // The headline is never an outlet; a byline may stand between it and the date line.
  const firstBody = lines.findIndex((line) => line.start >= bodyStart);
  const head = lines.slice(1, firstBody === -1 ? lines.length : firstBody + HEAD_LINES);
  const tail = lines.slice(Math.max(1, lines.length - TAIL_LINES));
  return first(head, (line) => datelineTag(text, line))
    ?? first(head, (line) => bylineOutlet(text, line))
    ?? first(tail, (line) => bylineOutlet(text, line))
    ?? first([...tail].reverse(), (line) => copyrightHolder(text, line))
    ?? first(lines.slice(firstBody === -1 ? 1 : firstBody), (line) => closingCredit(text, line));
}

function first(lines: Span[], read: (line: Span) => OutletEvidence | null): OutletEvidence | null {
  for (const line of lines) {
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/** "SEOUL, Sept. 7 (Yonhap) --", "(Reuters) - ": a parenthesised listed outlet followed by a dash. */
const DATELINE_TAG = /\(([^()\n]{2,40})\)\s*(?:--|—|–|-|:)/;

function datelineTag(text: string, line: Span): OutletEvidence | null {
  const match = DATELINE_TAG.exec(text.slice(line.start, Math.min(line.end, line.start + 120)));
  if (!match) return null;
  const name = knownOutlet(match[1]);
  const start = line.start + match.index + 1 + (match[1].length - match[1].trimStart().length);
  return name ? { name, start, end: start + match[1].trim().length } : null;
}

/** "… he added. (Yonhap)": a parenthesised listed outlet that ends a line. */
const CLOSING_CREDIT = /\(([^()\n]{2,40})\)\s*$/;

function closingCredit(text: string, line: Span): OutletEvidence | null {
  // Most lines end otherwise: test the last character before running a pattern.
  if (text.slice(line.start, line.end).trimEnd().at(-1) !== ')') return null;
  const match = CLOSING_CREDIT.exec(text.slice(line.start, line.end));
  const name = match && knownOutlet(match[1]);
  if (!match || !name) return null;
  const start = line.start + match.index + 1;
  return { name, start, end: start + match[1].length };
}

/** "By Jane Doe | AFP", "By Jane Doe, Reuters", "By Jane Doe and Li Wei / Yonhap", "By REUTERS". */
const BYLINE = /^\s*By\s+(.{2,120})$/;
/** What separates a byline's names from its outlet. */
const BYLINE_PARTS = /\s*(?:\||,|\/|—|–|\s-\s|\bfor\b|\bof\b)\s*/g;

function bylineOutlet(text: string, line: Span): OutletEvidence | null {
  const raw = text.slice(line.start, line.end);
  const match = BYLINE.exec(raw);
  if (!match) return null;
  const body = match[1];
  const bodyStart = line.start + raw.length - body.length;
  let from = 0;
  for (const separator of [...body.matchAll(BYLINE_PARTS), null]) {
    const to = separator ? separator.index : body.length;
    const part = body.slice(from, to).trim();
    const name = part ? knownOutlet(part) : undefined;
    if (name) {
      const start = bodyStart + body.indexOf(part, from);
      return { name, start, end: start + part.length };
    }
    if (separator) from = separator.index + separator[0].length;
  }
  return null;
}

/** "© 2024 Reuters", "(c) 2023-2024 AFP", "© Harbour Courier 2025", "Copyright 2024 The Associated Press. All rights reserved." */
const COPYRIGHT = /(?:©|\([cC]\)|\b(?:Copyright|COPYRIGHT|copyright)\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([\p{Lu}][\p{L}\p{N}&'’ .-]{1,60}?)(?:,?\s+\d{4})?\s*(?:[.,;]\s|[.,;]?$|\s+All rights)/u;
/** An unlisted copyright holder is taken when it looks like a name: a few capitalised words. */
const MAX_HOLDER_WORDS = 6;

function copyrightHolder(text: string, line: Span): OutletEvidence | null {
  const raw = text.slice(line.start, line.end);
  const match = COPYRIGHT.exec(raw);
  if (!match) return null;
  const written = match[1].trim();
  const known = knownOutlet(written);
  const words = written.split(/\s+/);
  if (!known && (words.length > MAX_HOLDER_WORDS || !words.every((word) => /^[\p{Lu}&]/u.test(word) || /^(?:of|the|and|for|de|la|el)$/.test(word)))) return null;
  const start = line.start + match.index + match[0].indexOf(match[1]);
  return { name: known ?? canonicalOutlet(written), start, end: start + written.length };
}
