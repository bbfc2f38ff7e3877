import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const words = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens.map((token) => token.text));

/**
 * What a text yields must not depend on what the process read before it: wink learns the
 * words it has not seen, and a possessive it once learned whole ("Quillfeather’s," before a
 * comma) would otherwise stay one word in every later text.
 */
describe('reading a text', () => {
  it('splits a possessive the same way before and after a text that taught it whole', () => {
    const probe = 'Quillfeather’s plan and Marrowby\'s boat were praised.';
    const fresh = words(probe);
    expect(fresh).toEqual(['Quillfeather', '’s', 'plan', 'and', 'Marrowby', "'s", 'boat', 'were', 'praised', '.']);
    words('The agenda, including Mr. Quillfeather’s, runs counter to Marrowby\'s, the union said.');
    expect(words(probe)).toEqual(fresh);
  });
});

describe('sentence ends', () => {
  const sentences = (text: string) => splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
  it('keeps the letters of a dotted abbreviation in one sentence ("R-S.C.", "D-N.Y.") and still ends one after an initial', () => {
    expect(sentences('Sen. Ada Lind, R-S.C., said no more. Rep. Tom Holt, D-N.Y., agreed.')).toEqual(['Sen. Ada Lind, R-S.C., said no more.', 'Rep. Tom Holt, D-N.Y., agreed.']);
  });
});
