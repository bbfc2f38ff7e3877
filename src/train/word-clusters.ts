/**
 * `npm run train:clusters`: rebuilds src/models/word-clusters.gz, the entity tagger's word
 * clusters, from the unannotated text of ../shared (PolNeAR's 840 training articles and GUM's
 * 84 training documents).
 *
 * Why: the tagger learns from ~75k annotated tokens, so most names it meets it has never seen.
 * A name it has never seen still lives, across a million words of news, in the contexts of its
 * kind ("… said", "Sen. …", "… Inc.", "at … University"): words with alike neighbours share a
 * cluster, and the cluster is a feature the tagger can learn from the names it did see.
 *
 * How: every word written at least MIN_COUNT times (as written: "Bush" is not "bush") gets a
 * vector of its neighbours (one and two words left and right, the most frequent lower-case
 * words), weighted by positive pointwise mutual information; spherical k-means groups the
 * vectors into FINE clusters, whose centres are grouped again into MID and then COARSE ones
 * (a small hierarchy, as Brown clusters give with bit-string prefixes). Deterministic: sorted
 * input, fixed seeds, fixed rounds. Only words and cluster numbers are written: no text.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gumNameSpans } from '../eval/gum.js';
import { CLUSTERS_FILE, CLUSTER_LEVELS } from '../extract/learned/word-clusters.js';
import { splitSentences } from '../extract/sentences.js';
import { toWords } from '../extract/words.js';
import { centroidVector, sphericalKMeans, type SparseVector } from './kmeans.js';

export interface ClusterSettings {
  /** Words written fewer times are left unclustered (their vectors are noise). */
  minCount: number;
  /** The most frequent lower-case words are the context columns; rarer ones share one column. */
  contextWords: number;
  /** Neighbours read on each side. */
  window: number;
  /** Exponent on context counts (Levy et al. 2015): tames rare contexts' PMI. */
  smoothing: number;
  rounds: number;
  seed: number;
  /** Clusters at each level: fine, mid, coarse. */
  sizes: readonly number[];
}

export const CLUSTER_TRAINING: ClusterSettings = { minCount: 3, contextWords: 1000, window: 2, smoothing: 0.75, rounds: 12, seed: 17, sizes: CLUSTER_LEVELS };

/** The word texts of every sentence of every document, in sorted document order. */
async function readCorpus(shared: string): Promise<string[][]> {
  const sentences: string[][] = [];
  const add = (text: string) => {
    for (const sentence of splitSentences(text)) sentences.push(toWords(sentence).map((word) => word.text));
  };
  const polnear = join(shared, 'polnear-train', 'text');
  for (const file of (await readdir(polnear)).filter((name) => name.endsWith('.txt')).sort()) add(await readFile(join(polnear, file), 'utf8'));
  for (const folder of ['gum-train', 'gum-news']) {
    const conllu = join(shared, folder, 'conllu');
    for (const file of (await readdir(conllu)).filter((name) => name.endsWith('.conllu')).sort()) add(gumNameSpans(await readFile(join(conllu, file), 'utf8')).text);
  }
  return sentences;
}

const byCountThenText = (counts: Map<string, number>) => (a: string, b: string) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0);

/** Each vocabulary word's PPMI vector over (position, context word) columns, L2-normalised. */
export function contextVectors(sentences: string[][], vocabulary: string[], settings: ClusterSettings = CLUSTER_TRAINING): { vectors: SparseVector[]; dimensions: number } {
  const lowerCounts = new Map<string, number>();
  for (const sentence of sentences) for (const word of sentence) lowerCounts.set(word.toLowerCase(), (lowerCounts.get(word.toLowerCase()) ?? 0) + 1);
  const contexts = [...lowerCounts.keys()].sort(byCountThenText(lowerCounts)).slice(0, settings.contextWords);
  // Two more columns per position: the sentence's edge, and any rarer word.
  const width = contexts.length + 2;
  const contextIndex = new Map(contexts.map((word, index) => [word, index]));
  const EDGE = contexts.length;
  const RARE = contexts.length + 1;
  const offsets = [];
  for (let d = 1; d <= settings.window; d++) offsets.push(-d, d);
  const dimensions = offsets.length * width;
  const wordIndex = new Map(vocabulary.map((word, index) => [word, index]));
  const pairs = vocabulary.map(() => new Map<number, number>());
  const columnTotals = new Float64Array(dimensions);
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const w = wordIndex.get(sentence[i]);
      if (w === undefined) continue;
      offsets.forEach((offset, p) => {
        const j = i + offset;
        const context = j < 0 || j >= sentence.length ? EDGE : (contextIndex.get(sentence[j].toLowerCase()) ?? RARE);
        const column = p * width + context;
        pairs[w].set(column, (pairs[w].get(column) ?? 0) + 1);
        columnTotals[column]++;
      });
    }
  }
  // Smoothed context probabilities per position (Levy et al. 2015: counts^0.75 tame rare contexts).
  const smoothed = new Float64Array(dimensions);
  for (let p = 0; p < offsets.length; p++) {
    let sum = 0;
    for (let c = 0; c < width; c++) sum += columnTotals[p * width + c] ** settings.smoothing;
    for (let c = 0; c < width; c++) smoothed[p * width + c] = columnTotals[p * width + c] ** settings.smoothing / sum;
  }
  const vectors = pairs.map((row) => {
    const perPosition = new Float64Array(offsets.length);
    for (const [column, count] of row) perPosition[Math.floor(column / width)] += count;
    const entries: Array<[number, number]> = [];
    for (const [column, count] of row) {
      const pmi = Math.log(count / (perPosition[Math.floor(column / width)] * smoothed[column]));
      if (pmi > 0) entries.push([column, pmi]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, x]) => sum + x * x, 0)) || 1;
    return { index: Uint32Array.from(entries, ([column]) => column), value: Float32Array.from(entries, ([, x]) => x / norm) };
  });
  return { vectors, dimensions };
}

