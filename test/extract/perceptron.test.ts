import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, hashFeature, PerceptronTrainer } from '../../src/extract/learned/perceptron.js';

/** A toy task a linear model can learn: the label is decided by one of two cue features. */
function examples(): Array<{ features: number[]; label: number }> {
  const out: Array<{ features: number[]; label: number }> = [];
  for (let i = 0; i < 200; i++) {
    const label = i % 3;
    out.push({ features: [hashFeature(`cue=${label}`), hashFeature(`noise=${i % 7}`), hashFeature('bias')], label });
  }
  return out;
}

describe('averaged perceptron', () => {
  it('learns a separable task and predicts every training example right', () => {
    const trainer = new PerceptronTrainer(['A', 'B', 'C'], 12);
    for (let epoch = 0; epoch < 3; epoch++) for (const { features, label } of examples()) trainer.learn(features, label);
    const model = trainer.average();
    const wrong = examples().filter(({ features, label }) => model.predict(features) !== label);
    expect(wrong).toEqual([]);
  });

  it('round-trips through its file format with the same predictions', () => {
    const trainer = new PerceptronTrainer(['A', 'B', 'C'], 10);
    for (const { features, label } of examples()) trainer.learn(features, label);
    const model = trainer.average();
    const { model: loaded, header } = decodeModel(encodeModel(model, { features: 'toy/1', trainedOn: 'toy' }), 'toy/1');
    expect(header.trainedOn).toBe('toy');
    expect(loaded.labels).toEqual(['A', 'B', 'C']);
    expect(Array.from(loaded.weights)).toEqual(Array.from(model.weights));
  });

  it('refuses a model written for another feature set', () => {
    const model = new PerceptronTrainer(['A', 'B'], 4).average();
    expect(() => decodeModel(encodeModel(model, { features: 'ner/1' }), 'ner/2')).toThrow(/written for features "ner\/1".*ner\/2/);
  });

  it('hashes the same feature to the same number, and different ones apart', () => {
    expect(hashFeature('w=said')).toBe(hashFeature('w=said'));
    expect(hashFeature('w=said')).not.toBe(hashFeature('w=says'));
  });
});
