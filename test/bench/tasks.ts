/**
 * Benchmark tasks, each run in a fresh child process (entry: child.js) so that its memory
 * figures are its own: single-core extraction, extraction on all cores, the compromise peer,
 * and ingest into a store that then stays up as a GraphQL server for the query figures.
 * The parent (bench.ts) sends one Task and receives one TaskResult over IPC.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/graph/store.js';
import { generateCorpus, type BenchDocument } from './corpus.js';

/** Documents extracted before timing starts, so the JIT has compiled the hot paths (30 were not enough). */
const WARM_UP_DOCUMENTS = 100;
/** compromise is slower: fewer documents warm it up as well. */
const PEER_WARM_UP_DOCUMENTS = 20;

export type Task =
  | { kind: 'extract'; size: number; seed: number; runs: number; profile?: { path: string; documents: number } }
  | { kind: 'extract-parallel'; size: number; seed: number; runs: number; threads: number }
  | { kind: 'peer'; size: number; seed: number; runs: number; documents: number }
  | { kind: 'ingest'; size: number; seed: number; profile?: IngestProfile; database?: string; part?: CorpusPart; jobs?: number }
  | { kind: 'serve'; database: string };

/** One of several ingest processes writing one database: it takes every `of`-th document from `index`. */
export interface CorpusPart {
  index: number;
  of: number;
}

/** Profile the ingest of the last documents only: where a fuller store makes each document cost more. */
export interface IngestProfile {
  path: string;
  lastDocuments: number;
}

/** Messages to a serving child: profile the queries it answers, or stop. */
export type Control = { kind: 'profile-start' } | { kind: 'profile-stop'; path: string } | { kind: 'stop' };

export interface Memory {
  /** RSS after a full GC with the modules loaded and nothing else held: the floor every figure stands on. */
  baselineRss: number;
  /** Highest RSS the process reached (getrusage maxrss). */
  peakRss: number;
}

export interface ExtractResult extends Memory {
  documents: number;
  words: number;
  /** Seconds per timed run. */
  runs: number[];
  /** Statements found per run: a sanity check, and keeps the work from being optimised away. */
  statements: number;
}

export interface ParallelResult extends Memory {
  threads: number;
  documents: number;
  words: number;
  runs: number[];
  statements: number;
}

export interface PeerResult {
  documents: number;
  words: number;
  /** Seconds, ours and compromise alternating on the same documents, run by run. */
  runs: Array<{ ours: number; compromise: number }>;
  compromiseEntities: number;
}

export interface IngestResult extends Memory {
  documents: number;
  created: number;
  words: number;
  seconds: number;
  /** RSS and heap after a full GC, the store holding every document (the corpus itself released). */
  rss: number;
  heapUsed: number;
  /** The SQLite file or PostgreSQL URL the documents went into. */
  database: string;
  /** Its size on disk once closed (the WAL folded in), or pg_database_size. */
  databaseBytes: number;
}

/** A server started fresh on an ingested database: its memory, and where it listens. */
export interface ServeResult extends Memory {
  rss: number;
  heapUsed: number;
  url: string;
}

export type TaskResult = ExtractResult | ParallelResult | PeerResult | IngestResult | ServeResult;
export type Reply = { ok: true; result: TaskResult } | { ok: false; error: string } | { ok: true; profiled: string };

// ---------------------------------------------------------------------------------------

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const seconds = (from: number): number => (performance.now() - from) / 1000;

function baselineRss(): number {
  collectGarbage();
  return process.memoryUsage().rss;
}

/**
 * The extractor, loaded by the tasks that extract only: like compromise below, it must not
 * count in the server task's memory (the server itself never loads it).
 */
let extract: typeof import('../../src/extract/index.js').extract;
const loadExtractor = async () => {
  extract ??= (await import('../../src/extract/index.js')).extract;
};

function extractAll(documents: readonly BenchDocument[]): number {
  let statements = 0;
  for (const document of documents) statements += extract(document.text).statements.length;
  return statements;
}

