import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../src/ingest/corpus.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import type { Store } from '../src/graph/store.js';
import { DEFAULT_LIMITS, limitsFromOptions, sha256, type Limits } from '../src/server/limits.js';
import { createServer, DEFAULT_QUERY } from '../src/server/server.js';
import { SEEDS } from './helpers.js';

type Yoga = ReturnType<typeof createServer>;
type Body = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

let store: MemoryStore;
beforeAll(async () => {
  store = new MemoryStore();
  await ingestFolder(store, SEEDS, { jobs: 1 });
});

const serverWith = (limits: Partial<Limits> = {}, over: Store = store) => createServer({ store: over, limits });

async function post(yoga: Yoga, payload: unknown, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://whosaid/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Body };
}

/** The one error of a refused request, which must not be a 5xx nor carry data. */
async function refusal(yoga: Yoga, payload: unknown, headers?: Record<string, string>) {
  const { status, body } = await post(yoga, payload, headers);
  expect(status).toBeLessThan(500);
  expect(body.data ?? undefined).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  return { status, error: body.errors![0] };
}

/** Every query the README shows and every query GraphiQL opens with (read from the page itself). */
async function exampleQueries(): Promise<string[]> {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1])
    .filter((source) => !/^\s*(mutation|subscription)\b/.test(source));
  const page = await (await createServer({ store: new MemoryStore() }).fetch('http://whosaid/graphql', { headers: { accept: 'text/html' } })).text();
  const config = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{[\s\S]*?\}),\s*\);\s*<\/script>/.exec(page);
  expect(config, 'GraphiQL options found in the page').not.toBeNull();
  const options = JSON.parse(config![1]) as { defaultQuery?: string; defaultTabs?: Array<{ query?: string }> };
  const fromGraphiQL = [options.defaultQuery, ...(options.defaultTabs ?? []).map((tab) => tab.query)].filter((query): query is string => Boolean(query));
  expect(fromGraphiQL).toContain(DEFAULT_QUERY);
  return [...fromReadme, ...fromGraphiQL];
}

describe('the limits leave room for every example', () => {
  it('runs each README and GraphiQL example query without errors under the default limits', async () => {
    const queries = await exampleQueries();
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const yoga = serverWith();
    for (const query of queries) {
      const { status, body } = await post(yoga, { query });
      expect(status, query).toBe(200);
      expect(body.errors, query).toBeUndefined();
    }
  });

  it('runs them with half the default depth, cost and object limits too (the margin)', async () => {
    const yoga = serverWith({ maxDepth: DEFAULT_LIMITS.maxDepth / 2, maxCost: DEFAULT_LIMITS.maxCost / 2, maxObjects: DEFAULT_LIMITS.maxObjects / 2 });
    for (const query of await exampleQueries()) {
      const limited = (await post(yoga, { query })).body.errors?.filter((error) => /LIMIT_EXCEEDED$/.test(error.extensions?.code));
      expect(limited, query).toBeUndefined();
    }
  });

  it('accepts a deep Relay query with fragments, and the default query at the largest page', async () => {
    const yoga = serverWith();
    const deep = `{ documents(first: 5) { edges { node { statements { speaker { name ... on Person { organizations { name country { name } } country { code } } } about { name } } } } } }`;
    expect((await post(yoga, { query: deep })).body.errors).toBeUndefined();
    expect((await post(yoga, { query: DEFAULT_QUERY.replace('first: 10', 'first: 100') })).body.errors).toBeUndefined();
  });
});

