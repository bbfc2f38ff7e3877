import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/graph/claim-features.js';
import { ParsedMembers } from '../../src/graph/claim-member-cache.js';
import type { ClaimCandidate } from '../../src/graph/types.js';

describe('ParsedMembers', () => {
  it('hands the same arrays out again only for the very columns they were parsed from', () => {
    const parsed = new ParsedMembers();
    const first = parsed.read(1, 'we will not send troops', '[3]');
    expect(first).toMatchObject({ words: ['we', 'will', 'not', 'send', 'troops'], aboutIds: [3] });
    expect(parsed.read(1, 'we will not send troops', '[3]').words).toBe(first.words);
    // A statement id used again for other words, or other entities: parsed afresh.
    expect(parsed.read(1, 'we will send troops', '[3]').words).toEqual(['we', 'will', 'send', 'troops']);
    expect(parsed.read(1, 'we will send troops', '[4]').aboutIds).toEqual([4]);
    expect(parsed.read(2, '', '[]').words).toEqual([]);
  });

  it('gives the arrays a member was written with', () => {
    const parsed = new ParsedMembers();
    const words = ['inflation', 'has', 'peaked'];
    const aboutIds = [9];
    parsed.written(5, words, aboutIds, words.join(' '), JSON.stringify(aboutIds));
    expect(parsed.read(5, 'inflation has peaked', '[9]')).toMatchObject({ words, aboutIds });
    expect(parsed.read(5, 'inflation has peaked', '[9]').words).toBe(words);
  });
});

describe('featuresOf', () => {
  it('computes the features of one words array again for other entities', () => {
    const words = ['sanctions', 'will', 'follow'];
    const member = (aboutIds: number[]) => ({ words, aboutIds }) as unknown as ClaimCandidate;
    const a = featuresOf(member([1]));
    const b = featuresOf(member([2]));
    expect(a.pairs).toEqual(b.pairs);
    expect(a.content).not.toEqual(b.content);
  });
});
