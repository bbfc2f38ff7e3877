import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../src/ingest/corpus.js';
import { extract } from '../src/extract/index.js';
import { documentHash } from '../src/graph/document-facts.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import type { Store } from '../src/graph/store.js';
import { createServer } from '../src/server/server.js';
import { GOLD, listen } from './helpers.js';
import { BIN, serverSentEvents, subscribe } from './processes.js';

const TOKEN = 'test-token-4f1d9c';
const SEED_TEXT = readFileSync(join(GOLD, '00-seed.txt'), 'utf8');
const IRAN_TEXT = readFileSync(join(GOLD, '01-diplomacy-iran-talks.txt'), 'utf8');

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    created
    document { id title url source publishedAt }
    added { documents entities mentions statements }
    removed { documents }
  }
}`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { deletedDocumentId document { title } removed { documents entities mentions statements } } }`;

type Yoga = ReturnType<typeof createServer>;

async function post(yoga: Yoga, query: string, variables: Record<string, unknown> = {}, authorization?: string) {
  const response = await yoga.fetch('http://whosaid/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

describe('writes without a configured token', () => {
  const store = SqliteStore.open(':memory:');
  const yoga = createServer({ store });
  afterAll(() => store.close());

  it('refuses every mutation with a clear error and writes nothing; reads stay open', async () => {
    const refused = await post(yoga, INGEST, { input: { text: SEED_TEXT } }, `Bearer ${TOKEN}`);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: 'Writes are disabled on this server: start it with --token <secret> (or WHOSAID_TOKEN) to allow mutations.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect((await store.counts()).documents).toBe(0);
    const read = await post(yoga, '{ documents { totalCount } }');
    expect(read).toEqual({ data: { documents: { totalCount: 0 } } });
  });
});

describe('writes with a token', () => {
  let store: Store;
  let yoga: Yoga;
  beforeAll(() => {
    store = SqliteStore.open(':memory:');
    yoga = createServer({ store, token: TOKEN, maxDocumentBytes: 64 * 1024 });
  });
  afterAll(() => store.close());

  it('refuses a missing or wrong token, writing nothing', async () => {
    const missing = await post(yoga, INGEST, { input: { text: SEED_TEXT } });
    expect(missing.errors?.[0]).toMatchObject({
      message: 'This mutation needs the header "Authorization: Bearer <token>" with the token the server was started with.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const wrong = await post(yoga, INGEST, { input: { text: SEED_TEXT } }, 'Bearer not-the-token');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'The bearer token is wrong: nothing was written.', extensions: { code: 'FORBIDDEN' } });
    expect((await store.counts()).documents).toBe(0);
  });

  it('ingests a document with the right token and says what it added', async () => {
    const input = { text: SEED_TEXT, url: 'https://news.example/kirby', source: 'Example News', publishedAt: '2024-05-28' };
    const { data, errors } = await post(yoga, INGEST, { input }, `Bearer ${TOKEN}`);
    expect(errors).toBeUndefined();
    expect(data.ingestDocument).toMatchObject({
      created: true,
      document: { url: input.url, source: 'Example News', publishedAt: '2024-05-28', title: expect.stringContaining('Kirby') },
      added: { documents: 1, entities: expect.any(Number), mentions: expect.any(Number), statements: expect.any(Number) },
      removed: { documents: 0 },
    });
    expect(data.ingestDocument.added.statements).toBeGreaterThan(10);
    const again = await post(yoga, INGEST, { input }, `bearer ${TOKEN}`);
    expect(again.data.ingestDocument).toMatchObject({ created: false, added: { documents: 0 }, document: { id: data.ingestDocument.document.id } });
    const read = await post(yoga, '{ entity(name: "Kirby") { name } }');
    expect(read.data.entity.name).toBe('John Kirby');
  });

  it('refuses input it cannot take, with the reason', async () => {
    const auth = `Bearer ${TOKEN}`;
    const tooLarge = await post(yoga, INGEST, { input: { text: 'x'.repeat(70 * 1024) } }, auth);
    expect(tooLarge.errors?.[0].message).toBe("The text is 70 KiB, above this server's limit of 64 KiB.");
    const badDate = await post(yoga, INGEST, { input: { text: IRAN_TEXT, publishedAt: 'last Tuesday' } }, auth);
    expect(badDate.errors?.[0].message).toBe('publishedAt "last Tuesday" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].');
    const empty = await post(yoga, INGEST, { input: { text: '  \n' } }, auth);
    expect(empty.errors?.[0].message).toBe('The text is empty: send the article in input.text.');
    expect((await store.counts()).documents).toBe(1);
  });

  it('deletes a document, its facts and the entities only it supported', async () => {
    const auth = `Bearer ${TOKEN}`;
    const added = await post(yoga, INGEST, { input: { text: IRAN_TEXT } }, auth);
    const id = added.data.ingestDocument.document.id;
    expect((await post(yoga, '{ entity(name: "Jafari-Nasab") { name } }')).data.entity).not.toBeNull();

    const refused = await post(yoga, DELETE, { id });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { data, errors } = await post(yoga, DELETE, { id }, auth);
    expect(errors).toBeUndefined();
    expect(data.deleteDocument).toMatchObject({
      deletedDocumentId: id,
      document: { title: expect.stringContaining('Iran') },
      removed: { documents: 1, mentions: added.data.ingestDocument.added.mentions, statements: added.data.ingestDocument.added.statements },
    });
    expect(data.deleteDocument.removed.entities).toBeGreaterThan(0);
    expect((await post(yoga, '{ entity(name: "Jafari-Nasab") { name } }')).data.entity).toBeNull();
    expect((await post(yoga, '{ documents { edges { node { id } } } }')).data.documents.edges.map((edge: any) => edge.node.id)).not.toContain(id);

    const again = await post(yoga, DELETE, { id }, auth);
    expect(again.errors?.[0]).toMatchObject({ message: `No document with ID ${id}: it was deleted already, or never existed.`, extensions: { code: 'NOT_FOUND' } });
  });

  it('searches documents and statements, ranked', async () => {
    const { data, errors } = await post(yoga, `{ search(query: "wholesale assistance") { score node { __typename ... on Statement { text } ... on Document { title } } } }`);
    expect(errors).toBeUndefined();
    expect(data.search.length).toBeGreaterThanOrEqual(2);
    expect(data.search.map((hit: any) => hit.node.__typename).sort()).toEqual(['Document', 'Statement']);
    const scores = data.search.map((hit: any) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const statementsOnly = await post(yoga, `{ search(query: "wholesale assistance", kinds: [STATEMENT], first: 1) { node { __typename } } }`);
    expect(statementsOnly.data.search).toEqual([{ node: { __typename: 'Statement' } }]);
  });
});

describe('statementAdded subscription over SSE', () => {
  it('delivers the statements of a document ingested through the mutation, filtered by speaker and topic', async () => {
    const store = SqliteStore.open(':memory:');
    const server = await listen(createServer({ store, token: TOKEN }));
    const aborter = new AbortController();
    try {
      const subscription = await subscribe(`${server.url}/graphql`, 'subscription { statementAdded(filter: { speaker: "Kirby", about: "North Korea" }) { text speaker { name } about { name } } }', aborter.signal);
      expect(subscription.status).toBe(200);
      expect(subscription.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const stream = serverSentEvents(subscription);
      // Yoga pings first, then starts listening for statements: mutate only after the ping.
      expect((await stream.next()).value).toBeNull();
      const events = (async function* () {
        for await (const event of stream) if (event) yield event;
      })();

      const ingested = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: INGEST, variables: { input: { text: SEED_TEXT } } }),
      });
      expect(((await ingested.json()) as any).data.ingestDocument.created).toBe(true);

      const first = (await events.next()).value;
      expect(first.data.statementAdded.speaker.name).toBe('John Kirby');
      expect(first.data.statementAdded.about.map((entity: { name: string }) => entity.name)).toContain('North Korea');
      const counted = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ statements(filter: { speaker: "Kirby", about: "North Korea" }) { totalCount } }' }),
      });
      const { totalCount } = ((await counted.json()) as { data: { statements: { totalCount: number } } }).data.statements;
      expect(totalCount).toBeGreaterThan(5);
      let received = 1;
      while (received < totalCount) {
        const next = (await events.next()).value;
        expect(next.data.statementAdded.speaker.name).toBe('John Kirby');
        received++;
      }
      expect(received).toBe(totalCount);
    } finally {
      aborter.abort();
      server.server.closeAllConnections();
      await server.stop();
      await store.close();
    }
  });
});

