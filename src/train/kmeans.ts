import { seededRandom } from './seeded-random.js';

/**
 * Spherical k-means (cosine similarity) over L2-normalised vectors: the clustering behind the
 * entity tagger's word clusters (src/train/word-clusters.ts). Deterministic: k-means++ seeding
 * from a fixed seed, a fixed number of rounds, ties broken by the lower cluster index.
 */

/** A vector as parallel index/value arrays (sparse) over `dimensions` columns. */
export interface SparseVector {
  index: Uint32Array;
  value: Float32Array;
}

/** Each vector's cluster in [0, k), and the clusters' mean directions (k × dimensions, normalised). */
export interface Clustering {
  assignment: Uint32Array;
  centroids: Float64Array;
}

export function sphericalKMeans(vectors: SparseVector[], dimensions: number, k: number, rounds: number, seed: number, weights?: Float64Array): Clustering {
  const random = seededRandom(seed);
  const centroids = new Float64Array(k * dimensions);
  seedCentroids(vectors, dimensions, k, random, centroids);
  const assignment = new Uint32Array(vectors.length);
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let v = 0; v < vectors.length; v++) {
      const best = nearest(vectors[v], centroids, dimensions, k);
      if (round === 0 || best !== assignment[v]) moved++;
      assignment[v] = best;
    }
    recompute(vectors, assignment, dimensions, k, centroids, weights);
    if (moved === 0) break;
  }
  return { assignment, centroids };
}

/** The centroid most similar to the vector (dot product of unit vectors). */
export function nearest(vector: SparseVector, centroids: Float64Array, dimensions: number, k: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < k; c++) {
    const base = c * dimensions;
    let score = 0;
    for (let j = 0; j < vector.index.length; j++) score += vector.value[j] * centroids[base + vector.index[j]];
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * k-means++: each next seed drawn with probability growing with its distance (1 − cosine) to
 * the nearest seed so far; spreads the seeds over the space instead of over its dense parts.
 */
function seedCentroids(vectors: SparseVector[], dimensions: number, k: number, random: () => number, centroids: Float64Array): void {
  const distance = new Float64Array(vectors.length).fill(Infinity);
  let chosen = Math.floor(random() * vectors.length);
  for (let c = 0; c < k; c++) {
    const seed = vectors[chosen];
    for (let j = 0; j < seed.index.length; j++) centroids[c * dimensions + seed.index[j]] = seed.value[j];
    let total = 0;
    for (let v = 0; v < vectors.length; v++) {
      let dot = 0;
      const vector = vectors[v];
      for (let j = 0; j < vector.index.length; j++) dot += vector.value[j] * centroids[c * dimensions + vector.index[j]];
      distance[v] = Math.min(distance[v], Math.max(0, 1 - dot));
      total += distance[v];
    }
    let target = random() * total;
    chosen = vectors.length - 1;
    for (let v = 0; v < vectors.length; v++) {
      target -= distance[v];
      if (target <= 0) {
        chosen = v;
        break;
      }
    }
  }
}

function recompute(vectors: SparseVector[], assignment: Uint32Array, dimensions: number, k: number, centroids: Float64Array, weights?: Float64Array): void {
  const previous = centroids.slice();
  centroids.fill(0);
  const sizes = new Uint32Array(k);
  for (let v = 0; v < vectors.length; v++) {
    const base = assignment[v] * dimensions;
    const weight = weights ? weights[v] : 1;
    const vector = vectors[v];
    for (let j = 0; j < vector.index.length; j++) centroids[base + vector.index[j]] += weight * vector.value[j];
    sizes[assignment[v]]++;
  }
  for (let c = 0; c < k; c++) {
    const base = c * dimensions;
    // An emptied cluster keeps its old direction rather than vanishing.
    if (sizes[c] === 0) {
      for (let d = 0; d < dimensions; d++) centroids[base + d] = previous[base + d];
      continue;
    }
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += centroids[base + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) centroids[base + d] /= norm;
  }
}

/** A dense row of `centroids` as a sparse vector (its non-zero columns): to cluster the clusters. */
export function centroidVector(centroids: Float64Array, dimensions: number, c: number): SparseVector {
  const index: number[] = [];
  const value: number[] = [];
  for (let d = 0; d < dimensions; d++) {
    const x = centroids[c * dimensions + d];
    if (x !== 0) {
      index.push(d);
      value.push(x);
    }
  }
  return { index: Uint32Array.from(index), value: Float32Array.from(value) };
}
