import { inDateRange, statementDate } from './list-order.js';
import { parseSearchTerms, searchWords, termOccurrences } from './search-terms.js';
import type { StatementQuery, StatementRow } from './types.js';

/**
 * Whether a statement passes a query's filters: the reference rule the memory store and
 * subscriptions apply. `publishedAt` is its document's publication date (for from/to).
 * Text matches whole words without stemming (SQLite's FTS5 also matches word forms).
 */
export function matchesStatementQuery(row: StatementRow, query: StatementQuery, publishedAt: string | null = null): boolean {
  return (!query.speakerIds || (row.speakerId !== null && query.speakerIds.includes(row.speakerId)))
    && (!query.aboutIds || row.aboutIds.some((id) => query.aboutIds!.includes(id)))
    && (!query.kind || row.kind === query.kind)
    && (!query.acts || query.acts.includes(row.act))
    && (query.negated === undefined || query.negated === row.negated)
    && (!query.documentIds || query.documentIds.includes(row.documentId))
    && inDateRange(statementDate(row, publishedAt), query.from, query.to)
    && (query.text === undefined || matchesText(`${row.text}\n${row.sentence.text}`, query.text));
}

/** Whether every word and "quoted phrase" of a search occurs in a text (no stemming). */
export function matchesText(text: string, search: string): boolean {
  const terms = parseSearchTerms(search);
  return terms.length > 0 && termOccurrences(searchWords(text), terms).every((count) => count > 0);
}
