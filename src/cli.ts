import { existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes, parseBytes } from './server/bytes.js';
import { collectDocumentFiles, ingestFiles, ingestFolder, readDocumentFile } from './ingest/corpus.js';
import { SqliteStore } from './graph/sqlite-store.js';
import { createProgress } from './ingest/progress.js';
import { formatIngestSummary } from './ingest/summary.js';
import { DEFAULT_LIMITS, describeLimits, defaultMaxBodyBytes, LimitError, limitsFromOptions } from './server/limits.js';
import { printedSchema } from './schema/index.js';
import { createServer } from './server/server.js';

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

/** Where the graph is kept unless --db says otherwise. */
const DEFAULT_DATABASE = './data/whosaid.db';

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'extract the documents of a folder and serve the graph over GraphQL (GraphiQL at /graphql)',
    usage: `whosaid serve [--seeds DIR] [--port N] [--host H] [--db PATH|:memory:] [--token SECRET] [--max-bytes SIZE] [limits, below]

  --seeds DIR        folder of .txt, .md and .html articles to ingest at start-up (default ./seeds);
                     files already stored are skipped, a changed file replaces its old version
  --port N           port to listen on (default $PORT or 4000)
  --host H           interface to listen on (default 127.0.0.1)
  --db PATH          SQLite file the graph is kept in (default ${DEFAULT_DATABASE}, folder created);
                     :memory: keeps it in memory only, gone when the server stops
  --token SECRET     allow mutations for requests with "Authorization: Bearer SECRET"
                     (default $WHOSAID_TOKEN; without a token the API is read-only)
  --max-bytes SIZE   largest document accepted, e.g. 5MB (default ${formatBytes(DEFAULT_MAX_DOCUMENT_BYTES)})

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
      ...HELP, seeds: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, token: { type: 'string' }, 'max-bytes': { type: 'string' },
      'max-depth': { type: 'string' }, 'max-cost': { type: 'string' }, 'max-objects': { type: 'string' }, 'max-aliases': { type: 'string' }, 'max-directives': { type: 'string' },
      'max-tokens': { type: 'string' }, 'max-body': { type: 'string' }, timeout: { type: 'string' }, cors: { type: 'string' },
      persisted: { type: 'string' }, 'persisted-only': { type: 'boolean' }, introspection: { type: 'string' }, 'no-introspection': { type: 'boolean' },
    },
    allowPositionals: false,
    run: serve,
  },
  ingest: {
    summary: 'extract files and folders into the database, using every core; shows progress and a summary',
    usage: `whosaid ingest PATH… [--db PATH] [--jobs N] [--max-bytes SIZE]

  PATH…              files, and folders of .txt, .md, .html and .htm articles (recursively)
  --db PATH          SQLite file to add them to (default ${DEFAULT_DATABASE}, folder created)
  --jobs N           extraction threads (default: one per core, here ${availableParallelism()})
  --max-bytes SIZE   larger files fail, e.g. 5MB (default ${formatBytes(DEFAULT_MAX_DOCUMENT_BYTES)})

  Content already stored is skipped, so an interrupted ingest resumes when run again; a
  changed file replaces its old version. Exit code 1 when a file failed (the others are in).`,
    options: { ...HELP, db: { type: 'string' }, jobs: { type: 'string' }, 'max-bytes': { type: 'string' } },
    allowPositionals: true,
    run: ingestPaths,
  },
  extract: {
    summary: 'print the facts extracted from files as JSON (entities, mentions, statements with spans)',
    usage: `whosaid extract FILE…

  Prints one JSON object: { "documents": [{ "path", "title", "publishedAt", "entities", "mentions", "statements" }] }`,
    options: { ...HELP },
    allowPositionals: true,
    run: extractFiles,
  },
  eval: {
    summary: 'score extraction against gold annotations (precision / recall / F1 per type, statements)',
    usage: `whosaid eval [--gold DIR | --gum DIR | --polnear DIR] [--json] [--verbose]

  --gold DIR    folder of NN-name.txt + NN-name.json gold pairs (default test/fixtures/gold)
  --gum DIR     the GUM news subset (conllu/*.conllu, e.g. ../shared/gum-news): entity scores
                only; skipped with a note when the folder is absent
  --polnear DIR a PolNeAR folder (text/, attributions/, e.g. ../shared/polnear-train): attribution
                scores (README "Attribution on real news"); skipped with a note when absent
  --part P      with --polnear: develop, measure or all (default: develop and measure side by side)
  --errors N    with --polnear --part develop: also list N sample misses, false alarms, wrong speakers
  --json        print the scores as JSON instead of a table
  --verbose     also list every miss and false alarm, per document`,
    options: {
      ...HELP, gold: { type: 'string' }, gum: { type: 'string' }, polnear: { type: 'string' }, part: { type: 'string' }, errors: { type: 'string' },
      json: { type: 'boolean' }, verbose: { type: 'boolean' },
    },
    allowPositionals: false,
    run: async (values) => {
      const gum = values.gum as string | undefined;
      if ([gum, values.gold, values.polnear].filter((value) => value !== undefined).length > 1) throw new UsageError('eval: pass one of --gold, --gum or --polnear');
      if (values.polnear !== undefined) return evalPolnear(values);
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
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose === true, statements: gum === undefined }));
    },
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

const MAIN_USAGE = `whosaid — who said what about whom, from news articles

Usage: whosaid <command> [options]   (whosaid <command> --help for details)

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

function requireFolder(flag: string, folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${flag}: folder ${folder} does not exist; pass an existing folder of articles`);
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

async function serve(values: Values): Promise<void> {
  const seeds = (values.seeds as string | undefined) ?? './seeds';
  const db = (values.db as string | undefined) ?? DEFAULT_DATABASE;
  // An empty WHOSAID_TOKEN means none: writes stay off rather than open to an empty bearer.
  const token = (values.token as string | undefined) || process.env.WHOSAID_TOKEN || undefined;
  const maxBytes = maxBytesOption(values);
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

  const store = SqliteStore.open(db);
  const started = performance.now();
  const report = await ingestFolder(store, seeds, { maxBytes });
  for (const failure of report.failed) console.error(`whosaid: skipped ${failure.path}: ${failure.reason}`);
  const totals = await store.counts();
  console.error(`whosaid: ${seeds}: ${report.documents} new document(s), ${report.skipped} already stored, in ${Math.round(performance.now() - started)} ms`);
  console.error(`whosaid: database ${db}: ${totals.documents} documents, ${totals.entities} entities, ${totals.statements} statements`);
  console.error(token ? 'whosaid: mutations allowed with "Authorization: Bearer <token>"' : 'whosaid: read-only API (start with --token or WHOSAID_TOKEN to allow mutations)');

  console.error(`whosaid: limits: ${describeLimits(limits, limits.maxBodyBytes ?? defaultMaxBodyBytes(Boolean(token), maxBytes))}`);
  const yoga = createServer({ store, token, maxDocumentBytes: maxBytes, limits });
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`whosaid: GraphiQL at http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/graphql`);
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
  const db = (values.db as string | undefined) ?? DEFAULT_DATABASE;
  if (db === ':memory:') throw new UsageError('ingest: --db :memory: would forget everything on exit; name a database file');
  const jobsText = (values.jobs as string | undefined) ?? String(availableParallelism());
  const jobs = Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: ${jobsText} is not a number of threads; use 1 or more`);
  const maxBytes = maxBytesOption(values);

  const store = SqliteStore.open(db);
  try {
    const files = await collectDocumentFiles(paths);
    const progress = createProgress(process.stderr, files.length);
    const started = performance.now();
    const report = await ingestFiles(store, files, { jobs, maxBytes, onFile: progress.file });
    progress.finish();
    const run = { seconds: (performance.now() - started) / 1000, jobs, database: db, totals: await store.counts() };
    process.stdout.write(formatIngestSummary(report, run));
    if (report.failed.length) throw new Error(`${report.failed.length} file(s) could not be ingested (reasons above); the others are stored`);
  } finally {
    await store.close();
  }
}

async function extractFiles(_values: Values, files: string[]): Promise<void> {
  if (files.length === 0) throw new UsageError('extract: name at least one file, e.g. whosaid extract seeds/article.txt');
  const { extract } = await import('./extract/index.js');
  const documents = [];
  for (const path of files) {
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`extract: file ${path} does not exist`);
    const text = await readDocumentFile(path);
    const { title, publishedAt, entities, mentions, statements, warnings } = extract(text);
    documents.push({ path, title, publishedAt, entities, mentions, statements, warnings });
  }
  process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_USAGE);
    return name ? 0 : 2;
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
