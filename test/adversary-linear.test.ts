import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import type { ExtractedDocument, ExtractedEntity, ExtractedMention } from '../src/graph/facts.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { createBackgroundExtractor } from '../src/ingest/extraction-pool.js';
import { createServer } from '../src/server/server.js';
import { query } from './helpers.js';

const TOKEN = 'adversary-token';
const INGEST = 'mutation ($text: String!) { ingestDocument(input: { text: $text }) { added { statements } } }';

/*
 * Issue 17, findings 5 and 6: work that grows with a hostile document's size grows linearly. Each
 * case is timed at 1×, 4× and 16× a base size (after a warm-up at 1×), and the time per item
 * at 16× must stay within a few times that at 1× — a quadratic cost is 16× there. The margin
 * absorbs a shared, noisy machine; the figures are printed.
 */

/**
 * Time per item at each size; fails when the largest size costs `allowance` times the smallest
 * per item, or more. `run` returns the milliseconds of the work measured (not of its setting up).
 */
export async function expectLinear(label: string, sizes: number[], run: (size: number) => Promise<number>, allowance = 3) {
  await run(sizes[0]);
  const perItem: number[] = [];
  for (const size of sizes) perItem.push((await run(size)) / size);
  console.log(`${label}: ${sizes.map((size, index) => `${size}: ${(perItem[index] * 1000).toFixed(0)} µs/item`).join(', ')}`);
  expect(perItem[perItem.length - 1], `${label}: per-item time at ${sizes[sizes.length - 1]} vs ${sizes[0]}`).toBeLessThan(perItem[0] * allowance);
}

/** A made-up name from a number: "Bcson Qdson", distinct for each. */
const word = (n: number) => {
  let letters = '';
  do {
    letters += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `${letters[0].toUpperCase()}${letters.slice(1)}son`;
};

/** A document naming `count` distinct people, one sentence each, with the facts extract() would give it. */
function manyNames(count: number, seed: number): { text: string; facts: ExtractedDocument } {
  let text = `Many names ${seed}\n\n`;
  const entities: ExtractedEntity[] = [];
  const mentions: ExtractedMention[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${word(seed + index)} ${word(seed + index + 7_919)}`;
    const start = text.length;
    text += `${name} spoke. `;
    entities.push({ key: `p${index}`, kind: 'PERSON', name, aliases: [], roles: [], organizations: [], relationEvidence: [] });
    mentions.push({ entityKey: `p${index}`, text: name, start, end: start + name.length, sentence: index });
  }
  return { text, facts: { title: `Many names ${seed}`, publishedAt: null, bodyStart: 0, entities, mentions, statements: [], warnings: [] } };
}

describe('5. resolution of a document with many names is linear (15,000 names froze the server 62 s)', () => {
  it('ingests 300, 1,200 and 4,800 distinct names into a SQLite file at a steady cost per name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-names-'));
    let run = 0;
    await expectLinear('ingest, per name', [300, 1_200, 4_800], async (count) => {
      const store = SqliteStore.open(join(folder, `names-${run++}.db`));
      try {
        const { text, facts } = manyNames(count, run * 100_000);
        const started = performance.now();
        const result = await store.ingest({ text }, facts);
        const ms = performance.now() - started;
        expect(result.added.entities).toBe(count);
        return ms;
      } finally {
        await store.close();
      }
    });
  }, 120_000);
});

describe('6. quote-dense text (one paragraph of quoted sentences) extracts in linear time, and a worker gives up at its deadline', () => {
  const quotes = (count: number) => `Quotes\n2024-05-28\n\n${'"Yes," said Kim. '.repeat(count)}`;

  it('extracts 2,000, 8,000 and 32,000 quotes in one paragraph at a steady cost per quote (290,000 ran over 300 s)', async () => {
    await expectLinear('extract, per quote', [2_000, 8_000, 32_000], async (count) => {
      const text = quotes(count);
      const started = performance.now();
      const facts = extract(text);
      const ms = performance.now() - started;
      expect(facts.statements).toHaveLength(count);
      return ms;
    });
  }, 180_000);

  it('fails the one text that runs past the deadline with a clear error, and extracts the next at once', async () => {
    const store = new MemoryStore();
    const extractor = createBackgroundExtractor(300);
    const yoga = createServer({ store, token: TOKEN, extractor });
    try {
      const ingest = (text: string) => query(yoga, INGEST, { text }, TOKEN);
      const refused = await ingest(quotes(30_000));
      expect(refused.body.errors).toEqual([expect.objectContaining({
        message: 'The text could not be extracted: extraction ran longer than 0.3 s and was stopped (--extract-timeout): the text is too long or too dense to read in time; split it, or raise the limit. Nothing was stored.',
        extensions: { code: 'EXTRACTION_FAILED' },
      })]);
      const started = performance.now();
      const stored = await ingest(quotes(3));
      expect(stored.body.errors).toBeUndefined();
      expect(stored.body.data.ingestDocument.added.statements).toBe(3);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect((await store.counts()).documents).toBe(1);
    } finally {
      await extractor.close();
    }
  }, 60_000);
});
