import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes } from '../server/bytes.js';
import { DEFAULT_EXTRACTION_DEADLINE_MS } from '../ingest/extraction-pool.js';
import { DEFAULT_LIMITS } from '../server/limits.js';
import { printedSchema } from '../schema/index.js';
import { VERSION } from '../version.js';
import { UsageError, type Values } from './options.js';
import { DEFAULT_DATABASE } from './database.js';
import { serve } from './serve.js';
import { ingestPaths } from './ingest.js';
import { extractFiles } from './extract.js';
import { evaluate } from './eval.js';
import { exportGraph } from './export.js';

/**
 * The `whosaid` command line: each command's summary, usage and options, and main(), which
 * parses them and turns errors into exit codes. Each command's work is in its own file beside this one (serve.ts, ingest.ts, …).
 */

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  run(values: Values, positionals: string[]): Promise<void>;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

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
    run: evaluate,
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
