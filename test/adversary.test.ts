import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../src/ingest/corpus.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { schema } from '../src/schema/index.js';
import { NODE_TYPES } from '../src/schema/builder.js';
import { MAX_LIST_ARGUMENT, MAX_SEARCH_TERMS, MAX_STRING_ARGUMENT, type Limits } from '../src/server/limits.js';
import { createServer } from '../src/server/server.js';
import { SEEDS } from './helpers.js';

/*
 * The attacks of issue 17 ("Found by the adversary"), each against a real server through
 * yoga.fetch: every request's work is bounded before it starts, or cut when it overruns, and
 * a refusal is one GraphQL error with a code, never a 500 and never a hang.
 */

type Yoga = ReturnType<typeof createServer>;
type Body = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

let store: MemoryStore;
beforeAll(async () => {
  store = new MemoryStore();
  await ingestFolder(store, SEEDS, { jobs: 1 });
});

const serverWith = (limits: Partial<Limits> = {}, token?: string) => createServer({ store, limits, token });

async function post(yoga: Yoga, payload: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await yoga.fetch('http://whosaid/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Body, ms: performance.now() - started };
}

/** The one error of a refused request: no 5xx, no data, and quick. */
async function refusal(yoga: Yoga, payload: unknown, headers?: Record<string, string>) {
  const { status, body, ms } = await post(yoga, payload, headers);
  expect(status).toBeLessThan(500);
  // No data, or only nulls (a nullable field that failed).
  expect(Object.values(body.data ?? {}).filter((value) => value !== null)).toEqual([]);
  expect(body.errors).toHaveLength(1);
  expect(ms).toBeLessThan(2_000);
  return { status, error: body.errors![0] };
}

/** A fragment spread twice by the one before it, `levels` deep: 2^levels spreads in a few hundred bytes. */
function fragmentFanOut(levels: number, leaf = '__typename'): string {
  let query = 'query { ...F0 }';
  for (let level = 0; level < levels; level++) query += ` fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`;
  return `${query} fragment F${levels} on Query { ${leaf} }`;
}

describe('1. fragment fan-out: the estimate is linear in the query text, and skipped once a query is refused', () => {
  it('refuses 22 levels of doubling fragments at once (each level used to double the time: 9 s at 22)', async () => {
    const { error } = await refusal(serverWith(), { query: fragmentFanOut(22) });
    expect(error.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('estimates 40 levels (2^40 spreads) in milliseconds when only the object limit stands in the way', async () => {
    const yoga = serverWith({ maxCost: Number.POSITIVE_INFINITY, maxDepth: 1_000 });
    const { error } = await refusal(yoga, { query: fragmentFanOut(40, 'documents(first: 1) { edges { node { title } } }') });
    expect(error.extensions?.code).toBe('OBJECT_LIMIT_EXCEEDED');
    // 2^40 spreads of a page of one: its connection, its edge and its document.
    expect(error.extensions?.found).toBe(3 * 2 ** 40);
  });
});

describe('2. many-word searches and filters are refused before they reach the index', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'said').join(' ');

  it(`refuses a search of 800 words (4 KB: it froze the server 10 s), or of 200, and takes ${MAX_SEARCH_TERMS}`, async () => {
    const search = 'query ($q: String!) { search(query: $q) { score } }';
    expect((await refusal(serverWith(), { query: search, variables: { q: words(800) } })).error.extensions?.code).toBe('ARGUMENT_TOO_LONG');
    const { error } = await refusal(serverWith(), { query: search, variables: { q: words(200) } });
    expect(error).toMatchObject({
      message: `query has 200 words, above this server's limit of ${MAX_SEARCH_TERMS}: search with the few words that matter.`,
      extensions: { code: 'SEARCH_TOO_LONG', limit: MAX_SEARCH_TERMS, found: 200 },
    });
    const { body } = await post(serverWith(), { query: search, variables: { q: words(MAX_SEARCH_TERMS) } });
    expect(body.errors).toBeUndefined();
  });

  it('refuses the same in every text and name filter', async () => {
    const filters = [
      ['statements', 'filter: { text: $q }', 'filter.text'], ['statements', 'filter: { speaker: $q }', 'filter.speaker'], ['statements', 'filter: { about: $q }', 'filter.about'],
      ['documents', 'filter: { text: $q }', 'filter.text'], ['people', 'filter: { name: $q }', 'filter.name'], ['organizations', 'filter: { country: $q }', 'name'],
    ];
    for (const [list, filter, name] of filters) {
      const { error } = await refusal(serverWith(), { query: `query ($q: String) { ${list}(${filter}) { totalCount } }`, variables: { q: words(40) } });
      expect(error.message, list + filter).toMatch(new RegExp(`^${name.replace('.', '\\.')} has 40 words`));
    }
    const { error } = await refusal(serverWith(), { query: 'query ($q: String!) { entity(name: $q) { name } }', variables: { q: words(40) } });
    expect(error.extensions?.code).toBe('SEARCH_TOO_LONG');
  });

  it(`refuses a string argument above ${MAX_STRING_ARGUMENT} characters (a 50,000-word name took 19.6 s and 1.2 GB)`, async () => {
    const { error } = await refusal(serverWith(), { query: 'query ($q: String) { people(filter: { name: $q }) { totalCount } }', variables: { q: words(50_000) } });
    expect(error).toMatchObject({
      message: `Argument filter.name is 249999 characters long, above this server's limit of ${MAX_STRING_ARGUMENT}: send fewer words.`,
      extensions: { code: 'ARGUMENT_TOO_LONG', limit: MAX_STRING_ARGUMENT, found: 249_999 },
    });
  });
});

describe('3. nodes(ids:) takes at most a page of ids', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, index) => Buffer.from(`Statement:${index + 1}`).toString('base64'));

  it(`refuses 45,000 ids sent as a variable (ARGUMENT_TOO_LONG), takes ${MAX_LIST_ARGUMENT}`, async () => {
    const source = 'query ($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }';
    const { error } = await refusal(serverWith(), { query: source, variables: { ids: ids(45_000) } });
    expect(error).toMatchObject({
      message: `Argument ids holds 45000 items, above this server's limit of ${MAX_LIST_ARGUMENT}: send them in several requests of at most ${MAX_LIST_ARGUMENT}.`,
      extensions: { code: 'ARGUMENT_TOO_LONG', limit: MAX_LIST_ARGUMENT, found: 45_000 },
    });
    const { body } = await post(serverWith(), { query: source, variables: { ids: ids(MAX_LIST_ARGUMENT) } });
    expect(body.errors).toBeUndefined();
    expect(body.data.a).toHaveLength(MAX_LIST_ARGUMENT);
  });

  it('counts the ids of nodes(ids:) in the object estimate (a variable as the most it may hold)', async () => {
    const yoga = serverWith({ maxObjects: 150 });
    const deep = 'nodes(ids: $ids) { ... on Statement { about { name } } }';
    const { error } = await refusal(yoga, { query: `query ($ids: [ID!]!) { ${deep} }`, variables: { ids: ids(1) } });
    // 100 nodes, and 10 entities about each.
    expect(error.extensions).toMatchObject({ code: 'OBJECT_LIMIT_EXCEEDED', found: 1_100 });
    const literal = `{ nodes(ids: ${JSON.stringify(ids(2))}) { ... on Statement { about { name } } } }`;
    expect((await post(yoga, { query: literal })).body.errors).toBeUndefined();
  });
});

