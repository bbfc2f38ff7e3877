import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Real processes and real HTTP for tests: the CLI as users run it, GraphQL over fetch, subscriptions over SSE. */
export const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));

/** Runs the CLI to the end. */
export const whosaid = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

/** Posts a GraphQL request to an endpoint (…/graphql); the parsed response body. */
export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

/** `whosaid serve` on a free port; resolves with its GraphQL URL once it listens. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WHOSAID_TOKEN: '', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let running = true;
  void exited.then(() => (running = false));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /GraphiQL at (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    log: () => stderr,
    /** Whether the process is still alive. */
    running: () => running,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Opens a subscription over Server-Sent Events at an endpoint (…/graphql); the stream stays open until `signal` aborts. */
export const subscribe = (url: string, query: string, signal: AbortSignal) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query }), signal });

/** Reads Server-Sent Events from a response: each `data:` payload parsed, and null for a comment (Yoga's keep-alive ping). */
export async function* serverSentEvents(response: Response): AsyncGenerator<any> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
      yield data ? JSON.parse(data) : null;
    }
  }
}
