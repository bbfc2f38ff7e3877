import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { ingestFolder } from '../src/ingest/corpus.js';
import { GOLD, listen, serverOn } from './helpers.js';

const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'whosaid-export-'));
const database = join(folder, 'gold.db');

const whosaid = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
/** The export command's own code path (src/cli/main.ts main), in this process: a child per case would cost seconds each. */
const exportTo = async (format: string, ...args: string[]) => {
  const out = join(folder, `${format}-${args.join('_').replace(/\W/g, '')}`);
  expect(await main(['export', '--db', database, '--format', format, '--out', out, ...args])).toBe(0);
  return out;
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attvalue'].includes(name) });

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += char;
  }
  return rows;
}

/** Neo4j's import header rules: name:type with a type it knows, or one of the special fields. */
const NEO4J_TYPES = new Set(['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration']);
function checkNeo4jHeader(header: string[], required: string[]): void {
  for (const field of required) expect(header.filter((name) => name.endsWith(field)), `one ${field} column`).toHaveLength(1);
  for (const name of header) {
    const [, type] = name.split(':');
    if (type === undefined) continue;
    if (['ID', 'LABEL', 'START_ID', 'END_ID', 'TYPE', 'IGNORE'].includes(type)) continue;
    expect(NEO4J_TYPES.has(type.replace(/\[\]$/, '')), `type of ${name}`).toBe(true);
  }
}

let kirbyToNorthKorea = 0;

beforeAll(async () => {
  const store = SqliteStore.open(database);
  await ingestFolder(store, GOLD);
  const [kirby] = await store.findEntities('John Kirby');
  const [northKorea] = await store.findEntities('North Korea');
  // Counted by the store itself, not by the export's graph builder.
  kirbyToNorthKorea = (await store.listStatements({ speakerIds: [kirby.id], aboutIds: [northKorea.id] }, { first: 0, after: null })).totalCount;
  await store.close();
}, 120_000);

