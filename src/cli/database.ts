import { openStore } from '../graph/open-store.js';
import { SqliteStore } from '../graph/sqlite-store.js';
import type { Store } from '../graph/store.js';
import { UsageError, type Values } from './options.js';

/**
 * The database a command works on (--db, else WHOSAID_DB, else a SQLite file), opened, and
 * its size as the commands report it: serve, ingest and export all start here.
 */

/** Where the graph is kept unless --db or WHOSAID_DB says otherwise. */
export const DEFAULT_DATABASE = './data/whosaid.db';

/** The database --db names, else WHOSAID_DB, else the default SQLite file. */
// An empty --db stays empty, so openDatabase refuses it rather than quietly using the default.
export const databaseOption = (values: Values): string => (values.db as string | undefined) ?? (process.env.WHOSAID_DB || DEFAULT_DATABASE);

/** Opens --db; an empty path is a usage mistake (SQLite would quietly use a temporary database). */
export async function openDatabase(db: string): Promise<Store> {
  if (db.trim() === '') throw new UsageError('--db: the path is empty; name a database file (e.g. --db ./data/whosaid.db), a PostgreSQL URL, or :memory:');
  return openStore(db);
}

/** A SQLite file this process may only read: served, never written. */
export const isReadOnly = (store: Store): boolean => store instanceof SqliteStore && store.readOnly;

/** The graph's size as the API lists it: entities while a document mentions them (not a country named only as a relation's target). */
export async function listedTotals(store: Store) {
  const [counts, stats] = await Promise.all([store.counts(), store.stats()]);
  return { ...counts, entities: stats.people + stats.organizations + stats.countries };
}
