import { existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes, parseBytes } from './server/bytes.js';
import { collectDocumentFiles, ingestFiles, ingestFolder, listDocumentFiles, readDocumentFile } from './ingest/corpus.js';
import { listenOrExplain } from './server/listen.js';
import { databaseLabel, isPostgresUrl, openStore } from './graph/open-store.js';
import { SqliteStore } from './graph/sqlite-store.js';
import type { Store } from './graph/store.js';
import { createBackgroundExtractor, DEFAULT_EXTRACTION_DEADLINE_MS } from './ingest/extraction-pool.js';
import { createProgress } from './ingest/progress.js';
import { describeNotArticles, formatIngestSummary } from './ingest/summary.js';
import { DEFAULT_LIMITS, describeLimits, defaultMaxBodyBytes, LimitError, limitsFromOptions } from './server/limits.js';
import { printedSchema } from './schema/index.js';
import { createServer } from './server/server.js';
import { VERSION } from './version.js';

/** A mistake in how the command was called: one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  run(values: Values, positionals: string[]): Promise<void>;
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** Where the graph is kept unless --db or WHOSAID_DB says otherwise. */
const DEFAULT_DATABASE = './data/whosaid.db';

/** The database --db names, else WHOSAID_DB, else the default SQLite file. */
// An empty --db stays empty, so openDatabase refuses it rather than quietly using the default.
const databaseOption = (values: Values): string => (values.db as string | undefined) ?? (process.env.WHOSAID_DB || DEFAULT_DATABASE);

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'extract the documents of a folder and serve the graph: the explorer at /, GraphQL and GraphiQL at /graphql',
    usage: `whosaid serve [--seeds DIR] [--port N] [--host H] [--db PATH|URL|:memory:] [--token SECRET] [--max-bytes SIZE] [limits, below]

  --seeds DIR        folder of .txt, .md and .html articles to ingest at start-up (default ./seeds), each
                     with an optional NAME.meta.json (title, publishedAt, url, source);
                     files already stored are skipped, a changed file replaces its old version
  --port N           port to listen on (default $PORT or 4000)
  --host H           interface to listen on (default 127.0.0.1)
  --db PATH|URL      SQLite file the graph is kept in (default $WHOSAID_DB or ${DEFAULT_DATABASE},
                     folder created); :memory: keeps it in memory only, gone when the server stops;
                     postgres://user@host:5432/db keeps it in PostgreSQL, shared by many servers
  --token SECRET     allow mutations for requests with "Authorization: Bearer SECRET"
                     (default $WHOSAID_TOKEN; without a token the API is read-only)
  --max-bytes SIZE   largest document accepted, e.g. 5MB (default ${formatBytes(DEFAULT_MAX_DOCUMENT_BYTES)})
  --extract-timeout MS  longest extraction of one ingestDocument text; past it, that text fails
                     (default ${DEFAULT_EXTRACTION_DEADLINE_MS}; 0 = never)

  Limits and security (each also read from WHOSAID_<FLAG>, e.g. WHOSAID_MAX_DEPTH; see README):
  --max-depth N      deepest field nesting in a query (default ${DEFAULT_LIMITS.maxDepth})
  --max-cost N       query cost, objects 2, scalars 1, x1.5 per level, x first (default ${DEFAULT_LIMITS.maxCost})
  --max-objects N    objects a query may return, estimated before it runs (default ${DEFAULT_LIMITS.maxObjects})
  --max-aliases N    aliased fields per operation (default ${DEFAULT_LIMITS.maxAliases})
  --max-directives N directives per operation (default ${DEFAULT_LIMITS.maxDirectives})
  --max-tokens N     tokens in the query text (default ${DEFAULT_LIMITS.maxTokens})
  --max-body SIZE    request body (default 1MB; with --token, 2 x --max-bytes + 1MB)
  --timeout MS       stop a query running longer (default ${DEFAULT_LIMITS.timeoutMs}; 0 = never)
  --cors ORIGINS     comma-separated origins allowed from browsers elsewhere, or '*' (default: none)
  --persisted FILE   JSON operations clients may send by sha256 hash ({"<hash>": "query …"} or ["query …"])
  --persisted-only   refuse every operation not in --persisted FILE
  --no-introspection refuse __schema and __type (and hide field suggestions); also --introspection false`,
    options: {
      ...HELP, seeds: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, token: { type: 'string' }, 'max-bytes': { type: 'string' }, 'extract-timeout': { type: 'string' },
      'max-depth': { type: 'string' }, 'max-cost': { type: 'string' }, 'max-objects': { type: 'string' }, 'max-aliases': { type: 'string' }, 'max-directives': { type: 'string' },
      'max-tokens': { type: 'string' }, 'max-body': { type: 'string' }, timeout: { type: 'string' }, cors: { type: 'string' },
      persisted: { type: 'string' }, 'persisted-only': { type: 'boolean' }, introspection: { type: 'string' }, 'no-introspection': { type: 'boolean' },
    },
    allowPositionals: false,
    run: serve,
  },
  ingest: {
    summary: 'extract files and folders into the database, using every core; shows progress and a summary',
    usage: `whosaid ingest PATH… [--db PATH|URL] [--jobs N] [--max-bytes SIZE]

  PATH…              files, and folders of .txt, .md, .html and .htm articles (recursively);
                     NAME.meta.json beside NAME.txt gives its title, publishedAt, url and source
  --db PATH|URL      SQLite file to add them to (default $WHOSAID_DB or ${DEFAULT_DATABASE}, folder
                     created), or a PostgreSQL URL (postgres://user@host:5432/db); several ingest
                     processes may write one PostgreSQL database at once
  --jobs N           extraction threads (default: one per core, here ${availableParallelism()})
  --max-bytes SIZE   larger files fail, e.g. 5MB (default ${formatBytes(DEFAULT_MAX_DOCUMENT_BYTES)})
  --extract-timeout MS  with --jobs 2 or more, a file whose extraction runs longer fails
                     (default ${DEFAULT_EXTRACTION_DEADLINE_MS}; 0 = never)

  Content already stored is skipped, so an interrupted ingest resumes when run again; a
  changed file replaces its old version. Exit code 1 when a file failed (the others are in).`,
    options: { ...HELP, db: { type: 'string' }, jobs: { type: 'string' }, 'max-bytes': { type: 'string' }, 'extract-timeout': { type: 'string' } },
    allowPositionals: true,
    run: ingestPaths,
  },
  extract: {
    summary: 'print the facts extracted from files as JSON (entities, mentions, statements with spans)',
    usage: `whosaid extract PATH…

  PATH…   files, and folders of .txt, .md, .html and .htm articles (recursively)

  Prints one JSON object: { "documents": [{ "path", "title", "publishedAt", "entities", "mentions", "statements" }] }`,
    options: { ...HELP },
    allowPositionals: true,
    run: extractFiles,
  },
  eval: {
    summary: 'score extraction against gold annotations (precision / recall / F1 per type, statements)',
    usage: `whosaid eval [--gold DIR | --gum DIR | --polnear DIR | --claims DIR] [--json] [--verbose]

  --gold DIR    folder of NN-name.txt + NN-name.json gold pairs (default test/fixtures/gold)
  --gum DIR     the GUM news subset (conllu/*.conllu, e.g. ../shared/gum-news): entity scores
                only; skipped with a note when the folder is absent
  --polnear DIR a PolNeAR folder (text/, attributions/, e.g. ../shared/polnear-train): attribution
                scores (README "Attribution on real news"); skipped with a note when absent
  --part P      with --polnear: develop, measure or all (default: develop and measure side by side)
  --errors N    with --polnear --part develop: also list N sample misses, false alarms, wrong speakers
  --claims DIR  a folder of articles with gold.json (e.g. test/fixtures/claims): pairwise
                precision and recall of claim clustering (one statement, many reports)
  --json        print the scores as JSON instead of a table
  --verbose     also list every miss and false alarm, per document`,
    options: {
      ...HELP, gold: { type: 'string' }, gum: { type: 'string' }, polnear: { type: 'string' }, claims: { type: 'string' }, part: { type: 'string' }, errors: { type: 'string' },
      json: { type: 'boolean' }, verbose: { type: 'boolean' },
    },
    allowPositionals: false,
    run: async (values) => {
      const gum = values.gum as string | undefined;
      const claims = values.claims as string | undefined;
      if ([gum, values.gold, values.polnear, claims].filter((value) => value !== undefined).length > 1) throw new UsageError('eval: pass one of --gold, --gum, --polnear or --claims');
      if (values.polnear !== undefined) return evalPolnear(values);
      if (claims !== undefined) {
        requireFolder('--claims', claims);
        if (!existsSync(join(claims, 'gold.json'))) throw new UsageError(`--claims: ${claims} has no gold.json; see test/fixtures/claims for the format`);
        const { evaluateClaims, formatClaimsReport } = await import('./eval/claims.js');
        const report = await evaluateClaims(claims);
        process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatClaimsReport(report));
        return;
      }
      if (values.part !== undefined || values.errors !== undefined) throw new UsageError('eval: --part and --errors go with --polnear DIR');
      // GUM is not ours to ship: where it has not been fetched, evaluation goes on without it.
      if (gum !== undefined && !existsSync(gum)) {
        process.stdout.write(`GUM news not found at ${gum}: skipped\n`);
        return;
      }
      const folder = (values.gold as string | undefined) ?? 'test/fixtures/gold';
      if (gum === undefined) requireFolder('--gold', folder);
      // Loaded here, as extract is below: `serve` never loads the NLP model into the thread that answers queries.
      const [{ evaluateFolder, evaluatePairs, formatReport }, { loadGumFolder }] = await Promise.all([import('./eval/report.js'), import('./eval/gum.js')]);
      const report = gum === undefined ? await evaluateFolder(folder) : evaluatePairs(await loadGumFolder(gum));
      // Scores over nothing would read as perfect (every F1 1.000).
      if (report.documents.length === 0) {
        throw new UsageError(gum === undefined ? `--gold: ${folder} holds no gold pairs (NN-name.json beside NN-name.txt); point --gold at a folder of gold annotations, e.g. test/fixtures/gold` : `--gum: ${gum} holds no GUM documents (conllu/*.conllu); point --gum at the GUM news subset`);
      }
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose === true, statements: gum === undefined }));
    },
  },
  export: {
    summary: 'write the who-talks-about-whom graph for Gephi, yEd or Neo4j, or its statements as JSON Lines',
    usage: `whosaid export --format graphml|gexf|csv|jsonl [--db PATH] [--out PATH] [--from DATE] [--to DATE] [--min-statements N]

  --format F          graphml (Gephi, yEd), gexf (Gephi, with dated edges), csv (Neo4j bulk
                      import: nodes.csv and relationships.csv), jsonl (one statement per line
                      with its evidence)
  --db PATH|URL       SQLite file or PostgreSQL URL to read (default $WHOSAID_DB or ${DEFAULT_DATABASE})
  --out PATH          file to write (default: standard output); a folder for csv
  --from, --to DATE   only statements dated within (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)
  --min-statements N  only speaker → topic edges carried by N statements or more (default 1)

  Nodes are speakers and the entities their statements are about; an edge is a speaker
  talking about an entity, weighted by statements and dated by the first and last.`,
    options: { ...HELP, format: { type: 'string' }, db: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'min-statements': { type: 'string' } },
    allowPositionals: false,
    run: exportGraph,
  },
  'print-schema': {
    summary: 'print the GraphQL schema (SDL, sorted)',
    usage: 'whosaid print-schema',
    options: { ...HELP },
    allowPositionals: false,
    run: async () => {
      process.stdout.write(printedSchema());
    },
  },
};

