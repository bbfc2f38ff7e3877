import { claimMember, reportedAt, summarizeClaim, windowOf } from './claims.js';
import { claimsOnDelete, claimsOnIngest, type ClaimChanges, type ClaimIndex } from './claims-plan.js';
import { claimSortKey, paginateMatching, paginateSorted } from './list-order.js';
import { matchesStatementQuery } from './statement-query.js';
import type { ClaimCandidate, ClaimQuery, ClaimRow, ClaimSortField, DocumentRow, PageArgs, Sort, StatementRow } from './types.js';

/**
 * The in-memory store's claims (memory-store.ts): the ClaimIndex claims-plan.ts reads, the
 * ClaimChanges it plans applied to plain maps, and the claim lists. Statements and documents
 * stay the store's: this reads its maps, never writes them.
 */
export class MemoryClaims {
  private readonly claims = new Map<number, ClaimRow>();
  /** Per statement id. */
  private readonly claimMembers = new Map<number, ClaimCandidate>();
  private readonly claimMemberIds = new Map<number, Set<number>>();
  private readonly claimMemberIdsBySpeaker = new Map<number, Set<number>>();
  private readonly nextId = { claim: 1 };

  private readonly claimIndex: ClaimIndex = {
    membersNear: (speakerId, day) => {
      const window = windowOf(day);
      return [...(this.claimMemberIdsBySpeaker.get(speakerId) ?? [])].map((id) => this.claimMembers.get(id)!)
        .filter((row) => (window ? row.day !== null && row.day >= window.from && row.day <= window.to : row.day === null));
    },
    membersOf: (claimIds) => claimIds.flatMap((claimId) => [...(this.claimMemberIds.get(claimId) ?? [])].map((id) => this.claimMembers.get(id)!)),
    textOf: (statementId) => this.statements.get(statementId)!.text,
    newClaimId: () => this.nextId.claim++,
  };

  constructor(private readonly statements: ReadonlyMap<number, StatementRow>, private readonly documents: ReadonlyMap<number, DocumentRow>) {}

  /** After a document's statements are stored. */
  added(statements: readonly StatementRow[], publishedAt: string | null, outlet: string | null): void {
    this.applyClaimChanges(claimsOnIngest(statements.map((row) => claimMember(row, publishedAt, outlet)), this.claimIndex));
  }

  /** Before a document's statements leave the store's map: its members go, the claims they leave are split or removed. */
  removing(statements: readonly StatementRow[]): void {
    const claimIds = statements.map((row) => this.claimMembers.get(row.id)!.claimId);
    for (const row of statements) this.forgetClaimMember(this.claimMembers.get(row.id)!);
    this.applyClaimChanges(claimsOnDelete(statements.map((row) => row.id), claimIds, this.claimIndex));
  }

  claimsByIds(ids: readonly number[]) {
    return ids.map((id) => this.claims.get(id) ?? null);
  }

  claimsOfStatements(statementIds: readonly number[]) {
    return statementIds.map((id) => {
      const member = this.claimMembers.get(id);
      return member ? this.claims.get(member.claimId) ?? null : null;
    });
  }

  listClaims(query: ClaimQuery, page: PageArgs, sort: Sort<ClaimSortField> = { field: 'ID', direction: 'ASC' }) {
    let ids: Set<number> | null = null;
    if (query.statements) {
      const statementQuery = query.statements;
      const publishedAt = (row: StatementRow) => this.documents.get(row.documentId)?.publishedAt ?? null;
      ids = new Set();
      for (const row of this.statements.values()) if (matchesStatementQuery(row, statementQuery, publishedAt(row))) ids.add(this.claimMembers.get(row.id)!.claimId);
    }
    const matches = (row: ClaimRow) => (ids === null || ids.has(row.id))
      && (query.reportedBy === undefined || row.outlets.includes(query.reportedBy))
      && (query.notReportedBy === undefined || !row.outlets.includes(query.notReportedBy));
    // Claims are created in id order but merges keep the oldest id: iterate sorted by id.
    const rows = [...this.claims.values()].sort((a, b) => a.id - b.id);
    return paginateMatching(rows, matches, page, sort, (row) => claimSortKey(row, sort.field));
  }

  listClaimStatements(claimId: number, page: PageArgs) {
    const rows = [...(this.claimMemberIds.get(claimId) ?? [])].map((id) => this.statements.get(id)!);
    const keyed = rows.map((row) => ({ row, key: reportedAt(row, this.documents.get(row.documentId)?.publishedAt ?? null) }));
    return paginateSorted(keyed, page, 'ASC');
  }

  private applyClaimChanges(changes: ClaimChanges): void {
    for (const member of changes.members) {
      const previous = this.claimMembers.get(member.statementId);
      if (previous) this.forgetClaimMember(previous);
      this.claimMembers.set(member.statementId, member);
      setOf(this.claimMemberIds, member.claimId).add(member.statementId);
      if (member.speakerId !== null) setOf(this.claimMemberIdsBySpeaker, member.speakerId).add(member.statementId);
    }
    for (const claim of changes.claims) this.claims.set(claim.id, claim);
    // This store keeps a row for every claim: a single's is its one member's summary.
    for (const id of changes.singles) {
      const member = this.claimMembers.get([...this.claimMemberIds.get(id)!][0])!;
      this.claims.set(id, summarizeClaim(id, [member], (row) => this.statements.get(row.statementId)!.text));
    }
    for (const id of changes.removedClaimIds) {
      this.claims.delete(id);
      this.claimMemberIds.delete(id);
    }
  }

  private forgetClaimMember(member: ClaimCandidate): void {
    this.claimMembers.delete(member.statementId);
    this.claimMemberIds.get(member.claimId)?.delete(member.statementId);
    if (member.speakerId !== null) this.claimMemberIdsBySpeaker.get(member.speakerId)?.delete(member.statementId);
  }
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  return map.get(key) ?? map.set(key, new Set()).get(key)!;
}
