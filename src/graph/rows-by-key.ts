/** Rows in the order of the keys asked for, null where missing. */
export function byKey<Key, Row>(keys: readonly Key[], rows: Row[], keyOf: (row: Row) => Key): Array<Row | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Rows grouped per key, in the order of the keys asked for. */
export function groupBy<Row>(keys: readonly number[], rows: Row[], keyOf: (row: Row) => number): Row[][] {
  const groups = new Map(keys.map((key) => [key, [] as Row[]]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