const MAIN_USAGE = `whosaid ${VERSION} — who said what about whom, from news articles

Usage: whosaid <command> [options]   (whosaid <command> --help for details; whosaid --version)

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(13)} ${command.summary}`).join('\n')}
`;

function maxBytesOption(values: Values): number {
  const text = values['max-bytes'] as string | undefined;
  if (text === undefined) return DEFAULT_MAX_DOCUMENT_BYTES;
  const bytes = parseBytes(text);
  if (bytes === null) throw new UsageError(`--max-bytes: ${text} is not a size; write e.g. 5000000, 512KB or 5MB`);
  return bytes;
}

function extractTimeoutOption(values: Values): number {
  const text = (values['extract-timeout'] as string | undefined) ?? process.env.WHOSAID_EXTRACT_TIMEOUT;
  if (text === undefined || text === '') return DEFAULT_EXTRACTION_DEADLINE_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) throw new UsageError(`--extract-timeout: ${text} is not a number of milliseconds; use 0 or more`);
  return ms;
}

function requireFolder(flag: string, folder: string): void {
  if (!existsSync(folder)) throw new UsageError(`${flag}: folder ${folder} does not exist; pass an existing folder of articles`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`${flag}: ${folder} is a file, not a folder; pass the folder that holds your articles (or add one file with whosaid ingest ${folder})`);
}

/** `eval --polnear DIR`: attribution scores on PolNeAR's develop and measure parts (or one of them). */
async function evalPolnear(values: Values): Promise<void> {
  const folder = values.polnear as string;
  // PolNeAR is not ours to ship: where it has not been fetched, evaluation goes on without it.
  if (!existsSync(folder)) {
    process.stdout.write(`PolNeAR not found at ${folder}: skipped\n`);
    return;
  }
  const partText = values.part as string | undefined;
  if (partText !== undefined && !['develop', 'measure', 'all'].includes(partText)) throw new UsageError(`--part: ${partText} is not a part; use develop, measure or all`);
  const errorsText = values.errors as string | undefined;
  const errors = errorsText === undefined ? 0 : Number(errorsText);
  if (!Number.isInteger(errors) || errors < 0) throw new UsageError(`--errors: ${errorsText} is not a count; use e.g. --errors 20`);
  if (errors > 0 && partText !== 'develop') throw new UsageError('--errors: error samples are listed for the develop part only; add --part develop');
  const parts = partText ? [partText as 'develop' | 'measure' | 'all'] : (['develop', 'measure'] as const);
  const { evaluatePolnear, formatErrors, formatPolnear } = await import('./eval/polnear.js');
  const runs = parts.map((part) => evaluatePolnear(folder, part));
  const reports = runs.map((run) => run.report);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(reports.map((report) => [report.part, report])), null, 2)}\n`);
    return;
  }
  process.stdout.write(formatPolnear(reports));
  if (errors > 0) process.stdout.write(`\n${formatErrors(runs[0].errors(errors))}`);
}

