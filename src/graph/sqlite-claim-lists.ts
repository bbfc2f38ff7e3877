import { summarizeClaim } from './claims.js';
import { mergePages, singleKey, singleKeyset, singlesById, type SingleKey } from './claim-pages.js';
import { byKey } from './rows-by-key.js';
import { toClaim, toMember, type ClaimRecord, type MemberRecord } from './sqlite-claims.js';
import { Where, type PreparedSql } from './sqlite-sql.js';
import type { ClaimQuery, ClaimRow, ClaimSortField, Page, PageArgs, Sort, StatementQuery } from './types.js';

/** Claim members (aliased m, in `from`) that pass `where`. */
export interface MemberFilter {
  from: string;
  where: Where;
}

/** A claim with no row: its one member has no claims row beside it (migration 12). */
const SINGLE = 'NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id)';

/**
 * The SQLite store's reads of claims. A claim of one report has no row in `claims` (96% of
 * them: no row to write on ingest); its member stands for it, summarized as claims-plan.ts
 * would (summarizeClaim of that one member). So every read looks in two places: the claims
 * rows, and the members whose claim has none. Lists read a keyset page from each, in the same
 * order, and merge them (claim-pages.ts).
 */
export class SqliteClaimReads {
  constructor(private readonly sql: PreparedSql) {}

