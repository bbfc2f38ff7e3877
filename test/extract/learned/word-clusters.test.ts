import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLUSTER_LEVELS, CLUSTERS_FILE, clustersOf, decodeClusters, isCommonInNews, readClusters, UNKNOWN_CLUSTERS } from '../../../src/extract/learned/word-clusters.js';
import { sphericalKMeans, type SparseVector } from '../../../src/train/kmeans.js';
import { clusterWords, encodeClusters } from '../../../src/train/word-clusters.js';

const sparse = (entries: Array<[number, number]>): SparseVector => {
  const norm = Math.sqrt(entries.reduce((sum, [, x]) => sum + x * x, 0));
  return { index: Uint32Array.from(entries, ([i]) => i), value: Float32Array.from(entries, ([, x]) => x / norm) };
};

describe('spherical k-means', () => {
  it('puts vectors pointing the same way together, and gives the same answer every run', () => {
    const vectors = [sparse([[0, 1], [1, 0.1]]), sparse([[2, 1]]), sparse([[0, 0.9], [1, 0.2]]), sparse([[2, 1], [3, 0.1]]), sparse([[0, 1]])];
    const first = sphericalKMeans(vectors, 4, 2, 10, 5);
    const [a, b, c, d, e] = first.assignment;
    expect(a).toBe(c);
    expect(a).toBe(e);
    expect(b).toBe(d);
    expect(a).not.toBe(b);
    expect(sphericalKMeans(vectors, 4, 2, 10, 5).assignment).toEqual(first.assignment);
  });
});

describe('word clusters', () => {
  // Invented sentences: surnames before "said", towns after "in".
  const sentences: string[][] = [];
  const surnames = ['Okafor', 'Lindqvist', 'Baumann', 'Haddad'];
  const towns = ['Tarrow', 'Bellmere', 'Quenby', 'Ostrava'];
  for (let round = 0; round < 6; round++) {
    for (const surname of surnames) sentences.push(['Minister', surname, 'said', 'on', 'Monday', '.']);
    for (const town of towns) sentences.push(['The', 'meeting', 'was', 'held', 'in', town, 'last', 'week', '.']);
  }

  it('group the words that share their neighbours, at every level', () => {
    const table = clusterWords(sentences, { minCount: 3, contextWords: 50, window: 2, smoothing: 0.75, rounds: 10, seed: 3, sizes: [6, 2, 2] });
    const surname = table.get('Okafor')!;
    for (const other of surnames) expect(table.get(other)![0]).toBe(surname[0]);
    for (const town of towns) expect(table.get(town)![0]).not.toBe(surname[0]);
  });

  it('are written as words and numbers only, and read back', () => {
    const table = new Map([['Okafor', [3, 1, 0]], ['said', [0, 0, 1]]]);
    const decoded = decodeClusters(encodeClusters(table, { trainedOn: 'invented' }));
    expect(decoded.get('Okafor')).toEqual({ fine: 4, mid: 2, coarse: 1 });
    expect(decoded.get('okafor')).toBeUndefined();
  });

  it('refuse a file of another format, or a missing one, and name the command that rebuilds it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-clusters-'));
    writeFileSync(join(folder, 'old.gz'), gzipSync('{"format":"whosaid-word-clusters/0"}\nOkafor\t1\t1\t1\n'));
    expect(() => readClusters(join(folder, 'old.gz'))).toThrow(/unknown format.*npm run train:clusters/);
    expect(() => readClusters(join(folder, 'absent.gz'))).toThrow(/cannot read .*absent\.gz.*npm run train:clusters/);
  });

  it('committed: small, within the documented levels, and a word never seen is unknown', () => {
    expect(statSync(CLUSTERS_FILE).size).toBeLessThan(2 * 1024 * 1024);
    const table = readClusters(CLUSTERS_FILE);
    for (const { fine, mid, coarse } of table.values()) {
      expect(fine).toBeGreaterThanOrEqual(1);
      expect(fine).toBeLessThanOrEqual(CLUSTER_LEVELS[0]);
      expect(mid).toBeLessThanOrEqual(CLUSTER_LEVELS[1]);
      expect(coarse).toBeLessThanOrEqual(CLUSTER_LEVELS[2]);
    }
    expect(clustersOf('said').fine).toBeGreaterThan(0);
    expect(clustersOf('Xqzvwtplk')).toBe(UNKNOWN_CLUSTERS);
    // The vocabulary doubles as a list of words news writes in lower case.
    expect(isCommonInNews('Yesterday')).toBe(true);
    expect(isCommonInNews('yesterday')).toBe(false);
    expect(isCommonInNews('Xolaniqwe')).toBe(false);
  });
});
