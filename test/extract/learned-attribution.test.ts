import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { ATTRIBUTION_FEATURES } from '../../src/extract/learned/attribution-features.js';
import { attributionModel, decodeAttributionModel, setAttributionModel } from '../../src/extract/learned/attribution-model.js';
import { CONTENT_SHAPES } from '../../src/extract/learned/attribution-spans.js';
import { encodeModel, Perceptron } from '../../src/extract/learned/perceptron.js';

/** Sentences written for these tests (never taken from PolNeAR or any article). */
const APPRAISAL = 'Senator Maria Lopez blasted Governor Tom Reed over the state budget on Tuesday.';
const NON_SPEECH = 'The embassy recalled its ambassador after the vote. The clerk ordered a taxi and left the building.';
const MIXED_ARTICLE = [
  'Mayor Ana Ruiz wrote in a letter that the bridge would close for repairs in the spring.',
  'Governor Tom Reed praised the new harbour agreement, and a recent Gallup poll shows most voters back the plan.',
  '“We will not wait for another winter,” Ruiz said. Critics accused her of ignoring the engineers.',
  'The port will reopen next week, according to the harbour authority.',
].join('\n\n');

const learnedOnly = (text: string) => {
  setAttributionModel(null);
  const rules = extract(text).statements;
  setAttributionModel(undefined);
  const all = extract(text).statements;
  return { rules, learned: all.filter((statement) => !rules.some((rule) => rule.start === statement.start && rule.end === statement.end)) };
};

describe('learned attribution model file', () => {
  it('loads the committed model, with a gate of cue lemmas', () => {
    const model = attributionModel();
    expect(model).not.toBeNull();
    expect(model!.gate.has('say')).toBe(true);
    expect(model!.perceptron.labels).toEqual([...CONTENT_SHAPES]);
  });

  it('refuses a model written for another feature set, and says how to rebuild it', () => {
    const file = encodeModel(new Perceptron([...CONTENT_SHAPES], 4), { features: 'attribution-cue-shape/0', gate: ['say'] });
    expect(() => decodeAttributionModel(file)).toThrow(/attribution-cue-shape\/0.*rebuild it/);
  });

  it('refuses a model whose labels are not the content shapes', () => {
    const file = encodeModel(new Perceptron(['NONE', 'AFTER'], 4), { features: ATTRIBUTION_FEATURES, gate: ['say'] });
    expect(() => decodeAttributionModel(file)).toThrow(/labels/);
  });
});

