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
  it('ends a sentence on "in." or "no." before a capital, which wink reads as abbreviations ("weighed in. As expected, …"), but not after a number', () => {
    const text = 'Mayor Ada Lind weighed in. As expected, the board gave in. “We won,” she said. The pilots said no. The hull is 6 in. Wide boats ranked No. 2 in the poll.';
    expect(sentences(text)).toEqual([
      'Mayor Ada Lind weighed in.', 'As expected, the board gave in.', '“We won,” she said.', 'The pilots said no.', 'The hull is 6 in. Wide boats ranked No. 2 in the poll.',
    ]);
    // Where the stop was glued on, the word and its stop come apart.
    expect(splitSentences(text)[1].tokens.slice(-2).map((token) => [token.text, token.pos])).toEqual([['in', 'ADP'], ['.', 'PUNCT']]);
  });
});
