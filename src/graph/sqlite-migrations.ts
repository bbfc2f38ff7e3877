import type { Database } from 'better-sqlite3';
import { CLAIM_MIGRATIONS } from './sqlite-claim-migrations.js';
import { UnusableDatabaseError } from './store-errors.js';

export { UnusableDatabaseError };

/**
 * The database layout, as numbered steps. The number of steps applied is kept in SQLite's
 * `user_version` pragma; opening a database applies the missing steps, each in its own
 * transaction, so an interrupted upgrade leaves the last whole version behind. Steps are
 * never edited once released: a change to the layout is a new step at the end.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Marks our files ("whos" in ASCII), so we never run migrations on someone else's database. */
export const APPLICATION_ID = 0x77686f73;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, entities with their per-document contributions, mentions, statements',
    sql: `
      -- AUTOINCREMENT everywhere: ids are global IDs and cursors, so a deleted id must never come back.
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        hash TEXT NOT NULL UNIQUE,
        path TEXT,
        url TEXT,
        source TEXT,
        title TEXT,
        published_at TEXT,
        text TEXT NOT NULL
      );
      CREATE INDEX documents_path ON documents (path) WHERE path IS NOT NULL;
      CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'COUNTRY')),
        name TEXT NOT NULL,
        code TEXT UNIQUE,
        aliases TEXT NOT NULL,          -- JSON array of strings
        roles TEXT NOT NULL,            -- JSON array of strings
        organization_ids TEXT NOT NULL, -- JSON array of entity ids
        country_id INTEGER REFERENCES entities (id),
        mention_count INTEGER NOT NULL,
        statement_count INTEGER NOT NULL
      );

      -- The names, aliases and surnames an entity is found by (src/graph/resolve.ts lookupKeys).
      CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (key, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

      -- What each document said about each entity: deleting a document rebuilds entities from the rest.
      CREATE TABLE contributions (
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        document_id INTEGER NOT NULL REFERENCES documents (id),
        position INTEGER NOT NULL,
        facts TEXT NOT NULL,            -- JSON EntityContribution
        PRIMARY KEY (entity_id, document_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX contributions_document ON contributions (document_id);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      );
      CREATE INDEX mentions_document ON mentions (document_id);
      CREATE INDEX mentions_entity ON mentions (entity_id);

      CREATE TABLE statements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        kind TEXT NOT NULL CHECK (kind IN ('DIRECT', 'INDIRECT', 'MIXED')),
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        cue TEXT,
        speaker_id INTEGER REFERENCES entities (id),
        speaker_mention TEXT,           -- JSON { text, start, end }
        speaker_description TEXT,
        date TEXT,
        sentence_text TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL
      );
      CREATE INDEX statements_document ON statements (document_id);
      CREATE INDEX statements_speaker ON statements (speaker_id);

      CREATE TABLE statement_about (
        statement_id INTEGER NOT NULL REFERENCES statements (id),
        position INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (statement_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX statement_about_entity ON statement_about (entity_id, statement_id);
    `,
  },
  {
    version: 2,
    description: 'full-text search (FTS5) over documents and statements, kept in sync by triggers',
    sql: `
      -- External-content tables: the text lives once, in documents and statements; the
      -- triggers update the index inside the transaction that writes the row.
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
      INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

      CREATE VIRTUAL TABLE statements_fts USING fts5 (
        text, sentence_text, content = 'statements', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, text, sentence_text) VALUES (new.id, new.text, new.sentence_text);
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text, sentence_text) VALUES ('delete', old.id, old.text, old.sentence_text);
      END;
      INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 3,
    description: 'exploration: indexes for sorted and filtered lists, organizations of entities as rows, entity names searchable by prefix',
    sql: `
      -- Sorted entity lists read in index order (the rowid, the tie-breaker, ends every index entry).
      CREATE INDEX entities_kind_mentions ON entities (kind, mention_count);
      CREATE INDEX entities_kind_statements ON entities (kind, statement_count);
      CREATE INDEX entities_kind_name ON entities (kind, lower(name));
      CREATE INDEX entities_country ON entities (country_id, kind);
      -- Who appears with whom: the entities of a document without reading the mention rows.
      CREATE INDEX mentions_document_entity ON mentions (document_id, entity_id);
      CREATE INDEX documents_published ON documents (published_at);

      -- entities.organization_ids as rows, so "people of an organization" is an index lookup;
      -- kept in step with the JSON column by triggers, inside the transaction that writes it.
      CREATE TABLE entity_organizations (
        organization_id INTEGER NOT NULL,
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (organization_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_organizations_entity ON entity_organizations (entity_id);
      INSERT OR IGNORE INTO entity_organizations (organization_id, entity_id) SELECT j.value, e.id FROM entities e, json_each(e.organization_ids) j;
      CREATE TRIGGER entity_organizations_insert AFTER INSERT ON entities BEGIN
        INSERT OR IGNORE INTO entity_organizations (organization_id, entity_id) SELECT value, new.id FROM json_each(new.organization_ids);
      END;
      CREATE TRIGGER entity_organizations_update AFTER UPDATE OF organization_ids ON entities BEGIN
        DELETE FROM entity_organizations WHERE entity_id = old.id;
        INSERT OR IGNORE INTO entity_organizations (organization_id, entity_id) SELECT value, new.id FROM json_each(new.organization_ids);
      END;
      CREATE TRIGGER entity_organizations_delete AFTER DELETE ON entities BEGIN
        DELETE FROM entity_organizations WHERE entity_id = old.id;
      END;

      -- Names and aliases of each entity, searchable by word prefix ("kirb" finds John Kirby).
      CREATE VIRTUAL TABLE entities_fts USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
      INSERT INTO entities_fts (rowid, names)
        SELECT id, name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(aliases)) FROM entities;
      CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
        INSERT INTO entities_fts (rowid, names) VALUES (new.id, new.name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.aliases)));
      END;
      CREATE TRIGGER entities_fts_update AFTER UPDATE OF name, aliases ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
        INSERT INTO entities_fts (rowid, names) VALUES (new.id, new.name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.aliases)));
      END;
      CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
      END;
    `,
  },
  {
    version: 4,
    description: 'unnamed sources keep the organization or country their description gives',
    sql: `
      ALTER TABLE statements ADD COLUMN speaker_affiliation_id INTEGER;
    `,
  },
  {
    version: 5,
    description: 'evidence of relations: the span that gives a role, an organization or a country',
    sql: `
      CREATE TABLE relation_evidence (
        entity_id INTEGER NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        relation TEXT NOT NULL,
        role TEXT,
        target_id INTEGER,
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      );
      CREATE INDEX relation_evidence_entity ON relation_evidence (entity_id);
      CREATE INDEX relation_evidence_document ON relation_evidence (document_id);
    `,
  },
  {
    version: 6,
    description: 'the full-text indexes are written once per transaction, from a queue the triggers fill',
    sql: `
      -- FTS5 flushes its pending terms at every statement savepoint, so a trigger that indexed
      -- each row as it was written made one index segment per row (measured: 1.1 of 2.7 ms
      -- per document ingested). Triggers now queue the row; the store indexes the queue with
      -- one statement per table before each write transaction commits (flushSearchQueue).
      -- Every row is indexed or queued, never both: a deleted row leaves the queue or the index.
      CREATE TABLE search_queue (
        source TEXT NOT NULL CHECK (source IN ('document', 'statement', 'entity')),
        id INTEGER NOT NULL,
        PRIMARY KEY (source, id)
      ) WITHOUT ROWID;

      DROP TRIGGER documents_fts_insert;
      DROP TRIGGER documents_fts_delete;
      CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_queue (source, id) VALUES ('document', new.id);
      END;
      CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', old.id, old.title, old.text
          WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE source = 'document' AND id = old.id);
        DELETE FROM search_queue WHERE source = 'document' AND id = old.id;
      END;

      DROP TRIGGER statements_fts_insert;
      DROP TRIGGER statements_fts_delete;
      CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
        INSERT INTO search_queue (source, id) VALUES ('statement', new.id);
      END;
      CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text, sentence_text) SELECT 'delete', old.id, old.text, old.sentence_text
          WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE source = 'statement' AND id = old.id);
        DELETE FROM search_queue WHERE source = 'statement' AND id = old.id;
      END;

      -- entities_fts keeps its own copy of the names: a renamed entity leaves it at once (renames
      -- are rare) and is queued to come back under its new names.
      DROP TRIGGER entities_fts_insert;
      DROP TRIGGER entities_fts_update;
      DROP TRIGGER entities_fts_delete;
      CREATE TRIGGER entities_search_insert AFTER INSERT ON entities BEGIN
        INSERT INTO search_queue (source, id) VALUES ('entity', new.id);
      END;
      CREATE TRIGGER entities_search_update AFTER UPDATE OF name, aliases ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_queue (source, id) VALUES ('entity', new.id);
      END;
      CREATE TRIGGER entities_search_delete AFTER DELETE ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
        DELETE FROM search_queue WHERE source = 'entity' AND id = old.id;
      END;
    `,
  },
  {
    version: 7,
    description: 'entity lists in id order read an index of their kind',
    sql: `
      -- (kind) is (kind, id): people(first: 20) in the default order stops after 20 rows
      -- instead of sorting every person (22 ms at 10k documents).
      CREATE INDEX entities_kind ON entities (kind);
    `,
  },
  {
    version: 8,
    description: 'statements say what kind of attribution they are (speech, appraisal, belief, evidence)',
    sql: `
      -- Everything stored before acts existed was read as reported speech.
      ALTER TABLE statements ADD COLUMN act TEXT NOT NULL DEFAULT 'SPEECH';
    `,
  },
  {
    version: 9,
    description: 'people are found by their roles too ("minister")',
    sql: `
      -- entities_fts gains a column of roles, searched by search() and never by name filters
      -- (which match {names} only). Rows still queued are indexed by the next flush.
      DROP TABLE entities_fts;
      CREATE VIRTUAL TABLE entities_fts USING fts5 (names, roles, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
      INSERT INTO entities_fts (rowid, names, roles)
        SELECT e.id, e.name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(e.aliases)),
          (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(e.roles))
        FROM entities e WHERE NOT EXISTS (SELECT 1 FROM search_queue q WHERE q.source = 'entity' AND q.id = e.id);
      DROP TRIGGER entities_search_update;
      CREATE TRIGGER entities_search_update AFTER UPDATE OF name, aliases, roles ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_queue (source, id) VALUES ('entity', new.id);
      END;
    `,
  },
  ...CLAIM_MIGRATIONS,
  {
    version: 13,
    description: 'statements are found by their act without reading every statement',
    sql: `
      -- Most statements are SPEECH: "acts: [APPRAISAL, BELIEF, EVIDENCE]" counted its matches
      -- by visiting every statement row (34 ms at 10k documents); the index alone answers it.
      CREATE INDEX statements_act ON statements (act);
    `,
  },
  {
    version: 14,
    description: 'statements say whether their act is reported as not done ("did not mention …")',
    sql: `
      -- Everything stored before was read without negations: none is negated.
      ALTER TABLE statements ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
    `,
  },
];

/**
 * Brings the database to the latest version, or refuses it: a file of another application,
 * or one written by a newer whosaid (its layout is unknown here; opening it could corrupt it).
 */
export function migrate(db: Database, file: string): void {
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const from = db.pragma('user_version', { simple: true }) as number;
  const hasTables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'`).get() as { n: number }).n > 0;

  if (applicationId !== APPLICATION_ID && (hasTables || from !== 0)) {
    throw new UnusableDatabaseError(`${file} is a SQLite database of another application, not whosaid's; pass a new file with --db`);
  }
  if (from > latest) {
    throw new UnusableDatabaseError(
      `${file} was written by a newer whosaid (database version ${from}; this one knows up to ${latest}); upgrade whosaid, or pass another file with --db`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      // Another process (a server and an ingest started together) may have applied it meanwhile.
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
