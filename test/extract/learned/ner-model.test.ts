import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_SET, FEATURES, featuresAt, featuresByTable, hashLower, hashShape, NER_LABELS, SentenceFeatures } from '../../../src/extract/learned/ner-features.js';
import { MODEL_FILE, readEntityModel } from '../../../src/extract/learned/ner-tagger.js';
import { decodeModel, encodeModel, PerceptronTrainer } from '../../../src/extract/learned/perceptron.js';
import { Vocable } from '../../../src/extract/vocabulary.js';
import { readdirSync, readFileSync } from 'node:fs';

const scratch = () => mkdtempSync(join(tmpdir(), 'whosaid-ner-'));

describe('the committed entity model', () => {
  it('is written for the feature set the code computes, with the tagger labels', () => {
    const { header } = decodeModel(readFileSync(MODEL_FILE), FEATURE_SET);
    expect(header.features).toBe(FEATURE_SET);
    expect(header.labels).toEqual([...NER_LABELS]);
  });

  it('stays well under the 20 MB budget', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a model written for another feature set and says how to rebuild it', () => {
    const path = join(scratch(), 'old.bin');
    writeFileSync(path, encodeModel(new PerceptronTrainer([...NER_LABELS], 4).average(), { features: 'ner-features/0' }));
    expect(() => readEntityModel(path)).toThrow(/written for features "ner-features\/0".*npm run train/);
  });

  it('names the missing file and the command that makes it', () => {
    expect(() => readEntityModel(join(scratch(), 'absent.bin'))).toThrow(/cannot read .*absent\.bin.*npm run train:ner/);
  });
});

describe('the tagger features', () => {
  it('are computed by the fused featuresAt exactly as the named table reads them', async () => {
    const { readDocument } = await import('../../../src/extract/index.js');
    const text = readFileSync(new URL('../../fixtures/gold/', import.meta.url).pathname + readdirSync(new URL('../../fixtures/gold/', import.meta.url)).find((name) => name.endsWith('.txt'))!, 'utf8');
    const { words, sentenceHits, scope } = readDocument(text);
    const sentence = new SentenceFeatures();
    const fused = new Uint32Array(FEATURES.length);
    const table = new Uint32Array(FEATURES.length);
    let compared = 0;
    words.forEach((sentenceWords, index) => {
      sentence.load(sentenceWords, sentenceHits[index], { lowerCaseWords: scope.lowerCaseWords });
      for (let i = 0; i < sentence.length; i++) {
        // A previous label other than O, as the tagger leaves it on name words.
        if (i > 0 && sentence.isCandidate(i - 1)) sentence.labels[i - 1] = 3;
        const count = featuresAt(sentence, i, fused);
        expect(count).toBe(featuresByTable(sentence, i, table));
        expect([...fused.subarray(0, count)]).toEqual([...table.subarray(0, count)]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(200);
  });

  it('hash each word in one pass to the values of the plain hash functions', () => {
    const words = ['Jong-un', 'IBM', 'U.S.', '501st', 'Fundación', 'Ölbaum', 'a', 'of', 'McGregor', 'ÉCOLE'].map((text, index) => ({
      text, start: index * 12, end: index * 12 + text.length, pos: 'PROPN', lemma: text, capitalized: /^\p{Lu}/u.test(text), spaceBefore: true, vocable: new Vocable(text),
    }));
    const sentence = new SentenceFeatures();
    sentence.load(words, [], { lowerCaseWords: new Set() });
    words.forEach(({ text }, i) => {
      expect(sentence.lower[i]).toBe(hashLower(text, 0, text.length));
      expect(sentence.prefix[i]).toBe(hashLower(text, 0, Math.min(3, text.length)));
      expect(sentence.suffix[i]).toBe(hashLower(text, Math.max(0, text.length - 3), text.length));
      expect(sentence.shape[i]).toBe(hashShape(text));
    });
  });
});
