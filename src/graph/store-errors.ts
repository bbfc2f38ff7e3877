/** A database whosaid cannot use (another application's, a newer layout, not a database); the message says what to do. */
export class UnusableDatabaseError extends Error {}

/**
 * The store's database cannot be reached right now (restarted, network down, too many
 * connections). Nothing was written by the failed call; the same call later may succeed.
 * The server answers it as DATABASE_UNAVAILABLE, without the driver's message.
 */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`the database is unavailable (${reason}); try again shortly`);
  }
}
