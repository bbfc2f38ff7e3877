import { availableParallelism } from 'node:os';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes } from '../server/bytes.js';
import type { ExtractedDocument } from '../graph/facts.js';
import { documentHash } from '../graph/document-facts.js';
import type { Store } from '../graph/store.js';
import { ZERO_COUNTS, type GraphCounts, type IngestResult } from '../graph/types.js';
import { createExtractor } from './extraction-pool.js';
import { METADATA_SUFFIX, readMetadata, type DocumentMetadata } from './metadata.js';

/** File types a corpus folder may hold; everything else in a folder is skipped. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

export interface CorpusReport {
  /** Files found. */
  files: number;
  /** Documents stored: new files and new versions of changed files. */
  documents: number;
  /** Of those, new versions that replaced the earlier one at the same path. */
  replaced: number;
  /** Files whose content was already stored: nothing written. */
  skipped: number;
  failed: Array<{ path: string; reason: string }>;
  /** Files of the folders that are not articles (a PDF, a spreadsheet): not read. */
  notArticles: SkippedFile[];
  /** Problems with metadata sidecars (NAME.json): the documents went in without the fields named. */
  warnings: Array<{ path: string; message: string }>;
  added: GraphCounts;
  removed: GraphCounts;
}

export type FileOutcome =
  | { status: 'added' | 'replaced'; added: GraphCounts; removed: GraphCounts }
  | { status: 'skipped' }
  | { status: 'failed'; reason: string };

export interface IngestOptions {
  /** Threads extracting at once; 1 extracts in this thread (default: every core). */
  jobs?: number;
  /** Files larger than this fail with a reason (default 5 MiB). */
  maxBytes?: number;
  /** Time a worker thread may spend on one file, in ms, before the file fails (default 60 s; jobs ≥ 2 only). */
  extractTimeoutMs?: number;
  /** Called after each file is done, in order; `warnings` are the problems of its metadata sidecar. */
  onFile?(progress: { path: string; done: number; total: number; outcome: FileOutcome; warnings: string[] }): void;
}

/**
 * Why a file in a folder is not read, by extension, with what to do about it. Anything
 * else that is not an article gets NOT_AN_ARTICLE; hidden files (.DS_Store) are passed over unsaid.
 */
const NOT_ARTICLE_REASONS: Record<string, string> = {
  '.pdf': 'a PDF: convert it to text first (e.g. pdftotext FILE.pdf FILE.txt)',
  '.docx': 'a Word document: save it as .txt or .html first',
  '.doc': 'a Word document: save it as .txt or .html first',
  '.odt': 'an OpenDocument text: save it as .txt or .html first',
  '.rtf': 'rich text: save it as .txt or .html first',
  '.epub': 'an e-book: convert it to .txt or .html first',
};
const NOT_AN_ARTICLE = 'not an article file (whosaid reads .txt, .md, .html and .htm)';

/** A file a folder holds that is not read, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The document files a walk found, and the other files it passed over. */
export interface FoundFiles {
  files: string[];
  notArticles: SkippedFile[];
}

/** Every document file under `folder`, recursively, in a stable order, and the files that are not articles. */
export async function listDocumentFiles(folder: string): Promise<FoundFiles> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  const found: FoundFiles = { files: [], notArticles: [] };
  for (const entry of entries) {
    // Metadata sidecars (NAME.meta.json) are read with their article, not listed as unread files.
    if (!entry.isFile() || entry.name.startsWith('.') || entry.name.endsWith(METADATA_SUFFIX)) continue;
    const path = join(entry.parentPath, entry.name);
    const extension = extname(entry.name).toLowerCase();
    if (DOCUMENT_EXTENSIONS.has(extension)) found.files.push(path);
    else found.notArticles.push({ path, reason: NOT_ARTICLE_REASONS[extension] ?? NOT_AN_ARTICLE });
  }
  found.files.sort();
  found.notArticles.sort((a, b) => (a.path < b.path ? -1 : 1));
  return found;
}

/** The files named: folders give their document files (recursively), a file named is taken whatever its extension. */
export async function collectDocumentFiles(paths: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], notArticles: [] };
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) {
      found.files.push(path);
      continue;
    }
    const inFolder = await listDocumentFiles(path);
    found.files.push(...inFolder.files);
    found.notArticles.push(...inFolder.notArticles.map(({ path, reason }) => ({ path: documentPath(path), reason })));
  }
  return { files: [...new Set(found.files.map((file) => resolve(file)))], notArticles: found.notArticles };
}

/**
 * How a file is named in the store: relative to the working directory when inside it
 * ("seeds/article.txt"), absolute otherwise. `whosaid serve --seeds seeds` and
 * `whosaid ingest seeds` then name a file alike, and two folders never collide.
 */
export function documentPath(file: string): string {
  const absolute = resolve(file);
  const inside = relative(process.cwd(), absolute);
  const name = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
  return name.split(sep).join('/');
}

/** Reads a file as UTF-8, refusing oversized and binary content with a reason a user can act on. */
export async function readDocumentFile(path: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES): Promise<string> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    if (size > maxBytes) throw new Error(`${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit (--max-bytes)`);
    const bytes = await file.readFile();
    if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    // An empty document would be a row with nothing in it, and would look like a success.
    if (text.trim() === '') throw new Error(size === 0 ? 'empty file: nothing to extract' : 'only whitespace: nothing to extract');
    return text;
  } finally {
    await file.close();
  }
}

