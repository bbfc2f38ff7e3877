import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A multiclass averaged perceptron over hashed features (after Honnibal's tagger essay):
 * each feature is a string ("w=said", "suffix3=ent|prev=the") hashed into a fixed table of
 * `2^bits` rows, one weight per row and label. Scoring is a few array reads per feature,
 * so a model runs inside the extraction budget (≥ 150k words/s) without a Map lookup.
 *
 * Hash collisions cost a little accuracy and buy a fixed, small memory footprint and a
 * model file whose size does not depend on the training vocabulary.
 */
/** The features' row offsets while scoring, reused from call to call. */
let rows = new Int32Array(64);

export class Perceptron {
  readonly labels: readonly string[];
  readonly bits: number;
  /** Row-major: weights[row * labels.length + label]. */
  readonly weights: Float32Array;
  private readonly mask: number;

  constructor(labels: readonly string[], bits: number, weights?: Float32Array) {
    this.labels = labels;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * labels.length);
    if (this.weights.length !== (1 << bits) * labels.length) throw new Error(`perceptron: ${this.weights.length} weights do not fit ${labels.length} labels × 2^${bits} rows`);
  }

  /** Row of a feature's hash in the table. */
  row(hash: number): number {
    return hash & this.mask;
  }

  /**
   * Adds every label's score for these feature hashes into `scores` (length labels.length,
   * zeroed by the caller). Label by label, each summed in a local over the features in order:
   * the same additions in the same order as feature by feature, without a load and a store of
   * `scores` per weight.
   */
  score(hashes: ArrayLike<number>, count: number, scores: Float64Array): void {
    const width = this.labels.length;
    const weights = this.weights;
    if (rows.length < count) rows = new Int32Array(count * 2);
    for (let i = 0; i < count; i++) rows[i] = (hashes[i] & this.mask) * width;
    for (let label = 0; label < width; label++) {
      let sum = scores[label];
      for (let i = 0; i < count; i++) sum += weights[rows[i] + label];
      scores[label] = sum;
    }
  }

  /** Index of the best label for these features (ties go to the lower index). */
  predict(hashes: ArrayLike<number>, count: number = hashes.length, scores: Float64Array = new Float64Array(this.labels.length)): number {
    scores.fill(0);
    this.score(hashes, count, scores);
    let best = 0;
    for (let label = 1; label < scores.length; label++) if (scores[label] > scores[best]) best = label;
    return best;
  }
}

/**
 * Trains a Perceptron with weight averaging: the final weight of each row is its average
 * over every update step, which keeps the model from chasing the last examples it saw.
 * Deterministic for a deterministic order of examples.
 */
export class PerceptronTrainer {
  readonly model: Perceptron;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private step = 0;

  constructor(labels: readonly string[], bits: number) {
    this.model = new Perceptron(labels, bits);
    this.totals = new Float64Array(this.model.weights.length);
    this.stamps = new Float64Array(this.model.weights.length);
  }

  /** One example: predicts, and when wrong moves weight from the guess to the truth. Returns the guess. */
  learn(hashes: ArrayLike<number>, truth: number, count: number = hashes.length): number {
    this.step++;
    const guess = this.model.predict(hashes, count);
    if (guess !== truth) {
      for (let i = 0; i < count; i++) {
        const base = this.model.row(hashes[i]) * this.model.labels.length;
        this.bump(base + truth, 1);
        this.bump(base + guess, -1);
      }
    }
    return guess;
  }

  private bump(index: number, delta: number): void {
    const weights = this.model.weights;
    this.totals[index] += (this.step - this.stamps[index]) * weights[index];
    this.stamps[index] = this.step;
    weights[index] += delta;
  }

  /** The averaged model; the trainer is done after this. */
  average(): Perceptron {
    const weights = this.model.weights;
    for (let i = 0; i < weights.length; i++) {
      const total = this.totals[i] + (this.step - this.stamps[i]) * weights[i];
      weights[i] = this.step > 0 ? total / this.step : 0;
    }
    return this.model;
  }
}

/** FNV-1a, 32 bits: fast on short feature strings, and the same hash in training and at run time. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The model file: gzip of one JSON header line (format, feature-set version, labels, bits,
 * and whatever the trainer records: data, figures) followed by the weights as little-endian
 * float32. A reader names the feature-set version it was written for; other versions are
 * refused instead of silently misread.
 */
export interface ModelHeader {
  format: 'whosaid-perceptron/1';
  features: string;
  labels: string[];
  bits: number;
  [key: string]: unknown;
}

export function encodeModel(model: Perceptron, header: { features: string; [key: string]: unknown }): Buffer {
  const head: ModelHeader = { ...header, format: 'whosaid-perceptron/1', labels: [...model.labels], bits: model.bits };
  const bytes = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return gzipSync(Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), bytes]), { level: 9 });
}

export function decodeModel(file: Buffer, features: string): { model: Perceptron; header: ModelHeader } {
  const raw = gunzipSync(file);
  const newline = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as ModelHeader;
  if (header.format !== 'whosaid-perceptron/1') throw new Error(`model file: unknown format ${String(header.format)}`);
  if (header.features !== features) throw new Error(`model file: written for features "${header.features}", this code reads "${features}"; rebuild it with its npm run train:… command`);
  const body = raw.subarray(newline + 1);
  // Copy into an aligned buffer: the slice after the header line may start at any byte.
  const weights = new Float32Array(body.byteLength / 4);
  new Uint8Array(weights.buffer).set(body);
  return { model: new Perceptron(header.labels, header.bits, weights), header };
}
