import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Real PostgreSQL for tests: the server .ci/run makes sure is up (127.0.0.1:5432, trust
 * auth), or WHOSAID_TEST_POSTGRES. Each test run works in databases of its own, created
 * here and dropped after, so runs (and other people's data) never meet.
 */
export const ADMIN_URL = process.env.WHOSAID_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether PostgreSQL answers. On a developer's machine without it the PostgreSQL tests are
 * skipped; in CI (CI=true) they must run, so an unreachable server fails the run loudly.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is unreachable at ${ADMIN_URL} (${(error as Error).message}); CI must run the PostgreSQL tests: start it (.ci/run does)`);
    }
    console.warn(`PostgreSQL unreachable at ${ADMIN_URL}: its tests are skipped`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const created: string[] = [];

/** A new empty database (whosaid_test_<random>); its URL. Dropped by dropTestDatabases. */
export async function createTestDatabase(): Promise<string> {
  const name = `whosaid_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  created.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database this run created, even with connections still open. */
export async function dropTestDatabases(): Promise<void> {
  while (created.length) await admin(`DROP DATABASE IF EXISTS ${created.pop()} WITH (FORCE)`);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
