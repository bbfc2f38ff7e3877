import { createPubSub } from 'graphql-yoga';
import type { Store } from '../graph/store.js';
import type { StatementRow } from '../graph/types.js';

/** What subscriptions can watch: statements as they are stored. */
export const createGraphEvents = () => createPubSub<{ statementAdded: [statement: StatementRow] }>();

export type GraphEvents = ReturnType<typeof createGraphEvents>;

/** Statements read per query while catching up (a large ingest may have stored thousands). */
const BATCH = 500;

/**
 * Announces each statement of the database once, in id order, whoever stored it:
 * ingestDocument on this server (announced as soon as its transaction commits) or another
 * process writing the same database (`whosaid ingest`, another server), seen when the store
 * says so (onStatementsAdded: PostgreSQL's NOTIFY), else by looking for a newer statement
 * id every `pollMs`. Statements already stored when the server starts are not news.
 */
export class StatementFeed {
  /**
   * The highest statement id announced (null: not known yet, the store failed to say). Each
   * run chains on the previous one, so none overlap.
   */
  private announced: Promise<number | null>;
  private readonly stop: () => void;

  constructor(private readonly store: Store, private readonly events: GraphEvents, pollMs: number) {
    this.announced = this.latest();
    if (store.onStatementsAdded) {
      this.stop = store.onStatementsAdded(() => this.wake());
      return;
    }
    const timer = setInterval(() => void this.announce(), pollMs);
    // Polling alone never keeps the process alive.
    timer.unref();
    this.stop = () => clearInterval(timer);
  }

  private waking = false;

  /**
   * One more announce after the current one, however many notifications arrive meanwhile:
   * a burst of commits costs one read, not one per commit.
   */
  private wake(): void {
    if (this.waking) return;
    this.waking = true;
    void this.announced.then(() => {
      this.waking = false;
      return this.announce();
    });
  }

  /** Publishes every statement stored since the last call; resolves once they are published. */
  announce(): Promise<void> {
    const previous = this.announced;
    const run = previous.then(async (after) => {
      // Without a starting point, start from now: announcing the whole database would be wrong.
      if (after === null) return this.latest();
      let mark = after;
      for (;;) {
        const batch = await this.store.statementsAfter(mark, BATCH);
        for (const statement of batch) this.events.publish('statementAdded', statement);
        if (batch.length > 0) mark = batch[batch.length - 1].id;
        if (batch.length < BATCH) return mark;
      }
    });
    // A failed read (the store closing) announces nothing and keeps the mark: the next run retries.
    this.announced = run.catch(() => previous);
    return run.then(() => undefined, () => undefined);
  }

  close(): void {
    this.stop();
  }

  private latest(): Promise<number | null> {
    return Promise.resolve()
      .then(() => this.store.latestStatementId())
      .catch(() => null);
  }
}