describe('learned attribution on invented sentences', () => {
  it('reads "X blasted Y over Z" as an appraisal by X, aimed at Y', () => {
    const [statement] = extract(APPRAISAL).statements;
    expect(statement).toMatchObject({ act: 'APPRAISAL', cue: 'blasted', speakerMention: { text: 'Maria Lopez' } });
    expect(statement.text.startsWith('Governor Tom Reed')).toBe(true);
  });

  it('finds no statement in verbs of other senses ("recalled its ambassador", "ordered a taxi")', () => {
    expect(extract(NON_SPEECH).statements).toEqual([]);
  });

  it('reads a verb of communication with an object as an appraisal of it, without the act\'s time ("expressed concern about … on Monday")', () => {
    expect(extract('Senator Ada Lind expressed concern about the harbor budget on Monday.').statements).toMatchObject([
      { act: 'APPRAISAL', cue: 'expressed', speakerMention: { text: 'Ada Lind' }, text: 'concern about the harbor budget' },
    ]);
  });

  it('gives a participle after a quotation and its attribution the attribution\'s speaker, not a word inside the quotation', () => {
    const facts = extract('Ads\n\n“We will win this harbor as we speak,” Ada Lind said, referencing a poll from May.\n');
    const lind = facts.entities.find((entity) => entity.name === 'Ada Lind')!;
    expect(facts.statements.find((statement) => statement.cue === 'referencing')).toMatchObject({ speakerKey: lind.key, text: 'a poll from May' });
  });

  it('reads a pledge with an object as an appraisal ("pledged a full review"), not a pointer ("pointed to the spot")', () => {
    expect(extract('Ada Lind pledged a full review of the ferry contracts.').statements).toMatchObject([
      { act: 'APPRAISAL', cue: 'pledged', speakerMention: { text: 'Ada Lind' }, text: 'a full review of the ferry contracts' },
    ]);
    // "pointed" stays out: its deed sense ("the referee pointed to the spot") is as common.
    expect(extract('The referee Tom Holt pointed to the spot after the foul.').statements).toEqual([]);
  });

  it('finds no statement in deeds the model proposes ("ordered a review", "voted for the bill")', () => {
    expect(extract('Mayor Bo Rask ordered a review of the harbor contracts, and Senator Ada Lind voted for the harbor bill.').statements).toEqual([]);
  });

  it('reads "is widely seen as …" as a reading nobody is named for, subject and all; the subject is no source', () => {
    const found = extract('The race is close. Mrs. Ada Lind is widely seen as far more capable of running the harbor than Mr. Tom Reed.').statements;
    expect(found.map((statement) => [statement.act, statement.speakerKey, statement.speakerMention, statement.text])).toEqual([
      ['BELIEF', null, null, 'Mrs. Ada Lind is widely seen as far more capable of running the harbor than Mr. Tom Reed'],
    ]);
  });

  it('reads a raising verb as the writer\'s reading with no speaker, subject and all ("seemed to …", "appears to be …")', () => {
    const readings = (text: string) => extract(text).statements.map((statement) => ({ act: statement.act, speaker: statement.speakerKey ?? statement.speakerMention?.text ?? null, text: statement.text }));
    expect(readings('Senator Ada Lind seemed tired of the harbor plan. The plan appears to be dead.')).toEqual([
      { act: 'BELIEF', speaker: null, text: 'Senator Ada Lind seemed tired of the harbor plan' },
      { act: 'BELIEF', speaker: null, text: 'The plan appears to be dead' },
    ]);
    // The clause starts after "but", and an aside stays with its subject.
    expect(readings('Harbor pilots, tired after a long winter, seemed unconvinced by the offer, but the mayor appeared ready to sign it.')).toEqual([
      { act: 'BELIEF', speaker: null, text: 'Harbor pilots, tired after a long winter, seemed unconvinced by the offer' },
      { act: 'BELIEF', speaker: null, text: 'the mayor appeared ready to sign it' },
    ]);
    // A relative clause between commas is an aside: the expectation's subject stands before it.
    expect(readings('Headline\n\nThe fare increase, which takes a single adult fare to $3.75, is expected to raise about $6.2 million a year for the harbor authority.')).toEqual([
      { act: 'BELIEF', speaker: null, text: 'The fare increase, which takes a single adult fare to $3.75, is expected to raise about $6.2 million a year for the harbor authority' },
    ]);
    // An empty subject leaves the clause alone; a place after "appeared" is no reading; a quoted speaker keeps her words.
    expect(readings('It appears that the harbor plan is dead.')).toEqual([{ act: 'BELIEF', speaker: null, text: 'the harbor plan is dead' }]);
    expect(readings('Senator Ada Lind appeared on a harbor radio show on Sunday.')).toEqual([]);
    expect(readings('“The plan appears to be dead,” Lind said.')).toEqual([{ act: 'SPEECH', speaker: expect.stringContaining('lind'), text: 'The plan appears to be dead' }]);
  });

  it('gives a hedged act to its subject: "seemed to feel …", "appeared to imply …" are the subject\'s own, not the writer\'s reading', () => {
    const readings = (text: string) => extract(text).statements.map((statement) => ({ act: statement.act, cue: statement.cue, speaker: statement.speakerMention?.text ?? null, text: statement.text }));
    expect(readings('Senator Ada Lind appeared to imply that the harbor plan had failed.')).toEqual([
      { act: 'SPEECH', cue: 'imply', speaker: 'Ada Lind', text: 'the harbor plan had failed' },
    ]);
    expect(readings('Senator Ada Lind spoke on Monday. She seems to feel the harbor case will be settled at the ballot box.')).toEqual([
      { act: 'BELIEF', cue: 'feel', speaker: 'She', text: 'the harbor case will be settled at the ballot box' },
    ]);
    expect(readings('Senator Ada Lind seemed to welcome the harbor plan.')).toEqual([
      { act: 'APPRAISAL', cue: 'welcome', speaker: 'Ada Lind', text: 'the harbor plan' },
    ]);
    // No act after "to": the writer's reading stays.
    expect(readings('Senator Ada Lind appeared to be tired of the harbor plan.')).toEqual([
      { act: 'BELIEF', cue: 'appeared', speaker: null, text: 'Senator Ada Lind appeared to be tired of the harbor plan' },
    ]);
  });

  it('reads no report into a passive that names or acts on its subject ("as the ministry is known, said …", "had been refused visas")', () => {
    expect(extract('In a note to harbor states, Portvale, as the harbor ministry is known, said the port was ready to host a summit in March.').statements
      .filter((statement) => statement.cue === 'known')).toEqual([]);
    expect(extract('Three of her crew had been refused visas and watched the premiere on a phone.').statements).toEqual([]);
  });

  it('gives an infinitive cue no speaker read off the phrase before it ("summoned the ambassador to explain …")', () => {
    expect(extract('The harbor ministry summoned Ambassador Tor Melby to explain the incident.').statements).toEqual([]);
  });

  it('gives a participle adjunct the subject of its clause ("… by saying that …", "After praising …, Lind …", "Having announced …, the governor …")', () => {
    const speakerOf = (text: string) => extract(text).statements.map((statement) => [statement.speakerMention?.text ?? null, statement.text]);
    expect(speakerOf('Governor Ada Lind caused a stir on Monday by saying that the harbor would close for a year.')).toEqual([['Ada Lind', 'the harbor would close for a year']]);
    expect(speakerOf('After praising the ferry plan for months, Governor Ada Lind turned against it on Monday.')).toEqual([['Ada Lind', 'the ferry plan for months']]);
    expect(speakerOf('Having announced that the harbor would close, the governor flew to Oslo.')).toEqual([['the governor', 'the harbor would close']]);
    expect(speakerOf('Promising that the harbor would reopen by May, Ada Lind walked out of the meeting.')).toEqual([['Ada Lind', 'the harbor would reopen by May']]);
  });

  it('reads a joint subject past a floating quantifier ("Lind and Holt both condemned …")', () => {
    expect(extract('Ada Lind and Tom Holt both condemned the harbor program.').statements).toMatchObject([
      { act: 'APPRAISAL', speakerMention: { text: 'Ada Lind and Tom Holt' }, text: 'the harbor program' },
    ]);
  });

  it('finds no statement in a participle naming the noun before it ("contests known as …", "a thriller titled “…”")', () => {
    expect(extract('Ada Lind won the group of contests known as Harbor Tuesday.').statements).toEqual([]);
    expect(extract('A developer known to be bullish on ferries is Tom Holt.').statements).toEqual([]);
    expect(extract('The group released a faux thriller titled “The Day of the Harbor.”').statements).toEqual([]);
  });

  it('keeps the colon after a speaker in the gate, though most colons cue nothing ("Pollsters agree - Carl Bialik: “…”")', () => {
    expect(attributionModel()!.gate.has(':')).toBe(true);
    const text = 'Headline\n\nThere was a lot shifting on the ground.\n\nPollsters agree - Tom Holt: “One of the biggest lessons was a simple one.”\n';
    expect(extract(text).statements).toMatchObject([{ kind: 'DIRECT', speakerMention: { text: 'Tom Holt' }, text: 'One of the biggest lessons was a simple one.' }]);
  });

  it('adds statements the rules miss, and never one overlapping a rule statement', () => {
    const { rules, learned } = learnedOnly(MIXED_ARTICLE);
    expect(learned.length).toBeGreaterThan(0);
    for (const statement of learned) {
      const overlapping = rules.filter((rule) => rule.start < statement.end && statement.start < rule.end);
      expect(overlapping, `learned "${statement.text}" overlaps a rule statement`).toEqual([]);
    }
  });

  it('reads a passive cue as an attribution with no source, its subject kept in the content ("… is expected to …")', () => {
    const [statement] = extract('The senator is expected to announce his run for governor on Monday.').statements;
    expect(statement).toMatchObject({ act: 'BELIEF', cue: 'expected', speakerKey: null, speakerMention: null, negated: false });
    expect(statement.text.startsWith('The senator is expected to announce his run')).toBe(true);
    // Past an apposition, and negated.
    const [negated] = extract('The harbor master, Ada Lind, a regular at the port, is not expected to attend the ferry launch.').statements;
    expect(negated).toMatchObject({ act: 'BELIEF', cue: 'is not expected', speakerKey: null, negated: true,
      text: 'The harbor master, Ada Lind, a regular at the port, is not expected to attend the ferry launch' });
  });

  it('gives a question put to the speaker ("Asked whether …, she said") no statement of its own: reported words need a source', () => {
    const statements = extract('Asked whether the harbor plan would pass, Mayor Ada Lind said she was sure of it.').statements;
    expect(statements.map((statement) => statement.cue)).toEqual(['said']);
    expect(statements[0]).toMatchObject({ speakerMention: { text: 'Ada Lind' }, text: 'she was sure of it' });
  });

  it('reads the agent of a passive cue as its source, and the content after it ("When asked by a reporter whether …")', () => {
    expect(extract('When asked by a reporter whether the ferry would run in May, Ada Lind said she did not know.').statements).toContainEqual(
      expect.objectContaining({ cue: 'asked', speakerMention: expect.objectContaining({ text: 'a reporter' }), text: 'whether the ferry would run in May' }),
    );
  });

  it('gives hearsay with no source ("was said to have …") no statement, though its content reads as an infinitive', () => {
    const text = 'The harbor board was earlier said to have sold two cranes to a shipyard in Norvik, a port town, in late 2022.';
    expect(extract(text).statements).toEqual([]);
  });

  it('never takes a time for a source, and reads past it to the subject ("a poll released last week showed", "the chairman, this past week, announced")', () => {
    expect(extract('A Harbor College poll released last week showed Ada Lind ahead in the port towns.').statements).toMatchObject([
      { act: 'EVIDENCE', speakerMention: { text: 'A Harbor College poll' }, text: 'Ada Lind ahead in the port towns' },
    ]);
    expect(extract('Ada Lind, the party chairman, this past week announced the creation of a website about the ferry.').statements).toMatchObject([
      { speakerMention: { text: 'Ada Lind' }, text: 'the creation of a website about the ferry' },
    ]);
    // A passive participle dated by its time has no source at all.
    expect(extract('The tentative harbor deal, announced Friday, would last four years.').statements).toEqual([]);
  });

  it('reports no act to come after a modal of possibility, as the rules do ("how the text should describe …")', () => {
    expect(extract('The summit ended with no agreement on how the closing text should describe the future of the harbor.').statements).toEqual([]);
    const { rules } = learnedOnly('The summit ended with no agreement on how the closing text should describe the future of the harbor.');
    expect(rules).toEqual([]);
  });

  it('reads what follows "that," as a clause, whatever aside opens it ("found that, on average in 2014, incomes grew …")', () => {
    expect(extract('Tom Holt found that, on average in 2013 and 2014, incomes for harbor workers grew more rapidly than for others.').statements).toMatchObject([
      { speakerMention: { text: 'Tom Holt' }, text: 'on average in 2013 and 2014, incomes for harbor workers grew more rapidly than for others' },
    ]);
  });

  it('reads "pointed to" a record as an appraisal of it, and "pointed to" a place as a deed', () => {
    const text = 'Headline of the day\n\nSenator Maria Lopez pointed to the governor’s record on harbor safety. The referee pointed to the spot. Lopez pointed at the sky and smiled.\n';
    expect(extract(text).statements.map((statement) => [statement.act, statement.cue, statement.speakerMention?.text])).toEqual([['APPRAISAL', 'pointed', 'Maria Lopez']]);
  });

  it('reads what is quoted, listed or unveiled as the target of an appraisal', () => {
    const text = 'Headline of the day\n\nSenator Maria Lopez quoted the harbor master’s letter. Governor Tom Reed unveiled a plan to rebuild the northern pier.\n';
    expect(extract(text).statements.map((statement) => [statement.act, statement.cue, statement.text])).toEqual([
      ['APPRAISAL', 'quoted', 'the harbor master’s letter'], ['APPRAISAL', 'unveiled', 'a plan to rebuild the northern pier'],
    ]);
  });

  it('gives a poll its act: evidence', () => {
    const poll = extract(MIXED_ARTICLE).statements.find((statement) => statement.cue === 'shows');
    expect(poll).toMatchObject({ act: 'EVIDENCE', text: 'most voters back the plan' });
  });

  it('keeps every span exact: the text is the document text at the span, with no quote marks or spaces at its ends', () => {
    const { learned } = learnedOnly(MIXED_ARTICLE);
    for (const statement of extract(MIXED_ARTICLE).statements) {
      expect(statement.text).toBe(MIXED_ARTICLE.slice(statement.start, statement.end));
      if (statement.speakerMention) expect(statement.speakerMention.text).toBe(MIXED_ARTICLE.slice(statement.speakerMention.start, statement.speakerMention.end));
    }
    for (const statement of learned) expect(statement.text).toMatch(/^[^\s"“”,][\s\S]*[^\s"“”,]$/);
  });
  it('reads "call" as an act only where it characterizes or appeals ("called Holt a liar", "called for", "called to ban"), not a phone call, "called off" or a name ("a blog, called the “Feed,”")', () => {
    const acts = (body: string) => extract(`Headline of the day\n\n${body}\n`).statements.filter((statement) => statement.cue?.startsWith('call')).map((statement) => statement.text);
    expect(acts('Mayor Ada Lind called Tom Holt a liar.')).toEqual(['Tom Holt a liar']);
    expect(acts('Mayor Ada Lind calls for tighter ferry rules.')).toEqual(['tighter ferry rules']);
    expect(acts('Harbor Corp and Tide Lines called off a $54 million ferry deal.')).toEqual([]);
    expect(acts('A year later, Mayor Ada Lind called Tom Holt.')).toEqual([]);
    expect(acts('Mayor Ada Lind called both candidates on Tuesday night.')).toEqual([]);
    expect(acts('A ferry blog, called the “Deck,” is anchored by five writers.')).toEqual([]);
  });
  it('reads the nearest source past a relative aside ("The Harbor Futures Markets, where traders bet on the outcome, show …")', () => {
    const found = extract('Headline of the day\n\nThe Harbor Futures Markets, where traders bet on the outcome, show the mayor even more likely to win.\n').statements;
    expect(found.map((statement) => statement.speakerMention?.text)).toEqual(['The Harbor Futures Markets']);
  });
});