describe('8. with --token, a request without it gets the small body limit', () => {
  const TOKEN = 'adversary-token';
  const padded = (megabytes: number) => JSON.stringify({ query: '{ stats { documents } }', variables: { padding: 'x'.repeat(megabytes * 1024 * 1024) } });

  it('refuses a 2 MiB anonymous body (413) and lets the token holder send it', async () => {
    const yoga = serverWith({}, TOKEN);
    const { status, error } = await refusal(yoga, padded(2));
    expect(status).toBe(413);
    expect(error.message).toBe("The request body is 2 MiB, above this server's limit of 1 MiB without the write token (the server's --max-body).");
    const { status: allowed, body } = await post(yoga, padded(2), { authorization: `Bearer ${TOKEN}` });
    expect(allowed).toBe(200);
    expect(body.data.stats.documents).toBeGreaterThan(0);
    // A wrong token is no token.
    expect((await post(yoga, padded(2), { authorization: 'Bearer wrong' })).status).toBe(413);
  });
});

describe('9. a body that is not JSON is refused without quoting it back', () => {
  it('answers 400 BAD_REQUEST with no extensions.originalError and nothing of the body', async () => {
    const body = `{"query": "{ stats { documents } }", ${'reflected '.repeat(20_000)}`;
    const { status, text, error } = { ...(await post(serverWith(), '{}')), ...(await refusal(serverWith(), body)) };
    expect(status).toBe(400);
    expect(error.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(error.message).toMatch(/^POST body sent invalid JSON\. Send a JSON object/);
    expect(text).not.toContain('reflected');
  });
});

describe('11. wrong answers', () => {
  it('refuses dates that are not in the calendar', async () => {
    for (const date of ['2024-99-99', '2024-13', '2023-02-29', '2024-04-31']) {
      const { error } = await refusal(serverWith(), { query: `{ statements(filter: { from: "${date}" }) { totalCount } }` });
      expect(error).toMatchObject({ message: `from "${date}" is not a date of the calendar: months go from 01 to 12, days to the month's last.`, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const { body } = await post(serverWith(), '{"query": "{ documents(filter: { from: \\"2024-02-29\\", to: \\"2024-12\\" }) { totalCount } }"}');
    expect(body.errors).toBeUndefined();
  });

  it('gives global IDs of unknown types, or not IDs at all, a BAD_USER_INPUT code', async () => {
    const nope = Buffer.from('Nope:1').toString('base64');
    const person = Buffer.from('Person:1').toString('base64');
    const cases = [
      [`{ node(id: "${nope}") { id } }`, `Invalid global ID "${nope}": this API has no type Nope; pass the \`id\` field of a Person, Organization, Country, Document, Statement, Claim.`],
      [`{ nodes(ids: ["!!"]) { id } }`, 'Invalid global ID "!!": it is not one this server gave; pass the `id` field of a Person, Organization, Country, Document, Statement, Claim.'],
      [`{ statements(filter: { document: "${person}" }) { totalCount } }`, `ID: ${person} is not of type: Document: pass the \`id\` field of an object of that type.`],
    ];
    for (const [query, message] of cases) {
      const { body } = await post(serverWith(), { query });
      expect(body.errors, query).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } })]);
    }
  });

  it('knows every type that implements Node', () => {
    expect(schema.getPossibleTypes(schema.getType('Node') as never).map((type) => type.name).sort()).toEqual([...NODE_TYPES].sort());
  });

  it('says a body of 1.04 MiB is above the limit of 1 MiB, with numbers that differ', async () => {
    const size = Math.round(1.04 * 1024 * 1024);
    const payload = JSON.stringify({ query: '{ __typename }', padding: '' });
    const { status, error } = await refusal(serverWith(), payload.replace('""', `"${'x'.repeat(size - payload.length)}"`));
    expect(status).toBe(413);
    expect(error.message).toBe("The request body is 1.04 MiB, above this server's limit of 1 MiB (the server's --max-body).");
  });
});
