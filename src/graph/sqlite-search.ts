import { SEARCH_CANDIDATES, bestNameCandidates, searchWords } from './search-terms.js';
import type { SqliteReads } from './sqlite-reads.js';
import { STATEMENT_COLUMNS, toDocument, toStatement, type DocumentRecord, type StatementRecord } from './sqlite-rows.js';
import { toMatchExpression, toPrefixExpression, type PreparedSql } from './sqlite-sql.js';
import type { DocumentRow, EntityKind, EntityRow, SearchHit, StatementRow } from './types.js';

/** Weights of the full-text columns: a word in the title or the statement counts more than one in the body or sentence. */
const DOCUMENT_RANK = 'bm25(documents_fts, 4.0, 1.0)';
const STATEMENT_RANK = 'bm25(statements_fts, 2.0, 1.0)';

/** Full-text search of the SQLite store (FTS5): entities by the beginnings of their names' words, documents and statements by words and phrases. */
export class SqliteSearch {
  constructor(private readonly sql: PreparedSql, private readonly reads: SqliteReads) {}

  searchEntities(query: string, kinds: readonly EntityKind[], limit: number): Array<SearchHit<EntityRow>> {
    const prefixes = searchWords(query);
    if (prefixes.length === 0 || kinds.length === 0) return [];
    // Candidates: the most mentioned entities whose names or roles have words with these beginnings,
    // and those the exact name finds. Scored on their names and roles alone; only the best are read whole.
    type Candidate = { id: number; name: string; aliases: string[]; roles: string[]; mentionCount: number };
    const candidates: Candidate[] = this.sql<{ id: number; name: string; aliases: string; roles: string; mention_count: number }>(`SELECT e.id, e.name, e.aliases, e.roles, e.mention_count
      FROM entities_fts f JOIN entities e ON e.id = f.rowid
      WHERE entities_fts MATCH ? AND e.mention_count > 0 AND e.kind IN (SELECT value FROM json_each(?)) ORDER BY e.mention_count DESC, e.id LIMIT ?`)
      .all(toPrefixExpression(prefixes), JSON.stringify(kinds), Math.max(limit, SEARCH_CANDIDATES))
      .map((record) => ({ id: record.id, name: record.name, aliases: JSON.parse(record.aliases) as string[], roles: JSON.parse(record.roles) as string[], mentionCount: record.mention_count }));
    const exact = this.reads.findEntities(query).filter((row) => kinds.includes(row.kind) && row.mentionCount > 0);
    const best = bestNameCandidates(candidates, exact, prefixes, limit);
    const rows = this.reads.entitiesByIds(best.map((hit) => hit.id));
    return best.map((hit, index) => ({ item: rows[index]!, score: hit.score }));
  }

  searchDocuments(query: string, limit: number): Array<SearchHit<DocumentRow>> {
    const match = toMatchExpression(query);
    if (!match) return [];
    // Ranked in the index alone, then joined: the rows of the few best only are read (not of every match).
    return this.sql<DocumentRecord & { rank: number }>(`SELECT d.*, f.rank FROM (SELECT rowid, ${DOCUMENT_RANK} AS rank FROM documents_fts
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN documents d ON d.id = f.rowid ORDER BY f.rank`).all(match, limit).map((record) => ({ item: toDocument(record), score: -record.rank }));
  }

  searchStatements(query: string, limit: number): Array<SearchHit<StatementRow>> {
    const match = toMatchExpression(query);
    if (!match) return [];
    return this.sql<StatementRecord & { rank: number }>(`SELECT ${STATEMENT_COLUMNS}, f.rank FROM (SELECT rowid, ${STATEMENT_RANK} AS rank FROM statements_fts
      WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN statements s ON s.id = f.rowid ORDER BY f.rank`).all(match, limit).map((record) => ({ item: toStatement(record), score: -record.rank }));
  }
}
