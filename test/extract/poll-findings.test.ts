import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** A poll named by "in" as the source of the finding around it (src/extract/poll-findings.ts), on sentences of our own. */
const statementsOf = (body: string) => {
  const facts = extract(`Headline of the day\n\n${body}\n`);
  return facts.statements.map((statement) => ({
    act: statement.act, text: statement.text, speaker: statement.speakerMention?.text ?? null, cue: statement.cue,
    organization: facts.entities.find((entity) => entity.key === statement.speakerKey)?.name ?? null,
  }));
};

describe('findings of a poll named by "in"', () => {
  it('reads "In a … poll, CLAUSE" as EVIDENCE, the organization that ran the poll speaking for it', () => {
    expect(statementsOf('In a Harbor College poll last month, Ada Lind led Tom Reyes 56 percent to 32 percent.')).toEqual([
      { act: 'EVIDENCE', text: 'Ada Lind led Tom Reyes 56 percent to 32 percent', speaker: 'a Harbor College poll', cue: 'In', organization: 'Harbor College' },
    ]);
  });

  it('reads a poll closing the clause, with what qualifies it ("released Wednesday"), and skips an opening conjunction', () => {
    expect(statementsOf('But Reyes fell to 10 percent in the latest Harbor College poll released Wednesday, a collapse after the ferry strike.')).toEqual([
      { act: 'EVIDENCE', text: 'Reyes fell to 10 percent', speaker: 'the latest Harbor College poll released Wednesday', cue: 'in', organization: 'Harbor College' },
    ]);
  });

  it('starts the finding at the clause with its own subject, and keeps the sentence whole when the poll sits in its subject', () => {
    expect(statementsOf('While Lind leads in the north, she trails Reyes in the average of port town surveys by nine points.')).toMatchObject([
      { act: 'EVIDENCE', text: 'she trails Reyes', speaker: 'the average of port town surveys' },
    ]);
    expect(statementsOf("The mayor's approval in the latest harbor survey stands at 53 percent.")).toMatchObject([
      { act: 'EVIDENCE', text: "The mayor's approval in the latest harbor survey stands at 53 percent", speaker: 'the latest harbor survey' },
    ]);
  });

  it('leaves a sentence another cue attributes to that cue ("In a poll released Monday, 40 percent said …")', () => {
    expect(statementsOf('In a poll released Monday, 40 percent of voters said they would back the ferry tax.')).toEqual([
      expect.objectContaining({ act: 'SPEECH', cue: 'said', text: 'they would back the ferry tax' }),
    ]);
  });

  it('finds nothing where a poll is only where something stands, or no clause is found', () => {
    expect(statementsOf('The names of the donors were listed in the survey.')).toEqual([]);
    expect(statementsOf('He has been leading by huge margins. In the polls, anyway.')).toEqual([]);
    expect(statementsOf('Reyes, who leads Lind in most polls, opened a campaign office.')).toEqual([]);
    expect(statementsOf('Reyes spoke to reporters in a room full of old polls and maps.').filter((statement) => statement.act === 'EVIDENCE')).toEqual([]);
    // Polls in general are no source: "has a slight lead in the polls", "is ahead in national polls".
    expect(statementsOf('Ada Lind has a slight lead in the polls.')).toEqual([]);
    expect(statementsOf('Ada Lind is still ahead in national harbor surveys.')).toEqual([]);
  });
});
