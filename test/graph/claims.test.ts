import { describe, expect, it } from 'vitest';
import { claimWords, sameClaim, summarizeClaim } from '../../src/graph/claims.js';
import type { ClaimMemberRow, StatementKind } from '../../src/graph/types.js';

let nextId = 1;
/** A report of `speaker` on `day`, worded `text`. */
function report(text: string, { speaker = 1, day = '2025-03-04' as string | null, kind = 'DIRECT' as StatementKind, about = [] as number[], outlet = null as string | null, reported = undefined as string | undefined } = {}): ClaimMemberRow {
  const id = nextId++;
  return { statementId: id, claimId: 0, documentId: id, speakerId: speaker, day, kind, words: claimWords(text), aboutIds: about, reported: reported ?? day ?? '', outlet, text };
}

const FULL = 'We will not accept that critical infrastructure in the Baltic Sea is treated as a target, and those responsible will be held to account';

describe('claim words', () => {
  it('drop quote marks, case, punctuation and ellipses; read "n\'t" as "not"', () => {
    expect(claimWords('“We won’t … accept it,” she said')).toEqual(['we', 'wo', 'not', 'accept', 'it', 'she', 'said']);
    expect(claimWords("Valdés's \"peak\"")).toEqual(['valdess', 'peak']);
  });
});

describe('when two reports are one claim', () => {
  it('a quote and its trims, whatever the marks and ellipses', () => {
    expect(sameClaim(report(FULL), report('“We will not accept that critical infrastructure … is treated as a target”'))).toBe(true);
    expect(sameClaim(report(FULL), report('those responsible will be held to account'))).toBe(true);
  });

  it('a short quote held word for word by a longer one, when it says something', () => {
    expect(sameClaim(report('Inflation has peaked'), report('Inflation has peaked, but rates will stay where they are'))).toBe(true);
    expect(sameClaim(report('I think so'), report('I think so, but the talks must go on'))).toBe(false);
    // Four words and more are a trim like any other.
    expect(sameClaim(report('That is on me'), report('We were not good enough tonight, and that is on me'))).toBe(true);
  });

  it('a paraphrase with the same content words and entities', () => {
    expect(sameClaim(report('The global stockpile is empty, and every week we wait costs lives', { about: [7] }),
      report('the global cholera vaccine stockpile was empty and that every week of waiting cost lives', { kind: 'INDIRECT', about: [7] }))).toBe(true);
    expect(sameClaim(report('No one at Kaufnet will lose their job because of AI this year'),
      report('nobody at Kaufnet would lose their job to artificial intelligence this year', { kind: 'INDIRECT' }))).toBe(true);
  });

  it('never two speakers, even with one slogan', () => {
    expect(sameClaim(report('Not one step back on pensions', { speaker: 1 }), report('Not one step back on pensions', { speaker: 2 }))).toBe(false);
  });

  it('never more than two days apart, nor an unnamed source', () => {
    expect(sameClaim(report(FULL, { day: '2025-03-04' }), report(FULL, { day: '2025-03-06' }))).toBe(true);
    expect(sameClaim(report(FULL, { day: '2025-03-04' }), report(FULL, { day: '2025-03-07' }))).toBe(false);
    expect(sameClaim(report(FULL, { day: null }), report(FULL, { day: '2025-03-04' }))).toBe(false);
    expect(sameClaim(report(FULL, { speaker: null as unknown as number }), report(FULL, { speaker: null as unknown as number }))).toBe(false);
  });

  it('any word, even one that names a property of every JavaScript object', () => {
    expect(sameClaim(report('The constructor of the new bridge was paid on time'), report('the constructor of the bridge was paid on time', { kind: 'INDIRECT' }))).toBe(true);
  });

  it('not another claim of the same speaker the same day, nor its negation', () => {
    expect(sameClaim(report('Inflation has peaked, but rates will stay where they are'), report('The labour market remains remarkably tight'))).toBe(false);
    expect(sameClaim(report('we will send troops to the border'), report('we will never send troops to the border'))).toBe(false);
    expect(sameClaim(report('the U.S. would send troops to the border', { kind: 'INDIRECT' }), report('the U.S. would not send troops to the border', { kind: 'INDIRECT' }))).toBe(false);
  });
});

describe('a claim\'s summary', () => {
  it('quotes the fullest direct wording and lists outlets, the first to report first', () => {
    const members = [
      report('those responsible will be held to account', { outlet: 'AFP', reported: '2025-03-04T15:40' }),
      report('Lindqvist said the attackers would be held to account', { kind: 'INDIRECT', outlet: 'Stockholm Daily', reported: '2025-03-05T06:30' }),
      report(FULL, { outlet: 'Reuters', reported: '2025-03-04T14:05' }),
      report(FULL, { outlet: null, reported: '' }),
    ];
    expect(summarizeClaim(9, members)).toEqual({
      id: 9, speakerId: 1, kind: 'DIRECT', text: FULL, firstReported: '2025-03-04T14:05', lastReported: '2025-03-05T06:30', reportCount: 4, outlets: ['Reuters', 'AFP', 'Stockholm Daily'],
    });
  });
});
