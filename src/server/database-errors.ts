import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { StoreUnavailableError } from '../graph/store-errors.js';

/** What a client reads when the database cannot be reached: what happened and what to do, no driver internals. */
export const DATABASE_UNAVAILABLE = 'The database is unavailable right now (restarting or unreachable); nothing was changed. Try again in a moment.';

/**
 * Yoga's error masking, but a store that lost its database answers DATABASE_UNAVAILABLE
 * (the server stays up and serves again as soon as the database is back); every other
 * unexpected error stays "Unexpected error." as before.
 */
export function maskStoreErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof StoreUnavailableError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(DATABASE_UNAVAILABLE, { nodes: located?.nodes, path: located?.path, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  return maskError(error, message, isDev);
}
