import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { GOLD } from '../helpers.js';

const seed = readFileSync(join(GOLD, '00-seed.txt'), 'utf8');

/** Every fact of a document must point inside it, with its own words. */
function expectWellFormed(text: string): void {
  const facts = extract(text);
  for (const mention of facts.mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(0);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  const spans = new Set<string>();
  for (const statement of facts.statements) {
    expect(text.slice(statement.start, statement.end)).toBe(statement.text);
    expect(statement.end).toBeGreaterThan(statement.start);
    spans.add(`${statement.start}:${statement.end}`);
  }
  expect(spans.size).toBe(facts.statements.length);
}

describe('extraction of bad documents', () => {
  it('reads a name the tagger takes for a contraction ("Werent") without losing the document (it crashed the learned attribution)', () => {
    const text = 'Headline\n\nThe country was earlier said to have provided artillery shells to Werent, a paramilitary group, in late 2022. Officials said the shells were old.\n';
    const { statements } = extract(text);
    expect(statements.map((statement) => statement.text)).toEqual(['the shells were old']);
  });

  it('gives nothing, and no error, for empty or blank text', () => {
    for (const text of ['', '   ', '\n\n\t\n']) {
      const facts = extract(text);
      expect(facts.entities).toEqual([]);
      expect(facts.statements).toEqual([]);
    }
  });

  it('survives 10,000 quote marks and unbalanced quotes', () => {
    expectWellFormed('"'.repeat(10_000));
    expectWellFormed('“'.repeat(5_000) + '”'.repeat(3_000));
    expectWellFormed('Title\n\nHe said "this never ends.\n\n"And neither does this. She said "no');
  });

  it('survives a one-megabyte line with no punctuation', () => {
    expectWellFormed('word '.repeat(200_000));
  });

  it('reads a whole HTML page, ignoring scripts and styles', () => {
    const html = `<html><head><title>x</title><style>p { color: red }</style><script>var quote = "Kirby said nothing";</script></head>
<body><p>${seed.split('\n').join('</p>\n<p>')}</p></body></html>`;
    const facts = extract(html);
    expect(facts.entities.map((entity) => entity.name)).toContain('John Kirby');
    expect(facts.statements.some((statement) => statement.text.includes('Kirby said nothing'))).toBe(false);
    expectWellFormed(html);
  });

  it('keeps offsets right around emoji and combining marks', () => {
    const text = 'Title\n2024-01-02\n\n😀👍🏽 “We will win,” said Jose\u0301 Marti\u0301nez, the Cuban minister. 🇺🇸 North Korea said it would respond.\n';
    const facts = extract(text);
    expectWellFormed(text);
    expect(facts.statements.map((statement) => statement.text)).toContain('We will win');
  });

  it('reads text in other scripts without inventing facts', () => {
    const facts = extract('Заголовок\n\nМосква заявила, что ответит.\n\n北京表示将作出回应。\n');
    expect(facts.statements).toEqual([]);
  });

  it('tolerates NUL and control characters inside text', () => {
    expectWellFormed(`Title\n\nKirby said\u0000 the talks\u0007 "would go on," he added.\u0000\n`);
  });
});

describe('extraction properties over generated documents', () => {
  const sentence = fc.constantFrom(
    '"We will not back down," she said.', 'Kirby said the talks had stalled.', 'According to Reuters, the deal is off.',
    '“It is over,” the minister told reporters, “for now.”', 'The U.S. has warned that Pyongyang will pay a price.',
    'John Kirby, a White House official, said Russia was to blame.', 'Analysts said markets would fall.',
    '<p>Photo by Jane Doe</p>', 'Yoon warns 2023-09-06 20:09 | North Korea', '"Unbalanced quote', '’', 'Mr. Kim added nothing.',
  );
  const document = fc.tuple(fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), fc.string({ maxLength: 40 }))
    .map(([paragraphs, noise]) => `Headline ${noise}\n2024-05-28\n\n${paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n')}\n`);

  it('keeps every span inside the document with its own words, without duplicates', () => {
    fc.assert(fc.property(document, (text) => {
      expectWellFormed(text);
    }), { numRuns: 150 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(document, (text) => {
      expect(extract(text)).toEqual(extract(text));
    }), { numRuns: 50 });
  });

  it('never fails on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
      expectWellFormed(text);
    }), { numRuns: 200 });
  });
});
