import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { GOLD, HELDOUT, SEEDS } from '../helpers.js';

const articles = [
  ...[GOLD, HELDOUT].flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => join(folder, file))),
  ...readdirSync(SEEDS).map((file) => join(SEEDS, file)),
];

describe.each(articles)('evidence of %s', (path) => {
  const text = readFileSync(path, 'utf8');
  const facts = extract(text);

  it('gives every statement a text that is exactly its span', () => {
    for (const statement of facts.statements) {
      expect(statement.start).toBeGreaterThanOrEqual(facts.bodyStart);
      expect(statement.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      if (statement.kind === 'DIRECT') expect(statement.text).not.toMatch(/^["“”]|["“”]$/);
      if (statement.speakerMention) expect(text.slice(statement.speakerMention.start, statement.speakerMention.end)).toBe(statement.speakerMention.text);
    }
  });

  it('gives every mention its exact words', () => {
    for (const mention of facts.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('never reports the same statement twice', () => {
    const spans = facts.statements.map((statement) => `${statement.start}:${statement.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('is deterministic', () => {
    expect(extract(text)).toEqual(facts);
  });
});
