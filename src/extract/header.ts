import type { Span } from '../graph/facts.js';

export interface DocumentHeader {
  /** The first line, as the headline; null when the document is a single paragraph. */
  title: string | null;
  /** Where the headline's line stands in the text. */
  titleSpan: Span | null;
  /** ISO 8601: "2024-05-28" or "2024-05-28T18:53:32". */
  publishedAt: string | null;
  /** Offset of the first character after the headline and date lines. */
  bodyStart: number;
}

/** "2024-05-28", "2024-05-28 18:53", "2024-05-28T18:53:32Z". */
const DATE_LINE = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const HEADER_SEARCH_LINES = 5;

/**
 * Reads the headline (first non-blank line) and a publication date line near the top.
 * Runs on cleaned text, so HTML around a headline does not count as the headline.
 */
export function readHeader(cleaned: string): DocumentHeader {
  const lines = lineSpans(cleaned);
  const nonBlank = lines.filter((line) => cleaned.slice(line.start, line.end).trim() !== '');
  if (nonBlank.length < 2) return { title: null, titleSpan: null, publishedAt: null, bodyStart: 0 };

  const first = nonBlank[0];
  const title = collapse(cleaned.slice(first.start, first.end));
  let bodyStart = first.end;
  let publishedAt: string | null = null;
  for (const line of nonBlank.slice(1, HEADER_SEARCH_LINES)) {
    const match = DATE_LINE.exec(cleaned.slice(line.start, line.end));
    if (match && isRealDate(match[1])) {
      publishedAt = match[2] ? `${match[1]}T${match[2].length === 5 ? `${match[2]}:00` : match[2]}` : match[1];
      bodyStart = line.end;
      break;
    }
  }
  return { title, titleSpan: { start: first.start, end: first.end }, publishedAt, bodyStart };
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      spans.push({ start, end: text.length });
      return spans;
    }
    spans.push({ start, end });
    start = end + 1;
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
