import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { DatabaseFault } from '../graph/sqlite-faults.js';
import { StoreUnavailableError } from '../graph/store-errors.js';

/** What a client reads when the database cannot be reached: what happened and what to do, no driver internals. */
export const DATABASE_UNAVAILABLE = 'The database is unavailable right now (restarting or unreachable); nothing was changed. Try again in a moment.';

/**
 * Yoga's error masking, but a database fault answers its own code (DATABASE_DAMAGED,
 * DATABASE_READ_ONLY…) and a store that lost its database answers DATABASE_UNAVAILABLE
 * (the server stays up and serves again as soon as the database is back); every other
 * unexpected error stays "Unexpected error." as before.
 */
export function maskStoreErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  const fault = databaseFaultError(error);
  if (fault) return fault;
  if (original instanceof StoreUnavailableError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(DATABASE_UNAVAILABLE, { nodes: located?.nodes, path: located?.path, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  return maskError(error, message, isDev);
}

/**
 * A fault of the database (damaged, read-only, full) as the client sees it: its code and what
 * it means, without the file's path (the server logs the whole message, path and advice).
 */
function databaseFaultError(error: unknown): GraphQLError | null {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (!(cause instanceof DatabaseFault)) return null;
  const meaning = {
    DATABASE_DAMAGED: 'The server\'s database is damaged',
    DATABASE_READ_ONLY: 'The server\'s database is read-only: nothing can be written',
    DATABASE_FULL: 'The server\'s disk is full: nothing can be written',
    DATABASE_IO_ERROR: 'The server could not read or write its database',
  }[cause.code];
  const source = error instanceof GraphQLError ? error : null;
  return new GraphQLError(`${meaning}; its operator is told why in the server's log.`, { nodes: source?.nodes, path: source?.path, extensions: { code: cause.code } });
}
