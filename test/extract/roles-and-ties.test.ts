import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';

/** Invented reports: roles and the organizations they tie a person to, and names that are no organization. */
const entity = (facts: ExtractedDocument, name: string) => facts.entities.find((candidate) => candidate.name === name);
const organizationsOf = (facts: ExtractedDocument, name: string) => (entity(facts, name)?.organizations ?? []).map((key) => facts.entities.find((other) => other.key === key)?.name);
const organizationNames = (facts: ExtractedDocument) => facts.entities.filter((candidate) => candidate.kind === 'ORGANIZATION').map((candidate) => candidate.name);

describe('roles and ties', () => {
  it('an acronym opening a title is the employer; the full name and the surname are one person', () => {
    const facts = extract('Port rules tightened\n\nNTSB Administrator Leona Vasquez said on Friday the board would review the crash. Leona Vasquez added that the review would take a year. "We owe the families answers," Vasquez said.\n');
    const people = facts.entities.filter((candidate) => candidate.kind === 'PERSON');
    expect(people.map((person) => person.name)).toEqual(['Leona Vasquez']);
    expect(people[0].roles).toEqual(['Administrator']);
    expect(organizationsOf(facts, 'Leona Vasquez')).toEqual(['NTSB']);
    const tie = people[0].relationEvidence.find((relation) => relation.relation.startsWith('organization:'));
    expect(tie?.text).toBe('NTSB');
  });

  it('a sentence-initial "Chief executive" is the whole role, tied to the company named just before', () => {
    const facts = extract('Mill to close\n\nKalvero Textil AG will close its last mill, the company said on Monday. Chief executive Maren Oswald said the decision was painful.\n');
    expect(entity(facts, 'Maren Oswald')?.roles).toEqual(['Chief executive']);
    expect(organizationsOf(facts, 'Maren Oswald')).toEqual(['Kalvero Textil AG']);
  });

  it('a minister is not tied to the company named before', () => {
    const facts = extract('Mill to close\n\nKalvero Textil AG will close its last mill, the company said on Monday. Economy minister Jorge Almada said the state would help.\n');
    expect(organizationsOf(facts, 'Jorge Almada')).toEqual([]);
  });

  it('"an analyst at Name" gives the role and an organization no table knows', () => {
    const facts = extract('Shares slide\n\nShares of the lender fell 4 percent. Henrik Solberg, an analyst at Vantmoor Capital, said the results were weak.\n');
    expect(entity(facts, 'Henrik Solberg')?.roles).toEqual(['analyst']);
    expect(organizationsOf(facts, 'Henrik Solberg')).toEqual(['Vantmoor Capital']);
  });

  it('the owner of a lower-case office is no employer', () => {
    const facts = extract('Case closed\n\nDana Whitcombe, a spokeswoman for the Brackenfield sheriff\'s office, declined to comment.\n');
    expect(organizationNames(facts)).not.toContain('Brackenfield');
  });
});

describe('adjectives that look like roles', () => {
  it('"a major …", "the general …" before a name are adjectives, not the ranks; a lower-case role noun still is one', () => {
    const facts = extract('Show\n\nIt was a major Andy Warhol exhibit, and the general Paul Klee show opened. Economist Ada Lind and senior analyst Tom Kerner spoke.\n');
    const roles = Object.fromEntries(facts.entities.filter((entity) => entity.kind === 'PERSON').map((person) => [person.name, person.roles]));
    expect(roles).toEqual({ 'Andy Warhol': [], 'Paul Klee': [], 'Ada Lind': ['Economist'], 'Tom Kerner': ['senior analyst'] });
    // A role whose last word the tagger reads as an adjective is still a role when it is not alone after an article.
    const chief = extract('Talks\n\nRuritanian delegation chief Reza Ghasemi told reporters the talks had stalled.\n').entities.find((entity) => entity.kind === 'PERSON');
    expect(chief).toMatchObject({ name: 'Reza Ghasemi', roles: ['delegation chief'] });
  });
});

describe('names that are no organization', () => {
  it('stock indices and instruments are not organizations; the agency beside them is', () => {
    const facts = extract('Markets\n\nThe DAX fell 1 percent and the KOSPI rose, while the Ostrava index was flat. Astronomers using JWST found a faint galaxy, NASA said.\n');
    const names = organizationNames(facts);
    for (const none of ['DAX', 'KOSPI', 'JWST', 'Ostrava']) expect(names).not.toContain(none);
    expect(names).toContain('NASA');
  });
});

