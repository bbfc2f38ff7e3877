import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, SEEDS, serverOn } from './helpers.js';

let server: Awaited<ReturnType<typeof listen>>;
let documents: number;

beforeAll(async () => {
  const { yoga, store } = await serverOn(SEEDS);
  documents = (await store.counts()).documents;
  server = await listen(yoga);
});
afterAll(() => server.stop());

/** A raw HTTP GET (fetch would decompress behind our back): status, headers and the bytes as sent. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    httpRequest(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the pages beside the API (a real HTTP server)', () => {
  it('/ is the explorer page, which links to GraphiQL, not an empty 404', async () => {
    const page = await get('/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toMatch(/<a [^>]*href="\/graphql"[^>]*>GraphiQL/);
  });

  it('/health says the status, how many documents are served and the version', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok', documents, version });
  });

  it('GraphiQL\'s page is sent compressed as the browser asks (brotli, gzip), the same page either way', async () => {
    const plain = await get('/graphql', { accept: 'text/html' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<title>whosaid</title>');

    const brotli = await get('/graphql', { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    const gzip = await get('/graphql', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotli.headers.vary).toBe('Accept-Encoding');
  }, 60_000);

  it('GraphiQL\'s page is cacheable: a browser that has it gets a 304 with no body', async () => {
    const first = await get('/graphql', { accept: 'text/html' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/graphql', { accept: 'text/html', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('a GET of /graphql that is not from a browser is still GraphQL', async () => {
    const answer = await get('/graphql?query=%7B__typename%7D', { accept: 'application/json' });
    expect(JSON.parse(answer.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
