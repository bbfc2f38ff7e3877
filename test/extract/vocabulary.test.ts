import { describe, expect, it } from 'vitest';
import { lexemeOf } from '../../src/extract/learned/ner-lexeme.js';
import { Vocable, VocableTable } from '../../src/extract/vocabulary.js';

describe('vocables', () => {
  it('keep one lemma per tag a word is read with', () => {
    const vocable = new Vocable('saw');
    vocable.setLemma('VERB', 'see');
    vocable.setLemma('NOUN', 'saw');
    expect([vocable.lemma('VERB'), vocable.lemma('NOUN'), vocable.lemma('ADJ')]).toEqual(['see', 'saw', undefined]);
  });

  it('read the capital and the entity tagger reading from the text', () => {
    const vocable = new Vocable('Kessler');
    expect(vocable.capitalized).toBe(true);
    expect(vocable.lexeme).toBe(lexemeOf('Kessler'));
  });

  it('are shared by every token of one lexeme number, until the table is full', () => {
    const lexemes: string[] = [];
    Object.assign(lexemes, { 3: 'the', 7: 'said', 90_000: 'Kessler' });
    const table = new VocableTable(2);
    const said = table.get(7, lexemes);
    expect(said.text).toBe('said');
    expect(table.get(7, lexemes)).toBe(said);
    table.get(90_000, lexemes);
    // A third vocable empties the table: the first is read afresh.
    table.get(3, lexemes);
    expect(table.get(7, lexemes)).not.toBe(said);
  });
});