describe('organization names the rules cut or glued', () => {
  it('"School District" is one organization; two institutions joined by "and" are two, the trailing country apart', () => {
    const facts = extract('Study\n\nBoth the Dunmore Independent School District and the Dunmore Police Department denied it. A team from the Halvern Institute of Technology and Pelham State University of the US found the same.\n');
    const names = organizationNames(facts);
    expect(names).toEqual(expect.arrayContaining(['Dunmore Independent School District', 'Dunmore Police Department', 'Halvern Institute of Technology', 'Pelham State University']));
    expect(names.some((name) => name.includes(' and '))).toBe(false);
    expect(facts.entities.find((candidate) => candidate.kind === 'COUNTRY')?.name).toBe('United States');
  });

  it('a department whose right side has no name of its own stays whole', () => {
    const facts = extract('Grants\n\nThe Department of Health and Human Services approved the grants on Monday.\n');
    expect(organizationNames(facts)).toContain('Department of Health and Human Services');
  });

  it('a name ending on a country is a name of its own before "and"; a committee of two fields stays whole', () => {
    const firms = organizationNames(extract('Deal\n\nBank Kellania, Radio Romania and Deutsche Bank signed the deal.\n'));
    expect(firms).toEqual(expect.arrayContaining(['Radio Romania', 'Deutsche Bank']));
    expect(firms.some((name) => name.includes(' and '))).toBe(false);
    const committee = organizationNames(extract('Hearing\n\nThe House Transportation and Infrastructure Committee met on Monday.\n'));
    expect(committee).toEqual(['House Transportation and Infrastructure Committee']);
  });

  it('initials stand for a name with a hyphenated word, one initial a part ("PSG" of Paris Saint-Germain)', () => {
    const facts = extract('Derby\n\nParis Saint-Germain beat Lyon 2-0. PSG coach Luis Enrique was pleased.\n');
    const club = entity(facts, 'Paris Saint-Germain');
    expect(club?.aliases).toContain('PSG');
    expect(organizationNames(facts)).not.toContain('PSG');
  });
});

