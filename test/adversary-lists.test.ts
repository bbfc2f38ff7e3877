import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { MAX_LIST_ITEMS } from '../src/server/limits.js';
import { createServer } from '../src/server/server.js';
import { query } from './helpers.js';

/*
 * Issue 17, findings 4 and 7: lists without pages hold what a hostile document puts in them,
 * so they take `first`, are refused past MAX_LIST_ITEMS, and are counted while the query runs;
 * subscriptions get the same limits, per event.
 */

/** A stored article of `count` quotes by one speaker: as many statements (and more mentions). */
const quotes = (count: number) => `Quotes ${count}\n2024-05-28\n\n${'"Yes," said Kim. '.repeat(count)}`;

let store: MemoryStore;
let long: number;
let medium: number;
beforeAll(async () => {
  store = new MemoryStore();
  const stored = async (text: string) => (await store.ingest({ text }, extract(text))).document.id;
  long = await stored(quotes(MAX_LIST_ITEMS + 100));
  medium = await stored(quotes(600));
});

const documentQuery = (id: number, selection: string) => `{ node(id: "${encodeGlobalID('Document', id)}") { ... on Document { ${selection} } } }`;

describe('7. lists without pages are bounded, and counted while the query runs', () => {
  it(`refuses Document.statements, mentions and entities of more than ${MAX_LIST_ITEMS} items without first (LIST_TOO_LONG), and gives first`, async () => {
    const yoga = createServer({ store });
    for (const field of ['statements { id }', 'mentions { text }']) {
      const { body } = await query(yoga, documentQuery(long, field));
      expect(body.errors, field).toEqual([expect.objectContaining({ extensions: { code: 'LIST_TOO_LONG', limit: MAX_LIST_ITEMS } })]);
    }
    const { body } = await query(yoga, documentQuery(long, 'statements { id }'));
    expect(body.errors![0].message).toBe(
      `Document.statements holds more than ${MAX_LIST_ITEMS} items, this server's most for a list without pages: pass first (at most ${MAX_LIST_ITEMS}), `
      + `or page through Query.statements(filter: { document: "${encodeGlobalID('Document', long)}" }).`,
    );
    const page = await query(yoga, documentQuery(long, 'statements(first: 3) { text } mentions(first: 2) { text } entities(first: 1) { name }'));
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.node).toEqual({ statements: Array(3).fill({ text: 'Yes' }), mentions: [{ text: 'Kim' }, { text: 'Kim' }], entities: [{ name: 'Kim' }] });
    expect((await query(yoga, documentQuery(long, `statements(first: ${MAX_LIST_ITEMS + 1}) { id }`))).body.errors![0].message)
      .toBe(`first must be between 0 and ${MAX_LIST_ITEMS}, got ${MAX_LIST_ITEMS + 1}.`);
    // Shorter lists come whole, as before.
    const whole = await query(yoga, documentQuery(medium, 'statements { id } entities { name }'));
    expect(whole.body.data.node.statements).toHaveLength(600);
    expect(whole.body.data.node.entities).toEqual([{ name: 'Kim' }]);
  });

  it('reads no more rows than it gives: the store is asked for first, or one more than the cap', async () => {
    const asked: Array<number | undefined> = [];
    const spy = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'statementsOfDocuments') return value;
        return (ids: number[], limit?: number) => { asked.push(limit); return value.call(target, ids, limit); };
      },
    });
    const yoga = createServer({ store: spy });
    await query(yoga, documentQuery(long, 'statements { id }'));
    await query(yoga, documentQuery(long, 'statements(first: 7) { id }'));
    expect(asked).toEqual([MAX_LIST_ITEMS + 1, 7]);
  });

  it('stops a query whose lists hold more than estimated (600 × 600 statements, estimated at 10 × 10) with OBJECT_LIMIT_EXCEEDED', async () => {
    const yoga = createServer({ store });
    const started = performance.now();
    const { status, body } = await query(yoga, documentQuery(medium, 'statements { document { statements { id } } }'));
    expect(status).toBe(200);
    expect(body).toEqual({
      errors: [expect.objectContaining({
        message: "Query returned more than 5000 objects and was stopped (the server's --max-objects): its lists are longer than estimated; ask for smaller pages (first), or nest fewer lists.",
        extensions: expect.objectContaining({ code: 'OBJECT_LIMIT_EXCEEDED', limit: 5000 }),
      })],
    });
    // 75,000 statements × the same took 13.8 s and 1.2 GB; this stops after ~5,000 objects.
    expect(performance.now() - started).toBeLessThan(3_000);
    // One page of them, and the estimate before running counts what first asks for.
    expect((await query(yoga, documentQuery(medium, 'statements(first: 20) { document { statements(first: 20) { id } } }'))).body.errors).toBeUndefined();
    const estimated = await query(createServer({ store, limits: { maxCost: Number.POSITIVE_INFINITY } }), documentQuery(medium, 'statements(first: 1000) { document { statements(first: 1000) { id } } }'));
    expect(estimated.body.errors![0].message).toMatch(/^Query would return about 1002001 objects/);
  });

  it('takes first on Entity.evidence too', async () => {
    const yoga = createServer({ store });
    const { body } = await query(yoga, '{ people(first: 1) { edges { node { evidence(first: 0) { text } } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.people.edges[0].node.evidence).toEqual([]);
  });
});

describe('4. subscriptions: the object limit applies to each event, and a refused event ends the subscription', () => {
  const TOKEN = 'adversary-token';
  const INGEST = 'mutation ($text: String!) { ingestDocument(input: { text: $text }) { added { statements } } }';

  it('refuses the payload of statements → document → statements for a 100-statement document once, then ends', async () => {
    const target = new MemoryStore();
    const yoga = createServer({ store: target, token: TOKEN });
    const response = await yoga.fetch('http://whosaid/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { statementAdded { document { statements { document { statements { id } } } } } }' }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    // Yoga pings first, once it listens: write only then.
    await reader.read();
    const written = await yoga.fetch('http://whosaid/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: INGEST, variables: { text: quotes(100) } }),
    });
    expect(((await written.json()) as any).data.ingestDocument.added.statements).toBe(100);
    const started = performance.now();
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    const events = text.split('\n\n').map((event) => event.split('\n').find((line) => line.startsWith('data:'))?.slice(5)).filter(Boolean).map((data) => JSON.parse(data!));
    // One refused event, then the end of the stream (Yoga's "complete"), not 100 events of 10,100 objects each.
    expect(events[0]).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'OBJECT_LIMIT_EXCEEDED', limit: 5000 }) })] });
    expect(events.filter((event) => event.errors || event.data)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a subscription estimated above the object limit before it starts', async () => {
    const yoga = createServer({ store: new MemoryStore(), limits: { maxObjects: 50 } });
    const { body } = await query(yoga, 'subscription { statementAdded { document { statements(first: 100) { id } } } }');
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OBJECT_LIMIT_EXCEEDED', found: 102 }) })]);
  });
});
