import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { createServer } from '../src/server/server.js';
import { GOLD, query } from './helpers.js';
const store = SqliteStore.open(':memory:');
for (const name of readdirSync(GOLD).filter((n) => n.endsWith('.txt'))) { const text = readFileSync(join(GOLD, name), 'utf8'); await store.ingest({ text, path: name }, extract(text)); }
const yoga = createServer({ store });
const show = async (q: string) => console.log(JSON.stringify((await query(yoga, q)).body));
await show(`{ search(query: "minister", first: 8) { score node { __typename ... on Entity { name } ... on Person { roles } ... on Statement { text } ... on Document { title } } } }`);
await show(`{ search(query: "north korea", first: 6) { score node { __typename ... on Entity { name } ... on Statement { text } ... on Document { title } } } }`);
await show(`{ search(query: "kirby", first: 6) { score node { __typename ... on Entity { name } ... on Statement { text } ... on Document { title } } } }`);
for (const n of ['Foreign Ministry', 'the ministry', 'Ministry of Foreign Affairs', 'police', 'Kirby']) await show(`{ entities(name: "${n}") { __typename name ... on Person { country { name } } ... on Organization { country { name } } } }`);
const s = await store.stats(); console.log(s);
process.exit(0);