  claimsByIds(ids: readonly number[]): Array<ClaimRow | null> {
    const rows = this.sql<ClaimRecord>('SELECT * FROM claims WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map(toClaim);
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    return byKey(ids, missing.length ? [...rows, ...this.singles(missing)] : rows, (row) => row.id);
  }

  claimsOfStatements(statementIds: readonly number[]): Array<ClaimRow | null> {
    const members = this.sql<{ statement_id: number; claim_id: number }>('SELECT statement_id, claim_id FROM claim_members WHERE statement_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(statementIds));
    const claimOf = new Map(members.map((row) => [row.statement_id, row.claim_id]));
    const claims = new Map(this.claimsByIds([...new Set(claimOf.values())]).filter((row) => row !== null).map((row) => [row.id, row]));
    return statementIds.map((id) => claims.get(claimOf.get(id) ?? 0) ?? null);
  }

  /** Claims without a row, from their members (a claim id of none: no claim). */
  private singles(claimIds: readonly number[]): ClaimRow[] {
    const members = this.sql<MemberRecord>('SELECT m.*, st.text FROM claim_members m JOIN statements st ON st.id = m.statement_id WHERE m.claim_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(claimIds)).map(toMember);
    const byClaim = new Map<number, typeof members>();
    for (const member of members) (byClaim.get(member.claimId) ?? byClaim.set(member.claimId, []).get(member.claimId)!).push(member);
    return [...byClaim].map(([id, rows]) => summarizeClaim(id, rows));
  }

  /**
   * `memberFilter` gives the members of the statements a statement query selects (SqliteLists):
   * a claim passes when one of its members does.
   */
  listClaims(query: ClaimQuery, page: PageArgs, sort: Sort<ClaimSortField>, memberFilter: (statements: StatementQuery) => MemberFilter): Page<ClaimRow> {
    const rows = new Where('1');
    let members: MemberFilter = { from: 'claim_members m', where: new Where('1') };
    const statements = query.statements;
    if (statements) {
      const onlySpeaker = Object.entries(statements).every(([field, value]) => field === 'speakerIds' || value === undefined);
      if (onlySpeaker && statements.speakerIds) {
        // Every report of a claim has its speaker: the claims' own index answers, and the members' (speaker, day) one.
        const speakers = JSON.stringify(statements.speakerIds);
        rows.add('s.speaker_id IN (SELECT value FROM json_each(?))', speakers);
        members = { from: 'claim_members m', where: new Where('m.speaker_id IN (SELECT value FROM json_each(?))', speakers) };
      } else {
        // The claims of the matching members, looked up by id: testing every claim against the
        // statements took 50 ms for a country's claims at 10k documents, this 4 ms.
        members = memberFilter(statements);
        rows.add(`s.id IN (SELECT m.claim_id FROM ${members.from} WHERE ${members.where.sql})`, ...members.where.parameters);
      }
    }
    const singles = new Where(`${members.where.sql} AND ${SINGLE}`, ...members.where.parameters);
    // A single claim's outlets are its member's outlet, or none.
    if (query.reportedBy !== undefined) {
      rows.add('EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.reportedBy);
      singles.add('m.outlet = ?', query.reportedBy);
    }
    if (query.notReportedBy !== undefined) {
      rows.add('NOT EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.notReportedBy);
      singles.add('m.outlet IS NOT ?', query.notReportedBy);
    }
    const outlets = query.reportedBy !== undefined || query.notReportedBy !== undefined;
    // Without an outlet filter, the claims are the distinct claim ids of the matching members: no claim row read.
    const totalCount = outlets
      ? this.count(`SELECT count(*) AS n FROM claims s WHERE ${rows.sql}`, rows.parameters) + this.count(`SELECT count(*) AS n FROM ${members.from} WHERE ${singles.sql}`, singles.parameters)
      : this.count(`SELECT count(DISTINCT m.claim_id) AS n FROM ${members.from} WHERE ${members.where.sql}`, members.where.parameters);

    const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
    const merged = mergePages(this.rowPage(rows, page, sort.field, direction), this.singlePage(members.from, singles, page, sort.field, direction), sort.field, direction, page.first);
    const pageSingles = new Map(this.singles(merged.filter((item) => item.row === null).map((item) => item.id)).map((row) => [row.id, row]));
    const items = merged.slice(0, page.first).map((item) => item.row ?? pageSingles.get(item.id)!);
    return { items, totalCount, hasNextPage: merged.length > page.first };
  }

  private count(sql: string, parameters: unknown[]): number {
    return this.sql<{ n: number }>(sql).get(...parameters)!.n;
  }

  /** The claims rows of a page, in (key, id) order. */
  private rowPage(where: Where, page: PageArgs, field: ClaimSortField, direction: 'ASC' | 'DESC'): ClaimRow[] {
    const key = { ID: 's.id', REPORTS: 's.report_count', FIRST_REPORTED: 's.first_reported', LAST_REPORTED: 's.last_reported' }[field];
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = page.after === null ? null : key === 's.id' ? { sql: `s.id ${comparison} ?`, parameters: [page.after] }
      : { sql: `(${key}, s.id) ${comparison} (?, ?)`, parameters: [page.afterKey ?? page.after, page.after] };
    const orderBy = key === 's.id' ? `s.id ${direction}` : `${key} ${direction}, s.id ${direction}`;
    return this.sql<ClaimRecord>(`SELECT s.* FROM claims s WHERE ${where.sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${orderBy} LIMIT ?`)
      .all(...where.parameters, ...(keyset?.parameters ?? []), page.first + 1).map(toClaim);
  }

  /** The single claims of a page (ids and sort keys), in (key, id) order (claim-pages.ts). */
  private singlePage(from: string, where: Where, page: PageArgs, field: ClaimSortField, direction: 'ASC' | 'DESC'): SingleKey[] {
    const start = singleKeyset(page, field, direction);
    if (start === 'none') return [];
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = start === null ? null : start.by === 'id' ? { sql: `m.claim_id ${comparison} ?`, parameters: [start.after] }
      : { sql: `(m.reported, m.claim_id) ${comparison} (?, ?)`, parameters: [start.afterKey, start.after] };
    const orderBy = singlesById(field) ? `m.claim_id ${direction}` : `m.reported ${direction}, m.claim_id ${direction}`;
    return this.sql<{ id: number; reported: string }>(`SELECT m.claim_id AS id, m.reported FROM ${from} WHERE ${where.sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${orderBy} LIMIT ?`)
      .all(...where.parameters, ...(keyset?.parameters ?? []), page.first + 1).map((record) => ({ id: record.id, key: singleKey(field, record.id, record.reported) }));
  }
}
