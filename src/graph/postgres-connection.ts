import pg from 'pg';
import { StoreUnavailableError, UnusableDatabaseError } from './store-errors.js';

/**
 * Driver errors that mean "the database cannot be reached now", as opposed to a bug or bad
 * data: refused or dropped connections, a server shutting down or starting up, no free
 * connection slot. The caller may retry later; nothing half-done was committed.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections; class 08: connection exceptions.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|not queryable/i;

/** The StoreUnavailableError an error stands for, or null when it is no connection failure. */
export function unavailable(error: unknown): StoreUnavailableError | null {
  if (error instanceof StoreUnavailableError) return error;
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) return new StoreUnavailableError(code);
  if (DRIVER_MESSAGES.test(error.message)) return new StoreUnavailableError(error.message);
  return null;
}

/**
 * Why a database could not be opened, said so the operator knows what to do: the server is
 * not there, the database does not exist, the login was refused. Null for other errors.
 */
export function openFailure(error: unknown, where: string): UnusableDatabaseError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '3D000') return new UnusableDatabaseError(`${where} does not exist; create it (createdb NAME, or CREATE DATABASE) and start again`);
  if (code === '28P01' || code === '28000') return new UnusableDatabaseError(`${where} refused the login (${(error as Error).message}); check the user and password in the URL`);
  if (unavailable(error)) return new UnusableDatabaseError(`cannot reach ${where} (${unavailable(error)!.reason}); is PostgreSQL running there? check the host and port in the URL`);
  return null;
}

/**
 * One connection that LISTENs on a channel for the whole life of a store, reconnecting with
 * a growing pause (0.2 s to 5 s) when the database goes away. Listeners are called on each
 * notification and once after every reconnection, to catch up on what was missed.
 */
export class StatementListener {
  private readonly listeners = new Set<() => void>();
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 200;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string, private readonly channel: string) {
    void this.connect(false);
  }

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private async connect(reconnected: boolean): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000, application_name: 'whosaid-listen' });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.notify());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.closed) return void client.end().catch(() => undefined);
      this.client = client;
      this.retryMs = 200;
      if (reconnected) this.notify();
    } catch {
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== null && this.client !== client) return;
    this.client = null;
    void client.end().catch(() => undefined);
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect(true);
    }, this.retryMs);
    // Waiting for the database never keeps the process alive.
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5000);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
