import type { DocumentRow, EntityRow, MentionRow, RelationEvidenceRow, StatementRow } from './types.js';

/**
 * The graph tables' columns as both SQL stores name them (snake_case), with their lists and
 * JSON already parsed, and their mappers to the store's rows: the one place that knows both
 * shapes. PostgreSQL returns them so (arrays, jsonb: postgres-rows.ts); SQLite keeps lists
 * and JSON as text and parses them first (sqlite-rows.ts). The claim tables: claim-columns.ts.
 */
export interface DocumentColumns { id: number; hash: string; path: string | null; url: string | null; source: string | null; title: string | null; published_at: string | null; text: string }
export interface EntityColumns {
  id: number; kind: EntityRow['kind']; name: string; code: string | null; aliases: string[]; roles: string[]; organization_ids: number[];
  country_id: number | null; mention_count: number; statement_count: number;
}
export interface MentionColumns { id: number; document_id: number; entity_id: number; text: string; start_offset: number; end_offset: number }
export interface StatementColumns {
  id: number; document_id: number; kind: StatementRow['kind']; act: StatementRow['act']; negated: boolean | number; text: string; start_offset: number; end_offset: number; cue: string | null;
  speaker_id: number | null; speaker_mention: StatementRow['speakerMention']; speaker_description: string | null; speaker_affiliation_id: number | null;
  about_ids: number[]; date: string | null; sentence_text: string; sentence_start: number; sentence_end: number;
}
export interface RelationColumns {
  entity_id: number; document_id: number; relation: RelationEvidenceRow['relation']; role: string | null; target_id: number | null;
  text: string; start_offset: number; end_offset: number;
}

export const documentFromColumns = (record: DocumentColumns): DocumentRow => ({
  id: record.id, path: record.path, title: record.title, publishedAt: record.published_at, url: record.url, source: record.source, text: record.text, hash: record.hash,
});

export const entityFromColumns = (record: EntityColumns): EntityRow => ({
  id: record.id,
  kind: record.kind,
  name: record.name,
  aliases: record.aliases,
  code: record.code,
  roles: record.roles,
  organizationIds: record.organization_ids,
  countryId: record.country_id,
  mentionCount: record.mention_count,
  statementCount: record.statement_count,
});

export const mentionFromColumns = (record: MentionColumns): MentionRow => ({
  id: record.id, documentId: record.document_id, entityId: record.entity_id, text: record.text, start: record.start_offset, end: record.end_offset,
});

export const statementFromColumns = (record: StatementColumns): StatementRow => ({
  id: record.id,
  documentId: record.document_id,
  kind: record.kind,
  act: record.act,
  // SQLite keeps booleans as 0 and 1.
  negated: Boolean(record.negated),
  text: record.text,
  start: record.start_offset,
  end: record.end_offset,
  cue: record.cue,
  speakerId: record.speaker_id,
  speakerMention: record.speaker_mention,
  speakerDescription: record.speaker_description,
  speakerAffiliationId: record.speaker_affiliation_id,
  aboutIds: record.about_ids,
  date: record.date,
  sentence: { text: record.sentence_text, start: record.sentence_start, end: record.sentence_end },
});

export const relationFromColumns = (record: RelationColumns): RelationEvidenceRow => ({
  entityId: record.entity_id, documentId: record.document_id, relation: record.relation, role: record.role, targetId: record.target_id,
  text: record.text, start: record.start_offset, end: record.end_offset,
});
