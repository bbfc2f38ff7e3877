import { sameClaim, summarizeClaim, withinWindow } from './claims.js';
import type { ClaimCandidate, ClaimMemberRow, ClaimRow } from './types.js';

/**
 * Keeps claims exact as documents come and go, for any store. A claim is a connected
 * component of `sameClaim` over all stored statements, so the claims depend only on which
 * statements are stored, never on the order they came in: deleting a document leaves the
 * claims a fresh ingest of what remains would give (the store contract test checks it).
 *
 * A store supplies a ClaimIndex over what it holds and applies the ClaimChanges it gets back.
 * Both calls run inside the store's write (transaction), after the statements are written on
 * ingest and before they are deleted on delete.
 *
 * The index is synchronous (SQLite and memory answer at once). A store whose reads are async
 * (PostgreSQL) loads first, in its transaction, everything the plan can ask, then answers
 * from memory: on ingest, membersNear of each new statement's speaker and day, then membersOf
 * the claims those members belong to (the only claims claimsOnIngest asks for); on delete,
 * membersOf the claims that lose statements. newClaimId may hand out ids reserved ahead (at
 * most one per statement added or kept): unused ones are gaps, which ids allow.
 */
export interface ClaimIndex {
  /** Stored members by this speaker whose day is within the window of `day` (windowOf), or the undated ones when `day` is null; their texts may be left out. */
  membersNear(speakerId: number, day: string | null): ClaimCandidate[];
  /** Every stored member of these claims; their texts may be left out, as in membersNear. */
  membersOf(claimIds: readonly number[]): ClaimCandidate[];
  /**
   * The content of a stored statement. A claim quotes only its fullest report, so a summary
   * asks for that one text rather than every member coming with its own: reading the texts of
   * all members of the joined claims was most of what membersOf cost.
   */
  textOf(statementId: number): string;
  /** An id for a new claim: ids only grow and are never reused (they are global IDs). */
  newClaimId(): number;
}

export interface ClaimChanges {
  /** Members to store, new or moved to another claim (`claimId` says which); their texts are not stored with them. */
  members: ClaimCandidate[];
  /** Claims of two members or more to store with these values, new or changed. */
  claims: ClaimRow[];
  /**
   * Claims of one member, new or left so by a delete. 96% of claims have a single report, so
   * the SQL stores keep no claim row for them (its member stands for it and reads summarize
   * it): no row and four index entries per statement on ingest. A claim gets its row when a
   * second member joins. Not summarized here, as most stores would throw the summary away: a
   * store that keeps a row for them summarizes the one member (summarizeClaim).
   */
  singles: Set<number>;
  /** Claims a delete left with one member: kept (under this id, in `singles`), their row dropped. */
  demotedClaimIds: number[];
  /** Claims to delete: merged into another, or left without statements. Their members are in `members` or deleted. */
  removedClaimIds: number[];
}

/**
 * Union-find over number keys: a new statement by its id, a stored claim by its id negated
 * (statementKey, claimKey). Numbers, not strings: a document's reports are compared pairwise.
 */
class Components {
  private readonly parent = new Map<number, number>();

  find(key: number): number {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression: the next find from `key` is one step.
    for (let at = key; at !== root;) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: number, b: number): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }

  /** Joins `a` and `b` when `same` says so; `same` is not asked when they are joined already. */
  joinIf(a: number, b: number, same: () => boolean): void {
    if (this.find(a) !== this.find(b) && same()) this.union(a, b);
  }
}

const statementKey = (row: ClaimCandidate): number => row.statementId;

/** A member as the plan holds it: a new report with its text, a stored one maybe without (ClaimIndex.membersOf). */
type PlannedMember = ClaimCandidate & { text?: string };

/** Whether two reports of one speaker are alike in all that matching reads. */
const alike = (a: ClaimMemberRow, b: ClaimMemberRow): boolean => a.day === b.day && sameList(a.words, b.words) && sameList(a.aboutIds, b.aboutIds);

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const claimKey = (claimId: number): number => -claimId;

/**
 * The claims after a document's statements (`added`, claimId 0) are stored: each joins every
 * claim one of its reports matches (merging them), or starts its own.
 */
