import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/**
 * Where a reported clause starts and ends, and whose it is (issue 12), one behaviour per test,
 * on sentences of our own. Each article is a headline, a blank line and the body.
 */
const statementsOf = (body: string) => {
  const text = `Headline of the day\n\n${body}\n`;
  return extract(text).statements.map((statement) => ({
    act: statement.act, kind: statement.kind, text: statement.text, cue: statement.cue, speaker: statement.speakerMention?.text ?? null,
  }));
};

describe('reported clauses', () => {
  it('keeps the outer statement when a quotation inside it has a cue of its own ("says voters are … what she calls “…”")', () => {
    const found = statementsOf('Mayor Ada Lind says voters are “tired of waiting,” but also hungry for what she calls “real change.”');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'says', kind: 'MIXED', speaker: 'Ada Lind', text: expect.stringMatching(/^voters are “tired of waiting,” but also hungry for what she calls “real change/) }));
    expect(found).toContainEqual(expect.objectContaining({ cue: 'calls', speaker: 'she' }));
  });

  it('reads the subject before an aside between dashes ("Bo Rask — a teacher from Elm Hill — says …")', () => {
    expect(statementsOf('Bo Rask — a teacher from Elm Hill — says he made a late decision to vote for Lind.')).toMatchObject([
      { act: 'SPEECH', cue: 'says', speaker: 'Bo Rask', text: 'he made a late decision to vote for Lind' },
    ]);
  });

  it('ends an appraisal target before its time ("endorsed Lind last week", "in early June")', () => {
    expect(statementsOf('Bo Rask endorsed Lind last week, saying she was ready.')[0]).toMatchObject({ act: 'APPRAISAL', text: 'Lind' });
    expect(statementsOf('Mayor Ada Lind praised the harbor plan in early June, but the council balked.')[0]).toMatchObject({ act: 'APPRAISAL', text: 'the harbor plan' });
  });

  it('does not take a quoted programme title before the speaker for a quotation ("on the network’s “Sunday Harbor Hour,” Lind said …")', () => {
    expect(statementsOf('Appearing on the network’s “Sunday Harbor Hour,” Mayor Ada Lind said the council’s “patience” was running out.')).toMatchObject([
      { act: 'SPEECH', kind: 'MIXED', cue: 'said', speaker: 'Ada Lind', text: 'the council’s “patience” was running out' },
    ]);
  });

  it('reads an aside between commas as part of the reported subject, not a new act ("said his producer Bo Rask, also known as Rasky, wrote …")', () => {
    expect(statementsOf('Singer Tor Melby said his band and producer Bo Rask, also known as Rasky, wrote ten new songs.')).toMatchObject([
      { cue: 'said', speaker: 'Tor Melby', text: 'his band and producer Bo Rask, also known as Rasky, wrote ten new songs' },
    ]);
  });

  it('still ends a clause at a coordinated act after it ("said the draft was weak and urged …")', () => {
    const found = statementsOf('Dr. Ada Lind, whose agency advises 60 harbors, said the draft was “the weakest in years” and urged ministers to act.');
    expect(found.map((statement) => [statement.cue, statement.text, statement.speaker])).toEqual([
      ['said', 'the draft was “the weakest in years”', 'Ada Lind'],
      ['urged', 'ministers to act', 'Ada Lind'],
    ]);
  });

  it('joins a participle after a dash to the subject ("changed his pick – saying …")', () => {
    expect(statementsOf('Bo Rask changed his pick on the spot – saying he was rooting for the other team now.')).toMatchObject([
      { cue: 'saying', speaker: 'Bo Rask', text: 'he was rooting for the other team now' },
    ]);
  });

  it('reads a name after "said" as the reported subject, not an audience ("said Rask, a lawyer, had warned him")', () => {
    expect(statementsOf('Mayor Ada Lind said Rask, a lawyer, had warned her.')).toMatchObject([
      { cue: 'said', speaker: 'Ada Lind', text: 'Rask, a lawyer, had warned her' },
    ]);
  });

  it('ends a content where another speaker\'s act joins with a bare "and" ("asked for a photo and Lind said, “…”")', () => {
    expect(statementsOf('At one point, a voter asked for a photo and Mayor Ada Lind said, “as long as we are not breaking any harbor rules.”')).toMatchObject([
      { cue: 'asked for', speaker: 'a voter', text: 'a photo' },
      { cue: 'said', speaker: 'Ada Lind', kind: 'DIRECT', text: 'as long as we are not breaking any harbor rules.' },
    ]);
  });

  it('reads a share written with a percent sign as an unnamed source ("42% say …")', () => {
    expect(statementsOf('On harbor issues, 42% say they are worried.')).toMatchObject([{ cue: 'say', speaker: '42%', text: 'they are worried' }]);
  });

  it('reads past an aside between spaced hyphens and an adverb of time to the subject ("Lind - who … - said", "it now says")', () => {
    expect(statementsOf('Mayor Ada Lind - who previously backed the plan - said at a rally that the harbor should close.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'Ada Lind', text: 'the harbor should close' }));
    // The participle after it shares that subject, never a word inside the quotation ("your"),
    // whether or not the model reads "showing …" as an act (it is a deed, and since the model
    // retrained on 2026-12-06 it makes no statement).
    const found = statementsOf('“This is your harbor,” it now says, showing a montage of ships.');
    expect(found[0]).toMatchObject({ cue: 'says', speaker: 'it', text: 'This is your harbor' });
    expect(found.map((statement) => statement.speaker)).not.toContain('your');
    for (const statement of found) expect(statement.speaker).toBe('it');
  });

  it("keeps a characterization's reason with it, and a closing mark printed as two apostrophes whole (\"called him a ''liar'' for …\")", () => {
    expect(statementsOf("Mayor Ada Lind called him a ''reckless captain'' for keeping the harbor closed.")).toMatchObject([
      { cue: 'called', kind: 'MIXED', text: "him a ''reckless captain'' for keeping the harbor closed" },
    ]);
    expect(statementsOf("Mayor Ada Lind called him a ''reckless captain'' and left.")[0]).toMatchObject({ text: "him a ''reckless captain''" });
  });

  it('reads a relative clause opened after a dash, a parenthesis or a contraction as its antecedent\'s ("Graham — who had endorsed …", "Collins, who’d endorsed …")', () => {
    expect(statementsOf('Senator Tom Graham — who had previously endorsed Jeb Stone — said the harbor race was over.')).toContainEqual(
      expect.objectContaining({ cue: 'endorsed', act: 'APPRAISAL', speaker: 'Tom Graham — who', text: 'Jeb Stone' }));
    expect(statementsOf('Senator Ann Collins, who’d previously endorsed Stone, represents a rural district.')).toMatchObject([
      { cue: 'endorsed', act: 'APPRAISAL', speaker: 'Ann Collins, who', text: 'Stone' },
    ]);
  });

  it('lets a described institution speak through ", which", and ends that clause before the main verb ("The board, which said …, met")', () => {
    expect(statementsOf('The harbor board, which said the port would close, met on Monday.')).toMatchObject([
      { cue: 'said', speaker: 'The harbor board, which', text: 'the port would close' },
    ]);
    expect(statementsOf('Senator Ann Collins, who said the port would close, is retiring.')).toMatchObject([
      { cue: 'said', speaker: 'Ann Collins, who', text: 'the port would close' },
    ]);
  });

  it('ends the content before another subject\'s act, refused or in a relative clause ("…, but Holt did not say when", "a finish that he said …")', () => {
    expect(statementsOf('Mayor Ada Lind said the ferry had stopped, but Tom Holt did not say when.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', cue: 'said', speaker: 'Ada Lind', text: 'the ferry had stopped' },
    ]);
    expect(statementsOf('Mayor Ada Lind said the vote ended in a finish that he said defied the polls.')).toMatchObject([
      { cue: 'said', speaker: 'Ada Lind', text: 'the vote ended in a finish' },
      { cue: 'said', speaker: 'he', text: 'defied the polls' },
    ]);
  });

  it('skips only a time or a setting before "that", never a clause ("said Monday night that …", "said the vote ended … that …")', () => {
    expect(statementsOf('Mayor Ada Lind said Monday night that the ferry would run.')).toMatchObject([{ speaker: 'Ada Lind', text: 'the ferry would run' }]);
    expect(statementsOf('Mayor Ada Lind said the vote ended in a tie that nobody expected.')).toMatchObject([{ speaker: 'Ada Lind', text: 'the vote ended in a tie that nobody expected' }]);
  });

  it('reads a participle after "said," as how it was said, not what ("“…,” Lind said, clutching the lectern")', () => {
    expect(statementsOf('“She asked me, ‘Why now?’” Mayor Ada Lind said, clutching the lectern.')).toMatchObject([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind', text: expect.stringMatching(/^She asked me, ‘Why now\?/) },
    ]);
  });

  it('ends an object with no verb of its own where the main clause goes on ("announced new fares, prompting protests")', () => {
    const found = statementsOf('Mayor Ada Lind announced new ferry fares, prompting protests across the island.');
    expect(found).toMatchObject([{ speaker: 'Ada Lind', text: 'new ferry fares' }]);
  });

  it('reads past a manner adverb and "both" to the subject ("the agency proudly declared", "have both argued")', () => {
    expect(statementsOf('The ferry agency proudly declared that it had never lost a boat.')).toMatchObject([{ speaker: 'The ferry agency', text: 'it had never lost a boat' }]);
    expect(statementsOf('Tom Devine and Ada Lind have both argued that ferry workers lost their jobs.')).toMatchObject([{ cue: 'argued', text: 'ferry workers lost their jobs' }]);
  });

  it('closes an inverted attribution by "the" and a name, before a measured time ("…, the Harbor Gazette reported on Thursday, two days after …")', () => {
    expect(statementsOf('Ada Lind won the primary, the Harbor Gazette reported on Thursday, two days after the vote.')).toMatchObject([
      { cue: 'reported', speaker: 'Harbor Gazette', text: 'Ada Lind won the primary' },
    ]);
  });

  it('reads past "back" and the participle that repeats the act ("wrote back saying that …")', () => {
    expect(statementsOf('Dozens of dockworkers wrote back saying that the strike should go on.')).toMatchObject([
      { cue: 'wrote', speaker: 'Dozens of dockworkers', text: 'the strike should go on' },
    ]);
  });

  it('gives a poll\'s respondents named by party or origin their words ("Democrats surveyed said")', () => {
    expect(statementsOf('Some 56 percent of Corvathians polled said they were less likely to vote this year. Democrats surveyed said they liked the plan.')).toMatchObject([
      { cue: 'said', speaker: 'Corvathians polled', text: 'they were less likely to vote this year' },
      { cue: 'said', speaker: 'Democrats surveyed', text: 'they liked the plan' },
    ]);
  });

  it('leaves the bracket around a sentence out of its statement ("(The ferry …, Mr. Holt said.)")', () => {
    expect(statementsOf('The pier reopened in May. (The ferry, it turns out, is a big draw for tourists, Mr. Tom Holt said.)')).toMatchObject([
      { cue: 'said', speaker: 'Tom Holt', text: 'The ferry, it turns out, is a big draw for tourists' },
    ]);
  });

  it('reads a characterization whose object runs long before its quotation ("called Ford’s plans to open … “an absolute disgrace”")', () => {
    expect(statementsOf('In April, Ada Lind called the company’s plans to open a $1.6 billion assembly plant across the border “an absolute disgrace.”')).toMatchObject([
      { cue: 'called', kind: 'MIXED', speaker: 'Ada Lind', text: 'the company’s plans to open a $1.6 billion assembly plant across the border “an absolute disgrace.”' },
    ]);
  });

  it('ends an appraisal\'s target at the place or time of the act after a name ("endorsed Sanders in the primary", "criticized her during a debate")', () => {
    expect(statementsOf('Senator Ada Lind endorsed Tom Reyes in the Democratic primary. Mayor Jan Holt criticized her during a debate in Corvath.')).toMatchObject([
      { act: 'APPRAISAL', cue: 'endorsed', speaker: 'Ada Lind', text: 'Tom Reyes' },
      { act: 'APPRAISAL', cue: 'criticized', speaker: 'Jan Holt', text: 'her' },
    ]);
    // What follows a thing is the thing's: "defended the use of an image in the ad".
    expect(statementsOf('Mayor Jan Holt defended the use of an image in the campaign ad.')).toMatchObject([{ cue: 'defended', text: 'the use of an image in the campaign ad' }]);
  });

  it('gives a source named after a clause in mid-sentence the clause it closes ("leads by 271 pledged delegates according to a count by …")', () => {
    expect(statementsOf('Ada Lind leads Tom Reyes by 271 pledged delegates according to a count by the Harbor Gazette, but Reyes has vowed to fight on.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', cue: 'according to', speaker: 'Harbor Gazette', text: 'Ada Lind leads Tom Reyes by 271 pledged delegates' },
      { act: 'SPEECH', kind: 'INDIRECT', cue: 'has vowed', speaker: 'Reyes', text: 'to fight on' },
    ]);
  });

  it('gives an infinitive cue the subject of a verb that hands it on, where the act took place ("went on to say", "took to Twitter to call for")', () => {
    expect(statementsOf('Ada Lind went on to say that the port would close.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the port would close', cue: 'say', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Ada Lind used the speech to warn that the port would close.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the port would close', cue: 'warn', speaker: 'Ada Lind' },
    );
    expect(statementsOf('Ada Lind took to Twitter to call for an inquiry into the harbor.')).toContainEqual(
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'an inquiry into the harbor', cue: 'call for', speaker: 'Ada Lind' },
    );
    expect(statementsOf('The union rallied on Monday and began to argue that the port would close.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the port would close', cue: 'argue', speaker: 'The union' },
    );
  });

  it('gives no statement of the infinitive where the act has not happened or is another\'s ("wants to say", "urged Lind to say")', () => {
    expect(statementsOf('Ada Lind wants to say that the port will close.').map((statement) => statement.cue)).toEqual(['wants']);
    expect(statementsOf('The mayor urged Ada Lind to say that the port would close.').map((statement) => statement.speaker)).not.toContain('Ada Lind');
  });

  it('reads a time in the possessive as part of the content ("warned that last year\'s deal …")', () => {
    expect(statementsOf("Ada Lind warned that last year's harbor deal was a mistake.")).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: "last year's harbor deal was a mistake", cue: 'warned', speaker: 'Ada Lind' },
    ]);
  });

  it('reads a member of a party as an unnamed source, never as a person named "Democrat" ("one Democrat familiar with the talks")', () => {
    expect(statementsOf('One Democrat familiar with the talks said the deal was close.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the deal was close', cue: 'said', speaker: 'One Democrat familiar with the talks' },
    ]);
    const facts = extract('Headline of the day\n\nA senior Democrat said the deal was close.\n');
    expect(facts.entities.filter((entity) => entity.kind === 'PERSON')).toEqual([]);
    expect(facts.statements).toMatchObject([{ speakerKey: null, speakerDescription: expect.stringMatching(/senior Democrat$/) }]);
  });

  it('ends an appraisal\'s target, and a quotation\'s clause, before where it was spoken ("stressed those worries in a call with reporters")', () => {
    expect(statementsOf('Ada Lind stressed those worries in a call with reporters.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'those worries', cue: 'stressed', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Ada Lind said "we will win this race" in an interview with the Gazette.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'we will win this race', cue: 'said', speaker: 'Ada Lind' },
    ]);
  });

  it('reads "another", "each" or "one" standing alone as an unnamed subject ("Another said …")', () => {
    expect(statementsOf('One voter praised the plan. Another said the port would close.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the port would close', cue: 'said', speaker: 'Another' },
    );
  });

  it('gives "both of whom", "some of which" the people or bodies before the comma', () => {
    expect(statementsOf('The harbor unions, some of which backed the plan, met on Monday.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the plan', cue: 'backed', speaker: 'The harbor unions, some of which' },
    ]);
  });

  it('reads a share of a group as a description of the group ("said one of the advisers", "Two of his aides said")', () => {
    expect(statementsOf('"There is no path for the mayor," said one of the advisers.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'There is no path for the mayor', cue: 'said', speaker: 'one of the advisers' },
    ]);
  });

  it('ends a reported clause before the source\'s next act, joined by a dash or by "while" ("… — and he singled out …", "… while adding …")', () => {
    expect(statementsOf('Ada Lind said Tom Reyes had been led astray by “insiders” running his campaign — and he singled out the harbor board.')).toContainEqual(
      { act: 'SPEECH', kind: 'MIXED', text: 'Tom Reyes had been led astray by “insiders” running his campaign', cue: 'said', speaker: 'Ada Lind' },
    );
    expect(statementsOf('In a 2014 interview, Ada Lind insisted it was “premature” to back the ferry plan while adding that she liked it.')).toContainEqual(
      { act: 'SPEECH', kind: 'MIXED', text: 'it was “premature” to back the ferry plan', cue: 'insisted', speaker: 'Ada Lind' },
    );
  });

  it('ends a reported clause before a noun that sums it up with someone\'s act on it ("…, a pledge Reyes welcomed"), and reads no content after that act', () => {
    expect(statementsOf('The board said the port would reopen in May, a pledge Tom Reyes welcomed.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the port would reopen in May', cue: 'said', speaker: 'The board' },
    ]);
    expect(statementsOf('Two aides told reporters that the talks had stalled twice, a point Ada Lind also acknowledged to the Ledger.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the talks had stalled twice', cue: 'told', speaker: 'Two aides' },
    ]);
  });
  it('ends a reported clause before ", and has …": a perfect with no subject is the source\'s next predicate', () => {
    expect(statementsOf('Mayor Ada Lind insists the harbor must be a place of work, and has championed a plan that drew the union\'s scorn.')).toContainEqual(
      expect.objectContaining({ cue: 'insists', text: 'the harbor must be a place of work', speaker: 'Ada Lind' }),
    );
  });
  it('ends what was reported before the source\'s next act of speech in a participle (", conceding …", ", recalling …") and a pledge before a clause of time (", after she …")', () => {
    // (The concession may be read as an act of its own; what was told ends before it either way.)
    const told = statementsOf('Tom Reed told reporters he would not seek a recount, conceding the race to Ada Lind.');
    expect(told[0]).toEqual(expect.objectContaining({ cue: 'told', text: 'he would not seek a recount', speaker: 'Tom Reed' }));
    expect(told.slice(1)).toEqual(told.slice(1).map(() => expect.objectContaining({ cue: 'conceding', speaker: 'Tom Reed' })));
    expect(statementsOf('Ada Lind pledged to shut down the old ferry terminal, after she introduced a bill last month.')).toEqual([
      expect.objectContaining({ cue: 'pledged', text: 'to shut down the old ferry terminal', speaker: 'Ada Lind' }),
    ]);
  });

  it('ends what a belief or a speech cue reports before an inverted attribution closing the sentence ("… this month, Mr. Holt said, adding …")', () => {
    const found = statementsOf('Tom Holt runs the mayor\'s campaign. Ms. Lind intends to deliver a ferry address at the harbor this month, Mr. Holt said, adding that she would also hold town halls.');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Holt', text: 'Ms. Lind intends to deliver a ferry address at the harbor this month' }));
    expect(found).toContainEqual(expect.objectContaining({ cue: 'intends', text: 'to deliver a ferry address at the harbor this month' }));
    expect(found).toContainEqual(expect.objectContaining({ cue: 'adding', speaker: 'Holt', text: 'she would also hold town halls' }));
    // With the day it was said between the cue and the sentence's end.
    expect(statementsOf('Tom Holt runs the mayor\'s campaign. The tricks that Ada Lind accused Tom Reyes of playing are not on the same level as the ferry delays, Mr. Holt said Monday.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'Holt', text: 'The tricks that Ada Lind accused Tom Reyes of playing are not on the same level as the ferry delays' }),
    );
  });
});
