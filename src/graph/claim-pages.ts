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

/**
 * The first `first + 1` of two pages in the list's order: claim rows, and singles (to be read
 * by the caller, `row` null). One more than the page, to tell whether a next page exists.
 */
export function mergePages(rows: readonly ClaimRow[], singles: readonly SingleKey[], field: ClaimSortField, direction: SortDirection, first: number): Array<{ id: number; row: ClaimRow | null }> {
  const sign = direction === 'DESC' ? -1 : 1;
  return [...rows.map((row) => ({ id: row.id, key: claimSortKey(row, field), row })), ...singles.map((single) => ({ ...single, row: null }))]
    .sort((a, b) => sign * (compareKeys(a.key, b.key) || a.id - b.id))
    .slice(0, first + 1);
}

/** Keys compare as the stores' indexes do: numbers as numbers, dates as binary strings. */
function compareKeys(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
