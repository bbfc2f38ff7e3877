import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ATTRIBUTION_FEATURES } from './attribution-features.js';
import { CONTENT_SHAPES } from './attribution-spans.js';
import { decodeModel, type Perceptron } from './perceptron.js';

/**
 * The learned attribution model: one perceptron that reads a cue candidate (a word whose lemma
 * was ever a PolNeAR cue often enough: the gate) and says which content shape it opens, or
 * NONE. Trained by `npm run train:attribution`; see src/models/README.md.
 */
export interface AttributionModel {
  perceptron: Perceptron;
  /** Lemmas worth scoring: the rest of the words are never cues (and cost nothing). */
  gate: Set<string>;
}

export const ATTRIBUTION_MODEL_FILE = fileURLToPath(new URL('../../models/attribution.bin', import.meta.url));

export function decodeAttributionModel(file: Buffer): AttributionModel {
  const { model, header } = decodeModel(file, ATTRIBUTION_FEATURES);
  if (model.labels.join(' ') !== CONTENT_SHAPES.join(' ')) throw new Error(`attribution model: labels ${model.labels.join(', ')} are not this code's shapes; rebuild it with npm run train:attribution`);
  const gate = header.gate;
  if (!Array.isArray(gate)) throw new Error('attribution model: no cue gate in the file; rebuild it with npm run train:attribution');
  return { perceptron: model, gate: new Set(gate as string[]) };
}

let loaded: AttributionModel | null | undefined;

/**
 * The committed model, read once per process (each worker thread has its own copy); null when
 * the file is absent or WHOSAID_ATTRIBUTION_MODEL=off asks for the rules alone (to compare).
 */
export function attributionModel(): AttributionModel | null {
  if (loaded === undefined) {
    const off = process.env.WHOSAID_ATTRIBUTION_MODEL === 'off';
    loaded = !off && existsSync(ATTRIBUTION_MODEL_FILE) ? decodeAttributionModel(readFileSync(ATTRIBUTION_MODEL_FILE)) : null;
  }
  return loaded;
}

/** Replaces the model extraction uses (null: rules alone; undefined: the committed file again), to compare the two. */
export function setAttributionModel(model: AttributionModel | null | undefined): void {
  loaded = model;
}
