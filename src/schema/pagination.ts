import { GraphQLError } from 'graphql';
import { searchWords } from '../graph/search-terms.js';
import { MAX_SEARCH_TERMS } from '../server/limits.js';
import type { Page, PageArgs, SortDirection } from '../graph/types.js';
import { builder } from './builder.js';

/** Page size when `first` is not given, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The order of a list: a cursor is only valid in the order it was made in. */
export interface ListOrder {
  field: string;
  direction: SortDirection;
}

export const DEFAULT_ORDER: ListOrder = { field: 'ID', direction: 'ASC' };

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a list is sorted.',
  values: {
    ASC: { description: 'Ascending: smallest, earliest, A first.' },
    DESC: { description: 'Descending: largest, latest, Z first.' },
  },
});

const CURSOR_PREFIX = 'cursor:';
const isDefault = (order: ListOrder) => order.field === 'ID' && order.direction === 'ASC';
const describeOrder = (order: ListOrder) => (isDefault(order) ? 'the default order' : `orderBy { field: ${order.field}, direction: ${order.direction} }`);

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Opaque: the id alone in the default order; the order, the sort key and the id in any other. */
export function toCursor(id: number, order: ListOrder = DEFAULT_ORDER, key?: string | number): string {
  const body = isDefault(order) ? String(id) : JSON.stringify([`${order.field}:${order.direction}`, key ?? id, id]);
  return Buffer.from(`${CURSOR_PREFIX}${body}`).toString('base64url');
}

function fromCursor(cursor: string, order: ListOrder): { id: number; key: string | number | null } {
  const invalid = () => badInput(`Invalid cursor "${cursor}": pass the endCursor or an edge cursor of a previous page of the same list.`);
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) throw invalid();
  const body = decoded.slice(CURSOR_PREFIX.length);
  let made: ListOrder = DEFAULT_ORDER;
  let id: unknown;
  let key: unknown = null;
  if (body.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw invalid();
    }
    if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string') throw invalid();
    const [field, direction] = parsed[0].split(':');
    made = { field, direction: direction as SortDirection };
    [, key, id] = parsed;
    if (typeof key !== 'string' && typeof key !== 'number') throw invalid();
  } else {
    id = Number(body);
  }
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || body === '') throw invalid();
  if (made.field !== order.field || made.direction !== order.direction) {
    throw badInput(`The cursor "${cursor}" was made for ${describeOrder(made)}, not ${describeOrder(order)}: cursors are only valid in the order they came from.`);
  }
  return { id, key: key as string | number | null };
}

/** Checks a page size: 0 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`);
  return size;
}

/** Validates connection arguments into a store page request for a list in `order`. */
export function pageArgs(args: ConnectionArgs, order: ListOrder = DEFAULT_ORDER): PageArgs {
  if (args.last != null || args.before != null) {
    throw badInput('Backward pagination (last/before) is not supported: page forward with first/after.');
  }
  const first = pageSize(args.first);
  if (!args.after) return { first, after: null };
  const { id, key } = fromCursor(args.after, order);
  return { first, after: id, afterKey: key };
}

/** A store page as a Relay connection; `keyOf` gives each row's sort key in `order`. */
export function toConnection<T extends { id: number }>(page: Page<T>, request: PageArgs, order: ListOrder = DEFAULT_ORDER, keyOf?: (row: T) => string | number) {
  const edges = page.items.map((node) => ({ cursor: toCursor(node.id, order, keyOf?.(node)), node }));
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

/** The order an orderBy argument asks for; each field has its natural direction when none is given. */
export function listOrder<Field extends string>(orderBy: { field: Field; direction?: SortDirection | null } | null | undefined, naturalDirection: (field: Field) => SortDirection): { field: Field | 'ID'; direction: SortDirection } {
  if (!orderBy) return { field: 'ID', direction: 'ASC' };
  return { field: orderBy.field, direction: orderBy.direction ?? naturalDirection(orderBy.field) };
}

/** Dates in filters: YYYY, YYYY-MM or YYYY-MM-DD, of the calendar ("2024-02-30" is not one). */
export function checkDate(value: string | null | undefined, name: string): string | undefined {
  if (value == null) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw badInput(`${name} "${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const inCalendar = (month === undefined || (month >= 1 && month <= 12))
    && (day === undefined || (day >= 1 && day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate()));
  if (!inCalendar) throw badInput(`${name} "${value}" is not a date of the calendar: months go from 01 to 12, days to the month's last.`);
  return value;
}

/**
 * Search words and names: at most MAX_SEARCH_TERMS words. Each word is one more ANDed index
 * lookup (and one more pass over every candidate name), so a text of 800 words would hold the
 * database for seconds; no name or search needs more.
 */
export function checkSearchText<T extends string | null | undefined>(value: T, name: string): T {
  if (value == null || value.length < MAX_SEARCH_TERMS) return value;
  const words = searchWords(value).length;
  if (words > MAX_SEARCH_TERMS) {
    throw new GraphQLError(`${name} has ${words} words, above this server's limit of ${MAX_SEARCH_TERMS}: search with the few words that matter.`, { extensions: { code: 'SEARCH_TOO_LONG', limit: MAX_SEARCH_TERMS, found: words } });
  }
  return value;
}