export function claimsOnIngest(added: readonly ClaimMemberRow[], index: ClaimIndex): ClaimChanges {
  const components = new Components();
  // Reports alike in all matching reads (speaker, day, words, entities) are one claim without a
  // comparison, and one of them stands for all: a long document repeats its quotes. Only one
  // speaker's reports can match, so the others are kept by speaker; a report is looked for
  // among its speaker's (no key string built from every report's words).
  const representatives: ClaimMemberRow[] = [];
  const bySpeaker = new Map<number, ClaimMemberRow[]>();
  for (const row of added) {
    components.find(statementKey(row));
    if (row.speakerId === null) continue;
    let rows = bySpeaker.get(row.speakerId);
    if (!rows) bySpeaker.set(row.speakerId, (rows = []));
    const first = rows.find((other) => alike(other, row));
    if (first) components.union(statementKey(first), statementKey(row));
    else {
      rows.push(row);
      representatives.push(row);
    }
  }
  const touched = new Set<number>();
  // Candidates by speaker, then day: several reports of a speaker and day share one lookup.
  const near = new Map<number, Map<string | null, ClaimCandidate[]>>();
  for (const row of representatives) {
    const speakerId = row.speakerId!;
    let days = near.get(speakerId);
    if (!days) near.set(speakerId, (days = new Map()));
    let candidates = days.get(row.day);
    if (!candidates) days.set(row.day, (candidates = index.membersNear(speakerId, row.day)));
    for (const stored of candidates) {
      touched.add(stored.claimId);
      // One match with a claim is enough: its other reports change nothing.
      components.joinIf(claimKey(stored.claimId), statementKey(row), () => sameClaim(row, stored));
    }
  }
  // Reports in the same document: the lead and a later paragraph quoting the same words.
  for (const rows of bySpeaker.values()) {
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) components.joinIf(statementKey(rows[i]), statementKey(rows[j]), () => sameClaim(rows[i], rows[j]));
    }
  }

  const groups = new Map<number, { claimIds: number[]; added: ClaimMemberRow[] }>();
  const groupOf = (key: number) => {
    const root = components.find(key);
    return groups.get(root) ?? groups.set(root, { claimIds: [], added: [] }).get(root)!;
  };
  for (const row of added) groupOf(statementKey(row)).added.push(row);
  // A stored claim that was joined shares its root with a new statement; the others were only looked at.
  for (const claimId of touched) {
    const root = components.find(claimKey(claimId));
    if (groups.has(root)) groups.get(root)!.claimIds.push(claimId);
  }

  const changes: ClaimChanges = { members: [], claims: [], singles: new Set(), demotedClaimIds: [], removedClaimIds: [] };
  for (const group of groups.values()) {
    // The oldest claim lives on: a merge keeps the global ID readers already hold.
    const claimIds = group.claimIds.sort((a, b) => a - b);
    const id = claimIds[0] ?? index.newClaimId();
    const stored: PlannedMember[] = claimIds.length ? index.membersOf(claimIds) : [];
    const moved = stored.filter((row) => row.claimId !== id).map((row) => ({ ...row, claimId: id }));
    const fresh = group.added.map((row) => ({ ...row, claimId: id }));
    changes.members.push(...moved, ...fresh);
    const members = [...stored.filter((row) => row.claimId === id), ...moved, ...fresh];
    // A stored claim joined makes two members at least: a single is always a new claim here.
    if (members.length === 1) changes.singles.add(id);
    else changes.claims.push(summarizeClaim(id, members, (member) => member.text ?? index.textOf(member.statementId)));
    changes.removedClaimIds.push(...claimIds.slice(1));
  }
  return changes;
}

/**
 * The claims after these statements are deleted: each claim that loses reports is split into
 * the components of what remains (the part holding its oldest statement keeps its id), or
 * removed when none remain.
 */
export function claimsOnDelete(removedStatementIds: readonly number[], claimIds: readonly number[], index: ClaimIndex): ClaimChanges {
  const removed = new Set(removedStatementIds);
  const changes: ClaimChanges = { members: [], claims: [], singles: new Set(), demotedClaimIds: [], removedClaimIds: [] };
  for (const claimId of [...new Set(claimIds)].sort((a, b) => a - b)) {
    const remaining = index.membersOf([claimId]).filter((row) => !removed.has(row.statementId));
    if (remaining.length === 0) {
      changes.removedClaimIds.push(claimId);
      continue;
    }
    const parts = componentsOf(remaining).sort((a, b) => a[0].statementId - b[0].statementId);
    const textOf = (member: PlannedMember) => member.text ?? index.textOf(member.statementId);
    parts.forEach((part, position) => {
      const id = position === 0 ? claimId : index.newClaimId();
      if (position > 0) changes.members.push(...part.map((row) => ({ ...row, claimId: id })));
      if (part.length === 1) changes.singles.add(id);
      else changes.claims.push(summarizeClaim(id, part, textOf));
      // The claim had a row if it had two members before; a new id (a split-off part) never had one.
      if (part.length === 1 && position === 0) changes.demotedClaimIds.push(id);
    });
  }
  return changes;
}

/** The connected components of `sameClaim` among some members, each in statement order. */
function componentsOf<M extends ClaimCandidate>(members: readonly M[]): M[][] {
  // By day, so each member is compared only with those within the window after it.
  const sorted = [...members].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.statementId - b.statementId);
  const components = new Components();
  for (let i = 0; i < sorted.length; i++) {
    components.find(statementKey(sorted[i]));
    for (let j = i + 1; j < sorted.length; j++) {
      if (sorted[i].day !== null && sorted[j].day !== null && !withinWindow(sorted[i].day, sorted[j].day)) break;
      components.joinIf(statementKey(sorted[i]), statementKey(sorted[j]), () => sameClaim(sorted[i], sorted[j]));
    }
  }
  const groups = new Map<number, M[]>();
  for (const row of sorted) {
    const root = components.find(statementKey(row));
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(row);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.statementId - b.statementId));
}
