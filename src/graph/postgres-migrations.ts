import type { PoolClient } from 'pg';
import { CLAIMS_MIGRATION, SINGLE_CLAIMS_MIGRATION } from './postgres-claims.js';
import { UnusableDatabaseError } from './store-errors.js';

/**
 * The PostgreSQL layout, as numbered steps (the same discipline as sqlite-migrations.ts):
 * the version applied is kept in the table `whosaid_schema`; opening a database applies the
 * missing steps in one transaction each, so an interrupted upgrade leaves the last whole
 * version. Steps are never edited once released: a change to the layout is a new step at
 * the end (the claims tables are step 2).
 */
export interface PostgresMigration {
  version: number;
  description: string;
  sql: string;
}

/** Marks our databases, so we never run migrations on someone else's tables. */
export const APPLICATION = 'whosaid';

/** Two processes opening the same database together (a server and an ingest) migrate one after the other. */
const MIGRATION_LOCK = 0x77686f73_01;

/** Statement-level triggers keeping graph_totals: rows of documents, statements and mentions, and entities listed per kind. */
const ROW_COUNTERS = ['documents', 'statements', 'mentions'].map((table) => `
      CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION whosaid_count_rows();
      CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION whosaid_count_rows();`).join('');

const KINDS = [['PERSON', 'people'], ['ORGANIZATION', 'organizations'], ['COUNTRY', 'countries']] as const;
const ENTITY_COUNTERS = ([['insert', 'INSERT', 'NEW TABLE AS new_rows', ['+new_rows']], ['delete', 'DELETE', 'OLD TABLE AS old_rows', ['-old_rows']],
  ['update', 'UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows', ['+new_rows', '-old_rows']]] as const).map(([name, event, transition, sources]) => {
  const delta = (condition: string) => sources.map((source) => `${source[0]} (SELECT count(*) FROM ${source.slice(1)}${condition})`).join(' ');
  const columns = [
    ...(event === 'UPDATE' ? [] : [`entities = entities ${delta('')}`]),
    ...KINDS.map(([kind, column]) => `${column} = ${column} ${delta(` WHERE kind = '${kind}' AND mention_count > 0`)}`),
  ];
  return `
      CREATE FUNCTION whosaid_count_entities_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE graph_totals SET ${columns.join(', ')};
        RETURN NULL;
      END $$;
      CREATE TRIGGER entities_count_${name} AFTER ${event} ON entities REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION whosaid_count_entities_${name}();`;
}).join('');

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'documents, entities with their per-document contributions, mentions, statements, relation evidence, full-text search, totals',
    sql: `
      -- unaccent is a trusted extension (PostgreSQL 13+): the owner of the database may install it.
      CREATE EXTENSION IF NOT EXISTS unaccent;

      -- Search keeps searchWords' semantics (search-terms.ts): letters and digits, case and accent
      -- insensitive. Names are matched by word beginnings, unstemmed; texts stemmed (as SQLite's
      -- porter tokenizer does), with no stop words, so "the" is a word like any other.
      CREATE TEXT SEARCH CONFIGURATION whosaid_names (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION whosaid_names ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
      CREATE TEXT SEARCH DICTIONARY whosaid_english (TEMPLATE = snowball, Language = english);
      CREATE TEXT SEARCH CONFIGURATION whosaid_text (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION whosaid_text ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, whosaid_english;
      ALTER TEXT SEARCH CONFIGURATION whosaid_text ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;

      -- PostgreSQL's parser reads "U.S." as one file name and "a@b.c" as an address; searchWords
      -- splits on everything but letters and digits, so the text is split the same way first.
      -- IMMUTABLE (every function inside is, for fixed configurations) so generated columns may use them.
      CREATE FUNCTION whosaid_words(text) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql
        AS $$ SELECT regexp_replace($1, '[^[:alnum:]]+', ' ', 'g') $$;
      CREATE FUNCTION whosaid_names_vector(name text, aliases text[]) RETURNS tsvector IMMUTABLE PARALLEL SAFE LANGUAGE sql
        AS $$ SELECT to_tsvector('whosaid_names', whosaid_words(name || ' ' || array_to_string(aliases, ' '))) $$;
      CREATE FUNCTION whosaid_text_vector(first text, second text) RETURNS tsvector IMMUTABLE PARALLEL SAFE LANGUAGE sql
        AS $$ SELECT setweight(to_tsvector('whosaid_text', whosaid_words(coalesce(first, ''))), 'A') || setweight(to_tsvector('whosaid_text', whosaid_words(second)), 'B') $$;

      -- bigserial everywhere: ids are global IDs and cursors, and a sequence never gives one back.
      CREATE TABLE documents (
        id bigserial PRIMARY KEY,
        hash text NOT NULL UNIQUE,
        path text,
        url text,
        source text,
        title text,
        published_at text,
        text text NOT NULL,
        search tsvector GENERATED ALWAYS AS (whosaid_text_vector(title, text)) STORED
      );
      CREATE INDEX documents_path ON documents (path) WHERE path IS NOT NULL;
      CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;
      CREATE INDEX documents_published ON documents ((coalesce(published_at, '') COLLATE "C"), id);
      CREATE INDEX documents_search ON documents USING gin (search);

      CREATE TABLE entities (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'COUNTRY')),
        name text NOT NULL,
        code text UNIQUE,
        aliases text[] NOT NULL,
        roles text[] NOT NULL,
        organization_ids bigint[] NOT NULL,
        country_id bigint REFERENCES entities (id),
        mention_count integer NOT NULL,
        statement_count integer NOT NULL,
        names tsvector GENERATED ALWAYS AS (whosaid_names_vector(name, aliases)) STORED
      );
      -- Sorted entity lists read in index order and stop after a page; NAME lower-cases ASCII
      -- letters only and compares bytes, as SQLite and the memory store do (list-order.ts).
      CREATE INDEX entities_kind ON entities (kind, id);
      CREATE INDEX entities_kind_mentions ON entities (kind, mention_count, id);
      CREATE INDEX entities_kind_statements ON entities (kind, statement_count, id);
      CREATE INDEX entities_kind_name ON entities (kind, (translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"), id);
      CREATE INDEX entities_country ON entities (country_id, kind);
      CREATE INDEX entities_organizations ON entities USING gin (organization_ids);
      CREATE INDEX entities_names ON entities USING gin (names);

      -- The names, aliases and surnames an entity is found by (src/graph/resolve.ts lookupKeys).
      CREATE TABLE entity_keys (
        key text NOT NULL,
        entity_id bigint NOT NULL REFERENCES entities (id),
        PRIMARY KEY (key, entity_id)
      );
      CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

      -- What each document said about each entity: deleting a document rebuilds entities from the rest.
      CREATE TABLE contributions (
        entity_id bigint NOT NULL REFERENCES entities (id),
        document_id bigint NOT NULL REFERENCES documents (id),
        position integer NOT NULL,
        facts jsonb NOT NULL,
        PRIMARY KEY (entity_id, document_id, position)
      );
      CREATE INDEX contributions_document ON contributions (document_id);

      CREATE TABLE mentions (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        entity_id bigint NOT NULL REFERENCES entities (id),
        text text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL
      );
      CREATE INDEX mentions_document_entity ON mentions (document_id, entity_id);
      CREATE INDEX mentions_entity ON mentions (entity_id, document_id);

      -- The topics are an array (GIN-indexed): read with the row, found by "about any of".
      CREATE TABLE statements (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        kind text NOT NULL CHECK (kind IN ('DIRECT', 'INDIRECT', 'MIXED')),
        act text NOT NULL CHECK (act IN ('SPEECH', 'APPRAISAL', 'BELIEF', 'EVIDENCE')),
        text text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        cue text,
        speaker_id bigint REFERENCES entities (id),
        speaker_mention jsonb,
        speaker_description text,
        speaker_affiliation_id bigint,
        about_ids bigint[] NOT NULL,
        date text,
        sentence_text text NOT NULL,
        sentence_start integer NOT NULL,
        sentence_end integer NOT NULL,
        search tsvector GENERATED ALWAYS AS (whosaid_text_vector(text, sentence_text)) STORED
      );
      CREATE INDEX statements_document ON statements (document_id);
      CREATE INDEX statements_speaker ON statements (speaker_id, id);
      -- Most statements are SPEECH: the other acts are found (and counted) without reading the rest.
      CREATE INDEX statements_act ON statements (act, id);
      CREATE INDEX statements_about ON statements USING gin (about_ids);
      CREATE INDEX statements_search ON statements USING gin (search);

      CREATE TABLE relation_evidence (
        id bigserial PRIMARY KEY,
        entity_id bigint NOT NULL,
        document_id bigint NOT NULL REFERENCES documents (id),
        relation text NOT NULL,
        role text,
        target_id bigint,
        text text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL
      );
      CREATE INDEX relation_evidence_entity ON relation_evidence (entity_id);
      CREATE INDEX relation_evidence_document ON relation_evidence (document_id);

      -- Sizes of the graph, kept by statement-level triggers: count(*) over millions of mentions
      -- takes a scan in PostgreSQL, and stats is on the front page. Writers take the write lock
      -- (postgres-store.ts), so the one row is never a point of contention between them.
      CREATE TABLE graph_totals (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        documents bigint NOT NULL DEFAULT 0,
        statements bigint NOT NULL DEFAULT 0,
        mentions bigint NOT NULL DEFAULT 0,
        entities bigint NOT NULL DEFAULT 0,
        people bigint NOT NULL DEFAULT 0,
        organizations bigint NOT NULL DEFAULT 0,
        countries bigint NOT NULL DEFAULT 0
      );
      INSERT INTO graph_totals DEFAULT VALUES;

      CREATE FUNCTION whosaid_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
        changed bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN SELECT count(*) INTO changed FROM new_rows; ELSE SELECT count(*) INTO changed FROM old_rows; END IF;
        IF changed = 0 THEN RETURN NULL; END IF;
        EXECUTE format('UPDATE graph_totals SET %I = %I + $1', TG_TABLE_NAME, TG_TABLE_NAME) USING sign * changed;
        RETURN NULL;
      END $$;

      -- Entities count in stats only while a document mentions them (mention_count > 0). A
      -- trigger with transition tables takes one event, hence one function per event.
    ` + ROW_COUNTERS + ENTITY_COUNTERS + `
    `,
  },
  {
    version: 2,
    description: 'claims: the statements that report the same words of one speaker, with their outlets',
    sql: CLAIMS_MIGRATION,
  },
  {
    version: 3,
    description: 'no claim row for a claim of one report: its member stands for it',
    sql: SINGLE_CLAIMS_MIGRATION,
  },
  {
    version: 4,
    description: 'statements say whether their act is reported as not done ("did not mention …")',
    sql: `
      -- Everything stored before was read without negations: none is negated.
      ALTER TABLE statements ADD COLUMN negated boolean NOT NULL DEFAULT false;
    `,
  },
];

