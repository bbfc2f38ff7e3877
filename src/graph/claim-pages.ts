import { claimSortKey } from './list-order.js';
import type { ClaimRow, ClaimSortField, PageArgs, SortDirection } from './types.js';

/**
 * How the SQL stores page through claims when a claim of one report has no row (its member
 * stands for it: claims-plan.ts ClaimChanges.singles): a keyset page of claim rows and one of
 * single members, each in the list's (key, id) order, merged here. Shared by
 * sqlite-claim-lists.ts and postgres-claim-lists.ts.
 */

/** A single claim in a page: its id and sort key (its member's `reported`, or 1 report). */
export interface SingleKey {
  id: number;
  key: string | number;
}

/**
 * Where a page of single claims starts. A single claim was reported once: its first and last
 * report are its member's (`reported`), its report count 1, so under REPORTS singles are in id
 * order and a cursor past 1 leaves none. `null`: no cursor, from the first; 'none': no single
 * is on this page or after.
 */
export function singleKeyset(page: PageArgs, field: ClaimSortField, direction: SortDirection):
  null | 'none' | { by: 'id'; after: number } | { by: 'reported'; afterKey: string | number; after: number } {
  if (page.after === null) return null;
  if (field === 'ID') return { by: 'id', after: page.after };
  const afterKey = page.afterKey ?? page.after;
  if (field !== 'REPORTS') return { by: 'reported', afterKey, after: page.after };
  const order = compareKeys(1, afterKey) * (direction === 'DESC' ? -1 : 1);
  return order < 0 ? 'none' : order === 0 ? { by: 'id', after: page.after } : null;
}

/** Whether singles are ordered by their id alone (ID, REPORTS) or by `reported` then id. */
export const singlesById = (field: ClaimSortField): boolean => field === 'ID' || field === 'REPORTS';

/** A single's sort key from its id and its member's `reported`. */
export const singleKey = (field: ClaimSortField, id: number, reported: string): string | number => (field === 'ID' ? id : field === 'REPORTS' ? 1 : reported);

/** A page of singles (and one more) from all that pass the filter, in the list's order: for a filter that read them all already. */
export function singlesPage(singles: readonly SingleKey[], page: PageArgs, field: ClaimSortField, direction: SortDirection): SingleKey[] {
  const start = singleKeyset(page, field, direction);
  if (start === 'none') return [];
  const order = inOrder(direction);
  const after = start === null ? singles
    : singles.filter((single) => (start.by === 'id' ? order(single, { id: start.after, key: single.key }) : order(single, { id: start.after, key: start.afterKey })) > 0);
  return firstInOrder(after, page.first + 1, order);
}

/**
 * The first `first + 1` of two pages in the list's order: claim rows, and singles (to be read
 * by the caller, `row` null). One more than the page, to tell whether a next page exists.
 */
export function mergePages(rows: readonly ClaimRow[], singles: readonly SingleKey[], field: ClaimSortField, direction: SortDirection, first: number): Array<{ id: number; row: ClaimRow | null }> {
  return [...rows.map((row) => ({ id: row.id, key: claimSortKey(row, field), row })), ...singles.map((single) => ({ ...single, row: null }))]
    .sort(inOrder(direction))
    .slice(0, first + 1);
}

/** The first `count` items in `order`, in one pass: a page of a country's 8,000 claims without sorting them all. */
function firstInOrder<T>(items: readonly T[], count: number, order: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  for (const item of items) {
    if (first.length === count && order(item, first[count - 1]) >= 0) continue;
    let at = first.length;
    while (at > 0 && order(item, first[at - 1]) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

/** (key, id) order, as the lists' keysets. */
const inOrder = (direction: SortDirection) => (a: SingleKey, b: SingleKey): number => (direction === 'DESC' ? -1 : 1) * (compareKeys(a.key, b.key) || a.id - b.id);

/** Keys compare as the stores' indexes do: numbers as numbers, dates as binary strings. */
function compareKeys(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