describe('the kind of body said before its name', () => {
  it('"the magazine Name", "in journal Name" and "the Municipality of X" are organizations, not people', () => {
    const facts = extract('Ruling\n\nThe liberal magazine Corvath Review called the ruling historic. The study appeared in journal Alder Marine Letters on Friday. The Municipality of Tresco asked schools to pay.\n');
    const names = organizationNames(facts);
    expect(names).toEqual(expect.arrayContaining(['Corvath Review', 'Alder Marine Letters', 'Municipality of Tresco']));
    expect(facts.entities.filter((candidate) => candidate.kind === 'PERSON').map((person) => person.name)).toEqual([]);
  });

  it('the medium said right after a name makes it an outlet ("al-Ikhbariya television", "Tanjug news agency"), searchable without its Arabic article', () => {
    const facts = extract('Quake\n\nOfficials told al-Ikhbariya television that 12 people died. The Vrelo newspaper said the toll was rising. Tanjug news agency said rescuers were working. State television showed the site.\n');
    expect(organizationNames(facts)).toEqual(expect.arrayContaining(['al-Ikhbariya', 'Vrelo', 'Tanjug']));
    expect(facts.entities.find((entity) => entity.name === 'al-Ikhbariya')!.aliases).toContain('Ikhbariya');
    // A common word before the medium is no outlet's name.
    expect(organizationNames(facts)).not.toContain('State');
    // The outlet speaks, whether the medium follows its name or its name sits inside "the … newspaper".
    const speakerOf = (start: string) => facts.statements.find((statement) => statement.text.startsWith(start))?.speakerKey;
    expect(speakerOf('rescuers')).toBe(facts.entities.find((entity) => entity.name === 'Tanjug')!.key);
    expect(speakerOf('the toll')).toBe(facts.entities.find((entity) => entity.name === 'Vrelo')!.key);
  });

  it('a common word in parentheses after a name is an aside, not its acronym; an acronym written like a word still is one', () => {
    const facts = extract('Seats\n\nIn the Harbour Works Council (Second) constituency, turnout rose. The Office of Communications (Ofcom) said it would act. Ofcom later agreed.\n');
    const council = facts.entities.find((entity) => entity.name === 'Harbour Works Council')!;
    expect(council.aliases).not.toContain('Second');
    expect(facts.mentions.map((mention) => mention.text)).not.toContain('Second');
    const ofcom = facts.entities.find((entity) => entity.name === 'Office of Communications')!;
    expect(facts.mentions.filter((mention) => mention.entityKey === ofcom.key).map((mention) => mention.text)).toEqual(expect.arrayContaining(['Office of Communications', 'Ofcom']));
  });

  it('a demonym before an international body names its national branch ("the British Red Cross"), unless the two modify a noun ("a British United Nations envoy")', () => {
    const facts = extract('Aid\n\nA plan backed by the British Red Cross was rejected. The International Committee of the Red Cross said aid was needed. A British United Nations envoy spoke.\n');
    const names = organizationNames(facts);
    expect(names).toEqual(expect.arrayContaining(['British Red Cross', 'International Committee of the Red Cross', 'United Nations']));
    const branch = facts.entities.find((entity) => entity.name === 'British Red Cross')!;
    expect(facts.mentions.filter((mention) => mention.entityKey === branch.key).map((mention) => mention.text)).toEqual(['British Red Cross']);
    expect(names).not.toContain('British United Nations');
  });

  it('a generic name after the specific body it shortens is that body, however often it comes ("the Home Office" after "the United Kingdom Home Office")', () => {
    const facts = extract('Asylum\n\nThe United Kingdom Home Office today began issuing forms. Critics said the Home Office moved too slowly. The Home Office rejected that.\n');
    const offices = facts.entities.filter((entity) => entity.kind === 'ORGANIZATION');
    expect(offices.map((office) => office.name)).toEqual(['United Kingdom Home Office']);
    expect(facts.mentions.filter((mention) => mention.entityKey === offices[0].key)).toHaveLength(3);
  });

  it('a capitalised "Who" mid-sentence belongs to the name it stands in ("Doctor Who Society of Canada"); a title holding it names no person', () => {
    const facts = extract('Fans\n\nFan groups came, among them the Doctor Who Society of Northland. Ada Lind came dressed as a character from Doctor Who.\n');
    expect(organizationNames(facts)).toContain('Doctor Who Society of Northland');
    expect(facts.entities.filter((entity) => entity.kind === 'PERSON').map((person) => person.name)).toEqual(['Ada Lind']);
  });

  it('"Team" opens a team\'s name, a country\'s or a sponsor\'s ("Team Estonia", "Team Sky"); the country named alone stays a country', () => {
    const facts = extract('Robots\n\nTeam Estonia had to rebuild their robot, and Team Sky won the stage. Estonia sent four people.\n');
    expect(organizationNames(facts)).toEqual(expect.arrayContaining(['Team Estonia', 'Team Sky']));
    const estonia = facts.entities.find((entity) => entity.kind === 'COUNTRY')!;
    expect(facts.mentions.filter((mention) => mention.entityKey === estonia.key).map((mention) => mention.text)).toEqual(['Estonia']);
  });

  it('a plural kind before a list makes every name of the list that kind ("the schools X and Y"); a capitalised plural opening the sentence does not', () => {
    const facts = extract('Fines\n\nThe court fined the religious schools Santo Vitale and Immacolata. The banks Berenberg, Metzler and Hauck paid, said Ola Brekke.\n');
    expect(organizationNames(facts)).toEqual(expect.arrayContaining(['Santo Vitale', 'Immacolata', 'Berenberg', 'Metzler', 'Hauck']));
    expect(facts.entities.filter((candidate) => candidate.kind === 'PERSON').map((person) => person.name)).toEqual(['Ola Brekke']);
    const people = extract('Fines\n\nCompanies Daria Holt and Piet Smeed founded were sold.\n').entities.filter((candidate) => candidate.kind === 'PERSON');
    expect(people.map((person) => person.name)).toEqual(['Daria Holt', 'Piet Smeed']);
    // "such as", "including", "like" between the kind and its list; a sentence may open on the kind.
    const listed = extract('Music\n\nThe music came from such bands as The Velvet Lanterns. Clubs such as Harwick and Dunmere sent scouts. Other fan groups included The Ontario Spookbusters and the Klingon Assault Group. Players such as Ola Brekke scored.\n');
    expect(organizationNames(listed)).toEqual(expect.arrayContaining(['Velvet Lanterns', 'Harwick', 'Dunmere', 'Ontario Spookbusters', 'Klingon Assault Group']));
    expect(listed.entities.filter((candidate) => candidate.kind === 'PERSON').map((person) => person.name)).toEqual(['Ola Brekke']);
  });
});

