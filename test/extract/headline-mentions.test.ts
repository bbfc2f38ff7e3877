import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { HEADLINE_SENTENCE } from '../../src/extract/headline-mentions.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented stories: the headline mentions what the body names, and adds nothing of its own. */
const headline = (facts: ExtractedDocument) => facts.mentions.filter((mention) => mention.sentence === HEADLINE_SENTENCE)
  .map((mention) => `${mention.text} → ${facts.entities.find((entity) => entity.key === mention.entityKey)?.name}`);

describe('mentions in the headline', () => {
  it('link to the entities the body names, by surname, by another form of a country, with exact spans', () => {
    const text = 'N. Korea will answer, Lind’s aide warns\n\nForeign Minister Ada Lind said on Monday that North Korea would face sanctions.\n';
    const facts = extract(text);
    expect(headline(facts)).toEqual(['N. Korea → North Korea', 'Lind → Ada Lind']);
    for (const mention of facts.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('add no entity the body does not name', () => {
    const facts = extract('Tessa Brandt praises Ada Lind\n\nForeign Minister Ada Lind said on Monday that the talks would go on.\n');
    expect(headline(facts)).toEqual(['Ada Lind → Ada Lind']);
    expect(facts.entities.map((entity) => entity.name)).not.toContain('Tessa Brandt');
  });

  it('a headline in capitals is read without case, by forms long enough not to be words', () => {
    const facts = extract('SOCCER - DUNMERE BEAT HARWICK AS US FANS WATCH\n\nKELLAN 1996-08-30\n\nDunmere beat Harwick 2-1 on Friday in front of fans from the US.\n');
    expect(headline(facts)).toEqual(['DUNMERE → Dunmere', 'HARWICK → Harwick']);
  });
});