/** Opens --db; an empty path is a usage mistake (SQLite would quietly use a temporary database). */
async function openDatabase(db: string): Promise<Store> {
  if (db.trim() === '') throw new UsageError('--db: the path is empty; name a database file (e.g. --db ./data/whosaid.db), a PostgreSQL URL, or :memory:');
  return openStore(db);
}

/** A SQLite file this process may only read: served, never written. */
const isReadOnly = (store: Store): boolean => store instanceof SqliteStore && store.readOnly;

/** The graph's size as the API lists it: entities while a document mentions them (not a country named only as a relation's target). */
async function listedTotals(store: Store) {
  const [counts, stats] = await Promise.all([store.counts(), store.stats()]);
  return { ...counts, entities: stats.people + stats.organizations + stats.countries };
}

async function serve(values: Values): Promise<void> {
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

async function ingestPaths(values: Values, paths: string[]): Promise<void> {
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

async function exportGraph(values: Values): Promise<void> {
  const db = databaseOption(values);
  if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`--db: ${db} does not exist; ingest articles first (whosaid ingest FOLDER --db ${db})`);
  const { runExport, ExportUsageError } = await import('./export/command.js');
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

async function extractFiles(_values: Values, paths: string[]): Promise<void> {
  if (paths.length === 0) throw new UsageError('extract: name at least one file or folder, e.g. whosaid extract seeds/article.txt');
  const missing = paths.find((path) => !existsSync(path));
  if (missing) throw new UsageError(`extract: ${missing} does not exist; name existing files or folders`);
  const { extract } = await import('./extract/index.js');
  const documents = [];
  for (const path of await namedFiles(paths)) {
    let text;
    try {
      text = await readDocumentFile(path);
    } catch (error) {
      throw new Error(`extract: ${path}: ${(error as Error).message}`);
    }
    const { title, publishedAt, entities, mentions, statements, warnings } = extract(text);
    documents.push({ path, title, publishedAt, entities, mentions, statements, warnings });
  }
  process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
}

/** The files `extract` reads: each file named, and each folder's articles, as the user wrote their paths. */
async function namedFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) files.push(...(await listDocumentFiles(path)).files);
    else files.push(path);
  }
  return files;
}

/**
 * `whosaid … | head` closes the pipe while we still write: that is the reader saying
 * "enough", not a failure, so the process ends at once, quietly, with exit code 0.
 */
function endQuietlyWhenReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  endQuietlyWhenReaderLeaves();
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`whosaid ${VERSION}\n`);
    return 0;
  }
  // Called with nothing to do is a usage error: the help goes where errors go.
  if (!name) {
    process.stderr.write(MAIN_USAGE);
    return 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; run whosaid --help for the list`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: true });
    } catch (error) {
      throw new UsageError(`${name}: ${(error as Error).message.split('\n')[0]}; run whosaid ${name} --help`);
    }
    if (parsed.values.help) {
      process.stdout.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    await command.run(parsed.values, parsed.positionals);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`whosaid: ${error.message}`);
      return 2;
    }
    console.error(`whosaid: ${(error as Error).message}`);
    return 1;
  }
}
