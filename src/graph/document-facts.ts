import { createHash } from 'node:crypto';
import type { ExtractedDocument } from '../graph/facts.js';
import { canonicalOutlet } from '../lexicon/outlets.js';
import type { DocumentInput, DocumentRow, MentionRow, RelationEvidenceRow, RelationKind, StatementRow } from './types.js';

export type MentionDraft = Omit<MentionRow, 'id' | 'documentId'>;
export type StatementDraft = Omit<StatementRow, 'id' | 'documentId'>;
export type RelationDraft = Omit<RelationEvidenceRow, 'documentId'>;

/** A document's stored fields: what the caller gave wins over what the text says (headline, date, outlet). Outlets are stored canonical ("REUTERS" → "Reuters"). */
export function documentFields(input: DocumentInput, facts: ExtractedDocument, hash: string): Omit<DocumentRow, 'id'> {
  return {
    path: input.path ?? null,
    title: input.title ?? facts.title,
    publishedAt: input.publishedAt ?? facts.publishedAt,
    url: input.url ?? null,
    source: input.source ? canonicalOutlet(input.source) : facts.outlet?.name ?? null,
    text: input.text,
    hash,
  };
}

/** The identity of a text: the same content is stored once, whatever its path. */
export const documentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A document's mentions and statements with entity keys replaced by stored entity ids
 * (`ids` from resolveDocument): the rows every store writes, built one way.
 */
export function documentFacts(text: string, facts: ExtractedDocument, ids: ReadonlyMap<string, number>): { mentions: MentionDraft[]; statements: StatementDraft[]; relations: RelationDraft[] } {
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`extraction refers to entity "${key}", which it did not list`);
    return id;
  };
  const mentions = facts.mentions.map((mention) => ({ entityId: idOf(mention.entityKey), text: mention.text, start: mention.start, end: mention.end }));
  const statements = facts.statements.map((statement) => {
    // As before stores existed: a speaker or topic the extraction did not list is left out, not fatal.
    const speakerId = statement.speakerKey ? ids.get(statement.speakerKey) ?? null : null;
    return {
      kind: statement.kind,
      act: statement.act,
      negated: statement.negated,
      text: statement.text,
      start: statement.start,
      end: statement.end,
      cue: statement.cue,
      speakerId,
      speakerMention: statement.speakerMention && { text: statement.speakerMention.text, start: statement.speakerMention.start, end: statement.speakerMention.end },
      speakerDescription: statement.speakerDescription,
      speakerAffiliationId: statement.speakerAffiliation ? ids.get(statement.speakerAffiliation) ?? null : null,
      // The speaker is never what they talk about.
      aboutIds: [...new Set(statement.about.map((key) => ids.get(key)))].filter((id): id is number => id !== undefined && id !== speakerId),
      date: statement.date,
      sentence: { start: statement.sentence.start, end: statement.sentence.end, text: text.slice(statement.sentence.start, statement.sentence.end) },
    };
  });
  // "role:Defense Minister", "organization:<key>", "country:<key>" with the span that says so.
  const relations = facts.entities.flatMap((entity) => {
    const entityId = ids.get(entity.key);
    if (entityId === undefined) return [];
    return entity.relationEvidence.flatMap((evidence): RelationDraft[] => {
      const [kind, ...rest] = evidence.relation.split(':');
      const value = rest.join(':');
      const relation = RELATION_KINDS[kind];
      if (!relation) return [];
      const targetId = relation === 'ROLE' ? null : ids.get(value) ?? null;
      if (relation !== 'ROLE' && targetId === null) return [];
      return [{ entityId, relation, role: relation === 'ROLE' ? value : null, targetId, text: evidence.text, start: evidence.start, end: evidence.end }];
    });
  });
  return { mentions, statements, relations };
}

const RELATION_KINDS: Record<string, RelationKind> = { role: 'ROLE', organization: 'ORGANIZATION', country: 'COUNTRY' };
