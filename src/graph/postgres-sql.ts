import { parseSearchTerms } from './search-terms.js';

/** Parameters of one query, numbered as they are added: `$1`, `$2`… stand where values go, never user text. */
export class SqlBuilder {
  readonly parameters: unknown[] = [];

  value(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }
}

/**
 * A tsquery for words and "quoted phrases", all required (parseSearchTerms), through the
 * stemming text configuration: each term a phrase query, so word order within quotes counts.
 * Null when nothing searchable is left.
 */
export function documentMatch(sql: SqlBuilder, query: string): string | null {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return null;
  return `(${terms.map((words) => `phraseto_tsquery('whosaid_text', ${sql.value(words.join(' '))})`).join(' && ')})`;
}

/** A condition: the tsvector `column` matches the search (false when nothing searchable is left, as the other stores). */
export function textMatch(sql: SqlBuilder, column: string, query: string): string {
  const match = documentMatch(sql, query);
  return match ? `${column} @@ ${match}` : 'false';
}
