import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteError } from 'better-sqlite3';
import { UnusableDatabaseError } from './sqlite-migrations.js';

/**
 * A fault of the database file rather than of a request — damaged, read-only, full — with a
 * message that names the file and says what to do. `code` tells clients which (the server
 * sends them the code, and logs the message).
 */
export class DatabaseFault extends Error {
  constructor(message: string, readonly code: 'DATABASE_DAMAGED' | 'DATABASE_READ_ONLY' | 'DATABASE_FULL' | 'DATABASE_IO_ERROR') {
    super(message);
  }
}

/** SQLite's error as a DatabaseFault naming `file` when it is one; any other error as it is. */
export function asDatabaseFault(error: unknown, file: string): unknown {
  if (!(error instanceof SqliteError)) return error;
  const { code, message } = error;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DatabaseFault(`database ${file} is damaged (${message}): restore it from a backup, or move it aside and ingest your articles again into a new file (whosaid ingest FOLDER --db NEW.db)`, 'DATABASE_DAMAGED');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DatabaseFault(`database ${file} is read-only (${message}): give this process write access to the file and its folder, or serve it without --token`, 'DATABASE_READ_ONLY');
  }
  if (code === 'SQLITE_FULL') return new DatabaseFault(`database ${file}: the disk is full (${message}); free space and try again`, 'DATABASE_FULL');
  if (code.startsWith('SQLITE_IOERR')) return new DatabaseFault(`database ${file}: the disk failed to read or write it (${message}); check the disk and the file`, 'DATABASE_IO_ERROR');
  return error;
}

/**
 * Creates the folder a database file goes in, one level at a time from the nearest existing
 * one. Node's recursive mkdir loops forever under /proc ("--db /proc/nope/x.db" spun at
 * 100% CPU) and says EEXIST or ENOTDIR for a path under a file; this says what is wrong.
 */
export function createFolderOf(file: string): void {
  const missing: string[] = [];
  let folder = dirname(resolve(file));
  while (!existsSync(folder)) {
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new UnusableDatabaseError(`cannot create database ${file}: ${folder} is a file, not a folder; pass a path in a folder with --db`);
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      throw new UnusableDatabaseError(`cannot create database ${file}: cannot create the folder ${level} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); pass a path in a folder you can write with --db`);
    }
  }
}
