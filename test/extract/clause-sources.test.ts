import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Who speaks when the clause around the cue is not the sentence's first: sentences of our own. */
const statementsOf = (body: string) => {
  const facts = extract(`Headline of the day\n\n${body}\n`);
  return facts.statements.map((statement) => ({
    cue: statement.cue, text: statement.text, speaker: statement.speakerMention?.text ?? null,
    entity: facts.entities.find((entity) => entity.key === statement.speakerKey)?.name ?? null,
  }));
};

describe('sources read from the clause that holds the cue', () => {
  it('reads past an opening prepositional phrase to the subject a participle shares ("In a statement released Thursday, Rep. Lind reacted …, saying")', () => {
    expect(statementsOf('In a statement released Thursday, Rep. Ada Lind reacted to the verdict, saying that the court had failed the harbor workers.')).toContainEqual(
      { cue: 'saying', text: 'the court had failed the harbor workers', speaker: 'Ada Lind', entity: 'Ada Lind' },
    );
  });

  it('takes the subject of a subordinate clause, not of the sentence, for a verb it coordinates ("… after the maker cut … and warned that …")', () => {
    const found = statementsOf('Shares of Corvath Semiconductor fell 14% on Thursday after the memory-chip maker cut its forecast and warned that customers were holding months of unsold chips.');
    expect(found).toContainEqual({ cue: 'warned', text: 'customers were holding months of unsold chips', speaker: 'the memory-chip maker', entity: 'Corvath Semiconductor' });
  });

  it('starts the clause after a semicolon ("…; Lind helped broker a truce and decided to …" is Lind\'s)', () => {
    expect(statementsOf('The victory ushered in a thaw; Ada Lind helped broker a truce that fall and decided to make Corvath her first visit.')).toContainEqual(
      expect.objectContaining({ cue: 'decided', speaker: 'Ada Lind' }),
    );
  });

  it('gives a participle right after a thing that cannot speak to the clause\'s subject, and one after people to them', () => {
    for (const body of ['Ada Lind opened her rally in Corvath saying that the ferry tax would be repealed.', 'Ada Lind started out the debate saying that the ferry tax would be repealed.']) {
      expect(statementsOf(body)).toContainEqual(expect.objectContaining({ cue: 'saying', text: 'the ferry tax would be repealed', speaker: 'Ada Lind' }));
    }
    expect(statementsOf('In the union video, dozens of dockworkers stand at the gate, several members saying that the strike should go on.')).toContainEqual(
      expect.objectContaining({ cue: 'saying', speaker: 'several members' }),
    );
  });

  it('reads a person given with a town and its state as the speaker ("Ada Lind of Elm Hill, South Carolina says")', () => {
    expect(statementsOf('Ada Lind of Elm Hill, South Carolina says she thinks the ferry will run again.')).toMatchObject([
      { cue: 'says', speaker: 'Ada Lind', entity: 'Ada Lind', text: 'she thinks the ferry will run again' },
    ]);
  });

  it('ends a description at the conjunction of its clause ("… as results came in showing …" is the results\', not the room\'s)', () => {
    const [statement] = statementsOf('The room stayed half empty as results came in showing their candidate in third place.');
    expect(statement).toMatchObject({ cue: 'showing', speaker: 'results' });
  });

  it('reads a source asking for anonymity as a description, speaking by the verb after ("a diplomat who asked not to be named said")', () => {
    expect(statementsOf('A senior diplomat who asked not to be named said the talks had stalled.')).toEqual([
      { cue: 'said', text: 'the talks had stalled', speaker: 'senior diplomat who asked not to be named', entity: null },
    ]);
    expect(statementsOf('The talks had stalled, a senior diplomat who asked not to be named said.')).toEqual([
      { cue: 'said', text: 'The talks had stalled', speaker: 'senior diplomat who asked not to be named', entity: null },
    ]);
    expect(statementsOf('A spokesperson for the agency who declined to be named said the pier was closed.')).toMatchObject([
      { cue: 'said', text: 'the pier was closed', speaker: 'A spokesperson for the agency who declined to be named' },
    ]);
    // Asking someone else not to do a thing is still a request.
    expect(statementsOf('The mayor asked residents not to travel on Monday.')).toMatchObject([{ cue: 'asked', speaker: 'The mayor' }]);
  });

  it('reads the subject past a relative clause about it that holds a "that" of its own ("Mr. Leenders, who estimated that …, said")', () => {
    expect(statementsOf('Mr. Tom Leenders, who estimated that a quarter of the dock workers were Reed supporters, said he voted for Ada Lind.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'he voted for Ada Lind', entity: 'Tom Leenders' }));
  });

  it('reads a poll\'s "were more likely to say" as the subject\'s speech, not a prediction ("is likely to say")', () => {
    expect(statementsOf('The harbor race is close. Democratic voters were more likely to say that Ada Lind represents them. Tom Reed is likely to say more on Monday.')).toEqual([
      expect.objectContaining({ cue: 'say', text: 'Ada Lind represents them', speaker: 'Democratic voters' }),
    ]);
  });

  it('reads a name after a sentence adverb as the subject before an aside ("Then Harbor Corp, only two months later, announced …")', () => {
    expect(statementsOf('The merger was a surprise. Then Harbor Corp, only two months later, announced that it would merge with Dow.')).toMatchObject([
      { cue: 'announced', text: 'it would merge with Dow', speaker: 'Harbor Corp' },
    ]);
  });

  it('reads the main clause past a name the tagger takes for a verb and a preposition that opens no clause ("Sen. Ted Cruz weighed in …", "went after Reyes …")', () => {
    // The phrasal verbs are appraisals of their own ("weighed in on", "went after").
    expect(statementsOf('Sen. Ted Cruz weighed in on the allegations, calling the harbor deal a "fireable offense."')).toMatchObject([
      { cue: 'weighed in on', text: 'the allegations', speaker: 'Ted Cruz' },
      { cue: 'calling', speaker: 'Ted Cruz' },
    ]);
    expect(statementsOf('Ada Lind went after Tom Reyes on Wednesday over his refusal to release his taxes, asserting that he was hiding something.')).toMatchObject([
      { cue: 'went after', text: 'Tom Reyes', speaker: 'Ada Lind' },
      { cue: 'asserting', text: 'he was hiding something', speaker: 'Ada Lind' },
    ]);
  });

  it('gives a name no table knows, described right after it, the statement by both ("Teck, the mining company, says"), and reads a name after "as"', () => {
    expect(statementsOf('Vortek, the Canadian mining company, says that it pays millions in carbon taxes.')).toMatchObject([
      { cue: 'says', text: 'it pays millions in carbon taxes', speaker: 'Vortek, the Canadian mining company' },
    ]);
    expect(statementsOf('Or, as Tom Ridge, a former secretary of the harbor board, put it: "The barbarians are no longer at the gate."')).toMatchObject([
      { cue: 'put', text: 'The barbarians are no longer at the gate.', speaker: 'Tom Ridge' },
    ]);
  });

  it('gives names joined as one subject the statement together, led by the first ("Ada Lind, Tom Reyes and Mark Holt argued"), but not names ending another clause', () => {
    const [joint] = extract('Headline of the day\n\nBut Ada Lind, Tom Reyes and Mark Holt argued that the port would close.\n').statements;
    expect(joint).toMatchObject({ cue: 'argued', speakerMention: { text: 'Ada Lind, Tom Reyes and Mark Holt' } });
    expect(joint.speakerKey).toMatch(/ada lind/);
    expect(statementsOf('The harbor board expelled envoys from Tallinn, Riga, and Ada Lind said the board would regret it.')).toMatchObject([
      { cue: 'said', speaker: 'Ada Lind' },
    ]);
  });

  it('gives the people a relative clause describes their words, not the name that closes the clause ("Two aides who worked for Ada Lind said")', () => {
    expect(statementsOf('Two aides who worked for Ada Lind said the port would close.')).toMatchObject([
      { cue: 'said', text: 'the port would close', speaker: 'Two aides who worked for Ada Lind', entity: null },
    ]);
  });

  it('gives the verbs of a relative clause its antecedent ("won over Ada Lind, who came out and endorsed …")', () => {
    expect(statementsOf("The mayor's approach has won over Ada Lind, who came out and endorsed Tom Reyes on Monday.")).toMatchObject([
      { cue: 'endorsed', text: 'Tom Reyes', speaker: 'Ada Lind, who' },
    ]);
  });

  it('reads the main clause after a fronted one: what the fronted cue reports ends with it, and a later participle is the main subject\'s', () => {
    const found = statementsOf('When Ada Lind pointed out that Reyes calls it "a ferry for all," Tom Reyes seized upon the remark, repeating his line that the plan would sink the port.');
    expect(found).toContainEqual({ cue: 'pointed out', text: 'Reyes calls it "a ferry for all,"', speaker: 'Ada Lind', entity: 'Ada Lind' });
    expect(found).toContainEqual({ cue: 'repeating', text: 'his line that the plan would sink the port', speaker: 'Tom Reyes', entity: 'Tom Reyes' });
  });

  it('resolves "he" to the subject after an opening phrase, not to a person named inside it ("In an interview with Lind, Reyes …")', () => {
    expect(statementsOf('In an interview with Ada Lind on Monday, Tom Reyes defended the ferry plan. He said the port would reopen in May.')).toContainEqual(
      { cue: 'said', text: 'the port would reopen in May', speaker: 'He', entity: 'Tom Reyes' },
    );
  });

  it('never takes a time before the verb for its subject ("… (D-Ore.) last week said")', () => {
    expect(statementsOf('Ranking Democrat Ada Lind (D-Ore.) last week said the port would close.').map((statement) => statement.speaker)).not.toContain('last week');
  });

  it('reads a subject that an adverb focuses, before an aside of examples ("Even the port\'s fiercest critics, like Lind and Reyes, say")', () => {
    expect(statementsOf("Even the port's fiercest critics, like Ada Lind and Tom Reyes, say the ferry plan should go ahead.")).toContainEqual(
      { cue: 'say', text: 'the ferry plan should go ahead', speaker: "the port's fiercest critics", entity: null },
    );
  });

  it('resolves "she" to the latest subject whose given name agrees, and falls back to any subject when no name does', () => {
    expect(statementsOf('Ada Lind met Tom Holt at the harbor on Monday. Tom Holt left early. Later, she said the ferry was late.')).toEqual([
      { cue: 'said', text: 'the ferry was late', speaker: 'she', entity: 'Ada Lind' },
    ]);
    // A given name is no proof of gender: with no one else to point at, "he" is still Lindsey Holt.
    expect(statementsOf('Lindsey Holt spoke to reporters at the harbor. He said the ferry was late.')).toEqual([
      { cue: 'said', text: 'the ferry was late', speaker: 'He', entity: 'Lindsey Holt' },
    ]);
  });
  it('does not open a clause at "as" whose only verb is a relative clause\'s ("pitched her plan as a way to create jobs that serve …, noting")', () => {
    expect(statementsOf('Mayor Ada Lind pitched her ferry plan as a way to create jobs that serve the harbor towns, noting that the tolls would fall.')).toContainEqual(
      { cue: 'noting', text: 'the tolls would fall', speaker: 'Ada Lind', entity: 'Ada Lind' },
    );
  });
  it('ends a reported clause where a fronted clause measured in time closes ("Three years after Lind vowed …, the party has …")', () => {
    expect(statementsOf('Three years after Mayor Ada Lind vowed to rebuild the ferry pier, the harbor board has done the opposite.')).toEqual([
      { cue: 'vowed', text: 'to rebuild the ferry pier', speaker: 'Ada Lind', entity: 'Ada Lind' },
    ]);
    expect(statementsOf('Hours after Mayor Ada Lind said the ferry was safe, the harbor board closed it.')).toEqual([
      { cue: 'said', text: 'the ferry was safe', speaker: 'Ada Lind', entity: 'Ada Lind' },
    ]);
  });
});
