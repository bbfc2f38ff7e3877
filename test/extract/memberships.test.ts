import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented reports: a party, band or club said beside a name vouches for the person and is an organization. */
const names = (facts: ExtractedDocument, kind: string) => facts.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
const organizationsOf = (facts: ExtractedDocument, name: string) => (facts.entities.find((entity) => entity.name === name)?.organizations ?? []).map((key) => facts.entities.find((other) => other.key === key)?.name);

describe('memberships beside a name', () => {
  it('a one-word party after a person\'s "of" is an organization, not another person', () => {
    const facts = extract('Vote count\n\nNewcomer Tamsin Okoro of Veridia won the seat with 40,112 votes.\n');
    expect(names(facts, 'ORGANIZATION')).toContain('Veridia');
    expect(names(facts, 'PERSON')).toEqual(['Tamsin Okoro']);
    expect(organizationsOf(facts, 'Tamsin Okoro')).toEqual(['Veridia']);
  });

  it('a band after a musician\'s "of" is an organization', () => {
    const facts = extract('Show opens\n\nThe portraits include singer Marlo Fenwick of Glass Orchard and the painter Ines Kaurin.\n');
    expect(names(facts, 'ORGANIZATION')).toContain('Glass Orchard');
    expect(names(facts, 'PERSON')).not.toContain('Glass Orchard');
  });

  it('a place the document writes after "in" stays a place', () => {
    const facts = extract('Portrait\n\nThe painting shows Edmund Rowe of Killarrow. He was born in Killarrow in 1702.\n');
    expect(names(facts, 'ORGANIZATION')).not.toContain('Killarrow');
  });

  it('an organization\'s possessive before a bare pair makes it a person', () => {
    const facts = extract('Results\n\nThe Harbour Party\'s Quill Tarrant was re-elected with 31,004 votes.\n');
    expect(names(facts, 'PERSON')).toContain('Quill Tarrant');
    expect(organizationsOf(facts, 'Quill Tarrant')).toEqual(['Harbour Party']);
  });
});
