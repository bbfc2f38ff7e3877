import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { ingestFolder } from '../ingest/corpus.js';
import { listenOrExplain } from '../server/listen.js';
import { databaseLabel } from '../graph/open-store.js';
import { createBackgroundExtractor } from '../ingest/extraction-pool.js';
import { describeNotArticles } from '../ingest/summary.js';
import { describeLimits, defaultMaxBodyBytes, LimitError, limitsFromOptions } from '../server/limits.js';
import { createServer } from '../server/server.js';
import { extractTimeoutOption, maxBytesOption, requireFolder, UsageError, type Values } from './options.js';
import { databaseOption, isReadOnly, listedTotals, openDatabase } from './database.js';

/**
 * `whosaid serve`: the one place that listens. The Yoga server is built without a socket
 * (server/server.ts); this takes the port, ingests the seeds and hands requests over.
 */
export async function serve(values: Values): Promise<void> {
  const seeds = (values.seeds as string | undefined) ?? './seeds';
  const db = databaseOption(values);
  // An empty WHOSAID_TOKEN means none: writes stay off rather than open to an empty bearer.
  const token = (values.token as string | undefined) || process.env.WHOSAID_TOKEN || undefined;
  const maxBytes = maxBytesOption(values);
  const extractTimeoutMs = extractTimeoutOption(values);
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const portText = (values.port as string | undefined) ?? process.env.PORT ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: ${portText} is not a port number; use 0–65535`);
  requireFolder('--seeds', seeds);
  let limits;
  try {
    limits = limitsFromOptions(values);
  } catch (error) {
    if (error instanceof LimitError) throw new UsageError(error.message);
    throw error;
  }

  // The port is taken before the seeds are read: a busy port fails at once, not after the ingest.
  // Until the graph is ready, every request gets 503 (starting).
  let handler: RequestListener = (_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"status":"starting"}\n');
  };
  const server = createHttpServer((request, response) => handler(request, response));
  await listenOrExplain(server, port, host);

  const store = await openDatabase(db);
  const readOnly = isReadOnly(store);
  if (token && readOnly) console.error(`whosaid: warning: database ${databaseLabel(db)} is read-only: every mutation will fail (DATABASE_READ_ONLY); give this process write access to it and its folder`);
  const started = performance.now();
  const report = readOnly ? { documents: 0, skipped: 0, failed: [], notArticles: [], warnings: [] } : await ingestFolder(store, seeds, { maxBytes });
  for (const line of describeNotArticles(report.notArticles, 'whosaid: not read ')) console.error(line);
  for (const failure of report.failed) console.error(`whosaid: skipped ${failure.path}: ${failure.reason}`);
  for (const warning of report.warnings) console.error(`whosaid: warning: ${warning.message}`);
  const totals = await listedTotals(store);
  console.error(readOnly ? `whosaid: ${seeds}: not read, the database is read-only`
    : `whosaid: ${seeds}: ${report.documents} new document(s), ${report.skipped} already stored, in ${Math.round(performance.now() - started)} ms`);
  console.error(`whosaid: database ${databaseLabel(db)}: ${totals.documents} documents, ${totals.entities} entities, ${totals.statements} statements`);
  console.error(token ? 'whosaid: mutations allowed with "Authorization: Bearer <token>"' : 'whosaid: read-only API (start with --token or WHOSAID_TOKEN to allow mutations)');

  console.error(`whosaid: limits: ${describeLimits(limits, limits.maxBodyBytes ?? defaultMaxBodyBytes(Boolean(token), maxBytes))}`);
  const yoga = createServer({ store, token, maxDocumentBytes: maxBytes, limits, extractor: createBackgroundExtractor(extractTimeoutMs) });
  handler = yoga;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  console.log(`whosaid: explorer at ${origin}/ · GraphiQL at ${origin}/graphql`);
  const stop = () => {
    // Open subscription streams would hold close() forever.
    server.close(() => void store.close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
