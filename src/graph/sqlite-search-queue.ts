/**
 * Indexes every row the triggers queued (migration 6 has the queue and why it exists): one
 * statement per table, in id order, the order FTS5 appends fastest. A store runs these inside
 * each write transaction, just before it commits, so readers never see a row unindexed.
 */
export const FLUSH_SEARCH_QUEUE: readonly string[] = [
  `INSERT INTO documents_fts (rowid, title, text)
    SELECT d.id, d.title, d.text FROM search_queue q JOIN documents d ON d.id = q.id WHERE q.source = 'document' ORDER BY q.id`,
  `INSERT INTO statements_fts (rowid, text, sentence_text)
    SELECT s.id, s.text, s.sentence_text FROM search_queue q JOIN statements s ON s.id = q.id WHERE q.source = 'statement' ORDER BY q.id`,
  `INSERT INTO entities_fts (rowid, names, roles)
    SELECT e.id, e.name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(e.aliases)),
      (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(e.roles))
    FROM search_queue q JOIN entities e ON e.id = q.id WHERE q.source = 'entity' ORDER BY q.id`,
  `DELETE FROM search_queue`,
];
