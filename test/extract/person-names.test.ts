import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented sentences: people named in ways the capitalised runs alone miss. */
const people = (facts: ExtractedDocument) => facts.entities.filter((entity) => entity.kind === 'PERSON').map((entity) => entity.name);

describe('person names', () => {
  it('a capitalised function word after a lone given name, mid-sentence, is a surname', () => {
    const facts = extract('Count ends\n\nDistrict councillor Hector Or was elected, and Tomas To of the Civic League won too.\n');
    expect(people(facts)).toEqual(['Hector Or', 'Tomas To']);
    // Words that open or close a line elsewhere ("Read more", "From …", "Will …") are surnames here too, and such a person speaks.
    const surnames = extract('Deal done\n\nHarbor chief executive Ian Read said the deal was fair. The adviser Al From agreed.\n');
    expect(people(surnames)).toEqual(['Ian Read', 'Al From']);
    expect(surnames.statements).toMatchObject([{ cue: 'said', speakerMention: { text: 'Ian Read' }, text: 'the deal was fair' }]);
    // Later, the surname alone after a quotation is still that person.
    const later = extract('Deal done\n\nHarbor chief executive Ian Read defended the deal. "We believe it is a great deal for the town," Read said.\n');
    expect(later.statements.map((statement) => [statement.text, statement.speakerMention?.text, statement.speakerKey])).toContainEqual(['We believe it is a great deal for the town', 'Read', later.entities[0].key]);
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

  it('a misspelt name is the person it misspells: a surname or a given name one letter off, never a short name or an unclear one', () => {
    const facts = extract('Gallery opens\n\nKathryn Wolters, director of the gallery, opened the show. Halvard Pennick lent the prints.\n\n"It is a record," Wolter said. Pennik agreed.\n');
    const wolters = facts.entities.find((entity) => entity.name === 'Kathryn Wolters')!;
    expect(wolters.aliases).toContain('Wolter');
    expect(people(facts)).toEqual(['Kathryn Wolters', 'Halvard Pennick']);
    expect(facts.statements[0].speakerKey).toBe(wolters.key);
    // A given name with one slip, the surname the same: one person.
    expect(people(extract('Gallery opens\n\nKristen Wahlberg curated the show. Later, Kristin Wahlberg thanked the donors.\n'))).toEqual(['Kristen Wahlberg']);
    // "Dan Royce" and "Don Royce" may be two brothers: short names are not forgiven a slip.
    expect(people(extract('Gallery opens\n\nDan Royce curated the show. Later, Don Royce thanked the donors.\n'))).toEqual(['Dan Royce', 'Don Royce']);
    // Two people one slip away: the lone surname names neither by guesswork.
    const two = extract('Gallery opens\n\nAnna Berger and Paul Burger lent prints. "Thanks," Barger said.\n');
    expect(two.entities.find((entity) => entity.aliases.includes('Barger'))).toBeUndefined();
  });

  it("a known company's name run into a bare word names its product, not a person; a title between names the person", () => {
    const facts = extract('Phones\n\nApple Music added subscribers, while Samsung Galaxy phones sold well. Boeing said its 737 MAX deliveries resumed. Google CEO Sundar Pichai spoke.\n');
    expect(people(facts)).toEqual(['Sundar Pichai']);
    expect(facts.entities.filter((entity) => entity.kind === 'ORGANIZATION').map((entity) => entity.name)).toEqual(expect.arrayContaining(['Apple', 'Samsung', 'Boeing', 'Google']));
    expect(facts.entities.map((entity) => entity.name)).not.toContain('MAX');
  });

  it('a name ending on capital letters or a number is a model, not a person; post-nominals and regnal numbers stay people', () => {
    const facts = extract('Old machines\n\nMany offices still run Windows XP, and Galaxy S phones sold out, said Rebecca Thorne KC. Henry Tudor III agreed.\n');
    expect(people(facts)).toEqual(['Rebecca Thorne', 'Henry Tudor']);
  });

  it("a word the document writes as a known company's product names no one alone, before or after ('Chrome continues …')", () => {
    const facts = extract('Browsers\n\nChrome continues to surge, analysts said. Google Chrome now leads, and Firefox trails.\n');
    expect(people(facts)).not.toContain('Chrome');
    // Without the company's name before it anywhere, the same sentence has no product to go on.
    expect(people(extract('Runners\n\nCrowe continues to surge, analysts said. Later Crowe led.\n'))).toContain('Crowe');
    // Someone named in full keeps the word as a surname: "Chrome said" is Nadia Chrome.
    const named = extract('Browsers\n\nGoogle Chrome now leads, said Nadia Chrome, an analyst. "It will last," Chrome said.\n');
    expect(people(named)).toEqual(['Nadia Chrome']);
    expect(named.statements[0].speakerKey).toBe(named.entities.find((entity) => entity.name === 'Nadia Chrome')!.key);
  });

  it('gives a surname two people share to one named before it: the one just named, else the one named most so far', () => {
    const speakerOf = (facts: ExtractedDocument, text: string) => facts.entities.find((entity) => entity.key === facts.statements.find((statement) => statement.text === text)?.speakerKey)?.name;
    // Only one Park is named before "Park said"; the other comes later.
    const parks = extract([
      'Ferry talks', '', 'Foreign Minister Park Seo-yeon met her counterpart in Portvale.', '',
      'Park said the two sides would share weather data.', '',
      'Park Min-jae, a researcher at a harbor institute, said the deal was modest.', '',
    ].join('\n'));
    expect(speakerOf(parks, 'the two sides would share weather data')).toBe('Park Seo-yeon');
    // The one just named: "Mrs. Chen" right after Margaret Chen is introduced, though Lydia Chen was named more.
    const chens = extract([
      'Cholera', '', 'Dr. Lydia Chen said the ferry clinics were full. Dr. Chen said more nurses were coming.', '',
      'At the harbor camp, Margaret Chen, a nurse, said the ward was out of beds.', '',
      '"We are putting patients on mats," Mrs. Chen said.', '',
    ].join('\n'));
    expect(speakerOf(chens, 'We are putting patients on mats')).toBe('Margaret Chen');
  });

  it('reads "The Spaniard added" as the person just named when the text gives them no other country; "The Russians" stay the country\'s', () => {
    const facts = extract('Derby\n\n"We had nothing to lose," said coach Iñaki Zubeldía. The Spaniard added that the striker had a sore hamstring.\n');
    const spaniard = facts.statements.find((statement) => statement.cue === 'added')!;
    expect(facts.entities.find((entity) => entity.key === spaniard.speakerKey)?.name).toBe('Iñaki Zubeldía');
    expect(spaniard.speakerDescription).toBe('The Spaniard');
    const russians = extract('Talks\n\nSecretary of State Ada Lind met her counterpart. The Russians said the talks were useful.\n').statements.find((statement) => statement.cue === 'said')!;
    expect(russians.speakerKey === null || !russians.speakerKey.startsWith('person:')).toBe(true);
  });
  it('reads a demonym right after a given name as a surname ("Mark Cuban", "Jane French"), and the surname alone later as that person, not the country', () => {
    const facts = extract('Ferry\n\nBillionaire Mark Cuban said he might buy the ferry line. "It is too early to tell," Cuban said in an interview.\n');
    const names = (key: string | null) => facts.entities.find((entity) => entity.key === key)?.name;
    expect(facts.statements.map((statement) => names(statement.speakerKey))).toEqual(['Mark Cuban', 'Mark Cuban']);
    expect(facts.entities.filter((entity) => entity.kind === 'PERSON').map((entity) => entity.name)).toEqual(['Mark Cuban']);
    // A demonym before a noun stays the country's: "Cuban officials said".
    const officials = extract('Ferry\n\nCuban officials said the ferry would sail.\n');
    expect(officials.entities.map((entity) => [entity.kind, entity.name])).toEqual([['COUNTRY', 'Cuba']]);
  });
  it('reads a capitalised function word right after a given name as a surname after a title too ("Columnist George Will wrote")', () => {
    expect(people(extract('Column\n\nColumnist George Will wrote about the harbor on Sunday.\n'))).toEqual(['George Will']);
  });
});
