import { GraphQLError } from 'graphql';
import { LIST_ESTIMATE, MAX_LIST_ITEMS } from '../server/limits.js';
import { builder } from './builder.js';

/*
 * Lists without pages (`Document.statements`, `mentions`, `entities`, `Entity.evidence`): a
 * news article has a few dozen of each, but a hostile one may have 75,000. Each takes `first`;
 * without it the whole list comes back when it holds at most MAX_LIST_ITEMS, and is refused
 * with LIST_TOO_LONG otherwise — never loaded whole: the store reads one row more than the cap.
 */

export const boundedListArgs = builder.args((t) => ({
  first: t.int({ description: `How many, from the start of the list (0 to ${MAX_LIST_ITEMS}). When omitted, the whole list; a list of more than ${MAX_LIST_ITEMS} is then refused (LIST_TOO_LONG).` }),
}));

/**
 * The object estimate (server/object-estimate.ts) counts a bounded list without `first` as
 * LIST_ESTIMATE items, its usual size; the request guard counts what it really holds.
 */
export const boundedListExtensions = { listEstimate: LIST_ESTIMATE };

/** How many rows to read for a list asked with `first`: that many, or one more than the cap, to tell a list that is too long. */
export function rowsToRead(first: number | null | undefined): number {
  if (first == null) return MAX_LIST_ITEMS + 1;
  if (!Number.isInteger(first) || first < 0 || first > MAX_LIST_ITEMS) {
    throw new GraphQLError(`first must be between 0 and ${MAX_LIST_ITEMS}, got ${first}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return first;
}

/**
 * The rows read with rowsToRead: as they are with `first`, refused without it when there are
 * more than the cap. `list` names the field ("Document.statements"); `instead`, when there is
 * one, how to get them all ("page through Query.statements(filter: { document: … })").
 */
export function boundedList<T>(rows: T[], first: number | null | undefined, list: string, instead?: string): T[] {
  if (first != null || rows.length <= MAX_LIST_ITEMS) return rows;
  throw listTooLong(`${list} holds more than ${MAX_LIST_ITEMS} items, this server's most for a list without pages: pass first (at most ${MAX_LIST_ITEMS})${instead ? `, or ${instead}` : ''}.`);
}

export const listTooLong = (message: string) => new GraphQLError(message, { extensions: { code: 'LIST_TOO_LONG', limit: MAX_LIST_ITEMS } });
