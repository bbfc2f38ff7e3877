/**
 * `npm run train:ner`: rebuilds src/models/ner.bin, the entity tagger, from ../shared.
 *
 * Trains on GUM (gum-train's 64 documents of five genres + gum-news' 20 Wikinews articles),
 * deterministically (sorted input, fixed seed). Before writing, it measures honestly: 5-fold
 * cross-validation over gum-news (train on gum-train + 16 news articles, score the other 4,
 * rotate), both the tagger alone (exact spans) and the whole extractor (entity F1, as
 * `npm run eval:gum` scores it), beside the rules alone. With `--gum-train`, also the same
 * cross-validation over gum-train's 64 documents of other genres.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { convertGumDocument } from '../eval/gum.js';
import { evaluatePairs, prf, summarize, type EvalReport } from '../eval/report.js';
import type { GoldPair } from '../eval/gold.js';
import { FEATURE_SET } from '../extract/learned/ner-features.js';
import { MODEL_FILE, useEntityModel } from '../extract/learned/ner-tagger.js';
import { encodeModel, type Perceptron } from '../extract/learned/perceptron.js';
import { readGumFolder, type TaggedDocument } from './ner-data.js';
import { scoreTagger, trainTagger, type SpanCounts } from './ner-tagger-training.js';

export const NER_TRAINING = { epochs: 12, seeds: [13, 7, 21], folds: 5 };

interface Figures {
  tagger: Record<string, SpanCounts>;
  withModel: EvalReport['entities'];
  rulesAlone: EvalReport['entities'];
}

/** Cross-validated figures on gum-news: fold k holds the news articles whose sorted index ≡ k (mod folds). */
export function crossValidate(train: TaggedDocument[], news: TaggedDocument[], newsPairs: GoldPair[]): Figures {
  const tagger: Record<string, SpanCounts> = {};
  const reports: EvalReport['documents'] = [];
  for (let fold = 0; fold < NER_TRAINING.folds; fold++) {
    const held = (index: number) => index % NER_TRAINING.folds === fold;
    const model = trainTagger([...train, ...news.filter((_, index) => !held(index))], NER_TRAINING.epochs, NER_TRAINING.seeds);
    addCounts(tagger, scoreTagger(model, news.filter((_, index) => held(index))));
    useEntityModel(model);
    reports.push(...evaluatePairs(newsPairs.filter((_, index) => held(index))).documents);
  }
  useEntityModel(null);
  return { tagger, withModel: summarize(reports).entities, rulesAlone: evaluatePairs(newsPairs).entities };
}

/**
 * The same on gum-train (`--gum-train`): fold k holds the gum-train documents whose sorted index
 * ≡ k (mod folds), the model trains on gum-news and the other gum-train documents. A change the
 * GUM news errors suggested should not lose here (other genres, never read for errors).
 */
export function crossValidateGumTrain(train: TaggedDocument[], news: TaggedDocument[], trainPairs: GoldPair[]): Pick<Figures, 'withModel' | 'rulesAlone'> {
  const reports: EvalReport['documents'] = [];
  for (let fold = 0; fold < NER_TRAINING.folds; fold++) {
    const held = (index: number) => index % NER_TRAINING.folds === fold;
    useEntityModel(trainTagger([...news, ...train.filter((_, index) => !held(index))], NER_TRAINING.epochs, NER_TRAINING.seeds));
    reports.push(...evaluatePairs(trainPairs.filter((_, index) => held(index))).documents);
  }
  useEntityModel(null);
  return { withModel: summarize(reports).entities, rulesAlone: evaluatePairs(trainPairs).entities };
}

function addCounts(total: Record<string, SpanCounts>, counts: Record<string, SpanCounts>): void {
  for (const [type, count] of Object.entries(counts)) {
    const sum = (total[type] ??= { gold: 0, predicted: 0, matched: 0 });
    sum.gold += count.gold;
    sum.predicted += count.predicted;
    sum.matched += count.matched;
  }
}

