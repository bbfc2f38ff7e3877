import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { createProgress } from '../src/ingest/progress.js';
import { GOLD, SEEDS } from './helpers.js';
import { BIN, graphql, startServer, whosaid } from './processes.js';

const GOLD_FILES = readdirSync(GOLD).filter((name) => name.endsWith('.txt')).sort();
const COPY_MARK = /\n<!-- copy \d+ -->\n$/;

const work = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `copies` distinct files per gold article (an HTML comment, which extraction ignores, makes each one new content). */
function writeCorpus(folder: string, copies: number): void {
  for (let copy = 1; copy <= copies; copy++) {
    const sub = join(folder, `batch-${copy % 7}`);
    mkdirSync(sub, { recursive: true });
    for (const name of GOLD_FILES) writeFileSync(join(sub, `${copy}-${name}`), `${readFileSync(join(GOLD, name), 'utf8')}\n<!-- copy ${copy} -->\n`);
  }
}

describe('whosaid ingest (real processes, real SQLite files)', () => {
  it('ingests files and folders, reports bad files and goes on; again adds nothing; a changed file replaces its old version', () => {
    const corpus = join(work, 'corpus');
    mkdirSync(join(corpus, 'nested', 'deeper'), { recursive: true });
    for (const name of GOLD_FILES.slice(0, 8)) copyFileSync(join(GOLD, name), join(corpus, name));
    for (const name of GOLD_FILES.slice(8)) copyFileSync(join(GOLD, name), join(corpus, 'nested', 'deeper', name));
    writeFileSync(join(corpus, 'nested', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    writeFileSync(join(corpus, 'huge.md'), 'word '.repeat(8 * 1024));
    writeFileSync(join(corpus, 'notes.json'), '{"not": "an article"}');
    const single = join(work, 'single-article.text');
    writeFileSync(single, readFileSync(join(SEEDS, readdirSync(SEEDS)[0]), 'utf8').replace('Kirby', 'John Kirby'));
    const db = join(work, 'ingest', 'graph.db');
    const args = ['ingest', corpus, single, '--db', db, '--jobs', '2', '--max-bytes', '32KB'];

    const first = whosaid(args);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stdout).toContain(`documents   16 stored, 0 skipped (already stored), 2 failed`);
    expect(first.stdout).toMatch(/huge\.md: 40 KiB, above the 32 KiB limit \(--max-bytes\)/);
    expect(first.stdout).toMatch(/nested\/scan\.txt: binary file \(contains NUL bytes\)/);
    expect(first.stderr).toContain('whosaid: 18/18 files (100%)');
    expect(first.stderr).toMatch(/whosaid: 2 file\(s\) could not be ingested \(reasons above\); the others are stored/);
    const totals = /database    .*: (\d+) documents, (\d+) entities, (\d+) statements/.exec(first.stdout)!.slice(1);
    expect(totals[0]).toBe('16');

    const second = whosaid(args);
    expect(second.stdout).toContain('documents   0 stored, 16 skipped (already stored), 2 failed');
    expect(second.stdout).toContain('statements  +0\n');
    expect(/database    .*: (\d+) documents, (\d+) entities, (\d+) statements/.exec(second.stdout)!.slice(1)).toEqual(totals);

    const changed = join(corpus, GOLD_FILES[3]);
    appendFileSync(changed, '\nThe company said in a statement that talks would continue next week.\n');
    const third = whosaid(args);
    expect(third.stdout).toContain('documents   1 stored (1 replacing a changed file), 15 skipped (already stored), 2 failed');
    expect(third.stdout).toMatch(/statements  \+\d+ -\d+/);
    const graph = new Database(db, { readonly: true });
    const atPath = graph.prepare('SELECT text FROM documents WHERE path LIKE ?').all(`%/${GOLD_FILES[3]}`) as Array<{ text: string }>;
    expect(atPath.map((row) => row.text)).toEqual([readFileSync(changed, 'utf8')]);
    expect(graph.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 16 });
    graph.close();
  }, 180_000);

  it('names each file of a folder it did not read and why, and refuses empty files', () => {
    const folder = join(work, 'mixed');
    mkdirSync(join(folder, 'inbox'), { recursive: true });
    copyFileSync(join(GOLD, GOLD_FILES[0]), join(folder, GOLD_FILES[0]));
    for (const name of ['report.pdf', 'inbox/letter.docx', 'figures.csv', '.DS_Store']) writeFileSync(join(folder, name), 'x');
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'blank.md'), ' \n\t\n');
    const db = join(work, 'mixed.db');
    const result = whosaid(['ingest', folder, '--db', db, '--jobs', '1']);
    expect(result.status).toBe(1);
    // The folder is outside the working directory, so the store names files by absolute path.
    const name = (file: string) => join(folder, file);
    expect(result.stdout).toContain('documents   1 stored, 0 skipped (already stored), 2 failed');
    expect(result.stdout).toContain(
      [
        '  not read    3 file(s) that are not articles:',
        `    ${name('figures.csv')}: not an article file (whosaid reads .txt, .md, .html and .htm)`,
        `    ${name('inbox/letter.docx')}: a Word document: save it as .txt or .html first`,
        `    ${name('report.pdf')}: a PDF: convert it to text first (e.g. pdftotext FILE.pdf FILE.txt)`,
        '  failed:',
        `    ${name('blank.md')}: only whitespace: nothing to extract`,
        `    ${name('empty.txt')}: empty file: nothing to extract`,
      ].join('\n'),
    );
    const graph = new Database(db, { readonly: true });
    expect(graph.prepare('SELECT path FROM documents').all()).toEqual([{ path: name(GOLD_FILES[0]) }]);
    graph.close();
  });

  it('refuses wrong calls with a one-line error and exit code 2', () => {
    const cases: Array<[string[], string]> = [
      [['ingest'], 'whosaid: ingest: name at least one file or folder, e.g. whosaid ingest seeds'],
      [['ingest', join(work, 'nowhere')], `whosaid: ingest: ${join(work, 'nowhere')} does not exist; name existing files or folders`],
      [['ingest', SEEDS, '--db', ':memory:'], 'whosaid: ingest: --db :memory: would forget everything on exit; name a database file'],
      [['ingest', SEEDS, '--jobs', '0'], 'whosaid: --jobs: 0 is not a number of threads; use 1 or more'],
      [['ingest', SEEDS, '--max-bytes', 'lots'], 'whosaid: --max-bytes: lots is not a size; write e.g. 5000000, 512KB or 5MB'],
    ];
    for (const [args, message] of cases) {
      const result = whosaid(args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(message);
    }
  }, 120_000);

  it('killed with SIGKILL in the middle of a folder, leaves a database that opens, holds only whole documents, and resumes', async () => {
    const corpus = join(work, 'many');
    const copies = 20;
    writeCorpus(corpus, copies);
    const total = copies * GOLD_FILES.length;
    const db = join(work, 'killed', 'graph.db');

    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--jobs', '2'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const storedBeforeKill = await killOnceStored(child, db, 20, exited);
    expect(storedBeforeKill).toBeGreaterThanOrEqual(20);

    const store = SqliteStore.open(db);
    const raw = new Database(db);
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      // FTS5 checks its index against the rows it was built from, and throws if they differ.
      raw.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check'); INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check');");
      const { documents } = await store.counts();
      expect(documents).toBeGreaterThanOrEqual(storedBeforeKill);
      expect(documents).toBeLessThan(total);

      // Whole documents only: each holds every mention and statement its text yields.
      const expected = new Map(GOLD_FILES.map((name) => {
        const facts = extract(`${readFileSync(join(GOLD, name), 'utf8')}\n<!-- copy 1 -->\n`);
        return [readFileSync(join(GOLD, name), 'utf8'), { mentions: facts.mentions.length, statements: facts.statements.length }];
      }));
      const rows = (await store.listDocuments({ first: 100, after: null })).items;
      const ids = rows.map((row) => row.id);
      const mentions = await store.mentionsOfDocuments(ids);
      const statements = await store.statementsOfDocuments(ids);
      rows.forEach((row, index) => {
        expect({ path: row.path, mentions: mentions[index].length, statements: statements[index].length }).toEqual({ path: row.path, ...expected.get(row.text.replace(COPY_MARK, '')) });
      });
    } finally {
      raw.close();
      await store.close();
    }

    const resumed = whosaid(['ingest', corpus, '--db', db, '--jobs', '2']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const stored = Number(/documents   (\d+) stored/.exec(resumed.stdout)![1]);
    const skipped = Number(/(\d+) skipped/.exec(resumed.stdout)![1]);
    expect(stored + skipped).toBe(total);
    expect(skipped).toBeGreaterThanOrEqual(storedBeforeKill);
    expect(resumed.stdout).toContain(`: ${total} documents,`);
  }, 180_000);
});

