import type pg from 'pg';
import { mergePages, singleKey, singleKeyset, singlesById, type SingleKey } from './claim-pages.js';
import { summarizeClaim } from './claims.js';
import { CLAIM_COLUMNS, toClaim, toMember, type ClaimRecord, type MemberRecord } from './postgres-claims.js';
import { SqlBuilder } from './postgres-sql.js';
import { byKey } from './rows-by-key.js';
import type { ClaimMemberRow, ClaimQuery, ClaimRow, ClaimSortField, Page, PageArgs, Sort, SortDirection, StatementQuery } from './types.js';

type Query = <Row extends pg.QueryResultRow>(sql: string, parameters: unknown[]) => Promise<Row[]>;

/** The statements (aliased s, in `from`) a statement query selects: PostgresStore's statementFilter. */
type StatementFilter = (sql: SqlBuilder, query: StatementQuery) => { where: string[]; from: string };

/** A claim with no row: its one member has no claims row beside it (migration 3). */
const SINGLE = 'NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id)';

const KEYS: Record<ClaimSortField, string> = { ID: 's.id', REPORTS: 's.report_count', FIRST_REPORTED: 's.first_reported', LAST_REPORTED: 's.last_reported' };

/** One arm's condition, its parameters numbered by `sql`: claim rows (s), the matching members (m), or the single claims' members (m). */
type Conditions = (sql: SqlBuilder, arm: 'rows' | 'members' | 'singles') => string;

const and = (terms: readonly string[]): string => (terms.length ? terms.map((term) => `(${term})`).join(' AND ') : 'true');

/**
 * The PostgreSQL store's reads of claims, as sqlite-claim-lists.ts for SQLite: a claim of one
 * report has no row, its member stands for it (summarizeClaim of that member), so reads look
 * at claim rows and at members without one, and lists merge a keyset page of each
 * (claim-pages.ts).
 */
export class PostgresClaimReads {
  constructor(private readonly query: Query) {}

  async claimsByIds(ids: readonly number[]): Promise<Array<ClaimRow | null>> {
    const rows = (await this.query<ClaimRecord>(`SELECT ${CLAIM_COLUMNS} FROM claims s WHERE s.id = ANY($1::bigint[])`, [ids])).map(toClaim);
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    return byKey(ids, missing.length ? [...rows, ...(await this.singles(missing))] : rows, (row) => row.id);
  }

  async claimsOfStatements(statementIds: readonly number[]): Promise<Array<ClaimRow | null>> {
    const members = await this.query<{ statement_id: number; claim_id: number }>('SELECT statement_id, claim_id FROM claim_members WHERE statement_id = ANY($1::bigint[])', [statementIds]);
    const claimOf = new Map(members.map((row) => [Number(row.statement_id), Number(row.claim_id)]));
    const claims = new Map((await this.claimsByIds([...new Set(claimOf.values())])).filter((row) => row !== null).map((row) => [row.id, row]));
    return statementIds.map((id) => claims.get(claimOf.get(id) ?? 0) ?? null);
  }

  /** Claims without a row, from their members (a claim id of none: no claim). */
  private async singles(claimIds: readonly number[]): Promise<ClaimRow[]> {
    if (claimIds.length === 0) return [];
    const members = (await this.query<MemberRecord>(`SELECT m.*, st.text FROM claim_members m JOIN statements st ON st.id = m.statement_id WHERE m.claim_id = ANY($1::bigint[])`, [claimIds]))
      .map(toMember);
    const byClaim = new Map<number, ClaimMemberRow[]>();
    for (const member of members) (byClaim.get(member.claimId) ?? byClaim.set(member.claimId, []).get(member.claimId)!).push(member);
    return [...byClaim].map(([id, rows]) => summarizeClaim(id, rows));
  }

