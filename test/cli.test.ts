import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEEDS } from './helpers.js';

const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('whosaid serve (a real child process)', () => {
  it('ingests the seeds, serves GraphQL over HTTP and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--seeds', SEEDS, '--port', '0', '--db', ':memory:'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /GraphiQL at (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ statements(first: 50, filter: { about: "North Korea", speaker: "John Kirby" }) { totalCount } }' }),
      });
      const body = (await response.json()) as { data: { statements: { totalCount: number } } };
      expect(response.status).toBe(200);
      expect(body.data.statements.totalCount).toBeGreaterThan(5);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});

describe('whosaid command line', () => {
  it('prints extracted facts as JSON', () => {
    const result = run('extract', SEED_ARTICLE);
    expect(result.status).toBe(0);
    const { documents } = JSON.parse(result.stdout);
    expect(documents[0].publishedAt).toBe('2024-05-28T18:53:32');
    expect(documents[0].entities.map((entity: { name: string }) => entity.name)).toContain('John Kirby');
    expect(documents[0].statements.length).toBeGreaterThan(10);
  });

  it('refuses an unknown flag with a one-line error and exit code 2', () => {
    const result = run('serve', '--sedes', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Unknown option '--sedes'.*whosaid serve --help/);
  });

  it('refuses a missing seeds folder and says what to do', () => {
    const result = run('serve', '--seeds', './seedz');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('whosaid: --seeds: folder ./seedz does not exist; pass an existing folder of articles');
  });

  it('refuses an unknown command', () => {
    const result = run('serv');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "serv"');
  });

  it('has --help on every command', () => {
    for (const command of ['serve', 'ingest', 'extract', 'eval', 'print-schema']) {
      const result = run(command, '--help');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: whosaid ${command}`));
    }
  }, 120_000);
});

describe('whosaid says what went wrong and what to do', () => {
  const work = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('called with nothing to do, prints its help on stderr with exit code 2 (a usage error)', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^whosaid .* who said what about whom[\s\S]*Commands:\n {2}serve /);
  });

  it('asked for --help, prints it on stdout with exit code 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Commands:');
    expect(result.stderr).toBe('');
  });

  it('prints its version (package.json\'s) with --version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`whosaid ${version}\n`);
  });

  it('extract reads a folder\'s articles (sub-folders too), and names a path that does not exist', () => {
    const folder = join(work, 'articles');
    mkdirSync(join(folder, 'older'), { recursive: true });
    copyFileSync(SEED_ARTICLE, join(folder, 'kirby.txt'));
    copyFileSync(SEED_ARTICLE, join(folder, 'older', 'kirby-again.md'));
    writeFileSync(join(folder, 'notes.csv'), 'not,an,article');
    const read = run('extract', folder);
    expect(read.status, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout).documents.map((document: { path: string }) => document.path)).toEqual([join(folder, 'kirby.txt'), join(folder, 'older', 'kirby-again.md')]);
    const missing = run('extract', join(work, 'nowhere.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`whosaid: extract: ${join(work, 'nowhere.txt')} does not exist; name existing files or folders`);
  }, 120_000);

  it('extract names the file it cannot read (binary, empty)', () => {
    const binary = join(work, 'scan.txt');
    const empty = join(work, 'empty.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    writeFileSync(empty, '');
    expect(run('extract', binary).stderr.trim()).toBe(`whosaid: extract: ${binary}: binary file (contains NUL bytes)`);
    const refused = run('extract', empty);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`whosaid: extract: ${empty}: empty file: nothing to extract`);
  }, 120_000);

  it('serve --seeds with a file says it is a file, not that a folder is missing', () => {
    const file = join(SEEDS, readdirSync(SEEDS)[0]);
    const result = run('serve', '--seeds', file, '--db', ':memory:');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`whosaid: --seeds: ${file} is a file, not a folder; pass the folder that holds your articles (or add one file with whosaid ingest ${file})`);
  });

  it('serve on a busy port fails at once, before reading the seeds, and suggests --port', async () => {
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as AddressInfo;
    try {
      const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'serve', '--seeds', SEEDS, '--db', ':memory:', '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('exit', (status) => resolve({ status, stderr }));
      });
      expect(result.status).toBe(1);
      expect(result.stderr).not.toContain('new document(s)');
      expect(result.stderr.trim()).toBe(`whosaid: --port ${port}: the port is already in use (another whosaid?); stop that server or pick another port, e.g. --port ${port + 1} (--port 0 takes any free one)`);
    } finally {
      squatter.close();
    }
  });

  it('eval --gold on a folder without gold pairs is an error, not a perfect score', () => {
    const folder = join(work, 'no-gold');
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.txt'), 'An article with no annotation beside it.');
    const result = run('eval', '--gold', folder);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`whosaid: --gold: ${folder} holds no gold pairs (NN-name.json beside NN-name.txt); point --gold at a folder of gold annotations, e.g. test/fixtures/gold`);
  }, 120_000);
});

describe('whosaid ends quietly when its reader goes away (whosaid … | head)', () => {
  /** Runs the command with its stdout on a pipe that the reader closes before the first byte is written. */
  const withReaderGone = (...args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (status) => resolve({ status, stderr }));
    });

  it.each([['extract', SEED_ARTICLE], ['print-schema'], ['--help'], ['--version'], ['serve', '--help']])('whosaid %s …', async (...args) => {
    const result = await withReaderGone(...args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
