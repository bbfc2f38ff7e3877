import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { ATTRIBUTION_FEATURES } from '../extract/learned/attribution-features.js';
import { ATTRIBUTION_MODEL_FILE } from '../extract/learned/attribution-model.js';
import { scanCueCandidates } from '../extract/learned/attribution-candidates.js';
import { CONTENT_SHAPES } from '../extract/learned/attribution-spans.js';
import { chooseShape } from '../extract/learned/attribution.js';
import { encodeModel, PerceptronTrainer, type Perceptron } from '../extract/learned/perceptron.js';
import { readPolnear } from '../eval/polnear-data.js';
import { seededRandom } from './seeded-random.js';
import { cueWords, examplesOf, readArticle, type ReadArticle } from './attribution-examples.js';
import { crossValidate } from './attribution-cv.js';

/**
 * `npm run train:attribution [-- DIR]`: rebuilds src/models/attribution.bin from PolNeAR's
 * develop part (../shared/polnear-train by default) and prints figures on the measure part;
 * `-- --cv` cross-validates over develop instead (attribution-cv.ts) and writes nothing.
 * Deterministic: sorted articles, a seeded shuffle, fixed epochs.
 */
const EPOCHS = 8;
const BITS = 18;
const SEED = 12;
/** A lemma enters the gate when it cued at least this many gold attributions in develop … */
const GATE_MIN_CUES = 3;
/** … and at least this share of its occurrences were cues (keeps "be", "the" out: speed). */
const GATE_MIN_SHARE = 0.02;
/**
 * … and, once the model is trained, it must fire (choose a shape) on at least this share of its
 * develop occurrences: every occurrence costs a scan (spans cut, features hashed, weights read),
 * and "go", "make", "state", "need" cost thousands for a handful of statements. Set once, a
 * priori (not tuned on measure): 5% of 4,846 "say"s is no threat, "go" (29 of 1,066) is out.
 */
const GATE_MIN_FIRE_SHARE = 0.05;
const GATE_MIN_FIRES = 3;
/**
 * Cues the issue names, kept in the gate however rarely they fire among their occurrences: a
 * colon after a speaker ("Bialik: “…”") is a cue, but most colons in news (times, lists, "Q:")
 * are not, so its share of firings falls under GATE_MIN_FIRE_SHARE.
 */
const ALWAYS_GATED = new Set([':', 'according']);

/**
 * Trains the model on the develop part of a PolNeAR folder and returns the file's bytes; `log`
 * hears the progress and figures. Deterministic: the same folder gives the same bytes.
 */
export function buildAttributionModel(dir: string, options: { tune?: boolean; heldOut?: (name: string) => boolean; log?: (line: string) => void } = {}): Buffer {
  const { tune = false, log = () => {} } = options;
  // --tune leaves the tuning fifth out; `heldOut` any other part (cross-validation over develop).
  const heldOut = options.heldOut ?? (tune ? isTuningArticle : () => false);
  const develop = readPolnear(dir, 'develop').filter((article) => !heldOut(article.name)).map(readArticle);
  const measure = readPolnear(dir, 'measure').map(readArticle);
  const gate = cueGate(develop);
  const examples = develop.flatMap((article) => examplesOf(article, gate));
  log(`develop: ${develop.length} articles, ${examples.length} cue candidates (${examples.filter((example) => example.label !== 0).length} cues); gate: ${gate.size} lemmas`);

  const trainer = new PerceptronTrainer(CONTENT_SHAPES, BITS);
  const random = seededRandom(SEED);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    for (const index of order) if (trainer.learn(examples[index].features, examples[index].label) !== examples[index].label) wrong++;
    log(`epoch ${epoch + 1}: ${(1 - wrong / examples.length).toFixed(4)} right`);
  }
  const model = trainer.average();
  const firing = firingGate(model, develop, gate);
  log(`gate after training: ${firing.size} of ${gate.size} lemmas fire on at least ${GATE_MIN_FIRE_SHARE * 100}% (and ${GATE_MIN_FIRES}) of their develop occurrences`);
  const figures = { develop: intrinsic(model, develop, firing), measure: intrinsic(model, measure, firing) };
  log(`cue words (candidate level), develop: P ${figures.develop.precision} R ${figures.develop.recall} F ${figures.develop.f1}; shape right ${figures.develop.shapeRight}`);
  log(`cue words (candidate level), measure: P ${figures.measure.precision} R ${figures.measure.recall} F ${figures.measure.f1}; shape right ${figures.measure.shapeRight}`);
  log(`gold cues the gate lets through, measure: ${figures.measure.gateRecall}`);
  return encodeModel(model, {
    features: ATTRIBUTION_FEATURES, gate: [...firing].sort(), gateMinFireShare: GATE_MIN_FIRE_SHARE, gateMinFires: GATE_MIN_FIRES, trainedOn: `PolNeAR train, develop part${tune ? ' less its tuning fifth' : ''} (${develop.length} articles)`,
    epochs: EPOCHS, seed: SEED, figures,
  });
}

