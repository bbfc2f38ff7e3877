import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGumFolder } from '../../src/eval/gum.js';
import { evaluatePairs } from '../../src/eval/report.js';
import { combineWithRules, CONFIDENCE, trimmedEnd, type ContextName } from '../../src/extract/context-entities.js';
import { extract, readDocument } from '../../src/extract/index.js';
import { MODEL_FILE, readEntityModel, useEntityModel } from '../../src/extract/learned/ner-tagger.js';
import { findMentions, type RawMention } from '../../src/extract/mentions.js';
import type { NerType } from '../../src/extract/learned/ner-features.js';

/** The rules' mentions of a one-sentence text, and a model name over the given words. */
function sentence(text: string) {
  const { sentences, scope, sentenceHits, words } = readDocument(`Title\n\n${text}\n`);
  const index = sentences.length - 1;
  const rules = () => findMentions(sentences[index], words[index], sentenceHits[index], scope, []);
  const name = (phrase: string, type: NerType, confidence: number): ContextName => {
    const first = words[index].findIndex((_, i) => words[index].slice(i).map((word) => word.text).join(' ').startsWith(phrase));
    const count = phrase.split(' ').length;
    const to = first + count;
    return { from: first, to, start: words[index][first].start, end: words[index][to - 1].end, type, confidence, agreed: true };
  };
  const combine = (names: ContextName[]) => combineWithRules(words[index], names, rules(), scope, index);
  return { rules, name, combine };
}

const kinds = (mentions: RawMention[]) => mentions.map((mention) => `${mention.kind}:${mention.text}`).sort();
const sure = CONFIDENCE.veto + 1;
const unsure = CONFIDENCE.confirm - 1;

