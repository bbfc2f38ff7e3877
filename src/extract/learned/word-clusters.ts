import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Word clusters: words that share their neighbours across a million words of unannotated news
 * share a cluster (built by `npm run train:clusters`, src/train/word-clusters.ts). The entity
 * tagger reads a word's clusters as features, so a name it never saw in training is read like
 * the names of its kind it did see.
 */

export const CLUSTERS_FILE = fileURLToPath(new URL('../../models/word-clusters.gz', import.meta.url));

/** How many clusters at each level: fine, mid, coarse. */
export const CLUSTER_LEVELS = [512, 96, 24] as const;

/** A word's cluster at each level, numbered from 1; 0 = the word is not in the table (rare). */
export interface WordClusters {
  fine: number;
  mid: number;
  coarse: number;
}

export const UNKNOWN_CLUSTERS: WordClusters = { fine: 0, mid: 0, coarse: 0 };

let table: Map<string, WordClusters> | null | undefined;

/** The word's clusters as written ("Bush" and "bush" differ); UNKNOWN_CLUSTERS when the table has no such word. */
export function clustersOf(word: string): WordClusters {
  if (table === undefined) table = readClusters(CLUSTERS_FILE);
  return table?.get(word) ?? UNKNOWN_CLUSTERS;
}

/** "Newcomer": a capitalised word whose lower-case form the news corpus writes often enough to be clustered. */
export function isCommonInNews(word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && clustersOf(lower) !== UNKNOWN_CLUSTERS;
}

/** Uses this table from now on in this process (null: no clusters, every word unknown). */
export function useClusters(next: Map<string, WordClusters> | null): void {
  table = next;
}

export function readClusters(path: string): Map<string, WordClusters> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new Error(`word clusters: cannot read ${path} (${(error as Error).message}); rebuild them with npm run train:clusters`);
  }
  return decodeClusters(file);
}

export function decodeClusters(file: Buffer): Map<string, WordClusters> {
  const lines = gunzipSync(file).toString('utf8').split('\n');
  const head = JSON.parse(lines[0]) as { format?: string };
  if (head.format !== 'whosaid-word-clusters/1') throw new Error(`word clusters: unknown format ${head.format}; rebuild them with npm run train:clusters`);
  const clusters = new Map<string, WordClusters>();
  for (let i = 1; i < lines.length; i++) {
    const [word, fine, mid, coarse] = lines[i].split('\t');
    if (word) clusters.set(word, { fine: Number(fine) + 1, mid: Number(mid) + 1, coarse: Number(coarse) + 1 });
  }
  return clusters;
}
