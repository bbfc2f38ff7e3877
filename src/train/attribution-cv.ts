import { createHash } from 'node:crypto';
import { readPolnear } from '../eval/polnear-data.js';
import { scorePolnearDocument, type PolnearDocumentScore } from '../eval/polnear-score.js';
import { summarizePolnear } from '../eval/polnear.js';
import { extract } from '../extract/index.js';
import { decodeAttributionModel, setAttributionModel } from '../extract/learned/attribution-model.js';
import type { PolnearArticle } from '../eval/polnear-data.js';

/**
 * `npm run train:attribution -- --cv`: five-fold cross-validation over PolNeAR's develop part.
 * Each fifth (by a hash of the article's name, as the develop/measure split) is scored by a
 * model trained on the other four, rules and all, so every develop article is scored by a model
 * that never saw it. The figure moves about 0.001 between shuffling seeds, where the one tuning
 * fifth (`--tune`) moves about 0.004: it is the honest way to judge a change that reaches the
 * trainer's examples or features, without looking at the measure part.
 */
export const CV_FOLDS = 5;

const foldOf = (name: string): number => createHash('sha256').update(`cv:${name}`).digest()[0] % CV_FOLDS;

type Build = (dir: string, options: { heldOut: (name: string) => boolean }) => Buffer;

export function crossValidate(dir: string, build: Build, log: (line: string) => void): void {
  const articles = readPolnear(dir, 'develop');
  const scored: PolnearArticle[] = [];
  const scores: PolnearDocumentScore[] = [];
  const f = (value: number) => value.toFixed(4);
  try {
    for (let fold = 0; fold < CV_FOLDS; fold++) {
      setAttributionModel(decodeAttributionModel(build(dir, { heldOut: (name) => foldOf(name) === fold })));
      const part = articles.filter((article) => foldOf(article.name) === fold);
      const partScores = part.flatMap((article) => {
        const facts = extract(article.text);
        return article.annotations.map((annotation) => scorePolnearDocument(article.text, annotation.attributions, facts));
      });
      log(`fold ${fold + 1}: ${part.length} articles, statement+speaker F1 ${f(summarizePolnear('develop', part, partScores).loose.statementSpeaker.f1)}`);
      scored.push(...part);
      scores.push(...partScores);
    }
  } finally {
    setAttributionModel(undefined);
  }
  const { loose, speech } = summarizePolnear('develop', scored, scores);
  log(`cross-validated over develop (${scored.length} articles): statement+speaker F1 ${f(loose.statementSpeaker.f1)}, detection P ${f(loose.detection.precision)} R ${f(loose.detection.recall)} F1 ${f(loose.detection.f1)}, speaker accuracy ${f(loose.speakerAccuracy)}, speech-cue recall ${f(speech.recall)}`);
}
