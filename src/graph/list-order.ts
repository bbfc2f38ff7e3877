import type { ClaimRow, ClaimSortField, DocumentRow, DocumentSortField, EntityRow, EntitySortField, Page, PageArgs, Sort, StatementRow, StatementSortField } from './types.js';

/**
 * Sort keys of the orders lists offer, computed the same way by every store (the SQLite
 * store writes the same expressions in SQL) so that both page identically.
 */

/** Lower-cases ASCII letters only: what SQLite's built-in lower() does, so both stores order names alike. */
export const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** A statement's date for filters and sorting: when it was said if the text says, else its document's publication day; '' when neither is known. */
export const statementDate = (row: Pick<StatementRow, 'date'>, publishedAt: string | null): string => row.date ?? publishedAt?.slice(0, 10) ?? '';

export function entitySortKey(row: EntityRow, field: EntitySortField): string | number {
  switch (field) {
    case 'MENTIONS': return row.mentionCount;
    case 'STATEMENTS': return row.statementCount;
    case 'NAME': return asciiLower(row.name);
    default: return row.id;
  }
}

export function claimSortKey(row: ClaimRow, field: ClaimSortField): string | number {
  switch (field) {
    case 'REPORTS': return row.reportCount;
    case 'FIRST_REPORTED': return row.firstReported ?? '';
    case 'LAST_REPORTED': return row.lastReported ?? '';
    default: return row.id;
  }
}

export const documentSortKey = (row: DocumentRow, field: DocumentSortField): string | number => (field === 'PUBLISHED' ? row.publishedAt ?? '' : row.id);

export const statementSortKey = (row: StatementRow, field: StatementSortField, publishedAt: string | null): string | number =>
  field === 'DATE' ? statementDate(row, publishedAt) : row.id;

/** Whether a date (YYYY[-MM[-DD]][T…]) lies within from..to, both inclusive and given as prefixes ("2024-05" is all of May). */
export function inDateRange(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  return date !== '' && (from === undefined || date >= from) && (to === undefined || date <= `${to}~`);
}

/** The upper bound inDateRange compares with: '~' sorts after every character of a date. */
export const dateUpperBound = (to: string): string => `${to}~`;

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Keyset pagination in memory over rows with their sort keys: sorts by (key, id) in the
 * direction asked, skips to the row after the cursor. The reference the SQL stores follow.
 */
export function paginateSorted<T extends { id: number }>(rows: Array<{ row: T; key: string | number }>, page: PageArgs, direction: Sort<string>['direction']): Page<T> {
  const sign = direction === 'DESC' ? -1 : 1;
  rows.sort((a, b) => sign * (compare(a.key, b.key) || a.row.id - b.row.id));
  let from = 0;
  if (page.after !== null) {
    const after = { key: page.afterKey ?? page.after, id: page.after };
    from = rows.findIndex(({ row, key }) => sign * (compare(key, after.key) || row.id - after.id) > 0);
    if (from === -1) from = rows.length;
  }
  return { items: rows.slice(from, from + page.first).map(({ row }) => row), totalCount: rows.length, hasNextPage: from + page.first < rows.length };
}

/**
 * The rows that match, one page of them, for the in-memory store's lists. One pass, no copy,
 * for the default order (rows iterate in id order); a sort otherwise.
 */
export function paginateMatching<T extends { id: number }>(rows: Iterable<T>, matches: (row: T) => boolean, page: PageArgs, sort: Sort<string>, keyOf: (row: T) => string | number): Page<T> {
  if (sort.field === 'ID' && sort.direction === 'ASC') {
    const items: T[] = [];
    let totalCount = 0;
    for (const row of rows) {
      if (!matches(row)) continue;
      totalCount++;
      if ((page.after === null || row.id > page.after) && items.length <= page.first) items.push(row);
    }
    return { items: items.slice(0, page.first), totalCount, hasNextPage: items.length > page.first };
  }
  const keyed: Array<{ row: T; key: string | number }> = [];
  for (const row of rows) if (matches(row)) keyed.push({ row, key: keyOf(row) });
  return paginateSorted(keyed, page, sort.direction);
}
