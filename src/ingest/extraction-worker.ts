import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-pool.js';

/** Extracts each text the pool sends, one at a time; a failure is a reply, not a crash. */
parentPort!.on('message', ({ id, text }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, facts: extract(text) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true } satisfies ExtractionReply);
