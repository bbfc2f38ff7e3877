import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readMetadata } from '../src/ingest/metadata.js';
import { GOLD } from './helpers.js';

const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'whosaid-metadata-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (name: string) => readFileSync(join(GOLD, name), 'utf8');

describe('metadata sidecars (NAME.meta.json beside NAME.txt)', () => {
  it('gives `whosaid ingest` the title, date, address and outlet; a bad field is named and left out, the document still stored', () => {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'good.txt'), article('02-politics-dutch-election.txt'));
    writeFileSync(join(corpus, 'good.meta.json'), JSON.stringify({ title: 'Given title', publishedAt: '2025-03-10T08:00', url: 'https://example.com/dutch', source: 'REUTERS' }));
    writeFileSync(join(corpus, 'bad-date.txt'), article('03-business-battery-deal.txt'));
    writeFileSync(join(corpus, 'bad-date.meta.json'), JSON.stringify({ publishedAt: 'June 17', source: 'Harbour Courier' }));
    writeFileSync(join(corpus, 'broken.txt'), article('05-health-dengue-vaccine.txt'));
    writeFileSync(join(corpus, 'broken.meta.json'), '{"source": "AFP",');
    const db = join(work, 'graph.db');

    const run = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--jobs', '1'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('documents   3 stored');
    expect(run.stderr).toMatch(/warning: .*bad-date\.meta\.json: "publishedAt" is "June 17", not a date: YYYY-MM-DD or YYYY-MM-DDTHH:MM\[:SS\]; the document is stored without it/);
    expect(run.stderr).toMatch(/warning: .*broken\.meta\.json: not valid JSON \(.*\); the document is stored without metadata/);

    const graph = new Database(db, { readonly: true });
    const rows = graph.prepare('SELECT path, title, published_at AS publishedAt, url, source FROM documents ORDER BY path').all() as Array<Record<string, string | null>>;
    graph.close();
    const byName = Object.fromEntries(rows.map((row) => [row.path!.split('/').pop(), row]));
    expect(byName['good.txt']).toMatchObject({ title: 'Given title', publishedAt: '2025-03-10T08:00', url: 'https://example.com/dutch', source: 'Reuters' });
    // The header's date and headline stay where the sidecar says nothing valid.
    expect(byName['bad-date.txt']).toMatchObject({ publishedAt: '2025-06-17T10:32:48', source: 'Harbour Courier' });
    expect(byName['broken.txt']).toMatchObject({ publishedAt: '2025-09-03', source: null, url: null });
  });

  it('names an unknown field and a value of the wrong type', async () => {
    const file = join(work, 'odd.txt');
    writeFileSync(join(work, 'odd.meta.json'), JSON.stringify({ published: '2024-01-01', url: 'ftp://example.com', title: 'Fine' }));
    const reading = await readMetadata(file, 'corpus/odd.txt');
    expect(reading.metadata).toEqual({ title: 'Fine' });
    expect(reading.problems).toEqual([
      'corpus/odd.meta.json: unknown field "published" ignored; the fields are title, publishedAt, url, source',
      'corpus/odd.meta.json: "url" is "ftp://example.com", not an http(s) address; the document is stored without it',
    ]);
  });

  it('is no problem when absent', async () => {
    expect(await readMetadata(join(work, 'none.txt'))).toEqual({ metadata: {}, problems: [] });
  });
});
