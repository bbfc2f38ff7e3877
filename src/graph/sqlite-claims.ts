import type { Statement } from 'better-sqlite3';
import { SpeakerDays } from './claim-days.js';
import { ParsedMembers } from './claim-member-cache.js';
import { claimMember, windowOf } from './claims.js';
import { claimsOnDelete, claimsOnIngest, type ClaimChanges, type ClaimIndex } from './claims-plan.js';
import { candidateFromColumns, claimFromColumns, memberFromColumns, type ClaimColumns, type ClaimMemberColumns } from './claim-columns.js';
import type { ClaimCandidate, ClaimMemberRow, ClaimRow, StatementRow } from './types.js';

const NONE: ReadonlySet<number> = new Set();

/** Rows as SQLite returns them; never leave this module. */
type ClaimRecord = Omit<ClaimColumns, 'outlets'> & { outlets: string };
type MemberRecord = Omit<ClaimMemberColumns, 'about_ids'> & { about_ids: string };
type CandidateRecord = Omit<MemberRecord, 'text'>;

/**
 * The SQLite side of claims (migrations 10 and 11): the ClaimIndex claims-plan.ts reads, and the
 * writes of its ClaimChanges. Runs inside the store's write transaction.
 */
export class SqliteClaims {
  /** The last claim id handed out in the current write; read from sqlite_sequence when the write begins. */
  private lastClaimId: number | null = null;
  /** The counter as read: the write saves it when it moved. */
  private readClaimId: number | null = null;
  /** Where stored members may be (claim-days.ts), read when first needed; dropped when another connection writes. */
  private speakerDays: SpeakerDays | null = null;
  private dataVersion: number | null = null;
  /** Candidates read again come with the arrays they had, and so with their features computed. */
  private readonly parsed = new ParsedMembers();
  private readonly toCandidate = (record: CandidateRecord): ClaimCandidate => {
    const { words, aboutIds } = this.parsed.read(record.statement_id, record.words, record.about_ids);
    return candidateFromColumns({ ...record, about_ids: aboutIds }, words);
  };

  constructor(private readonly sql: <Row>(source: string) => Statement<unknown[], Row>) {}

  /** Called as each write transaction begins: another process may have added claims since. */
  begin(): void {
    this.lastClaimId = null;
    this.readClaimId = null;
    // Changes only when another connection commits; this write holds the lock from here on.
    const version = this.sql<{ data_version: number }>('PRAGMA data_version').get()!.data_version;
    if (version !== this.dataVersion) this.speakerDays = null;
    this.dataVersion = version;
  }

