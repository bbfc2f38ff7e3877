import type { Migration } from './sqlite-migrations.js';

/** The claims' steps of the SQLite layout (sqlite-migrations.ts), in order. */
export const CLAIM_MIGRATIONS: readonly Migration[] = [
  {
    version: 10,
    description: 'claims: the statements that report the same words of one speaker, with their outlets',
    sql: `
      -- One row per claim, its summary kept up to date by every write (graph/claims-plan.ts).
      -- Dates are '' when unknown, so that they sort and page without coalesce().
      CREATE TABLE claims (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        speaker_id INTEGER,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        first_reported TEXT NOT NULL,
        last_reported TEXT NOT NULL,
        report_count INTEGER NOT NULL,
        outlets TEXT NOT NULL -- JSON array, the first to report first
      );
      CREATE INDEX claims_reports ON claims (report_count);
      CREATE INDEX claims_first_reported ON claims (first_reported);
      CREATE INDEX claims_last_reported ON claims (last_reported);
      CREATE INDEX claims_speaker ON claims (speaker_id);

      -- One row per statement: its claim, and what matching reads of it (graph/claims.ts claimMember).
      CREATE TABLE claim_members (
        statement_id INTEGER PRIMARY KEY REFERENCES statements (id),
        claim_id INTEGER NOT NULL REFERENCES claims (id),
        document_id INTEGER NOT NULL, -- read through statements (its index) when a document goes
        speaker_id INTEGER,
        day TEXT,
        kind TEXT NOT NULL,
        words TEXT NOT NULL,     -- normalised words, space-separated
        about_ids TEXT NOT NULL, -- JSON array of entity ids
        reported TEXT NOT NULL,
        outlet TEXT
      );
      CREATE INDEX claim_members_claim ON claim_members (claim_id, reported);
      -- Candidates of a new statement: the same speaker within a few days.
      CREATE INDEX claim_members_near ON claim_members (speaker_id, day) WHERE speaker_id IS NOT NULL;

      -- Statements stored before claims existed get theirs the next time the store opens
      -- (SqliteStore.open); clustering is TypeScript, so SQL alone cannot do it here.
      CREATE TABLE claims_backfill (pending INTEGER NOT NULL);
      INSERT INTO claims_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM statements);
    `,
  },
  {
    version: 11,
    description: 'claim members without a foreign key to their claim: cheaper claim writes',
    sql: `
      -- claim_id no longer REFERENCES claims (id). With it, storing the 10k bench documents
      -- wrote 1.5 GB more to SQLite's temporary journal files (/proc/self/io: 10.6 against 9.1 GB
      -- for the whole ingest), 60% of what claims wrote. claims-plan.ts writes a member and its
      -- claim in one transaction and removes a claim only with its last member; the contract
      -- tests check that every statement's claim lists it. Columns as in version 10.
      CREATE TABLE claim_members_11 (
        statement_id INTEGER PRIMARY KEY REFERENCES statements (id), claim_id INTEGER NOT NULL, document_id INTEGER NOT NULL,
        speaker_id INTEGER, day TEXT, kind TEXT NOT NULL, words TEXT NOT NULL, about_ids TEXT NOT NULL, reported TEXT NOT NULL, outlet TEXT
      );
      INSERT INTO claim_members_11 (statement_id, claim_id, document_id, speaker_id, day, kind, words, about_ids, reported, outlet)
        SELECT statement_id, claim_id, document_id, speaker_id, day, kind, words, about_ids, reported, outlet FROM claim_members;
      DROP TABLE claim_members;
      ALTER TABLE claim_members_11 RENAME TO claim_members;
      CREATE INDEX claim_members_claim ON claim_members (claim_id, reported);
      CREATE INDEX claim_members_near ON claim_members (speaker_id, day) WHERE speaker_id IS NOT NULL;
    `,
  },
  {
    version: 12,
    description: 'no claim row for a claim of one report: its member stands for it',
    sql: `
      -- 96% of claims have one report. Each paid a row and four index entries (three of them at
      -- random places: dates and speaker) on ingest; now a claim has a row once a second report
      -- joins it, and reads summarize a claim without a row from its one member
      -- (sqlite-claim-lists.ts). Ids stay: AUTOINCREMENT's counter is moved by every write past
      -- the ids it handed out (SqliteClaims.end), whether a row was written or not.
      DELETE FROM claims WHERE id IN (SELECT claim_id FROM claim_members GROUP BY claim_id HAVING count(*) = 1);
      -- Single claims listed by date: their member's reported is both their first and last.
      CREATE INDEX claim_members_reported ON claim_members (reported, claim_id);
    `,
  },
];
