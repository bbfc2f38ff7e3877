import { GraphQLError } from 'graphql';
import type { Page, PageArgs } from '../graph/types.js';

/** Page size when `first` is not given, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'cursor:';

export const toCursor = (id: number): string => Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');

function fromCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(id) || id < 0) {
    throw new GraphQLError(`Invalid cursor "${cursor}": pass the endCursor or an edge cursor of a previous page.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return id;
}

/** Validates connection arguments into a store page request. */
export function pageArgs(args: ConnectionArgs): PageArgs {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('Backward pagination (last/before) is not supported: page forward with first/after.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { first, after: args.after ? fromCursor(args.after) : null };
}

/** A store page as a Relay connection. */
export function toConnection<T extends { id: number }>(page: Page<T>, request: PageArgs) {
  const edges = page.items.map((node) => ({ cursor: toCursor(node.id), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
