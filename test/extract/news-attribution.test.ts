import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

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
});