describe('extraction for ingestDocument', () => {
  const postTo = async (url: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };

  it('runs off the thread that answers queries: the server keeps answering while a long document is read', async () => {
    const store = SqliteStore.open(':memory:');
    const server = await listen(createServer({ store, token: TOKEN, maxDocumentBytes: 8 * 1024 * 1024 }));
    try {
      // ~0.65 MB of distinct paragraphs (a repeated one would be read once): about a second of extraction.
      const long = Array.from({ length: 160 }, (_, copy) => IRAN_TEXT.replace(/\S\n/g, (end) => `${end[0]} (part ${copy + 1})\n`)).join('\n\n');
      let settled = false;
      const started = performance.now();
      const ingest = postTo(server.url, INGEST, { input: { text: long, title: 'Long' } }).finally(() => { settled = true; });
      // Queries one after another while the document goes in; the longest wait between two answers tells
      // whether the thread that answers them was held (extracting in it would hold it most of the time).
      let longestWait = 0;
      let answered = 0;
      let last = performance.now();
      while (!settled) {
        const read = await postTo(server.url, '{ stats { documents } }');
        expect(read.data.stats.documents).toBeGreaterThanOrEqual(0);
        longestWait = Math.max(longestWait, performance.now() - last);
        last = performance.now();
        answered++;
      }
      const duration = performance.now() - started;
      expect((await ingest).data.ingestDocument.added.documents).toBe(1);
      expect((await store.counts()).statements).toBeGreaterThan(1000);
      expect(answered).toBeGreaterThan(10);
      expect(longestWait).toBeLessThan(duration / 3);
    } finally {
      await server.stop();
      await store.close();
    }
  });

  it('fails the one request, with nothing stored, when extraction fails', async () => {
    const store = SqliteStore.open(':memory:');
    const broken = { extract: async () => Promise.reject(new Error('extraction worker failed: out of memory')), close: async () => {} };
    const server = await listen(createServer({ store, token: TOKEN, extractor: broken }));
    try {
      const failed = await postTo(server.url, INGEST, { input: { text: SEED_TEXT } });
      expect(failed.errors).toEqual([
        expect.objectContaining({
          message: 'The text could not be extracted: extraction worker failed: out of memory. Nothing was stored.',
          extensions: { code: 'EXTRACTION_FAILED' },
        }),
      ]);
      expect(await store.counts()).toMatchObject({ documents: 0, statements: 0 });
      expect((await postTo(server.url, '{ stats { documents } }')).data.stats.documents).toBe(0);
    } finally {
      await server.stop();
      await store.close();
    }
  });
});

