import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented sentences: people named in ways the capitalised runs alone miss. */
const people = (facts: ExtractedDocument) => facts.entities.filter((entity) => entity.kind === 'PERSON').map((entity) => entity.name);

describe('person names', () => {
  it('a capitalised function word after a lone given name, mid-sentence, is a surname', () => {
    const facts = extract('Count ends\n\nDistrict councillor Hector Or was elected, and Tomas To of the Civic League won too.\n');
    expect(people(facts)).toEqual(['Hector Or', 'Tomas To']);
  });

  it('the leader a government is named after is a person, one with the full name', () => {
    const facts = extract('Tax row\n\nThe levy was brought in by the Dorelli government in 2012. Gianni Dorelli later resigned.\n');
    expect(people(facts)).toEqual(['Gianni Dorelli']);
  });

  it('a country or party before "government" stays what it is', () => {
    const facts = extract('Tax row\n\nThe Russian government and the Labour government both acted.\n');
    expect(people(facts)).toEqual([]);
  });

  it('a name that is the whole of a quotation is a title (an operation, a film), not a person', () => {
    expect(people(extract('Patrols\n\nThe navy launched "Amber Tide," a patrol mission, in May.\n'))).toEqual([]);
    expect(people(extract('Patrols\n\nThe navy launched “Amber Tide” in May.\n'))).toEqual([]);
    // Unquoted, the same words still read as a person's name: the quotes make the difference.
    expect(people(extract('Patrols\n\nThe navy hired Amber Tide, a patrol expert, in May.\n'))).toEqual(['Amber Tide']);
  });

  it('initials before a surname are a person, the initials part of the name (a scorecard, a results list)', () => {
    const facts = extract('Relay results\n\nN. Vasquel won the sprint. The winners were K. Oduya and J.R. Tandy.\n\nM. Penhallow b Imran Sethi 12\n');
    expect(people(facts)).toEqual(expect.arrayContaining(['N. Vasquel', 'K. Oduya', 'J.R. Tandy', 'M. Penhallow', 'Imran Sethi']));
    // "M." is an initial here, not a French "Monsieur": the mention holds it.
    expect(facts.mentions.map((mention) => mention.text)).toContain('M. Penhallow');
    // A country's initial stays the country: "N. Korea" is no person.
    expect(people(extract('Talks\n\nN. Korea will face consequences, the envoy said.\n'))).toEqual([]);
  });

  it('a full name in a list of people is a person though its given name is unknown; a list of other things confirms no one', () => {
    const squad = extract('Squads\n\nNorway: Ola Brekke, Tor Vangen (captain), Kjell Aas and Vuk Dragic.\n');
    expect(people(squad)).toEqual(['Ola Brekke', 'Tor Vangen', 'Kjell Aas', 'Vuk Dragic']);
    // A list that names a country or a company among its items is no list of people.
    expect(people(extract('Sponsors\n\nOla Brekke, Tor Vangen, Norway and Kjell Aas all paid.\n'))).not.toContain('Kjell Aas');
  });
});
