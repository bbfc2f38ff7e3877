/**
 * Extraction on every core: a pool of worker threads, each running `extract()` on chunks of
 * documents it takes from a shared queue (so a slow chunk never leaves a core idle).
 * The worker entry is worker.js, which registers tsx before loading this file.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { extract } from '../../src/extract/index.js';

type ToWorker = { id: number; texts: string[] };
type FromWorker = { ready: true } | { id: number; statements: number } | { id: number; error: string };

const WORKER_ENTRY = new URL('./worker.js', import.meta.url);

/** Worker side: extracts each chunk it is sent and answers with the number of statements found. */
export function serveExtraction(): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtraction() runs inside a worker thread');
  port.on('message', ({ id, texts }: ToWorker) => {
    try {
      let statements = 0;
      for (const text of texts) statements += extract(text).statements.length;
      port.postMessage({ id, statements } satisfies FromWorker);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
    }
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

/** Main side: N workers fed from one queue of chunks. */
export class ExtractionPool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(threads: number): Promise<ExtractionPool> {
    const workers = Array.from({ length: threads }, () => new Worker(WORKER_ENTRY));
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (message: FromWorker) => ('ready' in message ? resolve() : reject(new Error('worker did not start'))));
    })));
    return new ExtractionPool(workers);
  }

  /** Extracts every text; resolves with the total number of statements once all chunks are done. */
  async run(texts: readonly string[], chunkSize = 20): Promise<number> {
    const chunks: string[][] = [];
    for (let i = 0; i < texts.length; i += chunkSize) chunks.push(texts.slice(i, i + chunkSize));
    let next = 0;
    let statements = 0;
    await Promise.all(this.workers.map(async (worker) => {
      while (next < chunks.length) {
        const id = next++;
        statements += await this.send(worker, { id, texts: chunks[id] });
      }
    }));
    return statements;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private send(worker: Worker, message: ToWorker): Promise<number> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: FromWorker) => {
        if (!('id' in reply) || reply.id !== message.id) return;
        worker.off('message', onMessage);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.statements);
      };
      worker.on('message', onMessage);
      worker.postMessage(message);
    });
  }
}