describe('whosaid export (the command, on a SQLite file)', { timeout: 120_000 }, () => {
  it('writes GraphML that declares its keys, with typed nodes and weighted, dated edges between them', async () => {
    const { graphml } = xml.parse(readFileSync(await exportTo('graphml'), 'utf8'));
    const keys = new Set(graphml.key.map((key: { id: string }) => key.id));
    const nodes = graphml.graph.node as Array<{ id: string; data: Array<{ key: string; '#text': string | number }> }>;
    const value = (item: { data: Array<{ key: string; '#text': string | number }> }, key: string) => item.data.find((data) => data.key === key)?.['#text'];
    for (const item of [...nodes, ...graphml.graph.edge]) for (const data of item.data) expect(keys.has(data.key), `key ${data.key} declared`).toBe(true);
    const kirby = nodes.find((node) => value(node, 'label') === 'John Kirby')!;
    const northKorea = nodes.find((node) => value(node, 'label') === 'North Korea')!;
    expect(value(kirby, 'type')).toBe('Person');
    expect(value(northKorea, 'type')).toBe('Country');
    const ids = new Set(nodes.map((node) => node.id));
    for (const edge of graphml.graph.edge) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const edge = graphml.graph.edge.find((candidate: { source: string; target: string }) => candidate.source === kirby.id && candidate.target === northKorea.id);
    expect(value(edge, 'weight')).toBe(kirbyToNorthKorea);
    expect(String(value(edge, 'firstDate'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(graphml.graph.edgedefault).toBe('directed');
  });

  it('writes GEXF 1.3 with labelled nodes and edges whose spells Gephi can play', async () => {
    const { gexf } = xml.parse(readFileSync(await exportTo('gexf'), 'utf8'));
    expect(gexf.version).toBe('1.3');
    const nodes = gexf.graph.nodes.node as Array<{ id: string; label: string }>;
    const byLabel = new Map(nodes.map((node) => [node.label, node.id]));
    const edge = gexf.graph.edges.edge.find((candidate: { source: string; target: string }) => candidate.source === byLabel.get('John Kirby') && candidate.target === byLabel.get('North Korea'));
    expect(Number(edge.weight)).toBe(kirbyToNorthKorea);
    for (const candidate of gexf.graph.edges.edge) {
      if (candidate.start) expect(candidate.start <= candidate.end && /^\d{4}-\d{2}-\d{2}$/.test(candidate.start)).toBe(true);
    }
  });

  it('writes nodes.csv and relationships.csv as neo4j-admin import reads them', async () => {
    const out = await exportTo('csv');
    const nodes = parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'));
    const relationships = parseCsv(readFileSync(join(out, 'relationships.csv'), 'utf8'));
    checkNeo4jHeader(nodes[0], [':ID', ':LABEL']);
    checkNeo4jHeader(relationships[0], [':START_ID', ':END_ID', ':TYPE']);
    for (const row of [...nodes, ...relationships]) expect(row.length).toBe((nodes.includes(row) ? nodes : relationships)[0].length);
    const ids = new Set(nodes.slice(1).map((row) => row[0]));
    expect(ids.size).toBe(nodes.length - 1);
    for (const [start, end, type] of relationships.slice(1)) expect([ids.has(start), ids.has(end), type]).toEqual([true, true, 'TALKS_ABOUT']);
    const kirby = nodes.find((row) => row[1] === 'John Kirby')!;
    expect(kirby[2]).toBe('Entity;Person');
  });

  it('writes JSON Lines: one statement per line with its evidence', async () => {
    const lines = readFileSync(await exportTo('jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    const kirbyOnNorthKorea = lines.filter((line) => line.speaker?.name === 'John Kirby' && line.about.some((entity: { name: string }) => entity.name === 'North Korea'));
    expect(kirbyOnNorthKorea).toHaveLength(kirbyToNorthKorea);
    for (const line of lines) {
      expect(line.evidence.document.title).toBeTruthy();
      expect(line.evidence.content.end).toBeGreaterThan(line.evidence.content.start);
      expect(line.evidence.sentence.length).toBeGreaterThan(0);
    }
  });

  it('keeps only the edges with --min-statements or more, dated within --from and --to', async () => {
    const { graphml } = xml.parse(readFileSync(await exportTo('graphml', '--min-statements', '3', '--from', '2024-05-25', '--to', '2024-06'), 'utf8'));
    const value = (edge: { data: Array<{ key: string; '#text': string | number }> }, key: string) => edge.data.find((data) => data.key === key)?.['#text'];
    expect(graphml.graph.edge.length).toBeGreaterThan(0);
    for (const edge of graphml.graph.edge) {
      expect(Number(value(edge, 'weight'))).toBeGreaterThanOrEqual(3);
      expect(String(value(edge, 'firstDate')) >= '2024-05-25' && String(value(edge, 'lastDate')) <= '2024-06-30').toBe(true);
    }
  });

  it('says what was wrong when called wrongly, in a line and exit code 2', () => {
    const pdf = whosaid('export', '--db', database, '--format', 'pdf');
    expect([pdf.status, pdf.stderr.trim()]).toEqual([2, 'whosaid: --format: pdf is not a format; use one of graphml, gexf, csv, jsonl']);
    const csv = whosaid('export', '--db', database, '--format', 'csv');
    expect([csv.status, csv.stderr.trim()]).toEqual([2, 'whosaid: --format csv writes nodes.csv and relationships.csv: pass --out FOLDER']);
  });

  it('refuses a missing database and a zero minimum', async () => {
    expect(await main(['export', '--db', join(folder, 'none.db'), '--format', 'gexf'])).toBe(2);
    expect(await main(['export', '--db', database, '--format', 'gexf', '--min-statements', '0'])).toBe(2);
  });
});

describe('GET /export (the explorer\'s downloads)', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen((await serverOn(GOLD)).yoga);
  });
  afterAll(() => server?.stop());

  it('gives the same whole graph from the in-memory store as the command from SQLite', async () => {
    const response = await fetch(`${server.url}/export?format=csv&file=relationships.csv`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="whosaid-relationships.csv"');
    const fromMemory = parseCsv(await response.text());
    const fromSqlite = parseCsv(readFileSync(join(await exportTo('csv'), 'relationships.csv'), 'utf8'));
    const named = (rows: string[][]) => rows.map((row) => row.slice(2).join('|')).sort();
    expect(fromMemory.length).toBe(fromSqlite.length);
    expect(named(fromMemory)).toEqual(named(fromSqlite));
  });

  it('refuses bad parameters with a message, not a stack trace', async () => {
    const cases: Array<[string, number, string]> = [
      ['format=png', 400, 'format: pass one of graphml, gexf, csv, jsonl'],
      ['format=csv', 400, 'file: csv has the files nodes.csv and relationships.csv; pass one as file='],
      ['format=gexf&entity=nonsense', 400, 'entity: nonsense is not'],
      ['format=gexf&from=May', 400, 'from: May is not a date'],
      ['format=gexf&acts=SHOUT', 400, 'acts: SHOUT is not one of SPEECH, APPRAISAL, BELIEF, EVIDENCE'],
      [`format=gexf&entity=${Buffer.from('Person:99999').toString('base64')}`, 404, 'entity: no such entity'],
    ];
    for (const [query, status, message] of cases) {
      const response = await fetch(`${server.url}/export?${query}`);
      expect([response.status, await response.text()].join(' ')).toContain(`${status} ${message}`);
    }
  });
});
