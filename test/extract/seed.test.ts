import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { GOLD } from '../helpers.js';

const text = readFileSync(join(GOLD, '00-seed.txt'), 'utf8');
const facts = extract(text);
const mentioned = new Set(facts.mentions.map((mention) => mention.entityKey));
const names = (kind: string) => facts.entities.filter((entity) => entity.kind === kind && mentioned.has(entity.key)).map((entity) => entity.name);
const byName = (name: string) => facts.entities.find((entity) => entity.name === name)!;

describe('the seed article', () => {
  it('reads the headline and the publication date', () => {
    expect(facts.title).toBe("N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby");
    expect(facts.publishedAt).toBe('2024-05-28T18:53:32');
  });

  it('finds its six people, each once (Yoon is only in an inserted headline)', () => {
    expect(names('PERSON').sort()).toEqual(['Jake Sullivan', 'John Kirby', 'Kim Jong-un', 'Li Hongzhong', 'Sergei Shoigu', 'Vladimir Putin']);
  });

  it('finds its six organizations, and no venue', () => {
    expect(names('ORGANIZATION').sort()).toEqual(['Chinese Communist Party', 'Korean Central News Agency', 'National Security Council', 'U.S. Treasury Department', 'Wagner Group', 'White House']);
  });

  it('finds its six countries', () => {
    expect(names('COUNTRY').sort()).toEqual(['Japan', 'North Korea', 'Russia', 'South Korea', 'Ukraine', 'United States']);
  });

  it('knows John Kirby: role, organizations, country', () => {
    const kirby = byName('John Kirby');
    expect(kirby.aliases).toContain('Kirby');
    expect(kirby.roles).toContain('coordinator for strategic communications');
    expect(kirby.organizations.map((key) => facts.entities.find((entity) => entity.key === key)!.name)).toEqual(['National Security Council', 'White House']);
    expect(kirby.country).toBe(byName('United States').key);
  });

  it('makes "DPRK", "the North" and "Pyongyang" aliases of North Korea', () => {
    expect(byName('North Korea').aliases).toEqual(expect.arrayContaining(['DPRK', 'the North', 'Pyongyang']));
  });

  it('attributes "a White House official" and "he added" to Kirby', () => {
    const kirby = byName('John Kirby').key;
    const official = facts.statements.find((statement) => statement.speakerMention?.text === 'a White House official');
    expect(official?.speakerKey).toBe(kirby);
    const added = facts.statements.filter((statement) => statement.cue === 'added');
    expect(added.length).toBeGreaterThanOrEqual(3);
    for (const statement of added) expect(statement.speakerKey).toBe(kirby);
  });

  it('attributes the mixed quote to Jake Sullivan', () => {
    const sullivan = facts.statements.find((statement) => statement.text.includes('"pay a price"'));
    expect(sullivan).toMatchObject({ kind: 'MIXED', cue: 'warned', speakerKey: byName('Jake Sullivan').key });
  });

  it('does not take the scare quote of the headline as a statement', () => {
    expect(facts.statements.some((statement) => statement.text.includes('repercussions') && statement.kind === 'DIRECT')).toBe(false);
    expect(facts.statements.every((statement) => statement.start > text.indexOf('\n'))).toBe(true);
  });

  it('keeps U.S. officials unnamed but described', () => {
    const officials = facts.statements.find((statement) => statement.speakerDescription === 'U.S. officials');
    expect(officials).toMatchObject({ speakerKey: null, kind: 'MIXED' });
  });
});
