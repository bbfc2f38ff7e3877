import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder, readDocumentFile } from '../src/ingest/corpus.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { createServer } from '../src/server/server.js';
import { GOLD } from './helpers.js';

const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));
const MiB = 1024 * 1024;
const SEED = readFileSync(join(GOLD, '00-seed.txt'), 'utf8');
const PROSE = readdirSync(GOLD).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(GOLD, name), 'utf8')).join('\n\n');

/** A folder of bad files beside a good one. */
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'whosaid-bad-'));
  writeFileSync(join(folder, 'good.txt'), SEED);
  // 10 MB of news text, each copy made distinct so nothing is deduplicated away.
  let big = 'Ten megabytes of news\n2024-05-28\n\n';
  for (let copy = 0; big.length < 10 * MiB; copy++) big += `Copy ${copy}.\n\n${PROSE}\n\n`;
  writeFileSync(join(folder, 'ten-megabytes.txt'), big);
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // Latin-1 bytes and a lone continuation byte: not UTF-8.
  writeFileSync(join(folder, 'latin1.txt'), Buffer.concat([
    Buffer.from('Paris mayor speaks\n2024-05-28\n\n"We will rebuild," said the mayor of Paris, Anne Hidalgo, on Tuesday. Caf'),
    Buffer.from([0xe9, 0x20, 0x80, 0xff]),
    Buffer.from(' du march\xe9.\n', 'latin1'),
  ]));
  mkdirSync(join(folder, 'empty'));
  writeFileSync(join(folder, 'empty', 'blank.txt'), '  \n\t\n');
});

describe('bad documents at ingest: a clear reason for each refusal, the others stored', () => {
  it('ingestFolder refuses the binary, the blank and the oversized file, keeps the rest (invalid UTF-8 read with replacement characters)', async () => {
    const store = new MemoryStore();
    const report = await ingestFolder(store, folder, { jobs: 1 });
    expect(report.failed.map(({ path, reason }) => [path.split('/').pop(), reason]).sort()).toEqual([
      ['binary.txt', 'binary file (contains NUL bytes)'],
      ['blank.txt', 'only whitespace: nothing to extract'],
      ['ten-megabytes.txt', '10.2 MiB, above the 5 MiB limit (--max-bytes)'],
    ]);
    expect(report.documents).toBe(2);
    const text = await readDocumentFile(join(folder, 'latin1.txt'));
    expect(text).toContain('Caf\uFFFD \uFFFD\uFFFD du march\uFFFD.');
    const yoga = createServer({ store });
    const response = await yoga.fetch('http://whosaid/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { edges { node { title text statements { text start end } } } } }' }),
    });
    const { data } = (await response.json()) as any;
    const latin = data.documents.edges.map((edge: any) => edge.node).find((node: any) => node.title === 'Paris mayor speaks');
    expect(latin.statements.map((statement: any) => statement.text)).toContain('We will rebuild');
    for (const statement of latin.statements) expect(latin.text.slice(statement.start, statement.end)).toBe(statement.text);
  });

  // Time is printed, not asserted; test/bench/linear.ts measures 1×/4×/16× sizes.
  it('takes the 10 MB document when --max-bytes allows it', async () => {
    const store = new MemoryStore();
    const started = performance.now();
    const report = await ingestFolder(store, folder, { jobs: 1, maxBytes: 12 * MiB });
    const seconds = (performance.now() - started) / 1000;
    console.log(`hardening-ingest: folder with a 10 MB document ingested in ${seconds.toFixed(1)} s`);
    expect(report.failed.map(({ reason }) => reason)).toEqual(['binary file (contains NUL bytes)', 'only whitespace: nothing to extract']);
    expect(report.documents).toBe(3);
    // Repeated paragraphs are page furniture to the cleaner, so 10 MB of copies yields far fewer statements than 10 MB of news.
    expect((await store.counts()).statements).toBeGreaterThan(100);
  }, 120_000);

  it('whosaid ingest reports each bad file with its reason, stores the others and exits 1', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'whosaid-bad-db-')), 'graph.db');
    const result = spawnSync(process.execPath, [BIN, 'ingest', folder, '--db', db, '--jobs', '1'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain('binary file (contains NUL bytes)');
    expect(output).toContain('ten-megabytes.txt: 10.2 MiB, above the 5 MiB limit (--max-bytes)');
    expect(output).toContain('empty/blank.txt: only whitespace: nothing to extract');
    expect(result.stderr).toContain('3 file(s) could not be ingested (reasons above); the others are stored');
    const store = SqliteStore.open(db);
    try {
      expect((await store.counts()).documents).toBe(2);
    } finally {
      await store.close();
    }
  }, 90_000);
});

describe('ingestDocument and the body limit', () => {
  it('refuses an oversized text with a GraphQL error (not a body-size refusal) when writes are on', async () => {
    const yoga = createServer({ store: new MemoryStore(), token: 'secret', maxDocumentBytes: 64 * 1024 });
    const response = await yoga.fetch('http://whosaid/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
      body: JSON.stringify({ query: 'mutation($text: String!) { ingestDocument(input: { text: $text }) { created } }', variables: { text: 'x'.repeat(100 * 1024) } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toBe("The text is 100 KiB, above this server's limit of 64 KiB.");
  });
});