  /** `statementFilter` selects statements (PostgresStore's): a claim passes when one of its members' statements does. */
  async listClaims(query: ClaimQuery, page: PageArgs, sort: Sort<ClaimSortField>, statementFilter: StatementFilter): Promise<Page<ClaimRow>> {
    const direction: SortDirection = sort.direction === 'DESC' ? 'DESC' : 'ASC';
    // Each query numbers its own parameters: the conditions of one arm are built for each query.
    const conditions: Conditions = (sql, arm) => {
      const rows: string[] = [];
      const members: string[] = [];
      const statements = query.statements;
      if (statements) {
        const onlySpeaker = Object.entries(statements).every(([field, value]) => field === 'speakerIds' || value === undefined);
        if (onlySpeaker && statements.speakerIds) {
          // Every report of a claim has its speaker: the claims' own index answers, and the members' (speaker, day) one.
          (arm === 'rows' ? rows : members).push(`${arm === 'rows' ? 's' : 'm'}.speaker_id = ANY(${sql.value(statements.speakerIds)}::bigint[])`);
        } else {
          const filter = statementFilter(sql, statements);
          members.push(`m.statement_id IN (SELECT s.id FROM ${filter.from} WHERE ${and(filter.where)})`);
          if (arm === 'rows') rows.push(`s.id IN (SELECT m.claim_id FROM claim_members m WHERE ${and(members)})`);
        }
      }
      if (arm === 'members') return and(members);
      const terms = arm === 'rows' ? rows : [...members, SINGLE];
      // A single claim's outlets are its member's outlet, or none.
      if (query.reportedBy !== undefined) terms.push(arm === 'rows' ? `${sql.value(query.reportedBy)}::text = ANY(s.outlets)` : `m.outlet = ${sql.value(query.reportedBy)}`);
      if (query.notReportedBy !== undefined) {
        terms.push(arm === 'rows' ? `NOT (${sql.value(query.notReportedBy)}::text = ANY(s.outlets))` : `m.outlet IS DISTINCT FROM ${sql.value(query.notReportedBy)}`);
      }
      return and(terms);
    };
    const [totalCount, rowPage, singlePage] = await Promise.all([this.count(query, conditions), this.rowPage(conditions, page, sort.field, direction), this.singlePage(conditions, page, sort.field, direction)]);
    const merged = mergePages(rowPage, singlePage, sort.field, direction, page.first);
    const pageSingles = new Map((await this.singles(merged.filter((item) => item.row === null).map((item) => item.id))).map((row) => [row.id, row]));
    const items = merged.slice(0, page.first).map((item) => item.row ?? pageSingles.get(item.id)!);
    return { items, totalCount, hasNextPage: merged.length > page.first };
  }

  /** Without an outlet filter, the claims are the distinct claim ids of the matching members: no claim row read. */
  private async count(query: ClaimQuery, conditions: Conditions): Promise<number> {
    const sql = new SqlBuilder();
    const counted = query.reportedBy === undefined && query.notReportedBy === undefined
      ? `SELECT count(DISTINCT m.claim_id)::int AS n FROM claim_members m WHERE ${conditions(sql, 'members')}`
      : `SELECT (SELECT count(*) FROM claims s WHERE ${conditions(sql, 'rows')})::int + (SELECT count(*) FROM claim_members m WHERE ${conditions(sql, 'singles')})::int AS n`;
    return (await this.query<{ n: number }>(counted, sql.parameters))[0].n;
  }

  /** The claim rows of a page, in (key, id) order. */
  private async rowPage(conditions: Conditions, page: PageArgs, field: ClaimSortField, direction: SortDirection): Promise<ClaimRow[]> {
    const sql = new SqlBuilder();
    const where = conditions(sql, 'rows');
    const key = KEYS[field];
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = page.after === null ? 'true' : key === 's.id' ? `s.id ${comparison} ${sql.value(page.after)}`
      : `(${key}, s.id) ${comparison} (${sql.value(page.afterKey ?? page.after)}, ${sql.value(page.after)})`;
    const orderBy = key === 's.id' ? `s.id ${direction}` : `${key} ${direction}, s.id ${direction}`;
    return (await this.query<ClaimRecord>(`SELECT ${CLAIM_COLUMNS} FROM claims s WHERE ${where} AND ${keyset} ORDER BY ${orderBy} LIMIT ${sql.value(page.first + 1)}`, sql.parameters)).map(toClaim);
  }

  /** The single claims of a page (ids and sort keys), in (key, id) order (claim-pages.ts). */
  private async singlePage(conditions: Conditions, page: PageArgs, field: ClaimSortField, direction: SortDirection): Promise<SingleKey[]> {
    const start = singleKeyset(page, field, direction);
    if (start === 'none') return [];
    const sql = new SqlBuilder();
    const where = conditions(sql, 'singles');
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = start === null ? 'true' : start.by === 'id' ? `m.claim_id ${comparison} ${sql.value(start.after)}`
      : `(m.reported, m.claim_id) ${comparison} (${sql.value(start.afterKey)}::text, ${sql.value(start.after)}::bigint)`;
    const orderBy = singlesById(field) ? `m.claim_id ${direction}` : `m.reported ${direction}, m.claim_id ${direction}`;
    const records = await this.query<{ id: number; reported: string }>(`SELECT m.claim_id AS id, m.reported FROM claim_members m WHERE ${where} AND ${keyset}
      ORDER BY ${orderBy} LIMIT ${sql.value(page.first + 1)}`, sql.parameters);
    return records.map((record) => ({ id: Number(record.id), key: singleKey(field, Number(record.id), record.reported) }));
  }
}
