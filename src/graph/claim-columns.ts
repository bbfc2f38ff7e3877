import type { ClaimCandidate, ClaimMemberRow, ClaimRow } from './types.js';

/**
 * The claim tables' columns as both SQL stores name them (sqlite-claims.ts, postgres-claims.ts),
 * with their lists already parsed: SQLite keeps them as JSON text, PostgreSQL as arrays.
 */
export interface ClaimColumns {
  id: number; speaker_id: number | null; kind: ClaimRow['kind']; text: string; first_reported: string; last_reported: string; report_count: number; outlets: string[];
}

export interface ClaimMemberColumns {
  statement_id: number; claim_id: number; document_id: number; speaker_id: number | null; day: string | null; kind: ClaimMemberRow['kind'];
  words: string; about_ids: number[]; reported: string; outlet: string | null; text: string;
}

/** Dates are stored as '' when unknown, so that they sort and page without coalesce(). */
export const claimFromColumns = (record: ClaimColumns): ClaimRow => ({
  id: record.id,
  speakerId: record.speaker_id,
  kind: record.kind,
  text: record.text,
  firstReported: record.first_reported || null,
  lastReported: record.last_reported || null,
  reportCount: record.report_count,
  outlets: record.outlets,
});

/** Words are stored space-separated; `words` may be given already split (ParsedMembers). */
export const candidateFromColumns = (record: Omit<ClaimMemberColumns, 'text'>, words = record.words === '' ? [] : record.words.split(' ')): ClaimCandidate => ({
  statementId: record.statement_id,
  claimId: record.claim_id,
  documentId: record.document_id,
  speakerId: record.speaker_id,
  day: record.day,
  kind: record.kind,
  words,
  aboutIds: record.about_ids,
  reported: record.reported,
  outlet: record.outlet,
});

export const memberFromColumns = (record: ClaimMemberColumns): ClaimMemberRow => ({ ...candidateFromColumns(record), text: record.text });
