import {
  documentFromColumns, entityFromColumns, mentionFromColumns, relationFromColumns, statementFromColumns,
  type DocumentColumns, type EntityColumns, type MentionColumns, type RelationColumns, type StatementColumns,
} from './graph-columns.js';
import type { EntityRow, StatementRow } from './types.js';

/**
 * Rows as SQLite returns them: the columns of graph-columns.ts, but lists and the speaker
 * mention as JSON text, which these mappers parse before the shared mapping runs. They never
 * leave the SQLite store's modules.
 */
export type DocumentRecord = DocumentColumns;
export type EntityRecord = Omit<EntityColumns, 'aliases' | 'roles' | 'organization_ids'> & { aliases: string; roles: string; organization_ids: string };
export type MentionRecord = MentionColumns;
export type StatementRecord = Omit<StatementColumns, 'speaker_mention' | 'about_ids'> & { speaker_mention: string | null; about_ids: string };
export type RelationRecord = RelationColumns;

/** Statement columns with the ordered topic ids gathered from statement_about. */
export const STATEMENT_COLUMNS = `s.*, (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM statement_about a WHERE a.statement_id = s.id ORDER BY position)) AS about_ids`;

export const toDocument = documentFromColumns;
export const toMention = mentionFromColumns;
export const toRelationEvidence = relationFromColumns;

export const toEntity = (record: EntityRecord): EntityRow => entityFromColumns({
  ...record,
  aliases: JSON.parse(record.aliases) as string[],
  roles: JSON.parse(record.roles) as string[],
  organization_ids: JSON.parse(record.organization_ids) as number[],
});

export const toStatement = (record: StatementRecord): StatementRow => statementFromColumns({
  ...record,
  speaker_mention: record.speaker_mention === null ? null : (JSON.parse(record.speaker_mention) as StatementRow['speakerMention']),
  about_ids: JSON.parse(record.about_ids) as number[],
});
