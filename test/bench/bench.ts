/**
 * `npm run bench`: throughput, latency and memory of whosaid on a generated corpus, with the
 * compromise library as a peer measured in the same run. Prints a table, writes JSON.
 *
 * Every measured task runs in a fresh child process (tasks.ts), one at a time, so figures do
 * not leak memory or JIT state into each other and this process stays a quiet conductor.
 * The last ingest child of each corpus size stays up as the GraphQL server that the query
 * figures are taken against, from this process, over loopback HTTP.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './corpus.js';
import { summarizeProfile } from './profile.js';
import { measureFirstNetwork, type FirstNetworkFigures } from './explorer.js';
import { measureLatency, queryOnce, exampleQueries, type LatencyRun, type LoadLimits, type QueryCase } from './queries.js';
import {
  checkTargets, formatReport, sizeLabel, type BenchReport, type CorpusSummary, type ExtractionFigures, type GrowthFigures,
  type IngestFigures, type LatencyFigures, type Machine, type QueryFigures, type Throughput,
} from './report.js';
import { median, toMB } from './stats.js';
import type { Control, ExtractResult, IngestResult, ParallelResult, PeerResult, Reply, ServeResult, Task, TaskResult } from './tasks.js';

const USAGE = `usage: npm run bench [-- --quick | --huge] [--store sqlite|postgres|both] [--sizes N,N] [--skip-extraction] [--out FILE] [--seed N] [--profile]

  (default)  corpora of 1k and 10k documents, median of 3 runs (about 5 minutes on 2 cores)
  --quick    corpora of 200 and 1k documents, 1 run each: a fast check
  --huge     adds a 100k corpus (1 run; needs several GB of RAM and a long while)
  --out FILE where the JSON goes (default: a new file in the system's temp folder)
  --seed N   corpus seed (default ${DEFAULT_SEED}); the same seed gives the same documents
  --profile  adds CPU profiles: extraction, ingest into the largest store (one more ingest run),
             and the server answering the queries on the largest corpus
  --store S  the store(s) measured: sqlite (default), postgres, or both in the same run; each
             also ingests with two processes at once. PostgreSQL at $WHOSAID_BENCH_POSTGRES
             (default postgres://postgres@127.0.0.1:5432/postgres); each run gets a fresh
             database (whosaid_bench_…), dropped after
  --sizes    corpus sizes instead of the mode's, e.g. 10000 or 1000,10000
  --skip-extraction  no extraction figures (they do not depend on the store)`;

type Mode = BenchReport['mode'];

type StoreKind = 'sqlite' | 'postgres';

interface Options {
  mode: Mode;
  out: string;
  seed: number;
  profile: boolean;
  stores: StoreKind[];
  sizes?: number[];
  skipExtraction: boolean;
}

interface Plan {
  sizes: number[];
  runsFor(size: number): number;
  /** Extraction rates do not depend on the corpus size: they are measured on the smallest. */
  extractionSize: number;
  /** compromise is ~10× slower than us: a sample keeps its share of the run short. */
  peerDocuments: number;
  /** Ingest runs of one size stop early once another run would overrun this: a busy machine still finishes in time. */
  ingestBudgetSeconds: number;
  threads: number;
  clients: number;
  sequential: LoadLimits;
  concurrent: LoadLimits;
}

const CHILD_ENTRY = fileURLToPath(new URL('./child.js', import.meta.url));
const WARM_UP_REQUESTS = 20;
const PROFILED_REQUESTS = 100;
const PROFILED_DOCUMENTS = 300;

