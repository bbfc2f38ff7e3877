import type { RelatedRow } from './types.js';

/**
 * Ranks the entities connected to one entity from the raw links a store found: statements
 * that involve both (pairs of other entity and statement id) and documents that mention
 * both (pairs of other entity and document id). Weight: connecting statements plus shared
 * documents; heaviest first, then oldest entity. Shared by every store.
 */
export function rankRelated(
  statementLinks: Iterable<{ entityId: number; statementId: number }>,
  documentLinks: Iterable<{ entityId: number; documentId: number }>,
  limit: number,
): RelatedRow[] {
  const byEntity = new Map<number, { statements: Set<number>; documents: Set<number> }>();
  const of = (id: number) => byEntity.get(id) ?? byEntity.set(id, { statements: new Set(), documents: new Set() }).get(id)!;
  for (const { entityId, statementId } of statementLinks) of(entityId).statements.add(statementId);
  for (const { entityId, documentId } of documentLinks) of(entityId).documents.add(documentId);
  const rows: RelatedRow[] = [...byEntity].map(([entityId, { statements, documents }]) => ({
    entityId,
    weight: statements.size + documents.size,
    statementIds: [...statements].sort((a, b) => a - b),
    documentIds: [...documents].sort((a, b) => a - b),
  }));
  return rows.sort((a, b) => b.weight - a.weight || a.entityId - b.entityId).slice(0, limit);
}