/** word → its cluster at each level (FINE, MID, COARSE). */
export function clusterWords(sentences: string[][], settings: ClusterSettings = CLUSTER_TRAINING): Map<string, number[]> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((word) => counts.get(word)! >= settings.minCount && /\p{L}/u.test(word)).sort(byCountThenText(counts));
  const { vectors, dimensions } = contextVectors(sentences, vocabulary, settings);
  const [fine, mid, coarse] = settings.sizes;
  const words = sphericalKMeans(vectors, dimensions, fine, settings.rounds, settings.seed);
  // Cluster the clusters: each centre weighted by how many words it holds.
  const sizes = new Float64Array(fine);
  for (const c of words.assignment) sizes[c]++;
  const fineCentres = Array.from({ length: fine }, (_, c) => centroidVector(words.centroids, dimensions, c));
  const midClusters = sphericalKMeans(fineCentres, dimensions, mid, settings.rounds * 2, settings.seed + 1, sizes);
  const midSizes = new Float64Array(mid);
  for (let c = 0; c < fine; c++) midSizes[midClusters.assignment[c]] += sizes[c];
  const midCentres = Array.from({ length: mid }, (_, c) => centroidVector(midClusters.centroids, dimensions, c));
  const coarseClusters = sphericalKMeans(midCentres, dimensions, coarse, settings.rounds * 2, settings.seed + 2, midSizes);
  const table = new Map<string, number[]>();
  vocabulary.forEach((word, v) => {
    const f = words.assignment[v];
    const m = midClusters.assignment[f];
    table.set(word, [f, m, coarseClusters.assignment[m]]);
  });
  return table;
}

/** The file: gzip of a JSON header line, then one `word<TAB>fine<TAB>mid<TAB>coarse` line per word. */
export function encodeClusters(table: Map<string, number[]>, head: Record<string, unknown>): Buffer {
  const lines = [JSON.stringify({ format: 'whosaid-word-clusters/1', ...head })];
  for (const [word, levels] of table) lines.push(`${word}\t${levels.join('\t')}`);
  return gzipSync(Buffer.from(`${lines.join('\n')}\n`), { level: 9 });
}

async function main(): Promise<void> {
  const shared = resolve(process.argv[2] ?? '../shared');
  for (const folder of ['polnear-train/text', 'gum-train/conllu', 'gum-news/conllu']) {
    if (!existsSync(join(shared, folder))) {
      console.error(`train:clusters: ${join(shared, folder)} not found; pass the folder holding polnear-train/, gum-train/ and gum-news/ (npm run train:clusters -- /path/to/shared)`);
      process.exit(2);
    }
  }
  const started = Date.now();
  const sentences = await readCorpus(shared);
  const tokens = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const table = clusterWords(sentences);
  const file = encodeClusters(table, { trainedOn: 'PolNeAR train (840 articles) + GUM gum-train (64) + gum-news (20), text only', tokens, words: table.size, training: CLUSTER_TRAINING });
  mkdirSync(dirname(CLUSTERS_FILE), { recursive: true });
  writeFileSync(CLUSTERS_FILE, file);
  console.log(`${tokens} words read, ${table.size} clustered; wrote ${CLUSTERS_FILE} (${(file.length / 1024).toFixed(0)} kB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
