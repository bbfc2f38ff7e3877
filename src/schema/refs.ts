import type { ClaimRow, DocumentRow, MentionRow, StatementRow } from '../graph/types.js';
import { builder } from './builder.js';

/**
 * Object refs declared before they are implemented, so type families that point at each
 * other (Document ↔ Statement ↔ Mention) type-check without circular inference.
 * Each loads by id in one batched store call per request tick; an unknown or deleted id loads as null.
 */
export const DocumentRef = builder.loadableNodeRef('Document', {
  id: { resolve: (row: DocumentRow) => row.id, parse: (id: string) => Number(id) },
  // Only the rows found: `sort` puts them in order and gives null for the others (node(id:) answers null).
  load: async (ids: number[], context) => (await context.store.documentsByIds(ids)).filter((row) => row !== null),
  sort: (row) => row.id,
});

export const StatementRef = builder.loadableNodeRef('Statement', {
  id: { resolve: (row: StatementRow) => row.id, parse: (id: string) => Number(id) },
  load: async (ids: number[], context) => (await context.store.statementsByIds(ids)).filter((row) => row !== null),
  sort: (row) => row.id,
});

export const ClaimRef = builder.loadableNodeRef('Claim', {
  id: { resolve: (row: ClaimRow) => row.id, parse: (id: string) => Number(id) },
  load: async (ids: number[], context) => (await context.store.claimsByIds(ids)).filter((row) => row !== null),
  sort: (row) => row.id,
});

/** A place in a document that names an entity or a speaker. */
export interface MentionShape {
  text: string;
  start: number;
  end: number;
  entityId: number | null;
  documentId: number;
}

export const MentionRef = builder.objectRef<MentionShape | MentionRow>('Mention');