  /**
   * Called before each write commits. A claim of one report has no row, so inserting rows no
   * longer moves AUTOINCREMENT's counter past every id handed out: the write moves it, so that
   * no id is handed out twice, even after the claim that had it is gone.
   */
  end(): void {
    if (this.lastClaimId === null || this.lastClaimId === this.readClaimId) return;
    if (this.sql(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'claims'`).run(this.lastClaimId).changes === 0) {
      this.sql(`INSERT INTO sqlite_sequence (name, seq) VALUES ('claims', ?)`).run(this.lastClaimId);
    }
  }

  readonly index: ClaimIndex = {
    membersNear: (speakerId, day) => {
      if (!this.storedSpeakerDays().mayHave(speakerId, day)) return [];
      const window = windowOf(day);
      const records = window
        ? this.sql<CandidateRecord>('SELECT m.* FROM claim_members m WHERE m.speaker_id = ? AND m.day BETWEEN ? AND ?').all(speakerId, window.from, window.to)
        : this.sql<CandidateRecord>('SELECT m.* FROM claim_members m WHERE m.speaker_id = ? AND m.day IS NULL').all(speakerId);
      return records.map(this.toCandidate);
    },
    // Most groups join one claim: a plain equality is cheaper than json_each.
    membersOf: (claimIds) => (claimIds.length === 1
      ? this.sql<CandidateRecord>('SELECT m.* FROM claim_members m WHERE m.claim_id = ?').all(claimIds[0])
      : this.sql<CandidateRecord>('SELECT m.* FROM claim_members m WHERE m.claim_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(claimIds))).map(this.toCandidate),
    textOf: (statementId) => this.sql<{ text: string }>('SELECT text FROM statements WHERE id = ?').get(statementId)!.text,
    // AUTOINCREMENT's own counter, moved by end() past every id handed out.
    newClaimId: () => {
      if (this.lastClaimId === null) {
        this.lastClaimId = this.sql<{ seq: number }>(`SELECT coalesce(max(seq), 0) AS seq FROM sqlite_sequence WHERE name = 'claims'`).get()!.seq;
        this.readClaimId = this.lastClaimId;
      }
      return ++this.lastClaimId;
    },
  };

  /**
   * After a document's statements are written. `createdEntityIds` are the entities this
   * document created: more than half of all candidate lookups were for such a speaker, and
   * always came back empty. Entity ids are AUTOINCREMENT, never reused, so an entity created
   * now has no stored report (this document's are matched among themselves), and skipping its
   * lookup changes nothing.
   */
  added(statements: readonly StatementRow[], publishedAt: string | null, outlet: string | null, createdEntityIds: ReadonlySet<number> = NONE): void {
    const index: ClaimIndex = createdEntityIds.size === 0 ? this.index
      : { ...this.index, membersNear: (speakerId, day) => (createdEntityIds.has(speakerId) ? [] : this.index.membersNear(speakerId, day)) };
    this.apply(claimsOnIngest(statements.map((row) => claimMember(row, publishedAt, outlet)), index));
  }

  /** Before a document's statements are deleted: its members go, the claims they leave are split or removed. */
  removing(documentId: number): void {
    const members = this.sql<{ statement_id: number; claim_id: number }>('SELECT m.statement_id, m.claim_id FROM statements s JOIN claim_members m ON m.statement_id = s.id WHERE s.document_id = ?').all(documentId);
    this.sql('DELETE FROM claim_members WHERE statement_id IN (SELECT id FROM statements WHERE document_id = ?)').run(documentId);
    this.apply(claimsOnDelete(members.map((row) => row.statement_id), members.map((row) => row.claim_id), this.index));
  }

  private storedSpeakerDays(): SpeakerDays {
    if (!this.speakerDays) {
      this.speakerDays = new SpeakerDays();
      const pairs = this.sql<{ speaker_id: number; day: string | null }>('SELECT DISTINCT speaker_id, day FROM claim_members WHERE speaker_id IS NOT NULL');
      for (const { speaker_id, day } of pairs.iterate()) this.speakerDays.add(speaker_id, day);
    }
    return this.speakerDays;
  }

  private apply(changes: ClaimChanges): void {
    for (const claim of changes.claims) {
      this.sql(`INSERT INTO claims (id, speaker_id, kind, text, first_reported, last_reported, report_count, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET speaker_id = excluded.speaker_id, kind = excluded.kind, text = excluded.text, first_reported = excluded.first_reported,
        last_reported = excluded.last_reported, report_count = excluded.report_count, outlets = excluded.outlets`).run(
        claim.id, claim.speakerId, claim.kind, claim.text, claim.firstReported ?? '', claim.lastReported ?? '', claim.reportCount, JSON.stringify(claim.outlets),
      );
    }
    for (const member of changes.members) {
      if (member.speakerId !== null) this.speakerDays?.add(member.speakerId, member.day);
      const [words, aboutIds] = [member.words.join(' '), JSON.stringify(member.aboutIds)];
      this.parsed.written(member.statementId, member.words, member.aboutIds, words, aboutIds);
      this.sql(`INSERT INTO claim_members (statement_id, claim_id, document_id, speaker_id, day, kind, words, about_ids, reported, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (statement_id) DO UPDATE SET claim_id = excluded.claim_id`).run(
        member.statementId, member.claimId, member.documentId, member.speakerId, member.day, member.kind, words, aboutIds, member.reported, member.outlet,
      );
    }
    for (const id of [...changes.demotedClaimIds, ...changes.removedClaimIds]) this.sql('DELETE FROM claims WHERE id = ?').run(id);
  }
}

export const toClaim = (record: ClaimRecord): ClaimRow => claimFromColumns({ ...record, outlets: JSON.parse(record.outlets) as string[] });

export type { ClaimRecord, MemberRecord };


export const toMember = (record: MemberRecord): ClaimMemberRow => memberFromColumns({ ...record, about_ids: JSON.parse(record.about_ids) as number[] });
