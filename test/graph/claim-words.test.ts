import { describe, expect, it } from 'vitest';
import { renewVocabulary } from '../../src/graph/claim-features.js';
import { claimWords, normalizedWords } from '../../src/graph/claim-words.js';
import { sameClaim } from '../../src/graph/claims.js';
import type { ClaimMemberRow } from '../../src/graph/types.js';

describe('claim words, the one-pass scan of plain texts', () => {
  it('gives what the normalising regular expressions give', () => {
    const texts = [
      "We won't accept it", 'DON’T', "don't's", "n't", "'n't", "a'n't", "n'tn't", "can't_", "won't5", "I'm", "rock'n'roll", "5'6", 'Kim’s',
      '“We won’t … accept it,” she said', 'two—three – four', 'no\u00a0break', 'ends with n’', 'x‘y', 'snake_case and CamelCase 42',
    ];
    for (const text of texts) expect(claimWords(text), text).toEqual(normalizedWords(text));
  });

  it('gives it on every mix of apostrophes, letters and marks (seeded)', () => {
    const alphabet = ['n', 't', 'N', 'T', "'", '’', '‘', 'a', 'Z', '5', '_', ' ', '-', '…', '“', '—', '\u00a0', 's', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(claimWords(text), JSON.stringify(text)).toEqual(normalizedWords(text));
    }
  });
});

describe('claim matching\'s vocabulary', () => {
  const report = (id: number, text: string): ClaimMemberRow => ({
    statementId: id, claimId: 0, documentId: id, speakerId: 1, day: '2025-03-04', kind: 'DIRECT', words: claimWords(text), aboutIds: [], reported: '2025-03-04', outlet: null, text,
  });

  it('renewed between comparisons, matches as before', () => {
    const full = report(1, 'We will not accept that critical infrastructure in the Baltic Sea is treated as a target');
    const trim = report(2, 'critical infrastructure in the Baltic Sea is treated as a target');
    const other = report(3, 'The Baltic Sea cable will be repaired by the end of the week');
    expect(sameClaim(full, trim)).toBe(true);
    expect(sameClaim(full, other)).toBe(false);
    // New words get the ids old ones had: features kept from before must not be compared with new ones.
    renewVocabulary();
    expect(sameClaim(report(4, 'Repaired cable end week Baltic'), other)).toBe(true);
    expect(sameClaim(full, trim)).toBe(true);
    expect(sameClaim(full, other)).toBe(false);
  });
});
