import { FEATURES, featuresAt, LABEL_TYPE, NER_LABELS, OUTSIDE, SentenceFeatures } from '../extract/learned/ner-features.js';
import { tagSentence } from '../extract/learned/ner-tagger.js';
import { PerceptronTrainer, type Perceptron } from '../extract/learned/perceptron.js';
import type { TaggedDocument } from './ner-data.js';
import { seededRandom } from './seeded-random.js';

/** Rows of the hashed weight table: 2^18 × 9 labels, a few MB gzipped. */
export const NER_BITS = 18;

/**
 * Trains the tagger the way it runs: word by word, the previous label being the one the
 * model itself just predicted (so it learns to recover from its own mistakes), on candidate
 * words only. Documents are visited in an order shuffled by a fixed seed, every epoch.
 */
export function trainTagger(documents: TaggedDocument[], epochs: number, seeds: readonly number[]): Perceptron {
  // Small data makes one run's weights depend on its shuffles: the mean of a few runs (each
  // itself averaged) is steadier, and as cheap to score as one.
  const runs = seeds.map((seed) => trainOnce(documents, epochs, seed));
  const mean = runs[0];
  for (let i = 0; i < mean.weights.length; i++) {
    let sum = 0;
    for (const run of runs) sum += run.weights[i];
    mean.weights[i] = sum / runs.length;
  }
  return mean;
}

function trainOnce(documents: TaggedDocument[], epochs: number, seed: number): Perceptron {
  const trainer = new PerceptronTrainer([...NER_LABELS], NER_BITS);
  const sentence = new SentenceFeatures();
  const features = new Uint32Array(FEATURES.length);
  const random = seededRandom(seed);
  const order = documents.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const document = documents[index];
      for (const { words, hits, gold } of document.sentences) {
        sentence.load(words, hits, document);
        for (let i = 0; i < sentence.length; i++) {
          if (!sentence.isCandidate(i)) {
            sentence.labels[i] = OUTSIDE;
            continue;
          }
          const count = featuresAt(sentence, i, features);
          sentence.labels[i] = trainer.learn(features, gold[i], count);
        }
      }
    }
  }
  return trainer.average();
}

export interface SpanCounts {
  gold: number;
  predicted: number;
  matched: number;
}

/** Exact-span scores per type (PER, ORG, LOC, MISC) of the tagger alone on these documents. */
export function scoreTagger(model: Perceptron, documents: TaggedDocument[]): Record<string, SpanCounts> {
  const counts: Record<string, SpanCounts> = {};
  const count = (type: string) => (counts[type] ??= { gold: 0, predicted: 0, matched: 0 });
  const sentence = new SentenceFeatures();
  for (const document of documents) {
    for (const { words, hits, gold } of document.sentences) {
      sentence.load(words, hits, document);
      const predicted = tagSentence(model, sentence);
      const truth = spansOf(gold);
      for (const span of truth) count(span.type).gold++;
      for (const span of predicted) {
        count(span.type).predicted++;
        if (truth.some((other) => other.from === span.from && other.to === span.to && other.type === span.type)) count(span.type).matched++;
      }
    }
  }
  return counts;
}

function spansOf(labels: Uint8Array): Array<{ from: number; to: number; type: string }> {
  const spans: Array<{ from: number; to: number; type: string }> = [];
  for (let i = 0; i < labels.length; i++) {
    const type = LABEL_TYPE[labels[i]];
    if (!type) continue;
    const last = spans[spans.length - 1];
    if (NER_LABELS[labels[i]].startsWith('I-') && last && last.to === i && last.type === type) last.to = i + 1;
    else spans.push({ from: i, to: i + 1, type });
  }
  return spans;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