describe('each limit refuses a hostile query, saying which limit and by how much', () => {
  it('depth', async () => {
    let nested = 'name';
    for (let i = 0; i < 10; i++) nested = `statements { document { ${i === 0 ? 'title' : nested} } }`;
    const { error } = await refusal(serverWith({ maxObjects: Number.MAX_SAFE_INTEGER, maxCost: Number.MAX_SAFE_INTEGER }), { query: `{ documents(first: 1) { edges { node { ${nested} } } } }` });
    expect(error.message).toBe(`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 24 (the server's --max-depth).`);
    expect(error.extensions).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', limit: DEFAULT_LIMITS.maxDepth, found: 24 });
  });

  it('cost: four of the richest pages at once', async () => {
    const page = DEFAULT_QUERY.replace(/^[\s\S]*?statements\(first: 10, filter: \{ about: "North Korea" \}\)/, 'statements(first: 100)').replace(/\}\s*$/, '');
    const query = `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: ${page}`).join('\n')} }`;
    const { error } = await refusal(serverWith({ maxObjects: 1e9 }), { query });
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: DEFAULT_LIMITS.maxCost });
    expect(error.message).toMatch(/^Query cost limit of 20000 exceeded, found \d+ \(the server's --max-cost\)\.$/);
    expect(error.extensions!.found).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('objects: lists without `first` that multiply (statements → document → statements)', async () => {
    const query = '{ documents(first: 100) { edges { node { statements { document { statements { text } } } } } } }';
    const { error } = await refusal(serverWith(), { query });
    expect(error.extensions).toMatchObject({ code: 'OBJECT_LIMIT_EXCEEDED', limit: DEFAULT_LIMITS.maxObjects });
    expect(error.message).toMatch(/^Query would return about \d+ objects, above this server's limit of 5000 \(the server's --max-objects\)/);
  });

  it('aliases: an alias bomb', async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: documents(first: 1) { totalCount }`).join(' ')} }`;
    const { error } = await refusal(serverWith(), { query });
    expect(error.message).toBe(`Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found 100 (the server's --max-aliases).`);
    expect(error.extensions?.code).toBe('ALIAS_LIMIT_EXCEEDED');
  });

  it('directives: a huge list of directives', async () => {
    const query = `{ documents(first: 1) { totalCount ${'__typename @include(if: true) '.repeat(100)} } }`;
    const { error } = await refusal(serverWith(), { query });
    expect(error.message).toBe(`Directives limit of ${DEFAULT_LIMITS.maxDirectives} exceeded, found 100 (the server's --max-directives).`);
    expect(error.extensions?.code).toBe('DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('tokens: a huge token count', async () => {
    const query = `{ documents(first: 1) { ${'totalCount '.repeat(5000)} } }`;
    const { error } = await refusal(serverWith(), { query });
    expect(error.message).toBe(`Token limit of ${DEFAULT_LIMITS.maxTokens} exceeded, found 5010 (the server's --max-tokens).`);
    expect(error.extensions).toMatchObject({ code: 'TOKEN_LIMIT_EXCEEDED', limit: DEFAULT_LIMITS.maxTokens, found: 5010 });
  });

  it('body: an oversized request body, by Content-Length and while streaming it', async () => {
    const yoga = serverWith({ maxBodyBytes: 64 * 1024 });
    const payload = JSON.stringify({ query: '{ documents { totalCount } }', variables: { padding: 'x'.repeat(100 * 1024) } });
    const { status, error } = await refusal(yoga, payload);
    expect(status).toBe(413);
    expect(error).toMatchObject({ message: "The request body is 100.1 KiB, above this server's limit of 64 KiB (the server's --max-body).", extensions: { code: 'BODY_TOO_LARGE' } });
    // No Content-Length: the body arrives as a stream and is cut off at the limit.
    const chunk = new TextEncoder().encode(payload);
    const stream = new ReadableStream({ start(controller) { controller.enqueue(chunk); controller.close(); } });
    const response = await yoga.fetch('http://whosaid/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors?.[0].message).toBe("The request body is more than 64 KiB, above this server's limit of 64 KiB (the server's --max-body).");
    // Under the limit all is well.
    expect((await post(yoga, { query: '{ documents { totalCount } }' })).body.errors).toBeUndefined();
  });

  it('timeout: a slow query is stopped, and the client told at once', async () => {
    // A store whose every call takes 300 ms: an honest stand-in for a slow disk or database.
    const slow = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return value.apply(target, args);
        };
      },
    });
    const yoga = serverWith({ timeoutMs: 100 }, slow);
    const started = performance.now();
    const { error } = await refusal(yoga, { query: '{ documents { totalCount edges { node { title } } } }' });
    expect(performance.now() - started).toBeLessThan(290);
    expect(error).toMatchObject({
      message: "The query ran longer than this server's limit of 100 ms and was stopped (the server's --timeout): ask for fewer or smaller pages.",
      extensions: { code: 'TIMEOUT', limit: 100 },
    });
  });

  it('timeout: also stops a query that never yields to the event loop (deadline checked between fields)', async () => {
    const big = new MemoryStore();
    await ingestFolder(big, fileURLToPath(new URL('./fixtures/gold', import.meta.url)), { jobs: 1 });
    const yoga = serverWith({ timeoutMs: 20, maxObjects: 1e9, maxCost: 1e9 }, big);
    const query = '{ documents(first: 100) { edges { node { statements { document { statements { document { statements { text about { name } } } } } } } } } }';
    const { error } = await refusal(yoga, { query });
    expect(error.extensions?.code).toBe('TIMEOUT');
  });
});

