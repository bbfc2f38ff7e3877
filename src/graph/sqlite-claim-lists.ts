import { summarizeClaim } from './claims.js';
import { mergePages, singleKey, singleKeyset, singlesById, singlesPage, type SingleKey } from './claim-pages.js';
import { byKey } from './rows-by-key.js';
import { toClaim, toMember, type ClaimRecord, type MemberRecord } from './sqlite-claims.js';
import { Where, type PreparedSql } from './sqlite-sql.js';
import type { ClaimQuery, ClaimRow, ClaimSortField, Page, PageArgs, Sort, SortDirection, StatementQuery } from './types.js';

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
  private rowed: { version: number; ids: Set<number> } | null = null;
  private total: { version: number; n: number } | null = null;

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
    const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
    const statements = query.statements;
    const onlySpeaker = statements !== undefined && Object.entries(statements).every(([field, value]) => field === 'speakerIds' || value === undefined);
    if (statements && !(onlySpeaker && statements.speakerIds)) return this.listByMembers(query, memberFilter(statements), page, sort.field, direction);
    const rows = new Where('1');
    const singles = new Where(SINGLE);
    const speakers = statements?.speakerIds ? JSON.stringify(statements.speakerIds) : undefined;
    if (speakers !== undefined) {
      // Every report of a claim has its speaker: the claims' own index answers, and the members' (speaker, day) one.
      rows.add('s.speaker_id IN (SELECT value FROM json_each(?))', speakers);
      singles.add('m.speaker_id IN (SELECT value FROM json_each(?))', speakers);
    }
    addOutletFilters(query, rows, singles);
    let totalCount: number;
    if (query.reportedBy !== undefined || query.notReportedBy !== undefined) {
      totalCount = this.count(`SELECT count(*) AS n FROM claims s WHERE ${rows.sql}`, rows.parameters) + this.count(`SELECT count(*) AS n FROM claim_members m WHERE ${singles.sql}`, singles.parameters);
    } else if (speakers !== undefined) {
      totalCount = this.count('SELECT count(DISTINCT claim_id) AS n FROM claim_members WHERE speaker_id IN (SELECT value FROM json_each(?))', [speakers]);
    } else {
      totalCount = this.allClaims();
    }
    return this.merged(this.rowPage(rows, page, sort.field, direction), this.singlePage(singles, page, sort.field, direction), totalCount, page, sort.field, direction);
  }

  /**
   * Claims with a matching member: one pass over those members (a country's 8,600 at 10k
   * documents) gives the claims' ids, which have a row, and all a single claim is sorted and
   * filtered by; the count, the single claims' page and the ids of the rows to read all come
   * from it, rather than from three reads of the same members.
   */
  private listByMembers(query: ClaimQuery, members: MemberFilter, page: PageArgs, field: ClaimSortField, direction: SortDirection): Page<ClaimRow> {
    // Only the columns this list needs: handing 8,600 rows to JavaScript costs more than finding them, and bare ids (pluck) least.
    const byDate = field === 'FIRST_REPORTED' || field === 'LAST_REPORTED';
    const outlets = query.reportedBy !== undefined || query.notReportedBy !== undefined;
    const matched: Array<{ claim_id: number; reported: string; outlet: string | null }> = byDate || outlets
      ? this.sql<{ claim_id: number; reported: string; outlet: string | null }>(`SELECT m.claim_id, m.reported, m.outlet FROM ${members.from} WHERE ${members.where.sql}`).all(...members.where.parameters)
      : this.sql<number>(`SELECT m.claim_id AS id FROM ${members.from} WHERE ${members.where.sql}`).pluck().all(...members.where.parameters)
        .map((id) => ({ claim_id: id as number, reported: '', outlet: null }));
    const rowed = this.rowedClaimIds();
    const rowIds = new Set<number>();
    const singles: SingleKey[] = [];
    for (const member of matched) {
      if (rowed.has(member.claim_id)) rowIds.add(member.claim_id);
      else if ((query.reportedBy === undefined || member.outlet === query.reportedBy) && (query.notReportedBy === undefined || member.outlet !== query.notReportedBy)) {
        singles.push({ id: member.claim_id, key: singleKey(field, member.claim_id, member.reported) });
      }
    }
    const rows = new Where('s.id IN (SELECT value FROM json_each(?))', JSON.stringify([...rowIds]));
    addOutletFilters(query, rows, null);
    const rowCount = outlets ? this.count(`SELECT count(*) AS n FROM claims s WHERE ${rows.sql}`, rows.parameters) : rowIds.size;
    return this.merged(this.rowPage(rows, page, field, direction), singlesPage(singles, page, field, direction), rowCount + singles.length, page, field, direction);
  }

  /**
   * The ids of the claims with a row (a few thousand at 10k documents), kept until the next
   * write here (written()) or another connection's (data_version): looking each member's claim
   * up in the claims table doubled the time of a country's claims (5 → 10 ms).
   */
  private rowedClaimIds(): Set<number> {
    const version = this.sql<{ data_version: number }>('PRAGMA data_version').get()!.data_version;
    if (this.rowed?.version !== version) this.rowed = { version, ids: new Set(this.sql<{ id: number }>('SELECT id FROM claims').all().map((row) => row.id)) };
    return this.rowed.ids;
  }

  /**
   * How many claims there are, kept as rowedClaimIds(): claims with a row, and a member each for
   * the others, so every member less those of claims with a row (the CROSS JOIN reads them
   * claim by claim). 2.5 ms at 10k documents, where counting the rows of every claim took 1.
   */
  private allClaims(): number {
    const version = this.sql<{ data_version: number }>('PRAGMA data_version').get()!.data_version;
    if (this.total?.version !== version) {
      this.total = { version, n: this.count('SELECT (SELECT count(*) FROM claims) + (SELECT count(*) FROM claim_members) - (SELECT count(*) FROM claims c CROSS JOIN claim_members m ON m.claim_id = c.id) AS n', []) };
    }
    return this.total.n;
  }

  /** After each write on this connection, which data_version does not count. */
  written(): void {
    this.rowed = null;
    this.total = null;
  }

  /** A page from a page of claim rows and one of singles (read here), each in the list's order. */
  private merged(rows: ClaimRow[], singles: SingleKey[], totalCount: number, page: PageArgs, field: ClaimSortField, direction: SortDirection): Page<ClaimRow> {
    const merged = mergePages(rows, singles, field, direction, page.first);
    const pageSingles = new Map(this.singles(merged.filter((item) => item.row === null).map((item) => item.id)).map((row) => [row.id, row]));
    const items = merged.slice(0, page.first).map((item) => item.row ?? pageSingles.get(item.id)!);
    return { items, totalCount, hasNextPage: merged.length > page.first };
  }

  private count(sql: string, parameters: unknown[]): number {
    return this.sql<{ n: number }>(sql).get(...parameters)!.n;
  }

  /** The claims rows of a page, in (key, id) order. */
  private rowPage(where: Where, page: PageArgs, field: ClaimSortField, direction: SortDirection): ClaimRow[] {
    const key = { ID: 's.id', REPORTS: 's.report_count', FIRST_REPORTED: 's.first_reported', LAST_REPORTED: 's.last_reported' }[field];
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = page.after === null ? null : key === 's.id' ? { sql: `s.id ${comparison} ?`, parameters: [page.after] }
      : { sql: `(${key}, s.id) ${comparison} (?, ?)`, parameters: [page.afterKey ?? page.after, page.after] };
    const orderBy = key === 's.id' ? `s.id ${direction}` : `${key} ${direction}, s.id ${direction}`;
    return this.sql<ClaimRecord>(`SELECT s.* FROM claims s WHERE ${where.sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${orderBy} LIMIT ?`)
      .all(...where.parameters, ...(keyset?.parameters ?? []), page.first + 1).map(toClaim);
  }

  /** The single claims of a page (ids and sort keys), in (key, id) order (claim-pages.ts). */
  private singlePage(where: Where, page: PageArgs, field: ClaimSortField, direction: SortDirection): SingleKey[] {
    const start = singleKeyset(page, field, direction);
    if (start === 'none') return [];
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = start === null ? null : start.by === 'id' ? { sql: `m.claim_id ${comparison} ?`, parameters: [start.after] }
      : { sql: `(m.reported, m.claim_id) ${comparison} (?, ?)`, parameters: [start.afterKey, start.after] };
    const orderBy = singlesById(field) ? `m.claim_id ${direction}` : `m.reported ${direction}, m.claim_id ${direction}`;
    return this.sql<{ id: number; reported: string }>(`SELECT m.claim_id AS id, m.reported FROM claim_members m WHERE ${where.sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${orderBy} LIMIT ?`)
      .all(...where.parameters, ...(keyset?.parameters ?? []), page.first + 1).map((record) => ({ id: record.id, key: singleKey(field, record.id, record.reported) }));
  }
}

/** Outlet filters on claim rows (s) and on single claims' members (m, when given): a single claim's outlets are its member's outlet, or none. Whether there are any. */
function addOutletFilters(query: ClaimQuery, rows: Where, singles: Where | null): boolean {
  if (query.reportedBy !== undefined) {
    rows.add('EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.reportedBy);
    singles?.add('m.outlet = ?', query.reportedBy);
  }
  if (query.notReportedBy !== undefined) {
    rows.add('NOT EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.notReportedBy);
    singles?.add('m.outlet IS NOT ?', query.notReportedBy);
  }
  return query.reportedBy !== undefined || query.notReportedBy !== undefined;
}
