import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { closeMisusedOpeners } from '../../src/extract/clean.js';

/**
 * Attribution as real news writes it (issue 12), one behaviour per test, on sentences of our
 * own. Each article is a headline, a blank line and the body.
 */
const statementsOf = (body: string) => {
  const text = `Headline of the day\n\n${body}\n`;
  return extract(text).statements.map((statement) => ({
    act: statement.act, kind: statement.kind, text: statement.text, speaker: statement.speakerMention?.text ?? null,
  }));
};

describe('attribution in real news', () => {
  it("reads quotes printed with doubled apostrophes (''…'') as direct quotes", () => {
    expect(statementsOf("''The harbor will open in May,'' Mayor Ada Lind said.")).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor will open in May', speaker: 'Ada Lind' },
    ]);
  });

  it("reads three apostrophes as the pair beside an inner quotation's own mark (''… 'no,''' she said)", () => {
    const found = statementsOf("''Voters will not accept 'We will fix it later,''' said Senator Ada Lind of Oregon. ''The harbor stays open.''");
    expect(found[0]).toMatchObject({ act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind' });
    expect(found[0].text).toMatch(/^Voters will not accept 'We will fix it later,'?$/);
  });

  it('takes the speaker after a quotation from any noun phrase, and the name it is apposed to ("said a Twitter user", "said one voter, Ada Lind")', () => {
    expect(statementsOf('“The ferry was late again,” said a Twitter user.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry was late again', speaker: 'a Twitter user' },
    ]);
    expect(statementsOf('“The ferry was late again,” said one commuter, Ada Lind. “It always is.”')[0]).toEqual(
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry was late again', speaker: 'one commuter, Ada Lind' },
    );
    // Outside a quotation, "said the plan would …" is no speaker: only a noun that names sources may follow.
    expect(statementsOf('The mayor said the plan would cost too much.')).toMatchObject([{ speaker: 'The mayor', text: 'the plan would cost too much' }]);
  });

  it('gives a quotation paragraph to the speaker whose paragraph closes on a colon ("the union responded:")', () => {
    const found = statementsOf('The Herald printed the claims in May, and the Ferry Union responded:\n\n“The harbor is safe. Nobody was hurt.”\n\n“The council agrees.”');
    expect(found).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor is safe. Nobody was hurt.', speaker: 'Ferry Union' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'The council agrees.', speaker: 'Ferry Union' },
    ]);
    // A participle's speaker is its main clause's subject: "The Post confirmed it, reporting:".
    expect(statementsOf('The Harbor Post confirmed that account, reporting:\n\n“The ferry money went to the council.”')).toContainEqual(
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry money went to the council.', speaker: 'Harbor Post' },
    );
    // A colon that closes no cue ("the rules were these:") introduces no one.
    expect(statementsOf('The harbor rules were these:\n\n“No boats after dark.”')).toEqual([]);
  });

  it('reads the subject past an apposition closing on a quoted title ("Ada Lind, host of WHBR’s “Harbor Hour,” said")', () => {
    expect(statementsOf('Ada Lind, host of WHBR’s “Harbor Hour,” suggested the ferry delay was disqualifying.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry delay was disqualifying', speaker: 'Ada Lind' },
    ]);
  });

  it('reads the subject past a party and state between commas ("Sen. Ada Lind, R-Ore., said")', () => {
    expect(statementsOf('Sen. Ada Lind, R-Ore., said that the harbor polls could be wrong.')).toMatchObject([{ speaker: 'Ada Lind', text: 'the harbor polls could be wrong' }]);
  });

  it('reads the subject past a dotted state between commas, in one sentence ("Sen. Ada Lind, D-N.H., a budget hawk, said")', () => {
    expect(statementsOf('Sen. Ada Lind, D-N.H., said that the harbor polls could be wrong.')).toMatchObject([{ speaker: 'Ada Lind', text: 'the harbor polls could be wrong' }]);
    expect(statementsOf('Rep. Tom Holt, R-S.C., a budget hawk, said the ferry plan was too costly.')).toMatchObject([{ speaker: 'Tom Holt', text: 'the ferry plan was too costly' }]);
  });

  it('reads a group right after "said" as the subject of what was said, so its quotation is a fragment ("said her staff “did …”")', () => {
    expect(statementsOf('Mayor Ada Lind said her staff “did the wrong thing” by closing the harbor.')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', text: 'her staff “did the wrong thing” by closing the harbor', speaker: 'Ada Lind' },
    ]);
    // Whom it was told, and where it was said, still stand between the cue and its quotation.
    expect(statementsOf('Mayor Ada Lind told her staff: “We made a mistake.”')).toMatchObject([{ kind: 'DIRECT', text: 'We made a mistake.' }]);
    expect(statementsOf('Mayor Ada Lind said at a news conference: “We made a mistake.”')).toMatchObject([{ kind: 'DIRECT', text: 'We made a mistake.' }]);
  });

  it('gives what a statement says to whoever issued it, past its time and its adjectives ("released a brief statement Wednesday saying …")', () => {
    expect(statementsOf('The harbor board released a brief statement Wednesday saying the ferry would run in May.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry would run in May', speaker: 'The harbor board' },
    ]);
    expect(statementsOf('Later in the summer, Ada Lind revised her statement explaining that she had not seen the report.')).toMatchObject([{ speaker: 'Ada Lind', text: 'she had not seen the report' }]);
  });

  it('starts what was said after a time that gives no date ("announced last week that …"), and finds nothing said in "spoke on Monday"', () => {
    expect(statementsOf('The Lind campaign announced last week that it hired a new harbor spokeswoman.')).toMatchObject([
      { speaker: 'The Lind campaign', text: 'it hired a new harbor spokeswoman' },
    ]);
    expect(statementsOf('Mayor Ada Lind spoke on Monday. She left early.')).toEqual([]);
  });

  it('reads the speaker after a quotation past a party and state in parentheses, and a weekday with its part of the day ("Sen. Ada Lind (R-Fla.) said Saturday night at …")', () => {
    expect(statementsOf('“The harbor is our future,” Sen. Ada Lind (R-Fla.) said Saturday night at the ferry debate.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor is our future', speaker: 'Ada Lind' },
    ]);
  });

  it('finds no words in a deed done in answer ("responded by blocking …"), but reads "responded by saying that …"', () => {
    expect(statementsOf('The harbor board responded by abruptly blocking access to the ferry data.')).toEqual([]);
    expect(statementsOf('Mayor Ada Lind responded by saying that the harbor board was wrong.')).toMatchObject([
      { speaker: 'Ada Lind', text: 'the harbor board was wrong' },
    ]);
  });

  it('finds no words in the document someone wrote ("wrote the letter on Feb. 2 to …"), nor in a passive with a manner adverb ("was officially declared")', () => {
    expect(statementsOf('Tom Holt wrote the letter on Feb. 2 to the harbor board.')).toEqual([]);
    expect(statementsOf('The article was updated to show that Ada Lind was officially declared the winner.')).toEqual([]);
    // Said of a document, the words are still reported.
    expect(statementsOf('Tom Holt said the ruling “closes the chapter” for the harbor.')).toMatchObject([{ kind: 'MIXED', speaker: 'Tom Holt' }]);
  });

  it('reads no speaker into page furniture written like a transcript label ("UPDATE: …", "WATCH: …"), and still reads "ADA LIND: …"', () => {
    expect(statementsOf('UPDATE: The harbor board said it would reopen the ferry.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'it would reopen the ferry', speaker: 'The harbor board' },
    ]);
    expect(statementsOf('WATCH: Ada Lind on the harbor plan')).toEqual([]);
    expect(statementsOf('ADA LIND: We will reopen the harbor.')).toMatchObject([{ kind: 'DIRECT', text: 'We will reopen the harbor.', speaker: 'ADA LIND' }]);
  });

  it('finds no appraisal in a verb of judgment turned into a deed by a particle ("knocked down in the 1990s"), and keeps "knocked the plan"', () => {
    expect(statementsOf('The harbor office where they worked is long gone, knocked down in the early 1990s.')).toEqual([]);
    expect(statementsOf('Mayor Ada Lind knocked the harbor plan on Monday.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor plan', speaker: 'Ada Lind' }]);
  });

  it('reads a subject whose given name is also a verb past its apposition ("Josh Kellam, a campaign aide, said")', () => {
    expect(statementsOf('Josh Kellam, a campaign aide, said that the ferry plan could hurt the party.')).toMatchObject([
      { speaker: 'Josh Kellam', text: 'the ferry plan could hurt the party' },
    ]);
  });

  it('never takes a possessor for the speaker after a quotation ("said Oregon’s Ada Lind")', () => {
    expect(statementsOf('“The ferry will run,” said Oregon’s Ada Lind, a harbor consultant.')).toMatchObject([{ speaker: 'Ada Lind', text: 'The ferry will run' }]);
    expect(statementsOf('“The ferry will run,” said Oregon’s governor.')).toMatchObject([{ speaker: 'Oregon’s governor' }]);
  });

  it('reads the subject past ", though," and past an aside that closes on a quotation ("Holt, who calls the mayor a “fraud,” said")', () => {
    expect(statementsOf('Mayor Ada Lind, though, said she is with the governor on the ferry plan.')).toMatchObject([{ speaker: 'Ada Lind', text: 'she is with the governor on the ferry plan' }]);
    expect(statementsOf('Tom Holt, who calls the mayor a “fraud,” said he does not believe the ferry plan can succeed.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Tom Holt', text: 'he does not believe the ferry plan can succeed' },
    );
    expect(statementsOf('Mr. Tom Holt, citing “the unique magic of the mayor,” said the ferry could run in May.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Tom Holt', text: 'the ferry could run in May' },
    );
  });

  it('reads people described by a participle as the speakers ("those surveyed said", "harbor workers polled said")', () => {
    expect(statementsOf('Again, those surveyed said the mayor was best able to handle the ferry issue.')).toMatchObject([{ speaker: 'those surveyed' }]);
    expect(statementsOf('Some 56 percent of harbor workers polled said they were less likely to vote for the mayor.')).toMatchObject([{ speaker: 'harbor workers polled' }]);
    expect(statementsOf('But 58 percent of harbor voters overall said they were less likely to vote for the mayor.')).toMatchObject([{ speaker: 'harbor voters' }]);
  });

  it('keeps a sentence whole past a party and state in parentheses before a comma ("Sen. Ada Lind (D-Ore.), said")', () => {
    expect(statementsOf('Sen. Ada Lind (D-Ore.), said that she had not read the ferry plan.')).toMatchObject([{ speaker: 'Ada Lind', text: 'she had not read the ferry plan' }]);
  });

  it('never reports a fronted subordinate clause or a verbless adverbial before the subject ("Though she …, Lind promised to …", "More recently, Lind pledged …")', () => {
    expect(statementsOf('Though she has not been a major voice on ferries, Ada Lind promised to take bold action on the harbor.')).toMatchObject([
      { speaker: 'Ada Lind', text: 'to take bold action on the harbor' },
    ]);
    expect(statementsOf('More recently, Ada Lind pledged to make the ferry company build its boats in Oregon.')).toMatchObject([
      { speaker: 'Ada Lind', text: 'to make the ferry company build its boats in Oregon' },
    ]);
    // A subordinate clause with its main clause before the comma is reported whole.
    expect(statementsOf('When we win, we will build a new harbor, Ada Lind said.')).toMatchObject([{ speaker: 'Ada Lind', text: 'When we win, we will build a new harbor' }]);
  });

  it('ends what a fronted subordinate clause reports where that clause ends ("While Lind has pledged to …, her aide suggested …")', () => {
    expect(statementsOf('When Tom Holt said it was great to be home, a man shouted at him.')).toMatchObject([{ speaker: 'Tom Holt', text: 'it was great to be home' }]);
    expect(statementsOf('While Ada Lind has pledged to support Tom Holt as the nominee, her aide suggested that it would not be simple.')).toMatchObject([
      { speaker: 'Ada Lind', text: 'to support Tom Holt as the nominee' },
      { speaker: 'her aide', text: 'it would not be simple' },
    ]);
  });

  it('ends reported content before the writer goes on: a semicolon, ", though …", ", compared with …", ", but he …"', () => {
    expect(statementsOf('Ada Lind said the ferry would run in May; 29 percent of riders said they doubt it.')[0]).toMatchObject({ speaker: 'Ada Lind', text: 'the ferry would run in May' });
    expect(statementsOf('Harbor workers say stricter rules would help, though they blame the council for the delays.')[0]).toMatchObject({ text: 'stricter rules would help' });
    expect(statementsOf('Half of the riders said the ferry was late, compared with 30 percent who said so in May.')[0]).toMatchObject({ text: 'the ferry was late' });
    // What she has not done is an act of its own, marked negated (below).
    expect(statementsOf('Ada Lind said she will vote for the ferry plan, but she has not endorsed Tom Holt.')).toMatchObject([
      { speaker: 'Ada Lind', text: 'she will vote for the ferry plan' }, { act: 'APPRAISAL', speaker: 'she', text: 'Tom Holt' },
    ]);
  });

  it('takes the name apposed to a described source after the cue, never the body in the description, nor a clause as the speaker', () => {
    const reported = 'He also had a say in the harbor investments, said a former spokesman for the Harbor Ministry, Tom Holt';
    expect(statementsOf(`${reported}.`)).toMatchObject([{ speaker: 'a former spokesman for the Harbor Ministry, Tom Holt', text: 'He also had a say in the harbor investments' }]);
    expect(statementsOf(`${reported}, who also ran for mayor.`)).toMatchObject([{ speaker: 'a former spokesman for the Harbor Ministry, Tom Holt', text: 'He also had a say in the harbor investments' }]);
  });

  it('closes the sentence with a titled source and the work it was said in ("…, Mr. Holt said in his 2012 book, “…”")', () => {
    expect(statementsOf('The revolution in 1959 dampened plans to return home, Mr. Tom Holt said in his 2012 book, “An Oregon Son.”')).toMatchObject([
      { kind: 'INDIRECT', speaker: 'Tom Holt', text: 'The revolution in 1959 dampened plans to return home' },
    ]);
  });

  it('reads the subject past a part of a day and a floating quantifier ("Holt on Thursday evening said", "Lind and Holt both condemned")', () => {
    expect(statementsOf('Party spokesman Tom Holt on Thursday evening said the party was not in a crisis.')).toMatchObject([{ speaker: 'Tom Holt', text: 'the party was not in a crisis' }]);
    expect(statementsOf('Senator Ada Lind last week said Holt was not the author of the emails.')).toMatchObject([{ speaker: 'Ada Lind' }]);
    expect(statementsOf('Mrs. Ada Lind has since said she would support a wage increase.')).toMatchObject([{ speaker: 'Ada Lind', text: 'she would support a wage increase' }]);
    // A floating quantifier after an aside: the subject is before the aside.
    expect(statementsOf('Ada Lind and Tom Holt (R-Ore.) both said the ferry was late.')).toMatchObject([{ speaker: 'Ada Lind and Tom Holt', text: 'the ferry was late' }]);
    expect(statementsOf('Harbor workers — whose union was once known for its discipline — all said the ferry was late.')).toMatchObject([{ speaker: 'Harbor workers' }]);
  });

  it('gives what a statement says to whoever issued it ("The union issued a statement saying …")', () => {
    expect(statementsOf('The Harbor Union issued a statement saying the comments were based on opinion.')).toMatchObject([
      { speaker: 'Harbor Union', text: 'the comments were based on opinion' },
    ]);
    // The quotation after the participle is the issuer's too, past the day it was issued.
    expect(statementsOf("Mayor Ada Lind issued a statement Tuesday saying, ''I do not think the ferry is late.''")).toMatchObject([
      { speaker: 'Ada Lind', text: 'I do not think the ferry is late.' },
    ]);
  });

  it('takes a quotation after "said on" for a title, not for what was said ("he said on “Harbor Hour.”")', () => {
    expect(statementsOf('“I always expected to be vetted,” Tom Holt said on “Harbor Hour.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'I always expected to be vetted' },
    ]);
  });

  it('reads curly marks inside a straight quotation as a quotation within it', () => {
    const found = statementsOf('Dr. Ada Lind stated:\n\n"The harbor is not about “equal tolls” anymore. It is about control.\n\n"The latest example is the ferry."');
    expect(found).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind', text: 'The harbor is not about “equal tolls” anymore. It is about control.' },
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind', text: 'The latest example is the ferry.' },
    ]);
  });

  it('reads answers, retorts and yells as speech ("“Denver,” Holt answered.", "Lind retorted that …")', () => {
    expect(statementsOf('“Denver,” Tom Holt answered.')).toEqual([{ act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'Denver' }]);
    expect(statementsOf('Ada Lind retorted that the ferry had never been late.')).toMatchObject([{ speaker: 'Ada Lind', text: 'the ferry had never been late' }]);
  });

  it('finds no statement in a table of numbers ("Ada Lind: 1,769.")', () => {
    expect(statementsOf('Delegate count so far.\n\nAda Lind: 1,769.\n\nTom Holt: 1,501.')).toEqual([]);
  });

  it('ends an infinitive content before the source\'s next predicate ("vowed to ban …, declined …", "continued to express doubts … and made clear …")', () => {
    expect(statementsOf('Tom Holt vowed to ban ferries from the harbor, declined to say more and moved on.')[0]).toMatchObject({ speaker: 'Tom Holt', text: 'to ban ferries from the harbor' });
  });

  it('closes a sentence whose quoted fragment ends on the comma before an inverted cue ("The plans are “profoundly irresponsible,” said Holt")', () => {
    expect(statementsOf('The ferry plans are “profoundly irresponsible,” said Tom Holt, senior director of policy at the Harbor Center.')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', speaker: 'Tom Holt', text: 'The ferry plans are “profoundly irresponsible,”' },
    ]);
  });

  it('reads a cue word right after a number or a determiner as a noun ("won in five states and …")', () => {
    expect(statementsOf('Tom Holt won in five states and Ada Lind trailed in the rest.')).toEqual([]);
    expect(statementsOf('The ferry workers all said the harbor was unsafe.')).toMatchObject([{ text: 'the harbor was unsafe' }]);
  });

  it('reads a described subject past its auxiliary and an aside ("The poll has, however, revealed that …")', () => {
    expect(statementsOf('The harbor poll has, however, revealed that the mayor does not speak for the city.')).toMatchObject([
      { act: 'EVIDENCE', speaker: 'The harbor poll', text: 'the mayor does not speak for the city' },
    ]);
  });

  it('ends an appraisal\'s target before "and he …" ("criticized the system and he, once again, pledged …")', () => {
    expect(statementsOf('Tom Holt criticized the broken ferry system and he, once again, pledged a political revolution.')[0]).toMatchObject({ act: 'APPRAISAL', text: 'the broken ferry system' });
  });

  it('reads past where words were posted to the quotation ("wrote on Twitter: “…”")', () => {
    expect(statementsOf('Ada Lind wrote on Twitter: “It is time to end his career.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind', text: 'It is time to end his career.' },
    ]);
  });

  it('takes a described and named source after the clause it reports ("…, her top aide, Tom Devine, told …")', () => {
    expect(statementsOf('Senator Ada Lind remains committed to the ferry plan, her top aide, Tom Devine, told The Harbor Post.')).toMatchObject([
      { kind: 'INDIRECT', speaker: 'her top aide, Tom Devine', text: 'Senator Ada Lind remains committed to the ferry plan' },
    ]);
  });

  it('gives a quotation after "told <name>:" to the teller, with a time before the verb ("Lind later Thursday told Fox News: “…”")', () => {
    expect(statementsOf('Ada Lind later Thursday told Harbor Radio: “The ferry will run. I am sure of it.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry will run. I am sure of it.', speaker: 'Ada Lind' },
    ]);
  });

  it('does not take a quotation inside an opening participle phrase for the statement ("Citing “…,” the spokeswoman told …")', () => {
    expect(statementsOf('Citing “obligations at home,” the mayor’s spokeswoman told reporters that Lind would skip the vote.')).toMatchObject([
      { kind: 'INDIRECT', speaker: 'the mayor’s spokeswoman', text: 'Lind would skip the vote' },
    ]);
  });

  it('reads two plurals joined by "and" as one unnamed source closing the sentence ("…, teachers and union officials said.")', () => {
    expect(statementsOf('Support is strong among the ferry crews, teachers and union officials said.')).toMatchObject([
      { kind: 'INDIRECT', speaker: 'teachers and union officials', text: 'Support is strong among the ferry crews' },
    ]);
  });

  it('keeps a quoted question with the attribution after it ("“…?” Lind asked.")', () => {
    expect(statementsOf('“Who will pay for the new harbor?” Lind asked at the council meeting.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'Who will pay for the new harbor?', speaker: 'Lind' },
    ]);
  });

  it('reads past a party and state in parentheses to the cue ("Sen. Ada Lind (D-Ore.) said")', () => {
    expect(statementsOf('“The harbor deal is a good start for the region,” Sen. Ada Lind (D-Ore.) said on Monday.')).toMatchObject([
      { act: 'SPEECH', text: 'The harbor deal is a good start for the region', speaker: 'Ada Lind' },
    ]);
  });

  it('gives "said" its own clause when "and warned that" follows ("said the talks failed, and warned that …")', () => {
    const found = statementsOf('The harbor authority said the talks had failed, and warned that fees would rise.');
    expect(found.find((statement) => statement.text.startsWith('the talks'))?.text).toBe('the talks had failed');
  });

  it('ends a poll answer before the next share\'s own answer, and gives that share its statement ("…, and more than 4 in 10 said …")', () => {
    expect(statementsOf('Most residents said they were worried about the harbor, and more than 4 in 10 said the mayor would fix it.')).toMatchObject([
      { text: 'they were worried about the harbor', speaker: 'Most residents' },
      { text: 'the mayor would fix it', speaker: 'more than 4 in 10' },
    ]);
  });

  it('ends the content before "X said", when what follows is an adjunct of the act ("without naming a suspect")', () => {
    expect(statementsOf('Mayor Ada Lind visited the harbor on Monday. The attackers "will be found", Lind said, without naming a suspect.')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', text: 'The attackers "will be found"', speaker: 'Lind' },
    ]);
  });

  it('reads "blasted X" as an APPRAISAL whose content is the target, with the target in about', () => {
    const text = 'Headline of the day\n\nSenator Mara Quist blasted Paul Ryan for the budget delay.\n';
    const facts = extract(text);
    const [statement] = facts.statements;
    const ryan = facts.entities.find((entity) => entity.name === 'Paul Ryan');
    expect([statement.act, statement.text, statement.speakerMention?.text, statement.about]).toEqual(['APPRAISAL', 'Paul Ryan for the budget delay', 'Mara Quist', [ryan?.key]]);
  });

  it('reads the name right after a quotation as its speaker past an apposition holding a list ("…,” Anne Richards, assistant secretary for population, refugees, and migration, said")', () => {
    expect(statementsOf('“The harbor plans will not solve this challenge,” Anne Richards, assistant secretary for ports, ferries, and bridges, said.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor plans will not solve this challenge', speaker: 'Anne Richards' },
    ]);
  });

  it('gives a quoted sentence standing alone to the nearest attributed quotation before it, not the next speaker\'s', () => {
    expect(statementsOf('“We are refugees,” Ms. Ada Alawee said. “We are not terrorists.” Mr. Tom Zahed said: “The attack was the work of a few.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'We are refugees', speaker: 'Ada Alawee' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'We are not terrorists.', speaker: 'Ada Alawee' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'The attack was the work of a few.', speaker: 'Tom Zahed' },
    ]);
  });

  it('quotes after a colon for a source no table names and for an audience after "to" ("A retired neurosurgeon told Fox News: “…”", "says to Nevadans: “…”")', () => {
    expect(statementsOf('A retired neurosurgeon told Fox News: “We will win the harbor vote.” Ada Lind says to Nevadans: “This one is for you.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'We will win the harbor vote.', speaker: 'A retired neurosurgeon' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'This one is for you.', speaker: 'Ada Lind' },
    ]);
  });

  it('reads "said to cheers" and "said to reporters" as speech, "is said to be" as none', () => {
    expect(statementsOf('“We will fight for the harbor,” Ada Lind said to cheers at a rally. “We will win,” she said to reporters. Governor Tom Reed is said to be furious.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'We will fight for the harbor', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'We will win', speaker: 'she' },
    ]);
  });

  it('reads polling the tagger takes for a verb as evidence ("Recent polling shows …", "Exit polling showed …")', () => {
    expect(statementsOf('The harbor race is close. Recent polling shows that Ada Lind is ahead. Exit polling showed that Lind won every group.')).toEqual([
      { act: 'EVIDENCE', kind: 'INDIRECT', text: 'Ada Lind is ahead', speaker: 'Recent polling' },
      { act: 'EVIDENCE', kind: 'INDIRECT', text: 'Lind won every group', speaker: 'Exit polling' },
    ]);
  });

  it('reads agreeing with someone and embracing a plan as beliefs ("agreed with the analysis", "embraced the plan")', () => {
    expect(statementsOf('Former Mayor Tom Reed agreed with the harbor analysis. Senator Ada Lind embraced the ferry plan.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the harbor analysis', speaker: 'Tom Reed' },
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the ferry plan', speaker: 'Ada Lind' },
    ]);
  });

  it('reads no belief into a noun phrase that holds a cue word ("a Kenyan think tank", "14,300 suspected cases")', () => {
    expect(statementsOf('A report by the Harbor Institute, a Nordic think tank, added to the pressure on the port. More than 14,300 suspected cases have been recorded since January.')).toEqual([]);
  });

  it('reads an act cue in the progressive ("is backing", "are thanking") as the subject\'s', () => {
    expect(statementsOf('Harbor Gov. Ada Lind is backing Tom Reed for mayor. The dock workers are thanking the ferry crews.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'Tom Reed for mayor', speaker: 'Ada Lind' },
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'the ferry crews', speaker: 'The dock workers' },
    ]);
  });

  it('reads a stance told by an adjective after a copula ("is supportive of", "remains critical of", "was eager to", "is confident that")', () => {
    const found = extract('Headline of the day\n\nSenator Ada Lind is supportive of the harbor plan. Governor Tom Reed remains critical of the deal. Mayor Bo Rask was eager to run again. Lind is confident that the ferry will run by May.\n').statements;
    expect(found.map((statement) => [statement.act, statement.cue, statement.speakerMention?.text, statement.text])).toEqual([
      ['BELIEF', 'is supportive of', 'Ada Lind', 'the harbor plan'],
      ['APPRAISAL', 'remains critical of', 'Tom Reed', 'the deal'],
      ['BELIEF', 'was eager', 'Bo Rask', 'to run again'],
      ['BELIEF', 'is confident', 'Lind', 'the ferry will run by May'],
    ]);
    // The tagger reads some of them as participles: "was convinced that", "is opposed to".
    expect(statementsOf('Mayor Bo Rask was convinced that the ferry would run. Governor Tom Reed is opposed to the toll.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the ferry would run', speaker: 'Bo Rask' },
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the toll', speaker: 'Tom Reed' },
    ]);
    // Importance is no stance; a denied one, or one with no subject, is none.
    expect(statementsOf('The port is critical to the economy. Reed is not sure that the plan works. It is virtually certain he will run. There are reasons to be skeptical about the deal.')).toEqual([]);
  });

  it('reads a phrasal act of speech with its particle as the cue and the target after it ("lashed out at", "laid out", "took aim at")', () => {
    const appraisals = (body: string) => extract(`Headline of the day\n\n${body}\n`).statements.map((statement) => [statement.act, statement.cue, statement.speakerMention?.text, statement.text]);
    expect(appraisals('Senator Ada Lind lashed out at Governor Tom Reed over the harbor budget.')).toEqual([['APPRAISAL', 'lashed out at', 'Ada Lind', 'Governor Tom Reed over the harbor budget']]);
    expect(appraisals('Governor Tom Reed laid out his plan for the harbor.')).toEqual([['APPRAISAL', 'laid out', 'Tom Reed', 'his plan for the harbor']]);
    expect(appraisals('Mayor Bo Rask took aim at the port authority.')).toEqual([['APPRAISAL', 'took aim at', 'Bo Rask', 'the port authority']]);
    // Without its particle, or with another, the verb is a deed.
    expect(appraisals('The harbor company laid off forty dock workers, and Mayor Bo Rask took over the ferry board.')).toEqual([]);
  });

  it('keeps an apposition to a named target in the target ("praised Tom Reed, the harbor master, for …"), not one that closes the source\'s', () => {
    expect(statementsOf('Ada Lind praised Tom Reed, the harbor master, for his work. Lind blasted Bo Rask, a harbor official overseeing the port.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Tom Reed, the harbor master, for his work', speaker: 'Ada Lind' },
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Bo Rask, a harbor official overseeing the port', speaker: 'Lind' },
    ]);
    expect(statementsOf('Sara Holm, a Republican who described herself as a devout Lutheran, said she recoiled.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she recoiled', speaker: 'Sara Holm' });
  });

  it('reads "denied the report" as an APPRAISAL of the report', () => {
    expect(statementsOf('Senator Ellen Park denied the report.')).toEqual([{ act: 'APPRAISAL', kind: 'INDIRECT', text: 'the report', speaker: 'Ellen Park' }]);
  });

  it('reads "accused X of Y" as an APPRAISAL', () => {
    expect(statementsOf('Senator Ellen Park accused the mayor of lying about the budget.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'the mayor of lying about the budget', speaker: 'Ellen Park' },
    ]);
  });

  it('reads a fear with a clause as a BELIEF, even where the tagger takes "fear" for a noun', () => {
    expect(statementsOf('Republicans fear that the party will split over trade.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the party will split over trade', speaker: 'Republicans' },
    ]);
  });

  it('reads "wants to …" as a BELIEF whose content is the infinitive', () => {
    expect(statementsOf('Governor Ellen Park wants to win the House back.')).toEqual([{ act: 'BELIEF', kind: 'INDIRECT', text: 'to win the House back', speaker: 'Ellen Park' }]);
  });

  it('keeps a belief reported inside a statement part of it: "said she hoped to …" is one statement', () => {
    expect(statementsOf('Senator Ellen Park said she hoped to keep her seat.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she hoped to keep her seat', speaker: 'Ellen Park' },
    ]);
  });

  it('reads a hope alone as a BELIEF with the infinitive as content', () => {
    expect(statementsOf('Senator Ellen Park hoped to keep her seat.')).toEqual([{ act: 'BELIEF', kind: 'INDIRECT', text: 'to keep her seat', speaker: 'Ellen Park' }]);
  });

  it('keeps a passive or a modal stance out: "was supported by", "would support"', () => {
    expect(statementsOf('The plan was supported by Senator Ellen Park. Senator Tom Reyes would support it too.')).toEqual([]);
  });

  it('reads a poll as EVIDENCE, spoken for by the organization that ran it', () => {
    const text = 'Headline of the day\n\nA new Quinnipiac University poll shows Park leading by four points.\n';
    const facts = extract(text);
    const [statement] = facts.statements;
    const speaker = facts.entities.find((entity) => entity.key === statement.speakerKey);
    expect([statement.act, statement.text, statement.speakerMention?.text, speaker?.name]).toEqual(['EVIDENCE', 'Park leading by four points', 'A new Quinnipiac University poll', 'Quinnipiac University']);
  });

  it('reads "…, exit polls show." closing a sentence as EVIDENCE for the clause before it', () => {
    expect(statementsOf('Voters in both states backed the tax, exit polls show.')).toContainEqual({ act: 'EVIDENCE', kind: 'INDIRECT', text: 'Voters in both states backed the tax', speaker: 'exit polls' });
  });

  it('keeps a plural source with its prepositional phrase: "Senators from both parties"', () => {
    expect(statementsOf('Senators from both parties said the bill would pass.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the bill would pass', speaker: 'Senators from both parties' },
    ]);
  });

  it('keeps an unnamed source with what qualifies it: "Two people familiar with the matter", "officials briefed on the talks"', () => {
    for (const source of ['Two people familiar with the matter', 'People familiar with the plans', 'Three officials briefed on the talks', 'Sources close to the mayor']) {
      expect(statementsOf(`${source} said the harbor deal could be signed next week.`)).toEqual([
        { act: 'SPEECH', kind: 'INDIRECT', text: 'the harbor deal could be signed next week', speaker: source },
      ]);
    }
  });

  it('reads "X, both clubs said on Monday, ending …" as the clause before the attribution, spoken by both clubs', () => {
    expect(statementsOf('The clubs agreed a fee for the striker, both clubs said on Monday, ending weeks of talks.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The clubs agreed a fee for the striker', speaker: 'both clubs' },
    ]);
  });

  it('gives a refusal to speak no statement: "declined to comment", "refused to say whether …"', () => {
    expect(statementsOf('Mayor Ada Lind declined to comment. Her deputy refused to say whether the harbor would open in May.')).toEqual([]);
  });

  it("lets an organization no table knows speak through its phrase: \"Vilanova's board said\"", () => {
    expect(statementsOf('Vilanova’s board said the stadium would be sold.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the stadium would be sold', speaker: 'Vilanova’s board' },
    ]);
  });

  it('lets a share of people speak unnamed: "Sixty percent said …"', () => {
    expect(statementsOf('Sixty percent said the tax was too high.')).toEqual([{ act: 'SPEECH', kind: 'INDIRECT', text: 'the tax was too high', speaker: 'Sixty percent' }]);
  });

  it('reads "X, she said, Y" as one statement around the attribution', () => {
    expect(statementsOf('Most of the new routes, she said, will open in the spring.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'Most of the new routes, she said, will open in the spring', speaker: 'she' },
    ]);
  });

  it('takes any phrase after "according to" as the source: "according to state law"', () => {
    expect(statementsOf('According to state law, no one may campaign within 150 feet of a polling place.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'no one may campaign within 150 feet of a polling place', speaker: 'state law' },
    ]);
  });

  it('reads "X, according to Y, was Z" as the whole sentence around the attribution', () => {
    expect(statementsOf('The real cause, according to the union, was a shortage of drivers.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The real cause, according to the union, was a shortage of drivers', speaker: 'the union' },
    ]);
  });

  it('ends a characterization with its quotation: "calling it “reckless” and vowing …"', () => {
    expect(statementsOf('Senator Ellen Park attacked the budget on Monday, calling it “reckless” and vowing to block it.')).toContainEqual(
      { act: 'SPEECH', kind: 'MIXED', text: 'it “reckless”', speaker: 'Ellen Park' },
    );
  });

  it('gives a described speaker the words from the description to the name: "Her adviser, Jake Sullivan, said"', () => {
    expect(statementsOf('Her senior adviser, Jake Sullivan, said the talks would resume.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the talks would resume', speaker: 'Her senior adviser, Jake Sullivan' },
    ]);
  });

  it('gives a relative clause\'s speaker the words from the name to "who"', () => {
    expect(statementsOf('The fund is run by Ellen Park, who said the returns were modest.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the returns were modest', speaker: 'Ellen Park, who' },
    );
    // A description before "who" speaks too; a request for anonymity there is no statement of its own.
    expect(statementsOf('The mayor met two senators from the north, who said the ferry would be funded.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry would be funded', speaker: 'two senators from the north, who' },
    );
    expect(statementsOf('A diplomat, who asked not to be named, said the talks had stalled.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the talks had stalled', speaker: 'A diplomat' },
    ]);
  });

  it('reads a transcript turn ("HOST: …") as the labelled speaker\'s words to the end of the paragraph', () => {
    expect(statementsOf('JANE HOLT: Do you think the senator has campaigned well?')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'Do you think the senator has campaigned well?', speaker: 'JANE HOLT' },
    ]);
  });
  it('ends a mixed quotation at `,” adding that …` and gives the addition its own statement, by the same speaker', () => {
    expect(statementsOf('Moreno said the fees were “fair and final,” adding that the board had voted twice.')).toMatchObject([
      { act: 'SPEECH', text: 'the fees were “fair and final,”', speaker: 'Moreno' },
      { act: 'SPEECH', text: 'the board had voted twice', speaker: 'Moreno' },
    ]);
  });

  it('reads ", warning that …" as a speech act even where the tagger reads "warning" as a noun', () => {
    expect(statementsOf('Moreno said the fees would stay, warning that the ferry line could close in May.')).toMatchObject([
      { text: 'the fees would stay', speaker: 'Moreno' },
      { text: 'the ferry line could close in May', speaker: 'Moreno' },
    ]);
  });

  it('follows a quotation of several sentences to its closing mark', () => {
    expect(statementsOf('Moreno told the council that “the harbor is open. The ferry runs on time. Nobody should worry,” before she left.')).toMatchObject([
      { text: 'the harbor is open. The ferry runs on time. Nobody should worry', speaker: 'Moreno' },
    ]);
  });

  it('gives a coordinated or participle cue the subject of the clause before it, not the noun before the comma', () => {
    expect(statementsOf('The governor shook hands with the crew, and then said the harbor would reopen in June.')).toMatchObject([
      { text: 'the harbor would reopen in June', speaker: 'The governor' },
    ]);
    expect(statementsOf('Governor Ilse Brandt toured the harbor in Port Wexley on Tuesday, praising the workers for their speed.')).toMatchObject([
      { act: 'APPRAISAL', speaker: 'Ilse Brandt' },
    ]);
  });
  it('ends an appraisal\'s target before "and" opens the next act of its subject ("praised the plan and said …")', () => {
    expect(statementsOf('Governor Tom Reed praised the harbor plan and said the port would reopen in May.')).toMatchObject([
      { act: 'APPRAISAL', text: 'the harbor plan', speaker: 'Tom Reed' },
      { act: 'SPEECH', text: 'the port would reopen in May', speaker: 'Tom Reed' },
    ]);
  });
  it('reads "at least …" after a closing cue as its content, not as a circumstance of the act', () => {
    expect(statementsOf('Late on Friday, as the parade went by, the Wexley Courier reported at least six boats had left the harbor.')).toMatchObject([
      { text: 'at least six boats had left the harbor' },
    ]);
  });

  it('reads past a participle and its time to the subject ("A report published Wednesday said …")', () => {
    expect(statementsOf('A harbor report published Wednesday said the ferry fees would double.')).toMatchObject([
      { act: 'EVIDENCE', text: 'the ferry fees would double', speaker: 'A harbor report' },
    ]);
  });
  it('reads "say" after a share of people as the verb the tagger took for a noun ("About 4 in 10 say …")', () => {
    expect(statementsOf('About 4 in 10 say they want the harbor fees cut before the summer.')).toMatchObject([
      { text: 'they want the harbor fees cut before the summer', speaker: 'About 4 in 10' },
    ]);
  });
  it('keeps an appraisal\'s reason and adjectives in its target, and leaves its time out', () => {
    expect(statementsOf('Governor Tom Reed praised the harbor board for acting fast.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor board for acting fast' }]);
    expect(statementsOf('Governor Tom Reed condemned the reckless, costly plan of the harbor board.')).toMatchObject([{ act: 'APPRAISAL', text: 'the reckless, costly plan of the harbor board' }]);
    expect(statementsOf('Governor Tom Reed praised the harbor plan last Friday.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor plan' }]);
  });
  it('ends an appraisal\'s target where "and" opens a clause with a subject of its own ("accused X of Y, and the party said …")', () => {
    expect(statementsOf('Senator Ana Ruiz accused the harbor board of "wasting public money," and the board said it would answer on Monday.')).toMatchObject([
      { act: 'APPRAISAL', text: 'the harbor board of "wasting public money,"', speaker: 'Ana Ruiz' },
      { act: 'SPEECH', text: 'it would answer on Monday', speaker: 'the board' },
    ]);
  });
  it('reads "is thanking", "is saying" as active: the subject is the source, not a passive with none', () => {
    expect(statementsOf('Mayor Ada Lind is thanking the volunteers for their work. Lind is saying that the harbor will reopen in May.')).toMatchObject([
      { act: 'APPRAISAL', text: 'the volunteers for their work', speaker: 'Ada Lind' },
      { act: 'SPEECH', text: 'the harbor will reopen in May', speaker: 'Lind' },
    ]);
  });
  it('reads past a phrase of time or manner between the subject and its verb ("Lind at the time said", "Reed, by contrast, wrote")', () => {
    expect(statementsOf('Mayor Ada Lind at the time said the harbor fees were fair.')).toMatchObject([{ text: 'the harbor fees were fair', speaker: 'Ada Lind' }]);
    expect(statementsOf('Governor Tom Reed, by contrast, wrote that the fees would ruin the harbor.')).toMatchObject([{ text: 'the fees would ruin the harbor', speaker: 'Tom Reed' }]);
    expect(statementsOf('Officials in Port Wexley said the harbor would close.')).toMatchObject([{ speaker: 'Officials in Port Wexley' }]);
  });
  it('counts no statement inside a condition ("If Lind says …", "… unless the board announces …"): a hypothetical, as the guide has it', () => {
    expect(statementsOf('If Mayor Ada Lind says the harbor plan is dead, the council will vote again.')).toEqual([]);
    expect(statementsOf('The council will vote again unless the harbor board announces a delay.')).toEqual([]);
    expect(statementsOf('If Governor Tom Reed blasts the harbor plan, the mayor will resign.')).toEqual([]);
    // A condition inside what was said is still said; a fronted "If elected," ends before the speaker.
    expect(statementsOf('Mayor Ada Lind said that if the bill passes, she would sign it.')).toMatchObject([{ text: 'if the bill passes, she would sign it', speaker: 'Ada Lind' }]);
  });
  it('reads "called" between a noun and a name with a verb of its own as naming, not speech ("A group called Citizens First sued …")', () => {
    expect(statementsOf('A group called Citizens for Fair Pay sued the harbor board on Monday.')).toEqual([]);
    expect(statementsOf('The senator called Tom Reed a coward on Monday.')).toMatchObject([{ act: 'APPRAISAL', text: 'Tom Reed a coward' }]);
  });
  it('reads a negation the same with either apostrophe ("didn’t say" as "didn\'t say"): a refusal, no statement', () => {
    expect(statementsOf('Mayor Ada Lind didn’t say when the harbor would open.')).toEqual([]);
    expect(statementsOf("Mayor Ada Lind didn't say when the harbor would open.")).toEqual([]);
  });
  it('skips a quoted show title between the cue and "that" ("said on “Meet the Press” that …")', () => {
    expect(statementsOf('Mayor Ada Lind said on “Harbor Week With Tom Reed” that she would look at the bill.')).toMatchObject([{ text: 'she would look at the bill', speaker: 'Ada Lind' }]);
  });
  it('reads no target in the manner of an act ("said pleasantly into the phone"), and keeps the topic of "spoke highly of …"', () => {
    const found = statementsOf('“We are calling from the harbor board. How are you today?” Ada Lind, a volunteer, said pleasantly into the phone.');
    expect(found.some((statement) => statement.text.startsWith('pleasantly'))).toBe(false);
    expect(statementsOf('Mayor Ada Lind spoke highly of the harbor volunteers.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor volunteers', speaker: 'Ada Lind' }]);
  });
  it('attributes a quoted question to the speaker after it when an aside describes them (`“…?” Ada Lind, a volunteer, said.`)', () => {
    expect(statementsOf('“Who are they?” Ada Lind, a retired harbor pilot, said.')).toMatchObject([{ kind: 'DIRECT', text: 'Who are they?', speaker: 'Ada Lind' }]);
  });
  it('never reports the aside that describes the speaker (`“…” Ada Lind, a volunteer, said.`)', () => {
    const found = statementsOf('“The harbor is fine.” Ada Lind, a volunteer, said.');
    expect(found.some((statement) => /volunteer/.test(statement.text))).toBe(false);
  });
  it('keeps a negated belief, with either apostrophe, while a negated speech verb reports nothing', () => {
    expect(statementsOf('Mayor Ada Lind doesn’t want the harbor to close.')).toMatchObject([{ act: 'BELIEF', text: 'the harbor to close', speaker: 'Ada Lind' }]);
    expect(statementsOf('Mayor Ada Lind does not fear a strike at the harbor.')).toMatchObject([{ act: 'BELIEF', speaker: 'Ada Lind' }]);
    expect(statementsOf('Mayor Ada Lind didn’t say when the harbor would open.')).toEqual([]);
  });
  it('reads the speaker of "…, Ada Lind, the mayor, said." past the description after the name', () => {
    expect(statementsOf('The harbor will reopen in May, Ada Lind, the mayor of Port Wexley, said on Monday.')).toMatchObject([{ text: 'The harbor will reopen in May', speaker: 'Ada Lind' }]);
  });
  it('reads "according to" inside a sentence: the whole clause it interrupts, or the main clause after a fronted one', () => {
    expect(statementsOf('Harbor Corp receives, according to one report, $234 million in contracts from the city.')).toMatchObject([
      { text: 'Harbor Corp receives, according to one report, $234 million in contracts from the city' },
    ]);
    expect(statementsOf('While most of the files were marked confidential, according to a city official, two were marked secret.')).toMatchObject([
      { text: 'two were marked secret', speaker: 'a city official' },
    ]);
  });
  it('reads "according to" after a dash, and a source phrase with a quoted name in it', () => {
    expect(statementsOf('In 2014, the harbor had 115 accidents — including fires and floods — according to the port authority.')).toMatchObject([
      { text: 'In 2014, the harbor had 115 accidents — including fires and floods', speaker: 'the port authority' },
    ]);
    expect(statementsOf('The plan would cost $1.4 billion a year, according to the "Harbor for all" document she released.')).toMatchObject([
      { text: 'The plan would cost $1.4 billion a year', speaker: 'the "Harbor for all" document she released' },
    ]);
  });
  it('keeps what an appraisal calls its target in the target ("cited Harbor Corp as the likely buyer"), but not a clause of time ("as she left")', () => {
    expect(statementsOf('Mayor Ada Lind cited Harbor Corp as the most likely buyer.')).toMatchObject([{ act: 'APPRAISAL', text: 'Harbor Corp as the most likely buyer', speaker: 'Ada Lind' }]);
    expect(statementsOf('Mayor Ada Lind praised the harbor plan as she left the port.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor plan', speaker: 'Ada Lind' }]);
  });
  it('keeps the examples of an appraisal\'s target in it ("cited several factors, including …")', () => {
    expect(statementsOf('Mayor Ada Lind cited several factors for the low turnout, including new rules at the polls.')).toMatchObject([
      { act: 'APPRAISAL', text: 'several factors for the low turnout, including new rules at the polls', speaker: 'Ada Lind' },
    ]);
  });
  it('reads a cue word after a year as a noun ("in a September 16, 2012 email to officials")', () => {
    expect(statementsOf('“The harbor is great!” Ada Lind wrote in a September 16, 2012 email to city officials.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor is great!', speaker: 'Ada Lind' },
    ]);
  });
  it('keeps a list of noun phrases whole in an appraisal\'s target, and ends it at a comma before a new clause', () => {
    expect(statementsOf('Mayor Ada Lind attacked harbor workers, lawmakers, and planners for opposing the plan.')).toMatchObject([
      { act: 'APPRAISAL', text: 'harbor workers, lawmakers, and planners for opposing the plan', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Mayor Ada Lind criticized the harbor board, and Tom Holt left the room.')).toMatchObject([{ act: 'APPRAISAL', text: 'the harbor board' }]);
  });
  it('reads a verb\'s -s form after a preposition or before a past-tense verb as a plural noun ("gave money to states and then states doled it out")', () => {
    expect(statementsOf('The city gave money to states and then states doled it out to the groups.')).toEqual([]);
  });

  it('reads a capitalized name ending in -ly before the cue as the speaker, not as a manner adverb ("…, Jolly said")', () => {
    expect(statementsOf('Ada Jolly, the board\'s chair, spoke on Monday. The ferry will run again in May, Jolly said.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Jolly', text: 'The ferry will run again in May' },
    ]);
  });
  it('reads an inverted attribution whose name has its role before it ("…, the union\'s spokesman Tom Holt said")', () => {
    expect(statementsOf('Given the storm, the ferry will carry more weight, the union\'s spokesman Tom Holt said.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Tom Holt', text: 'Given the storm, the ferry will carry more weight' },
    ]);
  });

  it('reports no opening participle phrase as what was said ("Following a town hall meeting …, Lind boasted to reporters …")', () => {
    const found = statementsOf('Mayor Ada Lind toured the harbor on Monday. Following an animated town hall meeting in Elm Hill last week, Lind boasted to reporters of her organization - "the best in the state" - and stressed the state\'s importance to her prospects.');
    expect(found.map((statement) => statement.text)).not.toContain('Following an animated town hall meeting in Elm Hill last week');
    // Nor the sentence around "agreed" as a parenthesis when a participle follows it.
    expect(statementsOf('Weighing in on the vote, former Elm Hill Mayor Ada Lind agreed, praising the harbor board as "one of the most gifted boards that we\'ve got."')).toEqual([
      { act: 'APPRAISAL', kind: 'MIXED', speaker: 'Ada Lind', text: 'the harbor board as "one of the most gifted boards that we\'ve got."' },
    ]);
  });
  it('attributes a quotation after it past an inner quotation closing with it and a relative clause with its own cue', () => {
    expect(statementsOf('“The answer you want is, ‘I’m for the toll, darn it,’” Tom Holt, who has proposed a toll, said at the time.')).toContainEqual(
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'The answer you want is, ‘I’m for the toll, darn it,’' },
    );
    expect(statementsOf('“The answer is no,” Tom Holt, who said last week that he would vote, told reporters.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'The answer is no' },
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Tom Holt, who', text: 'he would vote' },
    ]);
  });
  it('reads no reported clause when the verb after a speech cue belongs to a clause joined by ", and" or ", but" ("had pledged to back the nominee, but sounded equivocal")', () => {
    expect(statementsOf('Governor Tom Holt had pledged to back the party nominee, but sounded equivocal this week.')).toMatchObject([
      { speaker: 'Tom Holt', text: 'to back the party nominee' },
    ]);
  });
  it('keeps a date that modifies a noun in an appraisal\'s target ("denied any role in the Sept. 11, 2001, attacks"), without the comma after it', () => {
    expect(statementsOf('Mayor Ada Lind denied any role in the Sept. 11, 2001, attacks, and the harbor board never accused her of complicity.')).toContainEqual(
      { act: 'APPRAISAL', kind: 'INDIRECT', speaker: 'Ada Lind', text: 'any role in the Sept. 11, 2001, attacks' },
    );
    expect(statementsOf('The machinists union endorsed her last summer.')).toMatchObject([{ text: 'her' }]);
  });
  it('leaves the name of whom it was told out of what was told ("told MSNBC his involvement would …"), but not a noun it modifies', () => {
    expect(statementsOf('Senator Tom Holt told MSNBC his vote would depend on the harbor plan.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Tom Holt', text: 'his vote would depend on the harbor plan' },
    ]);
    expect(statementsOf('Senator Tom Holt told the AP the ferry would run.')).toMatchObject([{ text: 'the ferry would run' }]);
    // A name that modifies the audience's noun is not the audience itself: no content opening on "gathering".
    const [told] = statementsOf('Mayor Ada Lind told a Harbor Union gathering in Elm Hill she will protect the ferry.');
    expect(told.text).toMatch(/she will protect the ferry$/);
    expect(told.text).not.toMatch(/^gathering/);
  });
  it('reads a quantifier alone after a subordinating conjunction as the subject ("…, while another says …")', () => {
    expect(statementsOf('One ranking puts Elm Hill first, while another says the harbor towns have twice as many.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'another', text: 'the harbor towns have twice as many' },
    );
  });
  it('reads a programme title quoted right after "told" as whom it was told, not as a quotation ("told “Harbor Hour,” reminding …")', () => {
    expect(statementsOf('“Of course the ferry is fair game. It is a public service,” Ada Lind told “Harbor Hour,” reminding the hosts that the tolls had doubled.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Ada Lind', text: 'Of course the ferry is fair game. It is a public service' },
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Ada Lind', text: 'the tolls had doubled' },
    ]);
  });
  it('leaves whom it was reminded, assured or promised out of what they were told ("reminded jurors that …")', () => {
    expect(statementsOf('Judge Ada Lind reminded jurors that they must decide the case on the evidence.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', speaker: 'Ada Lind', text: 'they must decide the case on the evidence' },
    ]);
  });
  it('finds the cue after a quotation past a long apposition of its speaker', () => {
    expect(statementsOf('“Very good reporter, very good reporter this guy,” Tom Holt, the harbor board\'s chairman and the current leader in the ferry polls by a wide margin after winning the Elm Hill primaries last spring, said when a reporter asked him a question.')).toContainEqual(
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'Very good reporter, very good reporter this guy' },
    );
  });

  it('reads the clause before an inverted cue when only manner or circumstance follows it ("…, Lind said quietly as …", "said of the vote")', () => {
    expect(statementsOf('The harbor plan is dead, Susan Lind said matter-of-factly.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The harbor plan is dead', speaker: 'Susan Lind' },
    ]);
    expect(statementsOf('The ferry vote was rigged, Susan Lind said quietly as the crowd cheered.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The ferry vote was rigged', speaker: 'Susan Lind' },
    ]);
    expect(statementsOf('The ferry vote was rigged, Susan Lind said of the primary.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The ferry vote was rigged', speaker: 'Susan Lind' },
    ]);
    // "as many as" and "about 30" open content; "recently" goes on to it.
    expect(statementsOf('Susan Lind said as many as 30 ferries were late.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'as many as 30 ferries were late', speaker: 'Susan Lind' },
    ]);
    expect(statementsOf('Susan Lind said recently the harbor would close.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the harbor would close', speaker: 'Susan Lind' },
    ]);
  });

  it('finds the cue after a quotation past a short quotation inside the apposition ("Tom Holt, wearing “Ferry First” pins, said")', () => {
    expect(statementsOf('“We have had better summers than this one,” Tom Holt, a delegate wearing “Ferry First” pins, said.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', speaker: 'Tom Holt', text: 'We have had better summers than this one' },
    ]);
  });

  it('gives the words of "attorneys for X", "aides to X", "a spokesman for X" to the people the noun names, not to X', () => {
    expect(statementsOf('Attorneys for Ada Lind said the ferry ruling was wrong.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry ruling was wrong', speaker: 'Attorneys for Ada Lind' },
    ]);
    expect(statementsOf('Aides to Tom Reed said he would not run for the harbor board.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'he would not run for the harbor board', speaker: 'Aides to Tom Reed' },
    ]);
    expect(statementsOf('A spokesman for Tom Reed said the ferry would sail on Monday.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry would sail on Monday', speaker: 'A spokesman for Tom Reed' },
    ]);
    // A name with its own body after "of" still speaks.
    expect(statementsOf('Tom Reed of the Harbor Board said the ferry was late.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry was late', speaker: 'Tom Reed' },
    ]);
  });

  it('reads an act reported as not done as negated, the negation in its cue, and words not said as no statement', () => {
    const found = extract('Headline of the day\n\nMayor Ada Lind did not mention Tom Holt in her ferry speech. Tom Holt never wanted the ferry to close. Lind did not say how many ferries would sail.\n').statements;
    expect(found.map((statement) => ({ act: statement.act, cue: statement.cue, negated: statement.negated, text: statement.text }))).toEqual([
      { act: 'APPRAISAL', cue: 'did not mention', negated: true, text: 'Tom Holt' },
      { act: 'BELIEF', cue: 'never wanted', negated: true, text: 'the ferry to close' },
    ]);
    // The same acts, not negated.
    expect(extract('Headline of the day\n\nTom Holt wanted the ferry to close.\n').statements.map((statement) => [statement.cue, statement.negated])).toEqual([['wanted', false]]);
  });

  it('reads a relative clause with no commas as part of its subject: "Voters who back the ferry plan said", "a voter who supports Holt said"', () => {
    expect(statementsOf('Voters who back the ferry plan said the fares were too high.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the fares were too high', speaker: 'Voters who back the ferry plan' },
    ]);
    // The act inside the clause ends where the main clause goes on.
    expect(statementsOf('A harbor pilot who supports Tom Holt said the ferry was late.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'Tom Holt', speaker: 'A harbor pilot who' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry was late', speaker: 'A harbor pilot who supports Tom Holt' },
    ]);
    // The mention is the evidence, relative pronoun and all; the description reads as a reader would say it.
    expect(extract('Headline of the day\n\nA harbor pilot who supports Tom Holt said the ferry was late.\n').statements.map((statement) => statement.speakerDescription))
      .toEqual(['A harbor pilot', 'A harbor pilot who supports Tom Holt']);
    expect(statementsOf('Groups that endorsed Ada Lind last year want a recount.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'a recount', speaker: 'Groups that endorsed Ada Lind' },
    ]);
  });

  it('reads "Outside court," opening a sentence as where it was said, not as the speaker (the tagger calls "Outside" an adjective)', () => {
    expect(statementsOf("Outside court, the ferry captain's sister, Ada Lind, told reporters that her brother was innocent.")).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'her brother was innocent', speaker: "the ferry captain's sister, Ada Lind" },
    ]);
    // "Outside groups" are people: the adjective describes them.
    expect(statementsOf('Outside groups, including the Harbor Fund, said the ferry vote was rigged.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry vote was rigged', speaker: 'Outside groups' },
    ]);
  });
  it('gives the words of what a source sent or ran to the source: "sent out a text message to supporters saying", "placed newspaper ads calling"', () => {
    expect(statementsOf('Her campaign sent out a text message to supporters saying: "We won the harbor vote tonight."')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'We won the harbor vote tonight.', speaker: 'Her campaign' },
    ]);
    expect(statementsOf('The ferry union placed national newspaper ads calling the deal a "$25 billion mistake."')[0])
      .toMatchObject({ text: 'the deal a "$25 billion mistake."', speaker: 'The ferry union' });
    // Money spent on ads is no issuer: "was spent on ads attacking Holt" names no source.
    expect(statementsOf('More than $800,000 was spent on ads attacking Tom Holt.').map((statement) => statement.speaker)).not.toContain('More than $800,000');
  });

  it('reads where words were given between subject and verb as no part of the subject: "Jeb Bush in a Medium post said", "Lind, in a Medium post, said"', () => {
    for (const sentence of ['Mayor Ada Lind in a Medium post said the ferry would run.', 'Mayor Ada Lind, in a Medium post, said the ferry would run.', 'Mayor Ada Lind in an interview with CNN said the ferry would run.']) {
      expect(statementsOf(sentence)).toEqual([{ act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry would run', speaker: 'Ada Lind' }]);
    }
    // A time or place of the subject's own is not skipped for a name in it.
    expect(statementsOf('Ada Lind, who lost her ferry in Aurora, Colorado, in July 2012, said the harbor was unsafe.')[0]).toMatchObject({ speaker: 'Ada Lind' });
  });

  it('reads a description apposed to a description as describing the subject: "The former Heisman Trophy winner, now a guest speaker, endorsed Holt"', () => {
    expect(statementsOf('The former Heisman Trophy winner, now a guest speaker who travels around the country, endorsed Tom Holt.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Tom Holt', speaker: 'The former Heisman Trophy winner' },
    ]);
    // An act aimed at a target never inverts: the name after "endorsed" is the target, not the speaker.
    expect(statementsOf('The former Heisman Trophy winner, now a guest speaker, endorsed Tom Holt.').map((statement) => statement.speaker)).not.toContain('Tom Holt');
  });
  it('keeps the reason an appraisal gives, gerund and all, and ends it at a participle after a quotation\'s comma ("mocked Holt for calling himself the “king of debt,” noting …")', () => {
    expect(statementsOf('Mayor Ada Lind mocked Tom Holt for calling himself the “king of debt,” noting that the ferry debt would rise.')).toEqual([
      { act: 'APPRAISAL', kind: 'MIXED', text: 'Tom Holt for calling himself the “king of debt,”', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry debt would rise', speaker: 'Ada Lind' },
    ]);
  });

  it('reads the subject of a passive appraisal as its target when only a time follows the agent ("Holt was criticized by Lind on Monday")', () => {
    expect(statementsOf('Tom Holt was criticized by Ada Lind on Monday.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Tom Holt', speaker: 'Ada Lind' },
    ]);
  });
  it('ends a characterization with its last quotation when only the object\'s words stand between ("called Holt\'s “claim of right” over her emails “disturbing”")', () => {
    expect(statementsOf('Mayor Ada Lind called Tom Holt\'s assertion of a “claim of right” over her recovered emails “significant and disturbing.”')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', text: 'Tom Holt\'s assertion of a “claim of right” over her recovered emails “significant and disturbing.”', speaker: 'Ada Lind' },
    ]);
    // A clause between the quotations ends it at the first.
    expect(statementsOf('Mayor Ada Lind called it “disqualifying” and said “the harbor” was hers.')[0]).toMatchObject({ text: 'it “disqualifying”' });
  });
  it('reads the clause "as X said" compares to as what was said: "The ferry is late, as Lind said", "— as researchers believe —", "not as late as insiders believe"', () => {
    expect(statementsOf('The ferry is late again, as Mayor Ada Lind said on Monday.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'The ferry is late again', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('If the harbor board is indeed hiding the losses — as many researchers believe — the ferry will close.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'If the harbor board is indeed hiding the losses', speaker: 'many researchers' },
    ]);
    expect(statementsOf('The ferry numbers are not as bad as most insiders believe.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'The ferry numbers are not as bad', speaker: 'most insiders' },
    ]);
    // "as" of time reports nothing; a clause that goes on after "and as X noted," is what X noted.
    expect(statementsOf('Tom Holt rode the will of the crowd as he replied.')).toEqual([]);
    expect(statementsOf('Pilots can still get in trouble, and as Ada Lind noted, the ferry crews could still be fined.')[0]).toMatchObject({ text: 'the ferry crews could still be fined' });
  });
  it('skips an aside between a belief and its "that" ("believes, for example, that …")', () => {
    expect(statementsOf('Mayor Ada Lind believes, for example, that pilots who are tired and make mistakes should be retrained.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'pilots who are tired and make mistakes should be retrained', speaker: 'Ada Lind' },
    ]);
  });
  it('ends what was said before ", but" and a clause with a subject of its own, and reads a "that" before its verb as a subject ("reveal that’s untrue")', () => {
    expect(statementsOf('Harbor pilots have argued that the ferry fees should be part of the budget, but harbor officials have pushed for an immediate cut.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry fees should be part of the budget', speaker: 'Harbor pilots' },
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'an immediate cut', speaker: 'harbor officials' },
    ]);
    // "but" and no clause of its own: still what was said.
    expect(statementsOf('Mayor Ada Lind said the ferry was late, but not by much.')[0]).toMatchObject({ text: 'the ferry was late, but not by much' });
    expect(statementsOf('Mayor Ada Lind said the ferry was safe, but two reports reveal that’s untrue.')[1]).toMatchObject({ act: 'EVIDENCE', text: 'that’s untrue' });
  });
  it('ends what was said in a relative clause opened before the speaker at the main verb ("The vote, which she has said was a mistake, was a major factor …")', () => {
    expect(statementsOf('The ferry vote, which Mayor Ada Lind has repeatedly said was a mistake, was a major factor in her defeat.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'was a mistake', speaker: 'Ada Lind' },
    ]);
  });
  it('reads a court order or lawsuit as a source, and a subject past a long aside between two dashes', () => {
    expect(statementsOf('“The harbor claim is speculative,” the order released Friday said.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor claim is speculative', speaker: 'the order' },
    ]);
    expect(statementsOf('The ferry captain -- who has been involved in a long scuffle with the harbor board over the past few weeks -- said she regretted her remarks.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she regretted her remarks', speaker: 'The ferry captain' },
    ]);
  });
  it('reads a share of a people, and people "in" a place or group, as the whole phrase ("About 40 percent of voters in Ohio said", "The people in the room said")', () => {
    expect(statementsOf('About 40 percent of voters in Ohio said the ferry was late.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry was late', speaker: 'About 40 percent of voters in Ohio' },
    ]);
    expect(statementsOf('At least half of voters in each state say the ferry is late.')[0]).toMatchObject({ speaker: 'At least half of voters in each state' });
    expect(statementsOf('The pilots in the harbor office said the ferry was late.')[0]).toMatchObject({ speaker: 'The pilots in the harbor office' });
  });
  it('reads a short title in capitals with its comma inside the marks as part of the apposition, not as a quotation closing the stretch (`the co-author of "Going Viral," about …, said`)', () => {
    const facts = extract('Headline of the day\n\nJeff Hemsley studies ferries. Hemsley, the co-author of "Going Viral," about the rapid spread of rumors, said the days of one ferry schedule are gone.\n');
    expect(facts.statements.map((statement) => [statement.speakerMention?.text, facts.entities.find((entity) => entity.key === statement.speakerKey)?.name])).toEqual([['Hemsley', 'Jeff Hemsley']]);
  });
  it('ends an "according to" source at a spaced dash, and reads the sentence around an aside between dashes (or the relative clause the aside is)', () => {
    expect(statementsOf('Most pilots - 63 percent in 2024, according to the harbor board report - still believe the ferry is safe.')).toContainEqual(
      { act: 'EVIDENCE', kind: 'INDIRECT', text: 'Most pilots - 63 percent in 2024, according to the harbor board report - still believe the ferry is safe', speaker: 'the harbor board report' },
    );
    expect(statementsOf('Many pilots - who made up 46 percent of the crews, according to a February survey - back the strike.')).toEqual([
      { act: 'EVIDENCE', kind: 'INDIRECT', text: 'who made up 46 percent of the crews', speaker: 'a February survey' },
    ]);
  });
  it('ends what was said in a subordinate clause joined by "and" at the comma before the main clause ("…, and when the AP asked Holt about it, the manager said …")', () => {
    expect(statementsOf('The ferry interview was held at the dock, and while Mayor Ada Lind said she would hold a hearing, the plan is unlikely to pass.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she would hold a hearing', speaker: 'Ada Lind' },
    ]);
  });
  it('ends what was said before "— and" a clause with its own subject, and before ", but there is …"', () => {
    expect(statementsOf('Harbor pilots insist the tide is turning their way — and the harbor board is holding talks on a narrow plan.')[0]).toMatchObject({ text: 'the tide is turning their way' });
    expect(statementsOf('The pilots have said they would support the plan, but there is growing anger in the harbor.')[0]).toMatchObject({ text: 'they would support the plan' });
    // "but it will be difficult" may still be theirs.
    expect(statementsOf('Mayor Ada Lind said it is possible to win, but it will be difficult.')[0]).toMatchObject({ text: 'it is possible to win, but it will be difficult' });
  });
  it('reads names joined by ", and", each with an apposition, as one subject led by the first ("Ada Lind, the mayor, and Tom Holt, the harbor master, said")', () => {
    const facts = extract('Headline of the day\n\nAda Lind, the mayor, and Tom Holt, the harbor master, said the ferry was late.\n');
    const [statement] = facts.statements;
    expect(statement.speakerMention?.text).toBe('Ada Lind, the mayor, and Tom Holt');
    expect(facts.entities.find((entity) => entity.key === statement.speakerKey)?.name).toBe('Ada Lind');
    // A clause before ", and" is not part of the subject.
    expect(statementsOf('Ada Lind met the press on Monday, and Tom Holt, the harbor master, said the ferry was late.')[0]).toMatchObject({ speaker: 'Tom Holt' });
  });
  it('ends what was said before ", stating …", the source\'s next act', () => {
    expect(statementsOf('Mayor Ada Lind said last week that Holt represents “harbor values,” stating during the debate that they are costly.')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', text: 'Holt represents “harbor values,”', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'they are costly', speaker: 'Ada Lind' },
    ]);
  });
  it('gives a verb after "and" the main clause\'s subject when a gerund follows "for", "before" ("hit Holt for taking money and claimed …")', () => {
    expect(statementsOf('The harbor board hit Lind for taking money and claimed that the pilots were right.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the pilots were right', speaker: 'The harbor board' },
    );
  });
  it('reads a description right after a quotation closing on its comma as its speaker, whatever noun heads it (`“…,” the neurosurgeon told reporters`)', () => {
    expect(statementsOf('“The ferry is late again,” the retired neurosurgeon told reporters in a video posted online.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry is late again', speaker: 'the retired neurosurgeon' },
    ]);
  });
  it('reads "…, predicted X" as X\'s words when a name heads the clause before the comma ("Tom Holt will win the vote easily, predicted Ada Lind, …")', () => {
    expect(statementsOf('Mayor Tom Holt will win the harbor vote easily, predicted Ada Lind, a professor hired by Holt.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'Mayor Tom Holt will win the harbor vote easily', speaker: 'Ada Lind' },
    ]);
  });
  it('reads no plural in a noun that only ends in "s" ("consensus", "awkwardness", "business"): the people of its phrase speak', () => {
    expect(statementsOf('The consensus of harbor pilots, who met on Monday, said the ferry was safe.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry was safe', speaker: 'harbor pilots' },
    ]);
  });
  it('finds the subject a participle shares through a past tense the tagger read as an adjective ("He hedged, saying …")', () => {
    expect(statementsOf('Mayor Ada Lind spoke on Monday. She hedged, saying her support would depend on the harbor plan.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'her support would depend on the harbor plan', speaker: 'She' },
    ]);
  });
  it('reads "’s" between "he" or "she" and a past participle as "has" ("She’s said she would run"), not as a passive ("she’s said to be")', () => {
    expect(statementsOf('Mayor Ada Lind spoke on Monday. She’s said she would run again. She’s said to be rich.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she would run again', speaker: 'She' },
    ]);
  });
  it('hands a quotation after a colon to a participle ("…, adding: “We will appeal.”")', () => {
    expect(statementsOf('Mayor Ada Lind called the ruling “a breach of trust,” adding: “We will appeal.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'a breach of trust', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'We will appeal.', speaker: 'Ada Lind' },
    ]);
  });
  it('keeps a list of possessed noun phrases in an appraisal\'s target ("questioned Holt\'s tactics, his judgment and his very decency")', () => {
    expect(statementsOf('Mayor Ada Lind questioned Holt’s tactics, his qualifications, his judgment and his very decency.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Holt’s tactics, his qualifications, his judgment and his very decency', speaker: 'Ada Lind' },
    ]);
  });
  it('ends what was said before "and" the source\'s next act of speech or appraisal in the cue\'s own form, but not before a belief ("said she admires him and highlighted …")', () => {
    expect(statementsOf('Mayor Ada Lind said she admires the pilots and highlighted their work on the harbor.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she admires the pilots', speaker: 'Ada Lind' },
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'their work on the harbor', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Mayor Ada Lind said she was tired of the delays and wanted a new harbor board.')[0]).toMatchObject({ text: 'she was tired of the delays and wanted a new harbor board' });
  });
  it('ends an appraisal\'s target before "and" the source\'s next act ("thanking Holt and congratulating the pilots")', () => {
    expect(statementsOf('Mayor Ada Lind spoke for an hour, thanking Tom Holt and congratulating the pilots who had finished the harbor.')).toEqual([
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'Tom Holt', speaker: 'Ada Lind' },
      { act: 'APPRAISAL', kind: 'INDIRECT', text: 'the pilots who had finished the harbor', speaker: 'Ada Lind' },
    ]);
  });
  it('reads an infinitive whose verb opens a quotation ("wanted to “go an extra step”")', () => {
    expect(statementsOf('Mayor Ada Lind spoke. That’s why she wanted to “go an extra step” to understand the pilots.')).toEqual([
      { act: 'BELIEF', kind: 'MIXED', text: 'to “go an extra step” to understand the pilots', speaker: 'she' },
    ]);
  });
  it('reads a quantifier standing alone after a quotation as an unnamed speaker (`“…,” said another.`)', () => {
    expect(statementsOf('“The ferry is late,” said one pilot. “It is always late,” said another.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry is late', speaker: 'one pilot' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'It is always late', speaker: 'another' },
    ]);
  });
  it('gives an infinitive of speech the subject that stood somewhere to speak ("stood at a town hall here to say …")', () => {
    expect(statementsOf('Mayor Ada Lind stood at a harbor meeting here to say she was leaning toward the strike.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'she was leaning toward the strike', speaker: 'Ada Lind' },
    ]);
  });
  it('reads "As reported by X, …" opening a sentence as X\'s words, as "according to X, …"', () => {
    expect(statementsOf('As first reported by the Harbor Gazette, the ferry will close in May.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the ferry will close in May', speaker: 'Harbor Gazette' },
    ]);
  });
  it('reads a sentence opening on its cue in the past tense, the speaker after it ("Said Lind, “…”", "Continued Holt: “…”")', () => {
    expect(statementsOf('Mayor Ada Lind spoke at the harbor. Said Lind, “The ferry will sail again.” Pilot Tom Holt agreed. Continued Holt: “We are ready.” Added to the list, “Harbor Nights” was a hit.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry will sail again.', speaker: 'Lind' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'We are ready.', speaker: 'Holt' },
    ]);
  });
  it('reads a noun after an object pronoun as a characterization ("called them rapists"), not a phone call ("called him yesterday", "called her mother")', () => {
    expect(statementsOf('Mayor Ada Lind called them amateurs.')).toEqual([{ act: 'APPRAISAL', kind: 'INDIRECT', text: 'them amateurs', speaker: 'Ada Lind' }]);
    expect(statementsOf('Mayor Ada Lind called him yesterday. Pilot Tom Holt called her mother.')).toEqual([]);
  });
  it('finds the speaker after a free relative ("…, in what Tom Holt, the harbor master, called “…”"), not the clause before it', () => {
    expect(statementsOf('The pilots held the line at the harbor, in what Tom Holt, the harbor master for the county, called “hand-to-hand combat.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'hand-to-hand combat.', speaker: 'Tom Holt' },
    ]);
  });
  it('ends what was said before "but"/"and" an auxiliary opening the source\'s next act of speech ("but did not say when")', () => {
    expect(statementsOf('Mayor Ada Lind said the ferry would sail again but did not say when.')[0]).toMatchObject({ text: 'the ferry would sail again', speaker: 'Ada Lind' });
    expect(statementsOf('Mayor Ada Lind said she likes the plan but has concerns about the cost.')[0]).toMatchObject({ text: 'she likes the plan but has concerns about the cost' });
  });
  it('keeps a quotation that opens on an imperative ("posted a message reading “Thank you, Leeds”"), which is no predicate of the sentence', () => {
    expect(statementsOf('Ada Lind posted a message on Twitter reading “Thank you, Leeds” moments after the polls closed.')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'Thank you, Leeds', speaker: 'Ada Lind' },
    ]);
  });
  it('keeps a short learned content that names something ("expressed concern", "blasted me"), not "said it"', () => {
    expect(statementsOf('Pilot Tom Holt expressed concern.')).toEqual([{ act: 'APPRAISAL', kind: 'INDIRECT', text: 'concern', speaker: 'Tom Holt' }]);
    expect(statementsOf('Mayor Ada Lind said it.')).toEqual([]);
  });
  it('reads feelings told by an adjective as beliefs ("is worried (that) …", "was frustrated with …"), not a bare "is worried"', () => {
    expect(statementsOf('The harbor board is worried the ferry could stop. Pilot Tom Holt was frustrated with the pace of the talks. Mayor Ada Lind is worried.')).toEqual([
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the ferry could stop', speaker: 'The harbor board' },
      { act: 'BELIEF', kind: 'INDIRECT', text: 'the pace of the talks', speaker: 'Tom Holt' },
    ]);
  });
  it('gives a reduced passive with no agent no speaker ("… in an interview when asked whether …"), never the phrase before it', () => {
    expect(statementsOf('Mayor Ada Lind made the remarks in an interview aired on Monday when asked whether the harbor would close.')).toEqual([]);
  });
  it('reads a surname opening a sentence as the person even where a quoted post writes it in lower case ("lind speaking")', () => {
    expect(statementsOf('Mayor Ada Lind spoke on Tuesday night. One viewer posted: lind speaking, nobody watching. Lind, speaking in Leeds, said the harbor would stay open.')).toContainEqual(
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the harbor would stay open', speaker: 'Lind' },
    );
  });
  it('resolves "he continued" to the speaker of the quotation before, not to a name inside that quotation', () => {
    const facts = extract('Harbor talks\n\nPilot Tom Holt met Mayor John Reed on Monday. Reed allowed Holt to speak first.\n\n“Mayor John Reed knows the harbor,” Holt said.\n\n“We trust the port,” he continued.\n');
    expect(facts.statements.map((statement) => [statement.speakerMention?.text, facts.entities.find((entity) => entity.key === statement.speakerKey)?.name])).toEqual([['Holt', 'Tom Holt'], ['he', 'Tom Holt']]);
  });
  it('takes a noun phrase opening its clause right before the cue as the source, whatever noun heads it ("The self-described harbor socialist said")', () => {
    expect(statementsOf('The self-described harbor socialist said he would win the ferry vote. But the veteran harbormaster has vowed to stay on.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'he would win the ferry vote', speaker: 'The self-described harbor socialist' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'to stay on', speaker: 'the veteran harbormaster' },
    ]);
    expect(statementsOf('Mayor Ada Lind gave a reason to go after the ferry board.')).toEqual([]);
  });
  it('keeps "that" when it is the reported clause\'s subject ("said that was a mistake", "said that’s what …"), not when it only opens the clause', () => {
    expect(statementsOf('Mayor Ada Lind said that was a mistake. Pilot Tom Holt said that’s what the harbor needs. The ferry board said that, in May, the harbor would close.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'that was a mistake', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'that’s what the harbor needs', speaker: 'Tom Holt' },
      { act: 'SPEECH', kind: 'INDIRECT', text: 'in May, the harbor would close', speaker: 'The ferry board' },
    ]);
  });
  it('ends an act\'s target before "and" an auxiliary with no subject, the source\'s next predicate ("… and has been a critic")', () => {
    expect(statementsOf('Pilot Tom Holt has not endorsed the harbor plan and has been a pointed critic of the board.')[0]).toMatchObject({ act: 'APPRAISAL', text: 'the harbor plan', speaker: 'Tom Holt' });
    expect(statementsOf('Mayor Ada Lind praised the harbor pilots and their union.')[0]).toMatchObject({ text: 'the harbor pilots and their union' });
  });
  it('gives the quotation paragraph to a speaker who "told his harbor audience:" (a phrase naming the audience)', () => {
    expect(statementsOf('Mayor Ada Lind told her loyal harbor audience:\n\n“The ferry will sail again in May.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The ferry will sail again in May.', speaker: 'Ada Lind' },
    ]);
  });
  it('reads the noun phrase between a quotation and its cue as the speaker, even a verb the tagger calls a noun ("“…,” the Saudis state in the white paper")', () => {
    const facts = extract('Headline of the day\n\n“The kingdom leads the fight,” the Saudis state in the white paper, which was shared with lawmakers. “We won,” a voice-over in the harbor ad states. He coined a phrase, “harbor rats,” to describe the pilots.\n');
    expect(facts.statements.map((statement) => [statement.text, statement.speakerMention?.text, statement.speakerKey])).toEqual([
      ['The kingdom leads the fight', 'the Saudis', 'country:SA'],
      ['We won', 'a voice-over in the harbor ad', null],
    ]);
  });
  it('reads past an aside between dashes right after the cue ("said — on Twitter, as it happens — that …")', () => {
    expect(statementsOf('Mayor Ada Lind said — on Twitter, as it happens — that the harbor raised $4 million that day.')).toEqual([
      { act: 'SPEECH', kind: 'INDIRECT', text: 'the harbor raised $4 million that day', speaker: 'Ada Lind' },
    ]);
  });
  it('reads a quoted sentence split by a long attribution as one statement, its longer part, when the second part goes on with a conjunction', () => {
    expect(statementsOf('“Many pilots are uncertain,” Ada Lind wrote in a statement to the Harbor Post explaining why she is running, “but most of them agree that the ferry is on the wrong course.”')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'but most of them agree that the ferry is on the wrong course.', speaker: 'Ada Lind' },
    ]);
  });
  it('ends what was said before a dash opening a clause of time or contrast ("-- even as …"), not before an aside between two dashes', () => {
    expect(statementsOf('Mayor Ada Lind said the harbor would reopen in May -- even as the ferry board counted the cost.')[0]).toMatchObject({ text: 'the harbor would reopen in May', speaker: 'Ada Lind' });
    expect(statementsOf('Mayor Ada Lind insisted pilots who refused the new rules - as some of her rivals have - were wrong.')[0]).toMatchObject({ text: 'pilots who refused the new rules - as some of her rivals have - were wrong' });
    expect(statementsOf('Pilot Tom Holt is pledging to take his case to the harbor board -- even as rival pilot Ada Lind closes the gap.')[0]).toMatchObject({ text: 'to take his case to the harbor board', speaker: 'Tom Holt' });
  });
  it('reads a curly opening mark typed where the closing one belongs (`“…,“ said Ada Lind`) as the close, in place', () => {
    const body = '“The harbor is safe,“ said Mayor Ada Lind. “Do you want the ferry back?“ she asked. He said “no” to that.';
    expect(statementsOf(body)).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'The harbor is safe', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'Do you want the ferry back?', speaker: 'she' },
      { act: 'SPEECH', kind: 'MIXED', text: '“no” to that', speaker: 'He' },
    ]);
    expect(closeMisusedOpeners(body)).toHaveLength(body.length);
  });
  it('reads no statement in whom a speaker told or addressed, and where ("told reporters at the harbor on Monday")', () => {
    expect(statementsOf('Mayor Ada Lind told reporters at the harbor on Monday. Pilot Tom Holt addresses supporters at a sports hall in Utrecht.')).toEqual([]);
  });
  it('leaves whom or what it was said of out of the quotation that follows ("said of Mr. Holt: “…”", "said about the ferry, “…”")', () => {
    expect(statementsOf('Mayor Ada Lind said of Pilot Tom Holt: “He is a harbor man through and through.” A union adviser said about the ferry, "It will sail again."')).toEqual([
      { act: 'SPEECH', kind: 'DIRECT', text: 'He is a harbor man through and through.', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'DIRECT', text: 'It will sail again.', speaker: 'A union adviser' },
    ]);
  });
});