/**
 * Brings the database to the latest version, or refuses it: tables of another application,
 * or a layout written by a newer whosaid (unknown here; writing to it could corrupt it).
 * `where` names the database in messages, without its password.
 */
export async function migratePostgres(client: PoolClient, where: string): Promise<void> {
  const latest = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const { rows: [{ marked, tables }] } = await client.query<{ marked: boolean; tables: number }>(`SELECT
      to_regclass('whosaid_schema') IS NOT NULL AS marked,
      (SELECT count(*)::int FROM pg_tables WHERE schemaname = current_schema()) AS tables`);
    let from = 0;
    if (marked) {
      const { rows } = await client.query<{ application: string; version: number }>('SELECT application, version FROM whosaid_schema');
      if (rows.length !== 1 || rows[0].application !== APPLICATION) throw foreign(where);
      from = rows[0].version;
    } else if (tables > 0) {
      throw foreign(where);
    }
    if (from > latest) {
      throw new UnusableDatabaseError(
        `${where} was written by a newer whosaid (database version ${from}; this one knows up to ${latest}); upgrade whosaid, or pass another database with --db`,
      );
    }
    if (!marked) await client.query(`CREATE TABLE whosaid_schema (application text NOT NULL, version integer NOT NULL); INSERT INTO whosaid_schema VALUES ('${APPLICATION}', 0)`);
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= from) continue;
      // DDL is transactional in PostgreSQL: a step applies whole or not at all.
      await client.query('SAVEPOINT step');
      await client.query(migration.sql);
      await client.query('UPDATE whosaid_schema SET version = $1', [migration.version]);
      await client.query('RELEASE SAVEPOINT step');
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

const foreign = (where: string) =>
  new UnusableDatabaseError(`${where} holds tables of another application, not whosaid's; create an empty database for whosaid (createdb whosaid) and pass it with --db`);
