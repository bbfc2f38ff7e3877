import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** An interview printed as "Q: …" / "A: …" paragraphs (src/extract/turns.ts), on text of our own. */
const INTERVIEW = [
  'Headline of the day',
  '',
  'Senator Ada Lind spoke to the Harbor Gazette on Monday about the ferry.',
  '',
  'Q: Have you talked to the governor about the ferry?',
  '',
  'A: Not yet, I will. We need a deal before the winter.',
  '',
  'Q: Would you back the tax?',
  '',
  'A: I would, if the money goes to the ferry.',
  '',
].join('\n');

describe('interviews', () => {
  it('gives the answers to the person the interview presents and the questions to the unnamed interviewer', () => {
    const facts = extract(INTERVIEW);
    const lind = facts.entities.find((entity) => entity.name === 'Ada Lind');
    expect(facts.statements.map((statement) => [statement.kind, statement.cue, statement.speakerMention?.text, statement.speakerKey === lind?.key ? 'Ada Lind' : statement.speakerDescription, statement.text])).toEqual([
      ['DIRECT', ':', 'Q', 'the interviewer', 'Have you talked to the governor about the ferry?'],
      ['DIRECT', ':', 'A', 'Ada Lind', 'Not yet, I will. We need a deal before the winter.'],
      ['DIRECT', ':', 'Q', 'the interviewer', 'Would you back the tax?'],
      ['DIRECT', ':', 'A', 'Ada Lind', 'I would, if the money goes to the ferry.'],
    ]);
  });

  it('gives the answers to the person the introduction names most, not to the last one it names', () => {
    const text = [
      'Q&A with Senator Ada Lind',
      '',
      'Senator Ada Lind spent Monday at the harbor, where she toured the new ferry terminal. Lind later spoke with Harbor Gazette reporter Tom Berg. Lind praised the dock workers and said Governor Rolf Dahl should fund the ferry. Here is the transcript.',
      '',
      'Q: Have you talked to the governor about the ferry?',
      '',
      'A: Not yet, I will. We need a deal before the winter.',
      '',
    ].join('\n');
    const facts = extract(text);
    const answer = facts.statements.find((statement) => statement.text.startsWith('Not yet'));
    expect(facts.entities.find((entity) => entity.key === answer?.speakerKey)?.name).toBe('Ada Lind');
  });

  it('reads "A:" as a label only in an interview, one with questions too', () => {
    const text = 'Headline of the day\n\nThe menu had two parts.\n\nA: Soups and salads, served until noon.\n';
    expect(extract(text).statements).toEqual([]);
  });
});