async function runExtract(task: Extract<Task, { kind: 'extract' }>): Promise<ExtractResult> {
  const baseline = baselineRss();
  await loadExtractor();
  const corpus = generateCorpus(task.size, task.seed);
  extractAll(corpus.documents.slice(0, WARM_UP_DOCUMENTS));
  const runs: number[] = [];
  let statements = 0;
  for (let run = 0; run < task.runs; run++) {
    collectGarbage();
    const start = performance.now();
    statements = extractAll(corpus.documents);
    runs.push(seconds(start));
  }
  // Profiled after the timed runs, so the profiler's overhead is in no figure.
  if (task.profile) await profile(task.profile.path, () => extractAll(corpus.documents.slice(0, task.profile!.documents)));
  return { documents: corpus.documents.length, words: corpus.words, runs, statements, baselineRss: baseline, peakRss: peakRss() };
}

async function runParallel(task: Extract<Task, { kind: 'extract-parallel' }>): Promise<ParallelResult> {
  const baseline = baselineRss();
  const corpus = generateCorpus(task.size, task.seed);
  const texts = corpus.documents.map((document) => document.text);
  const { ExtractionPool } = await import('./workers.js');
  const pool = await ExtractionPool.start(task.threads);
  try {
    // Every worker warms up on its own share, so none of them runs cold in the timed runs.
    await pool.run(texts.slice(0, WARM_UP_DOCUMENTS * task.threads), WARM_UP_DOCUMENTS);
    const runs: number[] = [];
    let statements = 0;
    for (let run = 0; run < task.runs; run++) {
      const start = performance.now();
      statements = await pool.run(texts);
      runs.push(seconds(start));
    }
    return { threads: task.threads, documents: texts.length, words: corpus.words, runs, statements, baselineRss: baseline, peakRss: peakRss() };
  } finally {
    await pool.close();
  }
}

type Compromise = typeof import('compromise').default;

/** compromise's people, places and organizations: the closest off-the-shelf peer in JavaScript. */
function compromiseEntities(nlp: Compromise, text: string): number {
  const document = nlp(text);
  return document.people().out('array').length + document.places().out('array').length + document.organizations().out('array').length;
}

async function runPeer(task: Extract<Task, { kind: 'peer' }>): Promise<PeerResult> {
  // Loaded here only, so that no other task (the server above all) carries its memory.
  const { default: nlp } = await import('compromise');
  await loadExtractor();
  const corpus = generateCorpus(task.size, task.seed).documents;
  const documents = corpus.slice(0, task.documents);
  extractAll(corpus.slice(0, WARM_UP_DOCUMENTS));
  corpus.slice(0, PEER_WARM_UP_DOCUMENTS).forEach((document) => compromiseEntities(nlp, document.text));
  const runs: PeerResult['runs'] = [];
  let found = 0;
  // Alternating run by run: a noisy neighbour slows both, and the ratio holds.
  for (let run = 0; run < task.runs; run++) {
    // A full collection before each side, so neither pays for the other's garbage.
    collectGarbage();
    let start = performance.now();
    extractAll(documents);
    const ours = seconds(start);
    collectGarbage();
    start = performance.now();
    found = 0;
    for (const document of documents) found += compromiseEntities(nlp, document.text);
    runs.push({ ours, compromise: seconds(start) });
  }
  const words = documents.reduce((sum, document) => sum + document.words, 0);
  return { documents: documents.length, words, runs, compromiseEntities: found };
}

/**
 * Ingest as `whosaid ingest` does it: files read and extracted on every core, whole documents
 * written a batch per transaction (src/ingest/corpus.ts). The corpus is written to files first, untimed.
 */
async function ingestCorpus(store: Store, task: Extract<Task, { kind: 'ingest' }>): Promise<{ documents: number; created: number; words: number; seconds: number }> {
  const corpus = generateCorpus(task.size, task.seed);
  const part = task.part ?? { index: 0, of: 1 };
  const documents = corpus.documents.filter((_, index) => index % part.of === part.index);
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-bench-corpus-'));
  const files = documents.map((document, index) => {
    const file = join(folder, `${String(index).padStart(6, '0')}.txt`);
    writeFileSync(file, document.text);
    return file;
  });
  const { ingestFiles } = await import('../../src/ingest/corpus.js');
  if (task.profile) await startProfiling();
  const start = performance.now();
  const report = await ingestFiles(store, files, { jobs: task.jobs });
  const elapsed = seconds(start);
  if (task.profile) await stopProfiling(task.profile.path);
  rmSync(folder, { recursive: true, force: true });
  return { documents: documents.length, created: report.documents, words: documents.reduce((sum, document) => sum + document.words, 0), seconds: elapsed };
}

