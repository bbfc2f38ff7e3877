import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { collectDocumentFiles, ingestFiles } from '../ingest/corpus.js';
import { databaseLabel } from '../graph/open-store.js';
import { createProgress } from '../ingest/progress.js';
import { formatIngestSummary } from '../ingest/summary.js';
import { extractTimeoutOption, maxBytesOption, UsageError, type Values } from './options.js';
import { databaseOption, listedTotals, openDatabase } from './database.js';

/** `whosaid ingest PATH…`: files and folders into the database, with progress and a summary. */
export async function ingestPaths(values: Values, paths: string[]): Promise<void> {
  if (paths.length === 0) throw new UsageError('ingest: name at least one file or folder, e.g. whosaid ingest seeds');
  const missing = paths.find((path) => !existsSync(path));
  if (missing) throw new UsageError(`ingest: ${missing} does not exist; name existing files or folders`);
  const db = databaseOption(values);
  if (db === ':memory:') throw new UsageError('ingest: --db :memory: would forget everything on exit; name a database file');
  const jobsText = (values.jobs as string | undefined) ?? String(availableParallelism());
  const jobs = Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: ${jobsText} is not a number of threads; use 1 or more`);
  const maxBytes = maxBytesOption(values);
  const extractTimeoutMs = extractTimeoutOption(values);

  const store = await openDatabase(db);
  try {
    const { files, notArticles } = await collectDocumentFiles(paths);
    const progress = createProgress(process.stderr, files.length);
    const started = performance.now();
    const report = { ...(await ingestFiles(store, files, { jobs, maxBytes, extractTimeoutMs, onFile: progress.file })), notArticles };
    progress.finish();
    const run = { seconds: (performance.now() - started) / 1000, jobs, database: databaseLabel(db), totals: await listedTotals(store) };
    process.stdout.write(formatIngestSummary(report, run));
    if (report.failed.length) throw new Error(`${report.failed.length} file(s) could not be ingested (reasons above); the others are stored`);
  } finally {
    await store.close();
  }
}
