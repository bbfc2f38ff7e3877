import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { ExtractionReply, ExtractionRequest, WorkerSettings } from './extraction-pool.js';

/** Extracts each text the pool sends, one at a time; a failure is a reply, not a crash. */
parentPort!.on('message', ({ id, text }: ExtractionRequest) => {
  // The pool times each text from here: the texts queued behind it are not yet its concern.
  parentPort!.postMessage({ started: id } satisfies ExtractionReply);
  let reply: ExtractionReply;
  try {
    reply = { id, facts: extract(text) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
if ((workerData as WorkerSettings).yieldToCaller) yieldToCaller();
parentPort!.postMessage({ ready: true } satisfies ExtractionReply);

/**
 * Extraction runs at the lowest priority, so the calling thread (the one writing to the store)
 * runs whenever it has work. With as many workers as cores, a writer at equal priority got
 * about two thirds of a core and held the whole ingest back (measured on 2 cores, 3,000
 * documents: 243 → 282 documents/s). On Linux the call lowers only this thread; elsewhere it
 * would lower the whole process, so it is left alone there.
 */
function yieldToCaller(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(19);
  } catch {
    // Not permitted here (a locked-down container): extraction runs at the usual priority.
  }
}
