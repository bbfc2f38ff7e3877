import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented match reports: the sides of a match are organizations, whatever else their names could be. */
const names = (facts: ExtractedDocument, kind: string) => facts.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);

describe('teams from the shape of a match report', () => {
  it('the two names around a score in a results line are teams', () => {
    const facts = extract('Cup round-up\n\nGroup B — Dorvala Athletic 2 – 1 Brenmoor Rovers\n\nThe home side scored late.\n');
    expect(names(facts, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Dorvala Athletic', 'Brenmoor Rovers']));
    expect(names(facts, 'PERSON')).toEqual([]);
  });

  it('a country that beats another with a score is its national team, and stays one in the report', () => {
    const facts = extract('Qualifier\n\nNorway defeated Portugal 2 – 0 on Tuesday. Norway had more of the ball, and the Norwegian captain scored twice.\n');
    expect(names(facts, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Norway', 'Portugal']));
    // The demonym still names the country.
    expect(names(facts, 'COUNTRY')).toContain('Norway');
    expect(names(facts, 'COUNTRY')).not.toContain('Portugal');
  });

  it('the opponent of a draw and of a game is a club, not a person', () => {
    const facts = extract('Ban upheld\n\nThe striker was sent off in Valtorre\'s 1-1 draw with Rosário de Campo. He will miss the home game against Quinteirense.\n');
    expect(names(facts, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Valtorre', 'Rosário de Campo', 'Quinteirense']));
    expect(names(facts, 'PERSON')).toEqual([]);
  });

  it('a vote count is no score: its names keep their types', () => {
    const facts = extract('Fares rise\n\nThe council voted 9-7 to raise fares. Councillor Mara Lindqvist said the vote against Brenna Oakes was close.\n');
    expect(names(facts, 'PERSON')).toEqual(expect.arrayContaining(['Mara Lindqvist', 'Brenna Oakes']));
  });

  it('a club named without its leading head is the same club', () => {
    const facts = extract('Derby\n\nClube Atlético Ferreirense beat Porto Velho 3-0. Ferreirense coach Rui Matos said his side deserved it.\n');
    expect(names(facts, 'ORGANIZATION')).toContain('Clube Atlético Ferreirense');
    expect(names(facts, 'ORGANIZATION')).not.toContain('Ferreirense');
  });
});