describe('errors, CSRF, CORS, persisted operations, introspection', () => {
  it('masks unexpected errors: no message, stack or path reaches the client', async () => {
    const broken = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return () => { throw new Error('SQLITE_CORRUPT at /srv/whosaid/data/whosaid.db'); };
      },
    });
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const { status, text, body } = await post(serverWith({}, broken), { query: '{ documents { totalCount } }' });
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(text).not.toMatch(/SQLITE|\/srv|whosaid\.db|stack|at .*\.ts/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('refuses a simple cross-site form post, accepts JSON and the preflight header', async () => {
    const yoga = serverWith();
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const response = await yoga.fetch('http://whosaid/graphql', { method: 'POST', headers: { 'content-type': type }, body: 'query=%7B__typename%7D' });
      expect(response.status).toBe(403);
      expect(((await response.json()) as Body).errors?.[0]).toMatchObject({ extensions: { code: 'CSRF_PREVENTED' } });
    }
    const noType = await yoga.fetch('http://whosaid/graphql', { method: 'POST', body: new Uint8Array(new TextEncoder().encode('{"query":"{__typename}"}')) });
    expect(noType.status).toBe(403);
    expect((await post(yoga, { query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
    const withHeader = await yoga.fetch('http://whosaid/graphql', { method: 'POST', headers: { 'content-type': 'text/plain', 'graphql-require-preflight': '1' }, body: '{"query":"{ __typename }"}' });
    expect(withHeader.status).not.toBe(403);
    // GET reads stay open (Yoga refuses mutations over GET).
    const get = await yoga.fetch('http://whosaid/graphql?query=%7B__typename%7D');
    expect(((await get.json()) as Body).data).toEqual({ __typename: 'Query' });
  });

  it('sends CORS headers to allowed origins only; none by default', async () => {
    const headers = { origin: 'https://newsroom.example' };
    const byDefault = await post(serverWith(), { query: '{ __typename }' }, headers);
    expect(byDefault.headers.get('access-control-allow-origin')).toBeNull();
    const yoga = serverWith({ corsOrigins: ['https://newsroom.example'] });
    expect((await post(yoga, { query: '{ __typename }' }, headers)).headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    expect((await post(yoga, { query: '{ __typename }' }, { origin: 'https://evil.example' })).headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await yoga.fetch('http://whosaid/graphql', { method: 'OPTIONS', headers: { ...headers, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    const any = await post(serverWith({ corsOrigins: ['*'] }), { query: '{ __typename }' }, { origin: 'https://anyone.example' });
    expect(any.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
    expect(any.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('runs persisted operations by hash, and only those when asked to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-persisted-'));
    const allowed = '{ entity(name: "DPRK") { name } }';
    const file = join(folder, 'operations.json');
    writeFileSync(file, JSON.stringify({ [sha256(allowed)]: allowed }));
    const limits = limitsFromOptions({ persisted: file, 'persisted-only': true }, {});
    const yoga = serverWith(limits);
    const byHash = await post(yoga, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(allowed) } } });
    expect(byHash.body).toEqual({ data: { entity: { name: 'North Korea' } } });
    const unknown = await refusal(yoga, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } });
    expect(unknown.error.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const text = await refusal(yoga, { query: '{ documents { totalCount } }' });
    expect(text.error).toMatchObject({ message: expect.stringContaining('only persisted operations'), extensions: { code: 'PERSISTED_QUERY_ONLY' } });
    // Not only-persisted: hashes work and so does any query text.
    const open = serverWith(limitsFromOptions({ persisted: file }, {}));
    expect((await post(open, { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
    expect((await post(open, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(allowed) } } })).body.data.entity.name).toBe('North Korea');
    // A file whose key is not the hash of its query is refused at start-up.
    writeFileSync(file, JSON.stringify({ deadbeef: allowed }));
    expect(() => limitsFromOptions({ persisted: file }, {})).toThrow(/key deadbeef is not the sha256 of its query/);
  });

  it('allows introspection by default, refuses it when turned off', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await post(serverWith(), { query })).body.data.__schema.queryType.name).toBe('Query');
    const off = serverWith(limitsFromOptions({ 'no-introspection': true }, {}));
    expect(limitsFromOptions({ introspection: 'false' }, {}).introspection).toBe(false);
    expect(limitsFromOptions({}, { WHOSAID_INTROSPECTION: 'off' }).introspection).toBe(false);
    const refused = await post(off, { query });
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0].message).toMatch(/introspection has been disabled/);
    expect((await post(off, { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
    // Field suggestions would leak the schema: hidden too.
    const typo = await post(off, { query: '{ statement { totalCount } }' });
    expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('reads every limit from flags, then WHOSAID_* variables, and refuses nonsense', () => {
    const limits = limitsFromOptions({ 'max-depth': '20', cors: 'https://a.example, https://b.example/' }, { WHOSAID_MAX_COST: '500', WHOSAID_TIMEOUT: '0', WHOSAID_MAX_BODY: '2MB' });
    expect(limits).toMatchObject({ maxDepth: 20, maxCost: 500, timeoutMs: 0, maxBodyBytes: 2 * 1024 * 1024, corsOrigins: ['https://a.example', 'https://b.example'] });
    expect(() => limitsFromOptions({ 'max-aliases': '-1' }, {})).toThrow('--max-aliases: -1 is not a whole number ≥ 0');
    expect(() => limitsFromOptions({ 'max-body': 'big' }, {})).toThrow(/--max-body: big is not a size/);
    expect(() => limitsFromOptions({ 'persisted-only': true }, {})).toThrow(/needs --persisted FILE/);
  });
});
