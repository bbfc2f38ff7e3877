import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS } from './helpers.js';

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
  });
});

describe('whosaid command line', () => {
  it('prints extracted facts as JSON', () => {
    const result = run('extract', `${SEEDS}/000_f6c11c6d44cc0b38.txt`);
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
  });
});
