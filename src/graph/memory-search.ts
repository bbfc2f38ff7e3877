import { entityMatchScore, parseSearchTerms, searchWords, termOccurrences, type SearchTerms } from './search-terms.js';
import type { DocumentRow, EntityKind, EntityRow, SearchHit, StatementRow } from './types.js';

/**
 * Search of the in-memory store (memory-store.ts) by scanning its maps: entities by the
 * beginnings of their names' words, documents and statements by words and phrases. Reads the
 * store's maps, never writes them.
 */
export class MemorySearch {
  constructor(
    private readonly entities: ReadonlyMap<number, EntityRow>,
    private readonly documents: ReadonlyMap<number, DocumentRow>,
    private readonly statements: ReadonlyMap<number, StatementRow>,
  ) {}

  searchEntities(query: string, kinds: readonly EntityKind[], limit: number) {
    const prefixes = searchWords(query);
    const hits: Array<SearchHit<EntityRow>> = [];
    for (const row of this.entities.values()) {
      if (!kinds.includes(row.kind) || row.mentionCount === 0) continue;
      const score = entityMatchScore(row, prefixes);
      if (score > 0) hits.push({ item: row, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.item.id - b.item.id).slice(0, limit);
  }

  searchDocuments(query: string, limit: number) {
    return search([...this.documents.values()], (row) => `${row.title ?? ''}\n${row.text}`, parseSearchTerms(query), limit);
  }

  searchStatements(query: string, limit: number) {
    return search([...this.statements.values()], (row) => `${row.text}\n${row.sentence.text}`, parseSearchTerms(query), limit);
  }
}

/** Plain term-frequency ranking: every term must occur; no stemming (SQLite's FTS5 does better). */
function search<T>(rows: T[], textOf: (row: T) => string, terms: SearchTerms, limit: number): Array<SearchHit<T>> {
  if (terms.length === 0) return [];
  const hits: Array<SearchHit<T>> = [];
  for (const item of rows) {
    const words = searchWords(textOf(item));
    const occurrences = termOccurrences(words, terms);
    if (occurrences.every((count) => count > 0)) hits.push({ item, score: occurrences.reduce((sum, count) => sum + count, 0) / Math.sqrt(words.length) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
