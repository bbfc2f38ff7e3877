import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_SET, NER_LABELS } from '../../../src/extract/learned/ner-features.js';
import { MODEL_FILE, readEntityModel } from '../../../src/extract/learned/ner-tagger.js';
import { decodeModel, encodeModel, PerceptronTrainer } from '../../../src/extract/learned/perceptron.js';
import { readFileSync } from 'node:fs';

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
