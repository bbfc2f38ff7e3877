import type { PoolClient } from 'pg';
import { claimMember, windowOf } from './claims.js';
import { claimsOnDelete, claimsOnIngest, type ClaimChanges, type ClaimIndex } from './claims-plan.js';
import { STATEMENT_COLUMNS, toStatement, type StatementRecord } from './postgres-rows.js';
import { claimFromColumns, memberFromColumns, type ClaimColumns, type ClaimMemberColumns } from './claim-columns.js';
import type { ClaimMemberRow } from './types.js';

/**
 * The PostgreSQL side of claims (migration 2): the writes that keep them exact, run inside
 * the store's write transaction (which holds the write lock, so no other process changes
 * claims meanwhile), and the row mapping of the reads.
 *
 * claims-plan.ts asks its ClaimIndex synchronously; PostgreSQL answers asynchronously, so
 * each write first loads, in one or two queries, every member the plan can ask about (as
 * claims-plan.ts describes) and the plan then reads them from memory.
 */
export const CLAIMS_MIGRATION = `
  -- One row per claim, its summary kept up to date by every write (graph/claims-plan.ts).
  -- Dates are '' when unknown, so that they sort and page without coalesce().
  CREATE TABLE claims (
    id bigserial PRIMARY KEY,
    speaker_id bigint,
    kind text NOT NULL,
    text text NOT NULL,
    first_reported text COLLATE "C" NOT NULL,
    last_reported text COLLATE "C" NOT NULL,
    report_count integer NOT NULL,
    outlets text[] NOT NULL -- the first to report first
  );
  CREATE INDEX claims_reports ON claims (report_count);
  CREATE INDEX claims_first_reported ON claims (first_reported);
  CREATE INDEX claims_last_reported ON claims (last_reported);
  CREATE INDEX claims_speaker ON claims (speaker_id);

  -- One row per statement: its claim, and what matching reads of it (graph/claims.ts claimMember).
  CREATE TABLE claim_members (
    statement_id bigint PRIMARY KEY,
    claim_id bigint NOT NULL,
    document_id bigint NOT NULL,
    speaker_id bigint,
    day text COLLATE "C",
    kind text NOT NULL,
    words text NOT NULL, -- normalised words, space-separated
    about_ids bigint[] NOT NULL,
    reported text COLLATE "C" NOT NULL,
    outlet text
  );
  CREATE INDEX claim_members_claim ON claim_members (claim_id, reported);
  CREATE INDEX claim_members_document ON claim_members (document_id);
  -- Candidates of a new statement: the same speaker within a few days.
  CREATE INDEX claim_members_near ON claim_members (speaker_id, day) WHERE speaker_id IS NOT NULL;

  -- Statements stored before claims existed get theirs the next time a store opens
  -- (PostgresStore.open); clustering is TypeScript, so SQL alone cannot do it here.
  CREATE TABLE claims_backfill (pending boolean NOT NULL);
  INSERT INTO claims_backfill SELECT true WHERE EXISTS (SELECT 1 FROM statements);
`;

/**
 * Migration 3: no claim row for a claim of one report (96% of them), whose row and four index
 * entries every ingest paid; its member stands for it, and reads summarize it from that member
 * (postgres-claim-lists.ts). Ids stay: ClaimIds moves the sequence past every id handed out.
 */
export const SINGLE_CLAIMS_MIGRATION = `
  DELETE FROM claims WHERE id IN (SELECT claim_id FROM claim_members GROUP BY claim_id HAVING count(*) = 1);
  -- Single claims listed by date: their member's reported is both their first and last.
  CREATE INDEX claim_members_reported ON claim_members (reported, claim_id);
`;

/**
 * Member columns with the statement's text, which matching never reads but summaries quote.
 * The text is read by primary key (`OFFSET 0` keeps it a lookup): planned as a join from the
 * lagging statistics of a bulk ingest, it hashed the whole statements table per document.
 */
