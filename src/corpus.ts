import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { extract } from './extract/index.js';
import type { Store } from './graph/store.js';

/** File types a corpus folder may hold; everything else is skipped. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

export interface CorpusReport {
  documents: number;
  skipped: number;
  failed: Array<{ path: string; reason: string }>;
}

/** Every document file under `folder`, recursively, in a stable order. */
export async function listDocumentFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads a file as UTF-8, refusing binary content with a reason a user can act on. */
export async function readDocumentFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Extracts and stores every document of a folder; a bad file is reported, the others still go in. */
export async function ingestFolder(store: Store, folder: string): Promise<CorpusReport> {
  const info = await stat(folder);
  if (!info.isDirectory()) throw new Error(`${folder} is not a folder`);
  const report: CorpusReport = { documents: 0, skipped: 0, failed: [] };
  for (const path of await listDocumentFiles(folder)) {
    const name = relative(folder, path);
    try {
      const text = await readDocumentFile(path);
      const result = await store.ingest({ text, path: name }, extract(text));
      if (result.created) report.documents++;
      else report.skipped++;
    } catch (error) {
      report.failed.push({ path: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
