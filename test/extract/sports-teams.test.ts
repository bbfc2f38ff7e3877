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

  it('a results line of two names and their goals names two teams, places though they are', () => {
    const facts = extract('LEAGUE RESULTS\n\nResults of league matches on Friday:\n\nDivision two\n\nHarwick 4 Dunmere 1\n\nSt Elvan 0 Port Wexley 2\n');
    expect(names(facts, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Harwick', 'Dunmere', 'St Elvan', 'Port Wexley']));
    expect(names(facts, 'PERSON')).toEqual([]);
  });

  it('the name heading a league table row (played = won + drawn + lost) is a team; other rows of numbers are not', () => {
    const table = extract('STANDINGS\n\nStandings (played, won, drawn, lost, goals for, against, points):\n\nBrenmoor 4 3 1 0 10 4 10\nKellan Vale 4 2 2 0 5 2 8\n');
    expect(names(table, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Brenmoor', 'Kellan Vale']));
    // A golfer's rounds keep their people; a country keeps its type even where its numbers add up.
    const golf = extract('LEADING SCORES\n\nLeading scores after the third round on Saturday:\n\nErnst Vellner 69 70 71 210\nTomas Brandquist 70 70 71 211\n');
    expect(names(golf, 'PERSON')).toEqual(['Ernst Vellner', 'Tomas Brandquist']);
    expect(names(golf, 'ORGANIZATION')).toEqual([]);
    const medals = extract('MEDALS TABLE\n\nNorway 5 2 2 1\nPortugal 2 1 1 0\n');
    expect(names(medals, 'COUNTRY')).toEqual(['Norway', 'Portugal']);
  });

  it('a well-known club named bare is an organization, with no country of its own; a club named like its town is left to the match', () => {
    const facts = extract('Transfer\n\nFeyenoord said on Monday that the deal was done. Real Madrid and Bayern Munich drew, and Benfica watched.\n');
    expect(names(facts, 'ORGANIZATION')).toEqual(expect.arrayContaining(['Feyenoord', 'Real Madrid', 'Bayern Munich', 'Benfica']));
    expect(names(facts, 'PERSON')).toEqual([]);
    expect(names(facts, 'COUNTRY')).toEqual([]);
    // A club whose name ends on a club's head needs no table: "… Rovers", "… Juniors".
    expect(names(extract('Cup\n\nDravenport Rovers said its coach would stay.\n'), 'ORGANIZATION')).toEqual(['Dravenport Rovers']);
  });
});
