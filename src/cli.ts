import { existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ingestFolder, readDocumentFile } from './corpus.js';
import { evaluateFolder, formatReport } from './eval/report.js';
import { extract } from './extract/index.js';
import { MemoryStore } from './graph/memory-store.js';
import { printedSchema } from './schema/index.js';
import { createServer } from './server.js';

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

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'extract the documents of a folder and serve the graph over GraphQL (GraphiQL at /graphql)',
    usage: `whosaid serve [--seeds DIR] [--port N] [--host H] [--db PATH|:memory:]

  --seeds DIR   folder of .txt, .md and .html articles to ingest at start-up (default ./seeds)
  --port N      port to listen on (default $PORT or 4000)
  --host H      interface to listen on (default 127.0.0.1)
  --db PATH     where the graph is kept; only :memory: is available in this version`,
    options: { ...HELP, seeds: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' } },
    allowPositionals: false,
    run: serve,
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
    usage: `whosaid eval [--gold DIR] [--json] [--verbose]

  --gold DIR    folder of NN-name.txt + NN-name.json gold pairs (default test/fixtures/gold)
  --json        print the scores as JSON instead of a table
  --verbose     also list every miss and false alarm, per document`,
    options: { ...HELP, gold: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
    allowPositionals: false,
    run: async (values) => {
      const folder = (values.gold as string | undefined) ?? 'test/fixtures/gold';
      requireFolder('--gold', folder);
      const report = await evaluateFolder(folder);
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose === true }));
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

function requireFolder(flag: string, folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${flag}: folder ${folder} does not exist; pass an existing folder of articles`);
}

async function serve(values: Values): Promise<void> {
  const seeds = (values.seeds as string | undefined) ?? './seeds';
  const db = (values.db as string | undefined) ?? ':memory:';
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const portText = (values.port as string | undefined) ?? process.env.PORT ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: ${portText} is not a port number; use 0–65535`);
  if (db !== ':memory:') throw new UsageError(`--db: database files are not available yet; use --db :memory:`);
  requireFolder('--seeds', seeds);

  const store = new MemoryStore();
  const started = performance.now();
  const report = await ingestFolder(store, seeds);
  for (const failure of report.failed) console.error(`whosaid: skipped ${failure.path}: ${failure.reason}`);
  console.error(`whosaid: ingested ${report.documents} document(s) from ${seeds} in ${Math.round(performance.now() - started)} ms`);

  const yoga = createServer({ store });
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`whosaid: GraphiQL at http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/graphql`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function extractFiles(_values: Values, files: string[]): Promise<void> {
  if (files.length === 0) throw new UsageError('extract: name at least one file, e.g. whosaid extract seeds/article.txt');
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