async function runIngest(task: Extract<Task, { kind: 'ingest' }>): Promise<IngestResult> {
  // The database the parent named (a PostgreSQL URL, a shared SQLite file), else the store the
  // server runs by default: SQLite, in a fresh file of the temp folder.
  const { openStore, isPostgresUrl } = await import('../../src/graph/open-store.js');
  const baseline = baselineRss();
  const database = task.database ?? join(mkdtempSync(join(tmpdir(), 'whosaid-bench-')), 'bench.db');
  const store = await openStore(database);
  const ingested = await ingestCorpus(store, task);
  await store.close();
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  const databaseBytes = isPostgresUrl(database) ? await postgresDatabaseSize(database) : statSync(database).size;
  return { ...ingested, rss, heapUsed, baselineRss: baseline, peakRss: peakRss(), database, databaseBytes };
}

/** What the PostgreSQL database takes on disk: tables, indexes and TOAST, as the ingest left them. */
async function postgresDatabaseSize(url: string): Promise<number> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT pg_database_size(current_database()) AS bytes')).rows[0].bytes);
  } finally {
    await client.end();
  }
}

/** The server as a user starts it on a finished database: a fresh process, nothing extracted in it. */
async function runServe(task: Extract<Task, { kind: 'serve' }>): Promise<{ result: ServeResult; server: Server }> {
  // The store and the GraphQL stack are loaded here only: extraction figures must not carry them.
  const { openStore } = await import('../../src/graph/open-store.js');
  const { createServer } = await import('../../src/server/server.js');
  const baseline = baselineRss();
  const store = await openStore(task.database);
  const server = createHttpServer(createServer({ store }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { result: { rss, heapUsed, baselineRss: baseline, peakRss: peakRss(), url }, server };
}

// ---------------------------------------------------------------------------------------
// Profiling: V8's sampling profiler (what `node --cpu-prof` uses), around the measured work only.

let session: Session | undefined;

async function startProfiling(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}

async function stopProfiling(path: string): Promise<void> {
  if (!session) throw new Error('profiling was not started');
  const { profile: result } = await session.post('Profiler.stop');
  writeFileSync(path, JSON.stringify(result));
  session.disconnect();
  session = undefined;
}

async function profile(path: string, work: () => unknown): Promise<void> {
  await startProfiling();
  await work();
  await stopProfiling(path);
}

// ---------------------------------------------------------------------------------------

function reply(message: Reply): void {
  process.send?.(message);
}

async function handle(task: Task): Promise<void> {
  switch (task.kind) {
    case 'extract':
      return reply({ ok: true, result: await runExtract(task) });
    case 'extract-parallel':
      return reply({ ok: true, result: await runParallel(task) });
    case 'peer':
      return reply({ ok: true, result: await runPeer(task) });
    case 'ingest':
      return reply({ ok: true, result: await runIngest(task) });
    case 'serve': {
      const { result, server } = await runServe(task);
      reply({ ok: true, result });
      serveUntilStopped(server);
    }
  }
}

/** Keeps answering queries until the parent says stop (or goes away). */
function serveUntilStopped(server: Server): void {
  const stop = () => server.close(() => process.exit(0));
  process.on('disconnect', stop);
  process.on('message', (control: Control) => {
    if (control.kind === 'stop') stop();
    else if (control.kind === 'profile-start') void startProfiling().then(() => reply({ ok: true, profiled: '' }));
    else if (control.kind === 'profile-stop') void stopProfiling(control.path).then(() => reply({ ok: true, profiled: control.path }));
  });
}

/** Child-process side: waits for one task, runs it, answers, and exits unless it now serves. */
export function serveTask(): void {
  process.once('message', (task: Task) => {
    handle(task).then(
      () => {
        if (task.kind !== 'serve') process.disconnect();
      },
      (error: unknown) => {
        reply({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
        process.disconnect();
      },
    );
  });
}
