import { describe, expect, it } from 'vitest';
import { readOutlet } from '../../src/extract/outlet.js';
import { extract } from '../../src/extract/index.js';
import { canonicalOutlet, knownOutlet } from '../../src/lexicon/outlets.js';

/** The outlet of an article given as lines, with the words that named it. */
function outletOf(...lines: string[]) {
  const text = lines.join('\n');
  const found = extract(text).outlet ?? null;
  return found && { name: found.name, evidence: text.slice(found.start, found.end) };
}

describe('outlet names', () => {
  it('writes every spelling of a listed outlet one way', () => {
    expect(['Reuters', 'REUTERS', 'Thomson Reuters', 'the reuters'].map(knownOutlet)).toEqual(['Reuters', 'Reuters', 'Reuters', 'Reuters']);
    expect(knownOutlet('The Associated Press')).toBe('Associated Press');
    expect(knownOutlet('Agence France-Presse')).toBe('AFP');
  });

  it('keeps an unlisted outlet as written, spaces collapsed', () => {
    expect(knownOutlet('Harbour Courier')).toBeUndefined();
    expect(canonicalOutlet('  Harbour   Courier ')).toBe('Harbour Courier');
  });
});

describe('the outlet a document names', () => {
  it('reads an agency tag in a dateline', () => {
    expect(outletOf('Kirby warns Pyongyang', '2024-09-07', '', 'SEOUL, Sept. 7 (Yonhap) -- John Kirby said on Thursday the U.S. is watching.'))
      .toEqual({ name: 'Yonhap', evidence: 'Yonhap' });
    expect(outletOf('Kirby warns Pyongyang', '2024-09-07', '', 'WASHINGTON (AP) — John Kirby said the U.S. is watching.'))
      .toEqual({ name: 'Associated Press', evidence: 'AP' });
  });

  it('reads the outlet of a byline, wherever its separator', () => {
    expect(outletOf('Headline here', '2024-09-07', 'By Jane Doe | AFP', '', 'Body text.')).toEqual({ name: 'AFP', evidence: 'AFP' });
    expect(outletOf('Headline here', '2024-09-07', 'By Jane Doe, Thomson Reuters', '', 'Body text.')).toEqual({ name: 'Reuters', evidence: 'Thomson Reuters' });
    expect(outletOf('Headline here', '2024-09-07', 'By REUTERS', '', 'Body text.')).toEqual({ name: 'Reuters', evidence: 'REUTERS' });
  });

  it('does not take a byline\'s section for an outlet', () => {
    expect(outletOf('Headline here', '2024-09-07', 'By Marta Quintela | Culture', '', 'Body text.')).toBeNull();
  });

  it('reads a copyright line, listed outlet or not', () => {
    expect(outletOf('Headline here', '2024-09-07', '', 'Body text.', '© 2024 The Associated Press. All rights reserved.')).toEqual({ name: 'Associated Press', evidence: 'The Associated Press' });
    expect(outletOf('Headline here', '2024-09-07', '', 'Body text.', 'Comments are closed. | © Harbour Courier 2025')).toEqual({ name: 'Harbour Courier', evidence: 'Harbour Courier' });
  });

  it('reads an agency credit closing a paragraph', () => {
    expect(outletOf('Headline here', '2024-09-07', '', '"We just don\'t know," he added. (Yonhap)')).toEqual({ name: 'Yonhap', evidence: 'Yonhap' });
  });

  it('trusts a dateline over a copyright line', () => {
    expect(outletOf('Headline here', '2024-09-07', '', 'BERLIN (Reuters) - Body text.', '© 2024 Harbour Courier')?.name).toBe('Reuters');
  });

  it('finds nothing in a text that names no outlet, and never reads the headline as one', () => {
    expect(outletOf('(Reuters) - a headline that looks like a tag', '2024-09-07', '', 'A body that names nobody.')).toBeNull();
    expect(readOutlet('', 0)).toBeNull();
  });
});