/** Extracts and stores every document of a folder; a bad file is reported, the others still go in. */
export async function ingestFolder(store: Store, folder: string, options: IngestOptions = {}): Promise<CorpusReport> {
  const info = await stat(folder);
  if (!info.isDirectory()) throw new Error(`${folder} is not a folder`);
  const { files, notArticles } = await collectDocumentFiles([folder]);
  return { ...(await ingestFiles(store, files, options)), notArticles };
}

type Extracted = { path: string; text: string; facts: ExtractedDocument; metadata: DocumentMetadata; warnings: string[] };
type Prepared = Extracted | { path: string; outcome: FileOutcome };

/**
 * Ingests files: reading and extraction run ahead in parallel (worker threads), while
 * documents are stored in file order, whole, a batch of them per transaction. The order
 * makes the graph the same whatever the number of threads; a run that is killed leaves
 * whole documents, and the next run skips them by content hash.
 */
export async function ingestFiles(store: Store, files: readonly string[], options: IngestOptions = {}): Promise<CorpusReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const extractor = createExtractor(jobs, options.extractTimeoutMs);
  const report: CorpusReport = { files: files.length, documents: 0, replaced: 0, skipped: 0, failed: [], notArticles: [], warnings: [], added: { ...ZERO_COUNTS }, removed: { ...ZERO_COUNTS } };

  const prepare = async (file: string): Promise<Prepared> => {
    const path = documentPath(file);
    try {
      const text = await readDocumentFile(file, maxBytes);
      const [stored] = await store.documentsByHashes([documentHash(text)]);
      if (stored) return { path, outcome: { status: 'skipped' } };
      // Read only for what will be stored: the sidecar of a stored text is not read again.
      const { metadata, problems } = await readMetadata(file, path);
      return { path, text, metadata, warnings: problems, facts: await extractor.extract(text) };
    } catch (error) {
      return { path, outcome: { status: 'failed', reason: reasonOf(error) } };
    }
  };
  const outcomeOf = (result: IngestResult): FileOutcome => {
    if (!result.created) return { status: 'skipped' };
    return { status: result.replacedDocumentId === null ? 'added' : 'replaced', added: result.added, removed: result.removed };
  };
  const commitOne = async (prepared: Extracted): Promise<FileOutcome> => {
    try {
      return outcomeOf(await store.ingest(documentInput(prepared), prepared.facts));
    } catch (error) {
      return { status: 'failed', reason: reasonOf(error) };
    }
  };
  // Whole documents, several per write: one transaction per batch is ~50% faster than one per
  // document; a batch that fails is retried document by document, so one bad file costs nothing else.
  const commitBatch = async (batch: Extracted[]): Promise<FileOutcome[]> => {
    try {
      return (await store.ingestMany(batch.map((prepared) => ({ input: documentInput(prepared), facts: prepared.facts })))).map(outcomeOf);
    } catch {
      const outcomes: FileOutcome[] = [];
      for (const prepared of batch) outcomes.push(await commitOne(prepared));
      return outcomes;
    }
  };

  let done = 0;
  const record = (path: string, outcome: FileOutcome, warnings: string[] = []) => {
    tally(report, path, outcome);
    for (const message of warnings) report.warnings.push({ path, message });
    options.onFile?.({ path, done: ++done, total: files.length, outcome, warnings });
  };
  let batch: Extracted[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await commitBatch(batch);
    batch.forEach((prepared, index) => record(prepared.path, outcomes[index], prepared.warnings));
    batch = [];
  };

  // Enough files in flight to keep every thread busy, few enough to bound memory.
  const inFlight = files.slice(0, Math.max(jobs * 4, 2 * WRITE_BATCH)).map(prepare);
  let nextFile = inFlight.length;
  try {
    while (inFlight.length > 0) {
      const prepared = await inFlight.shift()!;
      if (nextFile < files.length) inFlight.push(prepare(files[nextFile++]));
      if ('outcome' in prepared) {
        // Outcomes are reported in file order: what was read before this file is written first.
        await flush();
        record(prepared.path, prepared.outcome);
        continue;
      }
      batch.push(prepared);
      if (batch.length >= WRITE_BATCH) await flush();
    }
    await flush();
  } finally {
    await extractor.close();
  }
  // A bulk load leaves the planner's statistics behind the tables (PostgreSQL). Only speed
  // depends on it: the documents are stored, so a failure here is a warning, not an error.
  if (report.documents > 0) {
    await store.refreshStatistics().catch((error: unknown) => report.warnings.push({ path: 'database', message: `statistics not refreshed (${reasonOf(error)}); queries may be slower until the database analyzes its tables` }));
  }
  return report;
}

/** What the store is given for a file: its text, where it was read, and its sidecar's fields (src/ingest/metadata.ts). */
const documentInput = ({ text, path, metadata }: Extracted) => ({ text, path, ...metadata });

/** Documents written per transaction by bulk ingest. */
const WRITE_BATCH = 32;

function tally(report: CorpusReport, path: string, outcome: FileOutcome): void {
  if (outcome.status === 'failed') report.failed.push({ path, reason: outcome.reason });
  else if (outcome.status === 'skipped') report.skipped++;
  else {
    report.documents++;
    if (outcome.status === 'replaced') report.replaced++;
    for (const key of Object.keys(report.added) as Array<keyof GraphCounts>) {
      report.added[key] += outcome.added[key];
      report.removed[key] += outcome.removed[key];
    }
  }
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
