import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODEL_FILE } from '../../src/extract/learned/attribution-model.js';
import { MODEL_FILE } from '../../src/extract/learned/ner-tagger.js';
import { buildAttributionModel } from '../../src/train/attribution.js';
import { buildEntityModel } from '../../src/train/ner.js';

/**
 * The committed weights are what the training commands build from ../shared, byte for byte: a
 * change to the features, the shapes the trainer labels, or the figures a file records shows
 * here, and the fix is to run the command and commit its file. Skipped where ../shared is absent.
 */
const SHARED = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared');
const POLNEAR = resolve(SHARED, 'polnear-train');
const GUM = resolve(SHARED, 'gum-train');

describe.skipIf(!existsSync(POLNEAR))('npm run train:attribution', () => {
  it('rebuilds src/models/attribution.bin exactly (if not: run it and commit the file)', () => {
    const built = buildAttributionModel(POLNEAR);
    expect(built.equals(readFileSync(ATTRIBUTION_MODEL_FILE))).toBe(true);
  }, 180_000);
});

describe.skipIf(!existsSync(GUM))('npm run train:ner', () => {
  it('rebuilds src/models/ner.bin exactly (if not: run it and commit the file)', async () => {
    const built = await buildEntityModel(SHARED);
    expect(built.equals(readFileSync(MODEL_FILE))).toBe(true);
  }, 180_000);
});
