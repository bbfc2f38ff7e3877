import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from '../graph/facts.js';

/** Turns texts into facts, in this thread or in others. */
export interface Extractor {
  extract(text: string): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

export interface ExtractionRequest {
  id: number;
  text: string;
}

/** A worker says `ready` once its extractor is loaded, then `started` as it begins each text, and answers it. */
export type ExtractionReply = { ready: true } | { started: number } | { id: number; facts: ExtractedDocument } | { id: number; error: string };

/**
 * How long a worker may spend on one text before it is stopped: a 5 MiB article takes seconds,
 * a hostile one (290,000 quotes) minutes, during which every later text waits behind it.
 */
export const DEFAULT_EXTRACTION_DEADLINE_MS = 60_000;

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);

/**
 * `threads` ≤ 1 extracts in the calling thread: no start-up cost, the right choice for a
 * few files. More starts that many worker threads, each loading its own NLP model, on
 * the first text: a run where every file is already stored starts none.
 */
export function createExtractor(threads: number, deadlineMs = DEFAULT_EXTRACTION_DEADLINE_MS): Extractor {
  if (threads <= 1) return { extract: async (text) => (await loadExtract())(text), close: async () => {} };
  return lazyPool(threads, { holdsProcess: true, yieldToCaller: true, deadlineMs });
}

/**
 * One worker thread, started on the first text, for a server: a long document is extracted
 * off the thread that answers queries (5 MiB take seconds), and a worker that dies on one
 * fails that request only. An idle worker does not keep the process alive, so a server that
 * closes needs no extra step.
 */
export function createBackgroundExtractor(deadlineMs = DEFAULT_EXTRACTION_DEADLINE_MS): Extractor {
  return lazyPool(1, { holdsProcess: false, yieldToCaller: false, deadlineMs });
}

function lazyPool(threads: number, options: PoolOptions): Extractor {
  let pool: ExtractionPool | undefined;
  return {
    extract: (text) => (pool ??= new ExtractionPool(threads, options)).extract(text),
    close: async () => pool?.close(),
  };
}

/** The extractor for this thread, loaded on first use: a server that only answers queries never loads the NLP model. */
const loadExtract = async () => (await import('../extract/index.js')).extract;

/** What a worker is told when it starts. */
export interface WorkerSettings {
  /**
   * Run at the lowest priority, so the calling thread runs whenever it has work: for bulk
   * ingest, whose one writing thread sets the pace (see extraction-worker.ts).
   */
  yieldToCaller: boolean;
}

interface PoolOptions extends WorkerSettings {
  /** Idle workers keep the process alive (false: only while they hold a text). */
  holdsProcess: boolean;
  /** Time a worker may spend on one text; past it the text fails and the worker is replaced (0: no limit). */
  deadlineMs: number;
}

interface Task extends ExtractionRequest {
  resolve(facts: ExtractedDocument): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Texts sent to this worker and not yet answered, by request id. */
  tasks: Map<number, Task>;
  /** The deadline of the text it is extracting now. */
  deadline?: NodeJS.Timeout;
}

/**
 * Texts each worker holds at once. More than one keeps a worker busy while the calling
 * thread is in a long synchronous write and cannot hand it the next text (measured: with
 * one, workers sat idle over half the time during bulk ingest).
 */
const TEXTS_PER_WORKER = 16;

/**
 * Worker threads that extract texts from a shared queue. Extraction is CPU-bound and
 * synchronous, so threads (not async) are what uses every core. A worker that dies fails
 * only the texts it held and is replaced.
 */
class ExtractionPool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  /** Why workers cannot run at all (they die before loading): every text fails with it. */
  private broken: Error | null = null;

  constructor(size: number, private readonly options: PoolOptions) {
    for (let index = 0; index < size; index++) this.slots.push(this.startSlot());
  }

  extract(text: string): Promise<ExtractedDocument> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_ENTRY, { workerData: { yieldToCaller: this.options.yieldToCaller } satisfies WorkerSettings }), ready: false, tasks: new Map() };
    slot.worker.on('message', (reply: ExtractionReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      clearTimeout(slot.deadline);
      if ('started' in reply) {
        if (this.options.deadlineMs > 0) slot.deadline = setTimeout(() => this.overran(slot, reply.started), this.options.deadlineMs).unref();
        return;
      }
      const task = slot.tasks.get(reply.id);
      slot.tasks.delete(reply.id);
      if (task) {
        if ('facts' in reply) task.resolve(reply.facts);
        else task.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', (code) => this.replace(slot, new Error(`extraction worker exited with code ${code}`)));
    return slot;
  }

  /**
   * A text that ran past the deadline fails alone; the worker, stuck in synchronous code, is
   * terminated and replaced, and the other texts it held go back to the queue.
   */
  private overran(slot: Slot, id: number): void {
    const task = slot.tasks.get(id);
    if (!task || this.closed) return;
    slot.tasks.delete(id);
    this.queue.unshift(...slot.tasks.values());
    slot.tasks.clear();
    task.reject(new Error(`extraction ran longer than ${this.options.deadlineMs / 1000} s and was stopped (--extract-timeout): the text is too long or too dense to read in time; split it, or raise the limit`));
    // Replaced now, not on its exit: a text arriving meanwhile must not go to the dying worker.
    slot.worker.removeAllListeners('message').removeAllListeners('exit');
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.startSlot();
    this.dispatch();
  }

  private replace(slot: Slot, error: Error): void {
    clearTimeout(slot.deadline);
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closed) return;
    for (const task of slot.tasks.values()) task.reject(new Error(`extraction worker failed: ${error.message}`));
    slot.tasks.clear();
    if (!slot.ready) {
      // It died loading, not on a text: a new one would too, forever.
      this.broken = new Error(`extraction workers cannot start: ${error.message}`);
      for (const task of this.queue.splice(0)) task.reject(this.broken);
      this.slots.splice(index, 1);
      return;
    }
    this.slots[index] = this.startSlot();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.tasks.size < TEXTS_PER_WORKER && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.tasks.set(task.id, task);
        slot.worker.postMessage({ id: task.id, text: task.text } satisfies ExtractionRequest);
      }
      if (this.options.holdsProcess || slot.tasks.size > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
