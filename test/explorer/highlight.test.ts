import { describe, expect, it } from 'vitest';
import { locateCue, runsOf } from '../../src/explorer/highlight.js';

describe('marking the evidence in an article', () => {
  it('splits the text into runs carrying every span that covers them', () => {
    expect(runsOf(20, [{ start: 2, end: 10, className: 'other' }, { start: 5, end: 15, className: 'content' }])).toEqual([
      { start: 0, end: 2, classes: [] },
      { start: 2, end: 5, classes: ['other'] },
      { start: 5, end: 10, classes: ['other', 'content'] },
      { start: 10, end: 15, classes: ['content'] },
      { start: 15, end: 20, classes: [] },
    ]);
  });

  it('ignores spans outside the text or empty', () => {
    expect(runsOf(5, [{ start: 3, end: 9, className: 'x' }, { start: 2, end: 2, className: 'y' }])).toEqual([{ start: 0, end: 5, classes: [] }]);
  });

  it('finds the cue nearest the speaker, outside the content', () => {
    const text = 'He said that "we said no," Kirby said on Tuesday.';
    const content = { start: 14, end: 24 };
    const speaker = { start: 27, end: 32 };
    expect(locateCue(text, 'said', content, speaker)).toEqual({ start: 33, end: 37 });
  });

  it('finds nothing for a cue the text does not hold near the statement', () => {
    expect(locateCue('Kirby noted the deal.', 'said', { start: 12, end: 20 }, { start: 0, end: 5 })).toBeNull();
    expect(locateCue('Kirby noted the deal.', null, { start: 12, end: 20 }, null)).toBeNull();
  });
});
