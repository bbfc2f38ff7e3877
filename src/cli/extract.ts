import { existsSync, statSync } from 'node:fs';
import { listDocumentFiles, readDocumentFile } from '../ingest/corpus.js';
import { UsageError, type Values } from './options.js';

/** `whosaid extract PATH…`: the facts of each file printed as JSON, with no database. */
export async function extractFiles(_values: Values, paths: string[]): Promise<void> {
  if (paths.length === 0) throw new UsageError('extract: name at least one file or folder, e.g. whosaid extract seeds/article.txt');
  const missing = paths.find((path) => !existsSync(path));
  if (missing) throw new UsageError(`extract: ${missing} does not exist; name existing files or folders`);
  const { extract } = await import('../extract/index.js');
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