/** Waits until the database holds `threshold` documents, then kills the child mid-run; the count it saw. */
async function killOnceStored(child: ChildProcess, db: string, threshold: number, exited: Promise<number | null>): Promise<number> {
  let finished = false;
  void exited.then(() => (finished = true));
  for (;;) {
    if (finished) throw new Error('the ingest finished before it could be killed: give it more files');
    if (existsSync(db)) {
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        const { n } = reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
        reader.close();
        if (n >= threshold) {
          child.kill('SIGKILL');
          await exited;
          return n;
        }
      } catch {
        // Not created yet, or its tables not yet: look again.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('whosaid serve with a database file (real processes)', () => {
  it('keeps what was ingested across a restart, and ingests the seeds once', async () => {
    const db = join(work, 'served', 'graph.db');
    // Not among the seeds: a document only the mutation stores.
    const harbor = 'Harbor board approves dredging\n2025-03-02\n\n"We will start in April," said Marta Olsen, the chair of the Bergen harbor board, on Sunday.\n';

    const seeds = readdirSync(SEEDS).length;
    const first = await startServer(['--seeds', SEEDS, '--db', db], { WHOSAID_TOKEN: 'secret-1' });
    try {
      expect(first.log()).toContain(`${seeds} new document(s), 0 already stored`);
      const ingested = await graphql(first.url, 'mutation($text: String!) { ingestDocument(input: { text: $text }) { created } }', { text: harbor }, 'Bearer secret-1');
      expect(ingested.data.ingestDocument.created).toBe(true);
    } finally {
      await first.stop();
    }

    const second = await startServer(['--seeds', SEEDS, '--db', db]);
    try {
      expect(second.log()).toContain(`0 new document(s), ${seeds} already stored`);
      expect(second.log()).toContain('read-only API');
      const read = await graphql(second.url, '{ documents { totalCount } entity(name: "Olsen") { name } }');
      expect(read.data.documents.totalCount).toBe(seeds + 1);
      expect(read.data.entity.name).toBe('Marta Olsen');
      const refused = await graphql(second.url, 'mutation { deleteDocument(id: "RG9jdW1lbnQ6MQ") { removed { documents } } }');
      expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe('ingest progress', () => {
  it('draws a bar in place on a terminal and prints failures above it', () => {
    let screen = '';
    const progress = createProgress({ isTTY: true, columns: 100, write: (text: string) => (screen += text) }, 2);
    progress.file({ path: 'a.txt', done: 1, total: 2, outcome: { status: 'failed', reason: 'binary file (contains NUL bytes)' } });
    progress.file({ path: 'b.txt', done: 2, total: 2, outcome: { status: 'skipped' } });
    progress.finish();
    expect(screen).toContain('whosaid: failed a.txt: binary file (contains NUL bytes)\n');
    expect(screen).toMatch(/\r\x1b\[K\[█{24}\] 2\/2 .* files\/s ETA 0:00 b\.txt/);
    expect(screen.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints plain lines in a log', () => {
    let log = '';
    const progress = createProgress({ write: (text: string) => (log += text) }, 20);
    for (let done = 1; done <= 20; done++) progress.file({ path: `${done}.txt`, done, total: 20, outcome: { status: 'skipped' } });
    progress.finish();
    expect(log.split('\n').filter(Boolean)).toHaveLength(10);
    expect(log).not.toContain('\r');
  });
});
