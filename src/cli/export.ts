import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore } from '../graph/open-store.js';
import { UsageError, type Values } from './options.js';
import { databaseOption } from './database.js';

/** `whosaid export`: the graph for Gephi, yEd or Neo4j, or its statements as JSON Lines (the writers are in export/). */
export async function exportGraph(values: Values): Promise<void> {
  const db = databaseOption(values);
  if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`--db: ${db} does not exist; ingest articles first (whosaid ingest FOLDER --db ${db})`);
  const { runExport, ExportUsageError } = await import('../export/command.js');
  const store = await openStore(db);
  try {
    const text = (name: string) => values[name] as string | undefined;
    const options = { format: text('format'), out: text('out'), from: text('from'), to: text('to'), minStatements: text('min-statements') };
    const { written, nodes, edges } = await runExport(store, options, process.stdout);
    if (written.length) console.error(`whosaid: ${nodes} nodes, ${edges} edges: wrote ${written.join(', ')}`);
  } catch (error) {
    if (error instanceof ExportUsageError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