describe('statementAdded for documents another process stores', () => {
  it('announces the statements `whosaid ingest` writes into the database the server reads', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-feed-'));
    const database = join(folder, 'shared.db');
    const store = SqliteStore.open(database);
    await store.ingest({ text: IRAN_TEXT, path: 'iran.txt' }, extract(IRAN_TEXT));
    const server = await listen(createServer({ store, pollMs: 100 }));
    const aborter = new AbortController();
    try {
      const subscription = await subscribe(`${server.url}/graphql`, 'subscription { statementAdded { text speaker { name } document { path } } }', aborter.signal);
      const stream = serverSentEvents(subscription);
      expect((await stream.next()).value).toBeNull();

      // Another process, as a user runs it beside the server.
      const seed = join(folder, 'seed.txt');
      writeFileSync(seed, SEED_TEXT);
      const ingest = spawnSync(process.execPath, [BIN, 'ingest', seed, '--db', database, '--jobs', '1'], { encoding: 'utf8', timeout: 45_000 });
      expect(ingest.status, ingest.stderr).toBe(0);
      const stored = (await store.statementsOfDocuments([(await store.documentsByHashes([documentHash(SEED_TEXT)]))[0]!.id]))[0];
      expect(stored.length).toBeGreaterThan(5);

      // Each of them once, in order; none of the document that was there before the server started.
      const announced: Array<{ text: string; document: { path: string } }> = [];
      while (announced.length < stored.length) {
        const event = (await stream.next()).value;
        if (event) announced.push(event.data.statementAdded);
      }
      expect(announced.map((statement) => statement.text)).toEqual(stored.map((statement) => statement.text));
      expect(new Set(announced.map((statement) => statement.document.path))).toEqual(new Set([documentPath(seed)]));
    } finally {
      aborter.abort();
      server.server.closeAllConnections();
      await server.stop();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