const f3 = (value: number) => value.toFixed(3);

export function formatFigures(figures: Figures): string {
  const lines = ['tagger alone, exact spans (5-fold CV on gum-news)', 'type   gold  found  match  precision  recall  F1'];
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const counts = figures.tagger[type] ?? { gold: 0, predicted: 0, matched: 0 };
    const score = prf(counts);
    lines.push(`${type.padEnd(5)} ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(6)} ${String(counts.matched).padStart(6)}  ${f3(score.precision).padStart(9)}  ${f3(score.recall).padStart(6)}  ${f3(score.f1)}`);
  }
  lines.push('', ...formatExtraction('gum-news', figures));
  return lines.join('\n');
}

export function formatExtraction(folder: string, figures: Pick<Figures, 'withModel' | 'rulesAlone'>): string[] {
  const lines = [`extraction, entity F1 on ${folder} (as npm run eval:gum)`, 'kind           rules alone  with the model (5-fold CV)'];
  for (const kind of ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const) {
    lines.push(`${kind.padEnd(14)} ${f3(figures.rulesAlone[kind].f1).padStart(11)}  ${f3(figures.withModel[kind].f1)}  (P ${f3(figures.withModel[kind].precision)} R ${f3(figures.withModel[kind].recall)})`);
  }
  return lines;
}

async function readPairs(folder: string): Promise<GoldPair[]> {
  const conllu = join(folder, 'conllu');
  const files = (await readdir(conllu)).filter((file) => file.endsWith('.conllu')).sort();
  return Promise.all(files.map(async (file) => convertGumDocument(await readFile(join(conllu, file), 'utf8'))));
}

/**
 * Cross-validates, then trains on all of GUM (gum-train + gum-news under `shared`) and returns
 * the model file's bytes; `log` hears the figures. Deterministic: same folders, same bytes.
 */
export async function buildEntityModel(shared: string, options: { gumTrainFigures?: boolean; log?: (text: string) => void } = {}): Promise<Buffer> {
  const { gumTrainFigures = false, log = () => {} } = options;
  const trainFolder = join(shared, 'gum-train');
  const newsFolder = join(shared, 'gum-news');
  const [train, news, newsPairs] = await Promise.all([readGumFolder(trainFolder), readGumFolder(newsFolder), readPairs(newsFolder)]);
  const figures = crossValidate(train, news, newsPairs);
  log(formatFigures(figures));
  if (gumTrainFigures) log(['', ...formatExtraction('gum-train', crossValidateGumTrain(train, news, await readPairs(trainFolder)))].join('\n'));
  const model: Perceptron = trainTagger([...train, ...news], NER_TRAINING.epochs, NER_TRAINING.seeds);
  return encodeModel(model, {
    features: FEATURE_SET,
    trainedOn: `GUM: gum-train (${train.length} documents) + gum-news (${news.length})`,
    training: NER_TRAINING,
    crossValidated: Object.fromEntries((['PERSON', 'ORGANIZATION', 'COUNTRY'] as const).map((kind) => [kind, Number(f3(figures.withModel[kind].f1))])),
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shared = resolve(args.find((arg) => !arg.startsWith('--')) ?? '../shared');
  for (const folder of [join(shared, 'gum-train'), join(shared, 'gum-news')]) {
    if (!existsSync(join(folder, 'conllu'))) {
      console.error(`train:ner: ${folder}/conllu not found; pass the folder holding gum-train/ and gum-news/ (npm run train:ner -- /path/to/shared)`);
      process.exit(2);
    }
  }
  const started = Date.now();
  const file = await buildEntityModel(shared, { gumTrainFigures: args.includes('--gum-train'), log: (text) => console.log(text) });
  mkdirSync(dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, file);
  console.log(`\nwrote ${MODEL_FILE} (${(file.length / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
