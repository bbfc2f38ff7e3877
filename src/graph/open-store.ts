import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** Whether `--db` names a PostgreSQL database (postgres://… or postgresql://…) rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/**
 * The store `--db` (or WHOSAID_DB) names: a PostgreSQL URL, a SQLite file (created with its
 * folder), or `:memory:`. PostgreSQL's driver is loaded only when asked for.
 */
export async function openStore(db: string): Promise<Store> {
  if (!isPostgresUrl(db)) return SqliteStore.open(db);
  const { PostgresStore } = await import('./postgres-store.js');
  return PostgresStore.open(db);
}

/** How messages name the database: a URL without its password, or the file. */
export function databaseLabel(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
