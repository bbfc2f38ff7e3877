import type { Statement } from 'better-sqlite3';
import { parseSearchTerms } from './search-terms.js';

/**
 * What the SQLite store's modules share to build queries (as postgres-sql.ts for PostgreSQL):
 * the store's prepared statements, WHERE clauses with their parameters, and FTS5 expressions.
 */

/** A statement prepared once per SQL text (SqliteStore.sql): the queries are few and repeated. */
export type PreparedSql = <Row>(source: string) => Statement<unknown[], Row>;

/** A WHERE clause built from conditions, with their parameters in order. */
export class Where {
  readonly parameters: unknown[];
  constructor(public sql: string, ...parameters: unknown[]) {
    this.parameters = parameters;
  }

  add(condition: string, ...parameters: unknown[]): void {
    this.sql += ` AND (${condition})`;
    this.parameters.push(...parameters);
  }
}

/** Every word a quoted FTS5 prefix query (words are letters and digits only: searchWords). */
export const toPrefixExpression = (words: readonly string[]): string => words.map((word) => `"${word}"*`).join(' AND ');

/** Every term a quoted FTS5 phrase: user text never reaches the MATCH syntax. */
export function toMatchExpression(query: string): string | null {
  const terms = parseSearchTerms(query);
  return terms.length ? terms.map((words) => `"${words.join(' ')}"`).join(' AND ') : null;
}