const MEMBERS = `SELECT m.*, st.text FROM claim_members m CROSS JOIN LATERAL (SELECT s.text FROM statements s WHERE s.id = m.statement_id OFFSET 0) st`;

export type MemberRecord = ClaimMemberColumns;
export type ClaimRecord = ClaimColumns;

/** After a document's statements are written: they join the claims they report, or start their own. */
export async function claimsOfNewDocument(client: PoolClient, documentId: number, publishedAt: string | null, outlet: string | null): Promise<void> {
  const { rows } = await client.query<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.document_id = $1 ORDER BY s.id`, [documentId]);
  const added = rows.map((record) => claimMember(toStatement(record), publishedAt, outlet));
  if (added.length === 0) return;
  const windows = added.filter((row) => row.speakerId !== null).map((row) => ({ speaker_id: row.speakerId, ...(windowOf(row.day) ?? { from: null, to: null }) }));
  // Claims only, no text: one index range per window (claim_members_near). A plain join on
  // the windows was planned as a scan of every member, so ingest slowed as the table grew.
  const near = windows.length === 0 ? [] : (await client.query<{ claim_id: number }>(`SELECT DISTINCT n.claim_id
    FROM jsonb_to_recordset($1::jsonb) AS q (speaker_id bigint, "from" text, "to" text)
    CROSS JOIN LATERAL (
      SELECT m.claim_id FROM claim_members m WHERE m.speaker_id = q.speaker_id AND q."from" IS NOT NULL AND m.day BETWEEN q."from" AND q."to"
      UNION ALL SELECT m.claim_id FROM claim_members m WHERE m.speaker_id = q.speaker_id AND q."from" IS NULL AND m.day IS NULL) n`,
  [JSON.stringify(windows)])).rows;
  const members = await membersOfClaims(client, near.map((row) => row.claim_id));
  const ids = await ClaimIds.read(client);
  await apply(client, claimsOnIngest(added, memoryIndex(members, ids)));
  await ids.save(client);
}

/** Before a document's statements are deleted: its members go, the claims they leave are split or removed. */
export async function claimsOfRemovedDocument(client: PoolClient, documentId: number): Promise<void> {
  const { rows: removed } = await client.query<{ statement_id: number; claim_id: number }>(
    'DELETE FROM claim_members WHERE document_id = $1 RETURNING statement_id, claim_id', [documentId]);
  if (removed.length === 0) return;
  const claimIds = [...new Set(removed.map((row) => row.claim_id))];
  const remaining = await membersOfClaims(client, claimIds);
  const ids = await ClaimIds.read(client);
  await apply(client, claimsOnDelete(removed.map((row) => row.statement_id), removed.map((row) => row.claim_id), memoryIndex(remaining, ids)));
  await ids.save(client);
}

/** Claims for the statements of every document, in id order, as if ingested again (once, after migration 2). */
export async function backfillClaims(client: PoolClient): Promise<void> {
  const { rows: [pending] } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM claims_backfill');
  if (pending.n === 0) return;
  const { rows: documents } = await client.query<{ id: number; published_at: string | null; source: string | null }>('SELECT id, published_at, source FROM documents ORDER BY id');
  for (const document of documents) await claimsOfNewDocument(client, document.id, document.published_at, document.source);
  await client.query('DELETE FROM claims_backfill');
}

async function membersOfClaims(client: PoolClient, claimIds: readonly number[]): Promise<ClaimMemberRow[]> {
  if (claimIds.length === 0) return [];
  return (await client.query<MemberRecord>(`${MEMBERS} WHERE m.claim_id = ANY($1::bigint[])`, [claimIds])).rows.map(toMember);
}

/**
 * New claim ids from the claims' own sequence, handed out one after the other with no gap
 * (as the other stores do, so every store gives a graph the same ids): read once per write,
 * and moved past the last one used. Safe because every write holds the store's write lock.
 */
class ClaimIds {
  private constructor(private last: number, private readonly first: number) {}

  static async read(client: PoolClient): Promise<ClaimIds> {
    const { rows: [{ last }] } = await client.query<{ last: number }>('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END AS last FROM claims_id_seq');
    return new ClaimIds(last, last);
  }

  next(): number {
    return ++this.last;
  }

  async save(client: PoolClient): Promise<void> {
    if (this.last > this.first) await client.query(`SELECT setval('claims_id_seq', $1)`, [this.last]);
  }
}

/** The plan's index over members loaded ahead: every row it can ask for is among them. */
function memoryIndex(members: readonly ClaimMemberRow[], ids: ClaimIds): ClaimIndex {
  return {
    membersNear: (speakerId, day) => {
      const window = windowOf(day);
      return members.filter((row) => row.speakerId === speakerId && (window ? row.day !== null && row.day >= window.from && row.day <= window.to : row.day === null));
    },
    membersOf: (claimIds) => members.filter((row) => claimIds.includes(row.claimId)),
    textOf: (statementId) => members.find((row) => row.statementId === statementId)!.text,
    newClaimId: () => ids.next(),
  };
}

/** Writes what the plan decided: one statement per table, whatever the number of rows. */
async function apply(client: PoolClient, changes: ClaimChanges): Promise<void> {
  // A claim of one report has no row (migration 3): its member stands for it (postgres-claim-lists.ts).
  if (changes.claims.length > 0) {
    await client.query(`INSERT INTO claims (id, speaker_id, kind, text, first_reported, last_reported, report_count, outlets)
      SELECT id, speaker_id, kind, text, first_reported, last_reported, report_count, outlets FROM jsonb_to_recordset($1::jsonb)
        AS x (id bigint, speaker_id bigint, kind text, text text, first_reported text, last_reported text, report_count integer, outlets text[])
      ON CONFLICT (id) DO UPDATE SET speaker_id = excluded.speaker_id, kind = excluded.kind, text = excluded.text, first_reported = excluded.first_reported,
        last_reported = excluded.last_reported, report_count = excluded.report_count, outlets = excluded.outlets`,
    [JSON.stringify(changes.claims.map((claim) => ({
      id: claim.id, speaker_id: claim.speakerId, kind: claim.kind, text: claim.text, first_reported: claim.firstReported ?? '', last_reported: claim.lastReported ?? '',
      report_count: claim.reportCount, outlets: claim.outlets,
    })))]);
  }
  if (changes.members.length > 0) {
    await client.query(`INSERT INTO claim_members (statement_id, claim_id, document_id, speaker_id, day, kind, words, about_ids, reported, outlet)
      SELECT statement_id, claim_id, document_id, speaker_id, day, kind, words, about_ids, reported, outlet FROM jsonb_to_recordset($1::jsonb)
        AS x (statement_id bigint, claim_id bigint, document_id bigint, speaker_id bigint, day text, kind text, words text, about_ids bigint[], reported text, outlet text)
      ON CONFLICT (statement_id) DO UPDATE SET claim_id = excluded.claim_id`,
    [JSON.stringify(changes.members.map((member) => ({
      statement_id: member.statementId, claim_id: member.claimId, document_id: member.documentId, speaker_id: member.speakerId, day: member.day, kind: member.kind,
      words: member.words.join(' '), about_ids: member.aboutIds, reported: member.reported, outlet: member.outlet,
    })))]);
  }
  const unrowed = [...changes.demotedClaimIds, ...changes.removedClaimIds];
  if (unrowed.length > 0) await client.query('DELETE FROM claims WHERE id = ANY($1::bigint[])', [unrowed]);
}

export const CLAIM_COLUMNS = 's.id, s.speaker_id, s.kind, s.text, s.first_reported, s.last_reported, s.report_count, s.outlets';

export const toClaim = claimFromColumns;
export const toMember = memberFromColumns;