describe('combining the model with the rules', () => {
  it('a club the rules read as a person becomes an organization when the model is sure', () => {
    const { rules, name, combine } = sentence('Dravenport Lions said on Monday that its coach would stay.');
    expect(kinds(rules())).toEqual(['PERSON:Dravenport Lions']);
    expect(kinds(combine([name('Dravenport Lions', 'ORG', sure)]))).toEqual(['ORGANIZATION:Dravenport Lions']);
  });

  it('a sure model never cuts a name the rules joined through a particle (bin, de la)', () => {
    const { rules, name, combine } = sentence('Ahmed bin Faisal Al-Harthy denied the charges on Monday.');
    expect(kinds(rules())).toEqual(['PERSON:Ahmed bin Faisal Al-Harthy']);
    expect(kinds(combine([name('Faisal Al-Harthy', 'PER', sure)]))).toEqual(['PERSON:Ahmed bin Faisal Al-Harthy']);
  });

  it('an unsure model leaves the rules alone', () => {
    const { rules, name, combine } = sentence('Dravenport Lions said on Monday that its coach would stay.');
    expect(kinds(combine([name('Dravenport Lions', 'ORG', unsure)]))).toEqual(kinds(rules()));
  });

  it('adds an organization no table knows', () => {
    const { name, combine } = sentence('Shares of Norvatek Holdings fell 4% after the results.');
    expect(kinds(combine([name('Norvatek Holdings', 'ORG', sure)]))).toContain('ORGANIZATION:Norvatek Holdings');
  });

  it('one word needs more confidence to be an organization than a longer name', () => {
    const { name, combine } = sentence('Pickets at Harwich said they expected an offer.');
    expect(kinds(combine([name('Harwich', 'ORG', CONFIDENCE.oneWordOrganization - 1)]))).not.toContain('ORGANIZATION:Harwich');
    expect(kinds(combine([name('Harwich', 'ORG', CONFIDENCE.oneWordOrganization + 1)]))).toContain('ORGANIZATION:Harwich');
  });

  it('a full name with a place\'s head word is a place named after someone, not a person ("Kim Il-sung Square")', () => {
    const { name, combine } = sentence('Crowds gathered in Tomas Reval Square on Monday.');
    expect(kinds(combine([name('Tomas Reval Square', 'PER', sure)]))).not.toContain('PERSON:Tomas Reval Square');
    const other = sentence('Crowds cheered Tomas Reval on Monday.');
    expect(kinds(other.combine([other.name('Tomas Reval', 'PER', sure)]))).toContain('PERSON:Tomas Reval');
  });

  it('adds no person after a place preposition, as the rules add none there ("member in Port Wexley\'s history")', () => {
    const { name, combine } = sentence('She became the youngest member in Nova Brava\'s history.');
    expect(kinds(combine([name('Nova Brava', 'PER', sure)]))).not.toContain('PERSON:Nova Brava');
    const other = sentence('She thanked Tamsin Okoro for the help.');
    expect(kinds(other.combine([other.name('Tamsin Okoro', 'PER', sure)]))).toContain('PERSON:Tamsin Okoro');
  });

  it('splits two names the rules glued together', () => {
    const { rules, name, combine } = sentence('Researchers at the Norvik Institute of Marine Technology and Halden University agreed.');
    const glued = 'ORGANIZATION:Norvik Institute of Marine Technology and Halden University';
    expect(kinds(rules())).toContain(glued);
    const split = kinds(combine([name('Norvik Institute of Marine Technology', 'ORG', sure), name('Halden University', 'ORG', sure)]));
    expect(split).toEqual(expect.arrayContaining(['ORGANIZATION:Halden University', 'ORGANIZATION:Norvik Institute of Marine Technology']));
    expect(split).not.toContain(glued);
  });

  it('never retypes a country', () => {
    const { rules, name, combine } = sentence('Norway said it would respond.');
    expect(kinds(combine([name('Norway', 'PER', sure)]))).toEqual(kinds(rules()));
  });

  it('a place the rules took for a bare name is dropped when the model is sure it is a place', () => {
    const { rules, name, combine } = sentence('Residents of Creek Road complained about the noise.');
    const before = kinds(rules());
    expect(before).toContain('PERSON:Creek Road');
    expect(kinds(combine([name('Creek Road', 'LOC', sure)]))).not.toContain('PERSON:Creek Road');
  });

  it('a title the rules read as a role is never added as a person', () => {
    const { name, combine } = sentence('Police spokeswoman Senior Sergeant Anita Lowe told reporters.');
    expect(kinds(combine([name('Senior Sergeant', 'PER', sure)]))).not.toContain('PERSON:Senior Sergeant');
  });

  it('never splits two names joined by "of": one institution, whatever the model read', () => {
    const { rules, name, combine } = sentence('Ministers met at the Council of the Verdant League on Tuesday.');
    expect(kinds(rules())).toContain('ORGANIZATION:Council of the Verdant League');
    expect(kinds(combine([name('Council', 'ORG', sure), name('Verdant League', 'ORG', sure)]))).toContain('ORGANIZATION:Council of the Verdant League');
  });

  it('does not confirm as a person a tentative name listed beside places', () => {
    const { rules, name, combine } = sentence('Voters on Quenby, Vel Ostra and Saltmere must register by Thursday.');
    const listed = rules().find((mention) => mention.text === 'Vel Ostra');
    expect(listed?.kind === 'PERSON' && listed.tentative).toBe(true);
    const kept = combine([name('Quenby', 'LOC', sure), name('Vel Ostra', 'PER', CONFIDENCE.confirm + 1), name('Saltmere', 'LOC', sure)]);
    const after = kept.find((mention) => mention.text === 'Vel Ostra');
    expect(after?.kind === 'PERSON' && after.tentative).toBe(true);
    // Beside no place, the same reading confirms it.
    const alone = sentence('Vel Ostra must register by Thursday.');
    const confirmed = alone.combine([alone.name('Vel Ostra', 'PER', CONFIDENCE.confirm + 1)]).find((mention) => mention.text === 'Vel Ostra');
    expect(confirmed?.kind === 'PERSON' && confirmed.tentative).toBe(false);
  });

  it('never grows a name to the left over a common word the rules left out ("Newcomer")', () => {
    const { rules, name, combine } = sentence('Newcomer Tamsin Okoro won the seat with 40,112 votes.');
    expect(kinds(rules())).toEqual(['PERSON:Tamsin Okoro']);
    expect(kinds(combine([name('Newcomer Tamsin Okoro', 'PER', sure)]))).toEqual(['PERSON:Tamsin Okoro']);
  });

  it("cuts the model's name at a connector it stopped on, and a person's post-nominal letters", () => {
    const { words } = readDocument('Title\n\nThe plan needs the Council of the Verdant League and Lena Marsh KC to agree.\n');
    const sentenceWords = words[words.length - 1];
    const at = (text: string, from = 0) => sentenceWords.findIndex((word, i) => i >= from && word.text === text);
    expect(trimmedEnd(sentenceWords, at('Council'), at('the', at('Council')) + 1, 'ORG')).toBe(at('Council') + 1);
    expect(trimmedEnd(sentenceWords, at('Lena'), at('KC') + 1, 'PER')).toBe(at('KC'));
    expect(trimmedEnd(sentenceWords, at('Council'), at('League') + 1, 'ORG')).toBe(at('League') + 1);
  });
});