function main(): void {
  const args = process.argv.slice(2);
  // --tune: leave a fifth of develop out of training (to choose settings on it without touching measure).
  const tune = args.includes('--tune');
  const dir = args.find((arg) => !arg.startsWith('--')) ?? '../shared/polnear-train';
  if (!existsSync(dir)) {
    process.stderr.write(`train:attribution: PolNeAR folder ${dir} not found; pass the folder holding text/ and attributions/ (e.g. ../shared/polnear-train)\n`);
    process.exit(2);
  }
  // --cv: five-fold cross-validation over develop; prints figures and writes no model.
  if (args.includes('--cv')) {
    crossValidate(dir, buildAttributionModel, (line) => process.stdout.write(`${line}\n`));
    return;
  }
  const file = buildAttributionModel(dir, { tune, log: (line) => process.stdout.write(`${line}\n`) });
  writeFileSync(ATTRIBUTION_MODEL_FILE, file);
  process.stdout.write(`wrote ${ATTRIBUTION_MODEL_FILE} (${(file.length / 1024 / 1024).toFixed(2)} MB)\n`);
}

/** The fifth of develop that --tune leaves out: by name, like the develop/measure split. */
function isTuningArticle(name: string): boolean {
  return createHash('sha256').update(`tune:${name}`).digest()[0] < 52;
}

/** Lemmas that cue often enough, and often enough when they occur, to be worth scoring. */
function cueGate(articles: ReadArticle[]): Set<string> {
  const cued = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const article of articles) {
    const cues = cueWords(article);
    for (const { words } of article.sentences) {
      for (const word of words) {
        seen.set(word.lemma, (seen.get(word.lemma) ?? 0) + 1);
        if (cues.has(word.start)) cued.set(word.lemma, (cued.get(word.lemma) ?? 0) + 1);
      }
    }
  }
  return new Set([...cued].filter(([lemma, count]) => count >= GATE_MIN_CUES && count / seen.get(lemma)! >= GATE_MIN_SHARE).map(([lemma]) => lemma).sort());
}

/** The lemmas of the gate the trained model chooses a shape for often enough (as extraction decides it) to be worth their scans. */
function firingGate(model: Perceptron, articles: ReadArticle[], gate: Set<string>): Set<string> {
  const seen = new Map<string, number>();
  const fires = new Map<string, number>();
  const scores = new Float64Array(CONTENT_SHAPES.length);
  for (const article of articles) {
    scanCueCandidates(article.sentences, article.quotes, article.text, gate, (candidate) => {
      const lemma = candidate.site.words[candidate.site.cue].lemma;
      seen.set(lemma, (seen.get(lemma) ?? 0) + 1);
      if (chooseShape(model, candidate, scores) !== 0) fires.set(lemma, (fires.get(lemma) ?? 0) + 1);
    });
  }
  const worth = ([lemma, count]: [string, number]) => count >= GATE_MIN_FIRES && (count / seen.get(lemma)! >= GATE_MIN_FIRE_SHARE || ALWAYS_GATED.has(lemma));
  return new Set([...fires].filter(worth).map(([lemma]) => lemma).sort());
}

/** Candidate-level figures: is a cue word found (any shape), and is its shape the best one. */
function intrinsic(model: Perceptron, articles: ReadArticle[], gate: Set<string>) {
  let truePositive = 0;
  let predicted = 0;
  let gold = 0;
  let shapeRight = 0;
  let goldCues = 0;
  for (const article of articles) {
    goldCues += cueWords(article).size;
    for (const example of examplesOf(article, gate)) {
      const guess = model.predict(example.features, example.features.length);
      if (example.label !== 0) gold++;
      if (guess !== 0) predicted++;
      if (guess !== 0 && example.label !== 0) truePositive++;
      if (guess !== 0 && guess === example.label) shapeRight++;
    }
  }
  const precision = truePositive / Math.max(1, predicted);
  const recall = truePositive / Math.max(1, gold);
  const round = (value: number) => Number(value.toFixed(3));
  return {
    precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    shapeRight: round(shapeRight / Math.max(1, truePositive)), gateRecall: round(gold / Math.max(1, goldCues)),
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
