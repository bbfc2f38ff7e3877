import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ingestFiles, ingestFolder } from '../src/ingest/corpus.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { createServer } from '../src/server/server.js';

export const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
/** The first seed (Kirby on North Korea): tests that know one article by heart read it alone. */
export const SEED_ARTICLE = fileURLToPath(new URL('../seeds/000_f6c11c6d44cc0b38.txt', import.meta.url));
export const GOLD = fileURLToPath(new URL('./fixtures/gold', import.meta.url));
export const HELDOUT = fileURLToPath(new URL('./fixtures/heldout', import.meta.url));
export const BLIND = fileURLToPath(new URL('./fixtures/blind', import.meta.url));

/** A Yoga server over a fresh store holding the documents of a folder, or these files. */
export async function serverOn(source: string | string[]) {
  const store = new MemoryStore();
  if (typeof source === 'string') await ingestFolder(store, source);
  else await ingestFiles(store, source);
  return { store, yoga: createServer({ store }) };
}

/** Runs a query through yoga.fetch, the way a client would over HTTP (with the write token when given). */
export async function query(yoga: ReturnType<typeof createServer>, source: string, variables?: Record<string, unknown>, token?: string) {
  const response = await yoga.fetch('http://whosaid/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: source, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string }> } };
}

/** Listens on a free loopback port; returns the base URL and a stop function. */
export async function listen(yoga: ReturnType<typeof createServer>): Promise<{ url: string; stop(): Promise<void>; server: Server }> {
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
