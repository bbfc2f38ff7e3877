import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** A quoted sentence standing alone after reported speech (src/extract/quote-continuations.ts), on sentences of our own. */
const statementsOf = (body: string) =>
  extract(`Headline of the day\n\n${body}\n`).statements.map((statement) => ({
    act: statement.act, kind: statement.kind, cue: statement.cue, text: statement.text, speaker: statement.speakerMention?.text ?? null,
  }));

describe('quotations that go on after reported speech', () => {
  it('gives a quoted sentence after a mixed or indirect statement to the same speaker, with its cue', () => {
    expect(statementsOf('Yet the ferry is also a “lifeline,” Ada Lind said. “That is exactly what the islands need right now.”')).toEqual([
      { act: 'SPEECH', kind: 'MIXED', cue: 'said', text: 'Yet the ferry is also a “lifeline', speaker: 'Ada Lind' },
      { act: 'SPEECH', kind: 'DIRECT', cue: 'said', text: 'That is exactly what the islands need right now.', speaker: 'Ada Lind' },
    ]);
    expect(statementsOf('Mayor Tom Reyes said the pier would reopen in May. “We owe it to the fishermen.”')).toContainEqual(
      { act: 'SPEECH', kind: 'DIRECT', cue: 'said', text: 'We owe it to the fishermen.', speaker: 'Tom Reyes' },
    );
  });

  it('leaves a quotation alone in another paragraph, after an appraisal or a belief, or when it is only a phrase', () => {
    expect(statementsOf('Mayor Tom Reyes said the pier would reopen in May.\n\nThe sign at the gate read “Closed until spring.”').map((statement) => statement.text)).toEqual(['the pier would reopen in May']);
    expect(statementsOf('Mayor Tom Reyes fears the pier will not reopen. “Closed until spring.”').filter((statement) => statement.kind === 'DIRECT')).toEqual([]);
    expect(statementsOf('Mayor Tom Reyes said the pier would reopen in May, calling it a “lifeline” for the islands.').filter((statement) => statement.kind === 'DIRECT')).toEqual([]);
  });
});
