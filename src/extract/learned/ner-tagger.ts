import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_SET, FEATURES, featuresAt, LABEL_BEGINS, LABEL_TYPE, NER_LABELS, OUTSIDE, type NerType, type SentenceFeatures } from './ner-features.js';
import { decodeModel, type Perceptron } from './perceptron.js';

/**
 * The entity tagger: a greedy left-to-right BIO tagger (Honnibal's averaged perceptron, the
 * previous label a feature) that scores only candidate words — capitalised words and the
 * connectors between them — so a sentence costs a few hundred float additions per name.
 */

/** A typed name the tagger found: words [from, to) of the sentence. */
export interface ContextSpan {
  from: number;
  to: number;
  type: NerType;
  /**
   * The smallest margin, over the span's words, between the chosen label and the runner-up:
   * how sure the model is (perceptron units; the combination rules read thresholds on it).
   */
  confidence: number;
}

export const MODEL_FILE = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));

const featureBuffer = new Uint32Array(FEATURES.length);
const scores = new Float64Array(NER_LABELS.length);

/** Tags the sentence (its labels land in `sentence.labels`) and returns the typed spans. */
export function tagSentence(model: Perceptron, sentence: SentenceFeatures): ContextSpan[] {
  const spans: ContextSpan[] = [];
  let open: ContextSpan | null = null;
  for (let i = 0; i < sentence.length; i++) {
    let label = OUTSIDE;
    let margin = 0;
    if (sentence.isScored(i)) {
      const count = featuresAt(sentence, i, featureBuffer);
      scores.fill(0);
      model.score(featureBuffer, count, scores);
      const previousType = i > 0 ? LABEL_TYPE[sentence.labels[i - 1]] : null;
      let best = -1;
      let second = -Infinity;
      for (let l = 0; l < scores.length; l++) {
        // An inside label continues a span of its own type only.
        if (!LABEL_BEGINS[l] && l !== OUTSIDE && LABEL_TYPE[l] !== previousType) continue;
        if (best === -1 || scores[l] > scores[best]) {
          if (best !== -1) second = Math.max(second, scores[best]);
          best = l;
        } else second = Math.max(second, scores[l]);
      }
      label = best;
      margin = scores[best] - second;
    }
    sentence.labels[i] = label;
    const type = LABEL_TYPE[label];
    if (open && (type === null || LABEL_BEGINS[label])) {
      spans.push(open);
      open = null;
    }
    if (type !== null) {
      if (open) {
        open.to = i + 1;
        open.confidence = Math.min(open.confidence, margin);
      } else open = { from: i, to: i + 1, type, confidence: margin };
    }
  }
  if (open) spans.push(open);
  return spans;
}

let loaded: Perceptron | null | undefined;

/**
 * The committed model, read once per process (each extraction worker reads its own copy on
 * first use). Training and cross-validation swap in their own with useEntityModel.
 */
export function entityModel(): Perceptron | null {
  if (loaded === undefined) loaded = readEntityModel(MODEL_FILE);
  return loaded;
}

/** Uses this model from now on in this process; null runs the rules alone. */
export function useEntityModel(model: Perceptron | null): void {
  loaded = model;
}

export function readEntityModel(path: string): Perceptron {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new Error(`entity model: cannot read ${path} (${(error as Error).message}); rebuild it with npm run train:ner`);
  }
  return decodeModel(file, FEATURE_SET).model;
}
