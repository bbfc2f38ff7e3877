import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../src/eval/claims.js';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims', import.meta.url));

describe('claim clustering on the claims corpus (11 events, 3-5 outlets each, with near-misses)', async () => {
  const report = await evaluateClaims(CLAIMS);

  it('keeps pairwise precision and recall at 0.95 or above', () => {
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never merges two gold claims: the same speaker a week later, two speakers with one slogan, another claim the same day', () => {
    expect(report.merged).toEqual([]);
  });

  it('scores nearly every gold report: extraction misses stay few', () => {
    expect(report.missing.length).toBeLessThanOrEqual(5);
    expect(report.pairs.gold).toBeGreaterThan(50);
  });
});
