import type { RelatedRow, RelationEvidenceRow } from '../graph/types.js';
import { boundedList, boundedListArgs, boundedListExtensions, rowsToRead } from './bounded-list.js';
import { builder } from './builder.js';
import { DocumentConnection, documentListArgs, listDocuments, MentionConnection } from './document.js';
import { ALL_KINDS, Entity, EntityKindEnum } from './entity.js';
import { pageArgs, pageSize, toConnection } from './pagination.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';
import { listStatements, StatementConnection, statementListArgs } from './statement.js';

/** Walking the graph from any entity: what it said, what was said about it, where it appears, who it is connected to. */

const RelationRef = builder.objectRef<RelatedRow>('Relation').implement({
  description: 'Another entity connected to an entity, and the evidence: statements where one speaks and the other is spoken about (or both are spoken about together), and documents that mention both.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The connected entity.', resolve: (row) => row.entityId }),
    weight: t.exposeInt('weight', { description: 'Strength of the connection: connecting statements plus shared documents.' }),
    statementCount: t.int({ description: 'How many statements connect the two.', resolve: (row) => row.statementIds.length }),
    documentCount: t.int({ description: 'How many documents mention both.', resolve: (row) => row.documentIds.length }),
    statements: t.field({
      type: [StatementRef],
      description: 'The connecting statements, in document order.',
      args: { first: t.arg.int({ description: 'How many (default 5, at most 100).' }) },
      resolve: (row, args) => row.statementIds.slice(0, pageSize(args.first, 5)),
    }),
    documents: t.field({
      type: [DocumentRef],
      description: 'The documents that mention both, in order of ingestion.',
      args: { first: t.arg.int({ description: 'How many (default 5, at most 100).' }) },
      resolve: (row, args) => row.documentIds.slice(0, pageSize(args.first, 5)),
    }),
  }),
});

const RelationKindEnum = builder.enumType('RelationKind', {
  description: 'What a piece of relation evidence establishes.',
  values: {
    ROLE: { description: 'A role or title of a person ("Defense Minister").' },
    ORGANIZATION: { description: 'That a person belongs to an organization.' },
    COUNTRY: { description: 'The country of a person or organization.' },
  },
});

export const RelationEvidenceRef = builder.objectRef<RelationEvidenceRow>('RelationEvidence').implement({
  description: 'Where a document states a relation: the words, their span, and what they establish.',
  fields: (t) => ({
    relation: t.field({ type: RelationKindEnum, description: 'ROLE, ORGANIZATION or COUNTRY.', resolve: (row) => row.relation }),
    role: t.exposeString('role', { nullable: true, description: 'The role as written, for ROLE.' }),
    target: t.field({ type: Entity, nullable: true, description: 'The organization or country, for ORGANIZATION and COUNTRY.', resolve: (row) => row.targetId }),
    text: t.exposeString('text', { description: 'The words that state it: document.text.slice(start, end).' }),
    start: t.exposeInt('start', { description: 'Start offset in Document.text, in UTF-16 code units (a JavaScript string index; startCodePoint counts code points).' }),
    end: t.exposeInt('end', { description: 'End offset (exclusive) in Document.text, in UTF-16 code units (endCodePoint counts code points).' }),
    document: t.field({ type: DocumentRef, description: 'The document that states it.', resolve: (row) => row.documentId }),
  }),
});

builder.interfaceFields(Entity, (t) => ({
  evidence: t.field({
    type: [RelationEvidenceRef],
    description: 'Where the documents state this entity\'s roles, organizations and country, in document order: every relation keeps its evidence.',
    args: boundedListArgs,
    extensions: boundedListExtensions,
    resolve: async (row, args, context) => boundedList((await context.store.relationEvidenceOf([row.id], rowsToRead(args.first)))[0], args.first, 'Entity.evidence'),
  }),
  statements: t.connection(
    {
      type: StatementRef,
      description: 'Statements this entity made, filtered and sorted like `Query.statements` (the filter\'s `speaker` is this entity).',
      args: statementListArgs,
      resolve: (row, args, context) => listStatements(args, context, (query) => ({ ...query, speakerIds: query.speakerIds ? query.speakerIds.filter((id) => id === row.id) : [row.id] })),
    },
    StatementConnection,
  ),
  statementsAbout: t.connection(
    {
      type: StatementRef,
      description: 'Statements about this entity, by anyone, filtered and sorted like `Query.statements` (the filter\'s `about` is this entity).',
      args: statementListArgs,
      resolve: (row, args, context) => listStatements(args, context, (query) => ({ ...query, aboutIds: query.aboutIds ? query.aboutIds.filter((id) => id === row.id) : [row.id] })),
    },
    StatementConnection,
  ),
  mentions: t.connection(
    {
      type: MentionRef,
      description: 'Every place a document names this entity (by name, alias, description or pronoun-free reference), document by document, in text order.',
      resolve: async (row, args, context) => {
        const page = pageArgs(args);
        return toConnection(await context.store.listMentions([row.id], page), page);
      },
    },
    MentionConnection,
  ),
  documents: t.connection(
    {
      type: DocumentRef,
      description: 'Documents that mention this entity, filtered and sorted like `Query.documents`.',
      args: documentListArgs,
      resolve: (row, args, context) => listDocuments(args, context, [row.id]),
    },
    DocumentConnection,
  ),
  related: t.field({
    type: [RelationRef],
    description: 'Entities connected to this one — who it talks about, who talks about it, who appears with it — heaviest connection first.',
    args: {
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds; all kinds when omitted.' }),
      first: t.arg.int({ description: 'How many (default 10, at most 100).' }),
    },
    resolve: (row, args, context) => context.store.relatedEntities(row.id, args.kinds ?? ALL_KINDS, pageSize(args.first, 10)),
  }),
}));
