import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Quotations that are only part of a clause, or only part of a split sentence, on sentences of our own. */
const statementsOf = (body: string) =>
  extract(`Headline of the day\n\n${body}\n`).statements.map((statement) => ({
    kind: statement.kind, cue: statement.cue, text: statement.text, speaker: statement.speakerMention?.text ?? null,
  }));

describe('a quotation that opens a clause going on after it', () => {
  it('keeps the rest of the clause, as a mixed statement', () => {
    expect(statementsOf('The harbour works, Ms. Ada Lind said, "are a fine example of planning" for the whole coast.')).toEqual([
      { kind: 'MIXED', cue: 'said', text: '"are a fine example of planning" for the whole coast', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('The engineers said "every test points the same way" that the bridge will hold, and the council agreed.')).toContainEqual(
      { kind: 'MIXED', cue: 'said', text: '"every test points the same way" that the bridge will hold', speaker: 'The engineers' },
    );
  });

  it('stops before when it was said, and keeps a quotation printed with two apostrophes whole', () => {
    expect(statementsOf('Mayor Tom Reyes said "the ferry will run all winter long" on Friday afternoon.')).toEqual([
      { kind: 'DIRECT', cue: 'said', text: 'the ferry will run all winter long', speaker: 'Tom Reyes' },
    ]);
    expect(statementsOf("The harbour works, Ms. Ada Lind said, ''are a fine example of planning'' for the whole coast.")).toEqual([
      { kind: 'MIXED', cue: 'said', text: "''are a fine example of planning'' for the whole coast", speaker: 'Ada Lind' },
    ]);
  });

  it('ends with the quotation when it closes on its own punctuation or another clause follows', () => {
    expect(statementsOf('Mayor Tom Reyes told reporters, "We will open the pier," and walked off the stage.').map((statement) => statement.text)).toEqual(['We will open the pier']);
    expect(statementsOf('Mayor Tom Reyes told reporters "we will open the pier in May" and walked off the stage.').map((statement) => statement.text)).toEqual(['we will open the pier in May']);
    expect(statementsOf('Mayor Tom Reyes said "we will open the pier in May" promising a party for the town.').map((statement) => statement.text)).toContain('we will open the pier in May');
  });
});

describe('a sentence split by its attribution', () => {
  it('is its longer part, even when the shorter one opens with words of the writer', () => {
    expect(statementsOf('But "the harder question," Ms. Ada Lind added, "is whether the ferry can pay its way through a second winter."')).toEqual([
      { kind: 'DIRECT', cue: 'added', text: 'is whether the ferry can pay its way through a second winter.', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Still, "the ferry has carried more people this year than in any year since it first sailed," Ms. Ada Lind said, "by far."')).toEqual([
      { kind: 'MIXED', cue: 'said', text: 'Still, "the ferry has carried more people this year than in any year since it first sailed,"', speaker: 'Ada Lind' },
    ]);
  });
});

describe('a second quotation after the attribution', () => {
  it('is a statement of its own when a second act of speech introduces it ("she said, adding, “…”")', () => {
    expect(statementsOf('"The group is not part of the campaign," Ms. Ada Lind said, adding, "We are grateful for its support."')).toEqual([
      { kind: 'DIRECT', cue: 'said', text: 'The group is not part of the campaign', speaker: 'Ada Lind' },
      { kind: 'DIRECT', cue: 'adding', text: 'We are grateful for its support.', speaker: 'Ada Lind' },
    ]);
  });
});

describe('a paragraph set off after "X said:"', () => {
  it('is the words of X though it carries no quotation marks, and the next paragraph is not', () => {
    expect(statementsOf('In a speech last July, Ms. Ada Lind said:\n\nLet no one be mistaken: the plan is a danger to the harbor, and it must be stopped.\n\nThe mayor did not answer.')).toEqual([
      { kind: 'DIRECT', cue: 'said', text: 'Let no one be mistaken: the plan is a danger to the harbor, and it must be stopped.', speaker: 'Ada Lind' },
    ]);
  });
});