describe('extraction with the committed model', () => {
  afterEach(() => useEntityModel(readEntityModel(MODEL_FILE)));
  const entities = (text: string) => extract(`Title\n\n${text}\n`).entities.map((entity) => `${entity.kind}:${entity.name}`);

  it('two institutions joined by "and" are two organizations', () => {
    expect(entities('The study was led by researchers at the Norvik Institute of Marine Technology and Halden State University in Norway.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Norvik Institute of Marine Technology', 'ORGANIZATION:Halden State University']),
    );
  });

  it('a professor at an unknown university keeps both names, tied', () => {
    const facts = extract('Title\n\nAmneh Jafari, a professor at the University of Tarrow Bellfield said the rules were unclear.\n');
    const person = facts.entities.find((entity) => entity.kind === 'PERSON')!;
    expect(person.name).toBe('Amneh Jafari');
    expect(person.roles).toEqual(['professor']);
    expect(person.organizations).toEqual([facts.entities.find((entity) => entity.name === 'University of Tarrow Bellfield')!.key]);
  });

  it('a role word that is also a given name opens the name where the model is sure ("Dean"), never a rank ("Bishop")', () => {
    const facts = extract('Title\n\nThe contest was founded by Dean Halvorsen in 1989. Bishop Tutu preached on Sunday.\n');
    const people = facts.entities.filter((entity) => entity.kind === 'PERSON');
    expect(people.map((person) => person.name)).toEqual(['Dean Halvorsen', 'Tutu']);
    expect(people[1].roles).toEqual(['Bishop']);
    useEntityModel(null);
    expect(entities('The contest was founded by Dean Halvorsen in 1989.')).toEqual(['PERSON:Halvorsen']);
  });

  it('runs the rules alone when no model is in use', () => {
    useEntityModel(null);
    expect(entities('Amneh Jafari, a professor at the University of Tarrow Bellfield said the rules were unclear.')).toContain('PERSON:Jafari');
  });
});

const GUM = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/gum-news');

describe.skipIf(!existsSync(GUM))('GUM news with the committed model (trained on these articles: a floor, not the cross-validated figure)', () => {
  it('people and organizations no worse than the rules alone', async () => {
    const pairs = await loadGumFolder(GUM);
    useEntityModel(null);
    const rules = evaluatePairs(pairs).entities;
    useEntityModel(readEntityModel(MODEL_FILE));
    const model = evaluatePairs(pairs).entities;
    expect(model.PERSON.f1).toBeGreaterThanOrEqual(rules.PERSON.f1);
    expect(model.ORGANIZATION.f1).toBeGreaterThanOrEqual(rules.ORGANIZATION.f1);
    expect(model.COUNTRY.f1).toBeGreaterThanOrEqual(rules.COUNTRY.f1);
  });
});