function planFor(mode: Mode): Plan {
  const common = { threads: os.availableParallelism(), clients: 50, ingestBudgetSeconds: 180 };
  if (mode === 'quick') {
    return { ...common, sizes: [200, 1000], runsFor: () => 1, extractionSize: 200, peerDocuments: 100, sequential: { requests: 100, maxMs: 5_000 }, concurrent: { requests: 200, maxMs: 3_000 } };
  }
  return {
    ...common,
    sizes: mode === 'huge' ? [1000, 10_000, 100_000] : [1000, 10_000],
    // A 100k ingest takes many minutes: once is what the run can afford.
    runsFor: (size) => (size >= 100_000 ? 1 : 3),
    extractionSize: 1000,
    peerDocuments: 150,
    sequential: { requests: 300, maxMs: 6_000 },
    concurrent: { requests: 500, maxMs: 4_000 },
  };
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      huge: { type: 'boolean', default: false },
      out: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'boolean', default: false },
      store: { type: 'string', default: 'sqlite' },
      sizes: { type: 'string' },
      'skip-extraction': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.quick && values.huge) throw new Error('--quick and --huge exclude each other');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed wants a non-negative integer, not "${values.seed}"`);
  const stores = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] }[values.store] as StoreKind[] | undefined;
  if (!stores) throw new Error(`--store wants sqlite, postgres or both, not "${values.store}"`);
  const sizes = values.sizes?.split(',').map(Number);
  if (sizes?.some((size) => !Number.isSafeInteger(size) || size < 1)) throw new Error(`--sizes wants document counts, e.g. 1000,10000, not "${values.sizes}"`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    stores,
    sizes,
    skipExtraction: values['skip-extraction'],
    mode: values.quick ? 'quick' : values.huge ? 'huge' : 'default',
    out: values.out ?? join(os.tmpdir(), `whosaid-bench-${stamp}.json`),
    seed,
    profile: values.profile,
  };
}

const started = performance.now();
/** Progress goes to stderr, so stdout holds the table alone. */
const log = (message: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
  };
}

// ---------------------------------------------------------------------------------------
// Child processes

/** Forks a task process and resolves with its answer; `keep` leaves it running (a server). */
async function runTask<T extends TaskResult>(task: Task, keep = false): Promise<{ result: T; child: ChildProcess }> {
  const child = fork(CHILD_ENTRY, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const answered = once(child, 'message').then(([message]) => message as Reply);
  child.send(task);
  const reply = await Promise.race([
    answered,
    exited.then((code): Reply => ({ ok: false, error: `the ${task.kind} task process exited (code ${code}) without answering` })),
  ]);
  if (!reply.ok) {
    child.kill();
    throw new Error(reply.error);
  }
  if (!('result' in reply)) throw new Error(`unexpected answer from the ${task.kind} task`);
  // One task at a time: wait until a finished task's process is really gone.
  if (!keep) await exited;
  return { result: reply.result as T, child };
}

async function control(child: ChildProcess, message: Control): Promise<void> {
  const answered = once(child, 'message');
  child.send(message);
  if (message.kind === 'stop') await once(child, 'exit');
  else await answered;
}

// ---------------------------------------------------------------------------------------
// PostgreSQL databases of this run

/** Fresh databases for the PostgreSQL runs, created through the admin URL and dropped after use. */
const databases = {
  adminUrl: process.env.WHOSAID_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  created: [] as string[],
  async create(): Promise<string> {
    const name = `whosaid_bench_${process.pid}_${this.created.length + 1}_${Date.now() % 100_000}`;
    await this.admin(`CREATE DATABASE ${name}`);
    this.created.push(name);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  },
  async drop(): Promise<void> {
    while (this.created.length) await this.admin(`DROP DATABASE IF EXISTS ${this.created.pop()} WITH (FORCE)`);
  },
  async admin(sql: string): Promise<void> {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  },
};

// ---------------------------------------------------------------------------------------
// Figures

function throughput(runsSeconds: number[], words: number, documents: number): Throughput {
  const seconds = median(runsSeconds);
  return { runsSeconds, seconds, wordsPerSecond: words / seconds, documentsPerSecond: documents / seconds };
}

async function measureExtraction(plan: Plan, options: Options): Promise<{ figures: ExtractionFigures; profile?: string }> {
  const size = plan.extractionSize;
  const runs = plan.runsFor(size);
  const profilePath = options.profile ? join(os.tmpdir(), `whosaid-bench-extract-${process.pid}.cpuprofile`) : undefined;

  log(`extraction on 1 core, ${sizeLabel(size)} documents × ${runs}`);
  const profile = profilePath ? { path: profilePath, documents: PROFILED_DOCUMENTS } : undefined;
  const one = (await runTask<ExtractResult>({ kind: 'extract', size, seed: options.seed, runs, profile })).result;
  log(`extraction on ${plan.threads} worker threads × ${runs}`);
  const all = (await runTask<ParallelResult>({ kind: 'extract-parallel', size, seed: options.seed, runs, threads: plan.threads })).result;
  log(`peer: ours and compromise alternating on ${plan.peerDocuments} documents × ${runs}`);
  const peer = (await runTask<PeerResult>({ kind: 'peer', size, seed: options.seed, runs, documents: plan.peerDocuments })).result;

  const figures: ExtractionFigures = {
    corpusSize: size,
    oneCore: { ...throughput(one.runs, one.words, one.documents), statements: one.statements, peakRssMB: toMB(one.peakRss), baselineRssMB: toMB(one.baselineRss) },
    allCores: { ...throughput(all.runs, all.words, all.documents), threads: all.threads, statements: all.statements, peakRssMB: toMB(all.peakRss) },
    peer: {
      documents: peer.documents,
      words: peer.words,
      oursWordsPerSecond: peer.words / median(peer.runs.map((run) => run.ours)),
      compromiseWordsPerSecond: peer.words / median(peer.runs.map((run) => run.compromise)),
      ratio: median(peer.runs.map((run) => run.compromise / run.ours)),
    },
  };
  return { figures, profile: profilePath };
}

function ingestFigures(size: number, runs: IngestResult[]): Omit<IngestFigures, 'store' | 'processes'> {
  const last = runs[runs.length - 1];
  const pick = (value: (run: IngestResult) => number) => toMB(median(runs.map(value)));
  return {
    ...throughput(runs.map((run) => run.seconds), last.words, last.documents),
    size,
    runs: runs.length,
    documents: last.documents,
    created: last.created,
    rssMB: pick((run) => run.rss),
    heapUsedMB: pick((run) => run.heapUsed),
    baselineRssMB: pick((run) => run.baselineRss),
    databaseMB: pick((run) => run.databaseBytes),
    peakRssMB: pick((run) => run.peakRss),
  };
}

function growthBetween(all: IngestFigures[]): GrowthFigures[] {
  return [...new Set(all.map((figures) => figures.store))].flatMap((store) => {
    const ingest = all.filter((figures) => figures.store === store && figures.processes === 1);
    return ingest.slice(1).map((to, index) => ({ store, ...growth(ingest[index], to) }));
  });
}

function growth(from: IngestFigures, to: IngestFigures): Omit<GrowthFigures, 'store'> {
  return {
    from: from.size,
    to: to.size,
    dataRatio: to.size / from.size,
    timeRatio: to.seconds / from.seconds,
    rssRatio: to.rssMB / from.rssMB,
    databaseRatio: to.databaseMB / from.databaseMB,
  };
}

function latencyFigures(runs: LatencyRun[]): LatencyFigures {
  return {
    runs,
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    throughput: median(runs.map((run) => run.throughput)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  };
}

/** A one-line glance at what the query returned, so the table shows it did real work: each list's total, or its length. */
async function describeAnswer(url: string, query: QueryCase): Promise<string> {
  const data = await queryOnce<Record<string, unknown>>(url, query.source);
  const glances = Object.entries(data).map(([field, value]) => {
    if (value === null) return `${field}: none`;
    if (Array.isArray(value)) return `${value.length} ${field}`;
    const shape = value as { totalCount?: number; edges?: unknown[]; statements?: { totalCount: number }; documents?: number };
    if (shape.totalCount !== undefined) return `${shape.totalCount} ${field}`;
    if (shape.edges) return `${shape.edges.length} ${field}`;
    if (typeof shape.documents === 'number') return `${shape.documents} documents`;
    if (shape.statements) return `${shape.statements.totalCount} statements`;
    return field;
  });
  return glances.join(', ');
}

/** The corpus's most written full name, if the extractor made it a person; else the first person listed. */
async function personToQuery(url: string, candidate: string): Promise<string> {
  const found = await queryOnce<{ entity: { __typename: string } | null }>(url, `{ entity(name: ${JSON.stringify(candidate)}) { __typename } }`);
  if (found.entity?.__typename === 'Person') return candidate;
  const listed = await queryOnce<{ people: { edges: Array<{ node: { name: string } }> } }>(url, '{ people(first: 1) { edges { node { name } } } }');
  return listed.people.edges[0]?.node.name ?? candidate;
}

async function measureQueries(plan: Plan, size: number, corpus: CorpusSummary, url: string): Promise<QueryFigures[]> {
  const runs = plan.runsFor(size);
  const person = await personToQuery(url, corpus.topPerson);
  const figures: QueryFigures[] = [];
  for (const query of exampleQueries(corpus.topCountry, person)) {
    log(`queries at ${sizeLabel(size)}: ${query.label}, sequential and ${plan.clients} clients × ${runs}`);
    const answer = await describeAnswer(url, query);
    await measureLatency(url, query.source, 1, { requests: WARM_UP_REQUESTS, maxMs: 10_000 });
    const sequential: LatencyRun[] = [];
    const concurrent: LatencyRun[] = [];
    for (let run = 0; run < runs; run++) {
      sequential.push(await measureLatency(url, query.source, 1, plan.sequential));
      concurrent.push(await measureLatency(url, query.source, plan.clients, plan.concurrent));
    }
    figures.push({ size, query: query.name, label: query.label, answer, sequential: latencyFigures(sequential), concurrent: { ...latencyFigures(concurrent), clients: plan.clients } });
  }
  return figures;
}

/** Records where the server spends its time on the example queries, sent one after another. */
async function profileQueries(server: ChildProcess, url: string, corpus: CorpusSummary): Promise<string> {
  const path = join(os.tmpdir(), `whosaid-bench-queries-${process.pid}.cpuprofile`);
  await control(server, { kind: 'profile-start' });
  for (const query of exampleQueries(corpus.topCountry, corpus.topPerson)) {
    await measureLatency(url, query.source, 1, { requests: PROFILED_REQUESTS, maxMs: 10_000 });
  }
  await control(server, { kind: 'profile-stop', path });
  return path;
}

/**
 * Ingest runs, each in a fresh process. Each finished database is then served by another
 * fresh process, as a user would start the server on it: its memory is the server's figure,
 * and the last one stays up for the queries. A run that would take the size past its time
 * budget is not started: fewer runs, said in the table, beat a benchmark nobody waits for.
 */
async function ingestRuns(plan: Plan, size: number, seed: number, store: StoreKind): Promise<{ results: IngestResult[]; server: ChildProcess; url: string }> {
  const planned = plan.runsFor(size);
  const results: IngestResult[] = [];
  const budgetStart = performance.now();
  let served: { child: ChildProcess; url: string } | undefined;
  for (let run = 0; run < planned; run++) {
    if (served) {
      const spent = (performance.now() - budgetStart) / 1000;
      if (spent + spent / run > plan.ingestBudgetSeconds) {
        log(`time budget of ${plan.ingestBudgetSeconds} s: ${run} ingest run(s) of ${sizeLabel(size)}`);
        break;
      }
      await control(served.child, { kind: 'stop' });
      await databases.drop();
    }
    log(`ingest ${sizeLabel(size)} documents into ${store}, run ${run + 1} of ${planned}`);
    const database = store === 'postgres' ? await databases.create() : undefined;
    const { result: ingested } = await runTask<IngestResult>({ kind: 'ingest', size, seed, database });
    if (ingested.created !== ingested.documents) log(`warning: only ${ingested.created} of ${ingested.documents} documents were new to the store`);
    const { result: server, child } = await runTask<ServeResult>({ kind: 'serve', database: ingested.database }, true);
    // Time and peak come from the ingest; what the server holds comes from the server.
    results.push({ ...ingested, rss: server.rss, heapUsed: server.heapUsed, baselineRss: server.baselineRss });
    served = { child, url: server.url };
  }
  return { results, server: served!.child, url: served!.url };
}

/** A separate ingest of the largest corpus whose last tenth is profiled (its time is not a figure). */
async function profileIngest(plan: Plan, seed: number): Promise<{ path: string; what: string }> {
  const size = plan.sizes[plan.sizes.length - 1];
  const lastDocuments = Math.ceil(size / 10);
  const path = join(os.tmpdir(), `whosaid-bench-ingest-${process.pid}.cpuprofile`);
  log(`profiling ingest of ${sizeLabel(size)} documents`);
  await runTask<IngestResult>({ kind: 'ingest', size, seed, profile: { path, lastDocuments } });
  return { path, what: `ingest (read, extract on every core, batched writes) of ${sizeLabel(size)} documents` };
}

/**
 * Two `whosaid ingest` processes at once, each with half the corpus and half the cores, into
 * one database: what a second ingest worker brings (or costs). Time: the slower of the two.
 */
async function twoProcessIngest(plan: Plan, size: number, seed: number, store: StoreKind): Promise<IngestFigures> {
  log(`ingest ${sizeLabel(size)} documents into ${store} with two processes at once`);
  const database = store === 'postgres' ? await databases.create() : join(os.tmpdir(), `whosaid-bench-two-${process.pid}-${size}.db`);
  const jobs = Math.max(1, Math.floor(plan.threads / 2));
  try {
    const halves = await Promise.all([0, 1].map((index) => runTask<IngestResult>({ kind: 'ingest', size, seed, database, part: { index, of: 2 }, jobs })));
    const results = halves.map((half) => half.result);
    const seconds = Math.max(...results.map((result) => result.seconds));
    const documents = results.reduce((sum, result) => sum + result.documents, 0);
    const words = results.reduce((sum, result) => sum + result.words, 0);
    return {
      ...throughput([seconds], words, documents),
      store, processes: 2, size, runs: 1, documents,
      created: results.reduce((sum, result) => sum + result.created, 0),
      rssMB: Number.NaN, heapUsedMB: Number.NaN, baselineRssMB: Number.NaN,
      databaseMB: toMB(Math.max(...results.map((result) => result.databaseBytes))),
      peakRssMB: toMB(Math.max(...results.map((result) => result.peakRss))),
    };
  } finally {
    if (store === 'postgres') await databases.drop();
    else rmSync(database, { force: true });
  }
}

interface ServedFigures {
  ingest: IngestFigures[];
  queries: QueryFigures[];
  explorer: FirstNetworkFigures[];
  profile?: string;
}

/**
 * Per store and corpus size: ingest runs in fresh processes; the last one serves the
 * queries, then stops; then one ingest with two processes at once.
 */
async function measureIngestAndQueries(plan: Plan, corpora: CorpusSummary[], options: Options): Promise<ServedFigures> {
  const served: ServedFigures = { ingest: [], queries: [], explorer: [] };
  for (const store of options.stores) {
    for (const corpus of corpora) {
      const size = corpus.size;
      const { results, server, url } = await ingestRuns(plan, size, options.seed, store);
      served.ingest.push({ ...ingestFigures(size, results), store, processes: 1 });
      try {
        served.queries.push(...(await measureQueries(plan, size, corpus, url)).map((figures) => ({ ...figures, store })));
        log(`explorer at ${sizeLabel(size)}, ${store}: time to first network`);
        served.explorer.push(...await measureFirstNetwork(url, size, [corpus.topCountry, await personToQuery(url, corpus.topPerson)]));
        if (options.profile && size === plan.sizes[plan.sizes.length - 1]) served.profile = await profileQueries(server!, url, corpus);
      } finally {
        await control(server!, { kind: 'stop' });
        await databases.drop();
      }
      served.ingest.push(await twoProcessIngest(plan, size, options.seed, store));
    }
  }
  return served;
}

function summarizeCorpus(size: number, seed: number): CorpusSummary {
  const corpus = generateCorpus(size, seed);
  return { size, documents: corpus.documents.length, words: corpus.words, topCountry: corpus.topCountry, topPerson: corpus.topPerson };
}

// ---------------------------------------------------------------------------------------

export async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)} (see npm run bench -- --help)`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  const plan = planFor(options.mode);
  if (options.sizes) plan.sizes = options.sizes;
  const machine = describeMachine();
  log(`mode ${options.mode}: corpora of ${plan.sizes.map(sizeLabel).join(', ')} documents (seed ${options.seed})`);
  const corpora = plan.sizes.map((size) => summarizeCorpus(size, options.seed));

  const extraction = options.skipExtraction ? undefined : await measureExtraction(plan, options);
  let served: ServedFigures;
  try {
    served = await measureIngestAndQueries(plan, corpora, options);
  } finally {
    await databases.drop();
  }
  const ingestProfile = options.profile ? await profileIngest(plan, options.seed) : undefined;
  const partial: Omit<BenchReport, 'targets' | 'durationSeconds'> = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    mode: options.mode,
    seed: options.seed,
    machine,
    corpora,
    extraction: extraction?.figures,
    ingest: served.ingest,
    growth: growthBetween(served.ingest),
    queries: served.queries,
    explorer: served.explorer,
  };
  if (options.profile) {
    partial.profiles = [
      ...(extraction?.profile ? [{ what: `extraction of ${Math.min(PROFILED_DOCUMENTS, plan.extractionSize)} documents on 1 core`, ...summarizeProfile(extraction.profile) }] : []),
      ...(ingestProfile ? [{ what: ingestProfile.what, ...summarizeProfile(ingestProfile.path) }] : []),
      ...(served.profile ? [{ what: `server answering the example queries ×${PROFILED_REQUESTS} each at ${sizeLabel(plan.sizes[plan.sizes.length - 1])}`, ...summarizeProfile(served.profile) }] : []),
    ];
  }
  machine.loadAverageAtEnd = os.loadavg()[0];
  const report: BenchReport = { ...partial, targets: checkTargets(partial), durationSeconds: (performance.now() - started) / 1000 };

  console.log(formatReport(report));
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON written to ${options.out}`);
  return 0;
}