describe('a title with its portfolio', () => {
  it('"Minister of Education X" keeps the portfolio in the role and out of the name', () => {
    const facts = extract('Reform\n\nMinister of Education Valdira Onset said a reform is needed. The Minister of Foreign Affairs Tarkan Velio agreed.\n');
    expect(entity(facts, 'Valdira Onset')?.roles).toEqual(['Minister of Education']);
    expect(entity(facts, 'Tarkan Velio')?.roles).toEqual(['Minister of Foreign Affairs']);
  });
  it('an occupation before a name, singular or plural, makes each name of the list a person with that role', () => {
    const facts = extract('Portraits on show\n\nThe exhibit includes portraits of photographers Nat Kovacs, Tomas Kerr and Felice Quanto, and of athlete Vitas Gerulan.\n');
    const people = facts.entities.filter((candidate) => candidate.kind === 'PERSON').map((person) => person.name);
    expect(people).toEqual(expect.arrayContaining(['Nat Kovacs', 'Tomas Kerr', 'Felice Quanto', 'Vitas Gerulan']));
    expect(entity(facts, 'Nat Kovacs')?.roles).toEqual(['photographers']);
    expect(entity(facts, 'Vitas Gerulan')?.roles).toEqual(['athlete']);
  });

  it('a plural occupation after a name is no apposition that makes it a person ("… Arkham Nights, players are …")', () => {
    const facts = extract('Games fair\n\nIn the demonstration of Arkham Nights, players are dropped into a cave.\n');
    expect(facts.entities.filter((candidate) => candidate.kind === 'PERSON')).toEqual([]);
  });

  it('an initial is no person an apposition describes ("Sen. Luis Carrera, D-N.M., a former military pilot")', () => {
    const facts = extract('Hearing\n\nThe sharpest exchange came from Sen. Luis Carrera, D-N.M., a former military pilot.\n');
    expect(facts.entities.filter((candidate) => candidate.kind === 'PERSON').map((person) => person.name)).toEqual(['Luis Carrera']);
  });
  it('a university\'s campus after "at" is part of its name, even when the campus is named like a place ("… at Chapel Hill")', () => {
    const facts = extract('Campus news\n\nShe studied at the University of Norland at Cedar Hill before moving.\n');
    expect(organizationNames(facts)).toEqual(['University of Norland at Cedar Hill']);
  });
});

describe('a country that shares its name with a U.S. state', () => {
  const countries = (text: string) => extract(`Headline of the day\n\n${text}\n`).entities.filter((candidate) => candidate.kind === 'COUNTRY').map((candidate) => candidate.name);
  it('"Georgia" alone is the state, not the country; with "Georgian" or "Tbilisi" it is the country', () => {
    expect(countries('Mayor Ada Lind won the primaries in Tennessee and Georgia on Tuesday.')).not.toContain('Georgia');
    expect(countries('Georgian troops left Tbilisi on Monday. Georgia said the talks had failed.')).toContain('Georgia');
  });
});

describe('armed groups named without a head word', () => {
  it('"Al Qaeda" is an organization, not a person with a particle; "ISIS" and "ISIL" are the Islamic State', () => {
    const facts = extract('Attack claimed\n\nAl Qaeda claimed the attack on Monday. The Islamic State, which some call ISIS or ISIL, denied any role.\n');
    expect(organizationNames(facts).sort()).toEqual(['Islamic State', 'al-Qaeda']);
    expect(facts.entities.filter((candidate) => candidate.kind === 'PERSON')).toEqual([]);
  });
});

describe('words that name no person', () => {
  const people = (text: string) => extract(`Headline of the day\n\n${text}\n`).entities.filter((candidate) => candidate.kind === 'PERSON').map((candidate) => candidate.name);
  it('"I’m", a treaty, an amendment, an island or a city opening on "San" is no one; "Aung San Suu Kyi" still is', () => {
    expect(people('“But I’m telling you, the harbor will close,” Mayor Ada Lind said. She opposed the Trans-Pacific Partnership and cited the Second Amendment.')).toEqual(['Ada Lind']);
    expect(people('Pilot Tom Holt flew from San Bernardino to Long Island on Monday.')).toEqual(['Tom Holt']);
    expect(people('Aung San Suu Kyi met the envoy.')).toEqual(['Aung San Suu Kyi']);
  });
});
