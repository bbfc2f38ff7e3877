import { builder } from './builder.js';
import { Entity } from './entity.js';
import { pageArgs, toConnection } from './pagination.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';

DocumentRef.implement({
  description: 'One ingested article. Every fact points into its `text` by character offsets.',
  fields: (t) => ({
    path: t.exposeString('path', { nullable: true, description: 'File path relative to the ingested folder; null when sent through the API.' }),
    title: t.exposeString('title', { nullable: true, description: 'The headline (first line).' }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'Publication date, ISO 8601 ("2024-05-28T18:53:32"), from the date line near the top.' }),
    text: t.exposeString('text', { description: 'The text exactly as read: offsets of mentions and statements are JS string offsets into it.' }),
    entities: t.field({
      type: [Entity],
      description: 'Entities mentioned in the document, in order of first mention.',
      resolve: async (row, _args, context) => {
        const [mentions] = await context.store.mentionsOfDocuments([row.id]);
        return [...new Set(mentions.map((mention) => mention.entityId))];
      },
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'Every mention of an entity, in text order.',
      resolve: async (row, _args, context) => (await context.store.mentionsOfDocuments([row.id]))[0],
    }),
    statements: t.field({
      type: [StatementRef],
      description: 'Statements found in the document, in text order.',
      resolve: async (row, _args, context) => (await context.store.statementsOfDocuments([row.id]))[0],
    }),
  }),
});

MentionRef.implement({
  description: 'Words in a document that name an entity, with their span.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written ("Kirby", "the NSC official", "Pyongyang").' }),
    start: t.exposeInt('start', { description: 'Start offset in Document.text.' }),
    end: t.exposeInt('end', { description: 'End offset (exclusive) in Document.text.' }),
    entity: t.field({ type: Entity, nullable: true, description: 'The entity these words refer to; null for an unnamed source.', resolve: (row) => row.entityId }),
    document: t.field({ type: DocumentRef, description: 'The document the words are in.', resolve: (row) => row.documentId }),
  }),
});

builder.queryFields((t) => ({
  documents: t.connection(
    {
      type: DocumentRef,
      description: 'A page of documents, in order of ingestion.',
      resolve: async (_root, args, context) => toConnection(await context.store.listDocuments(pageArgs(args)), pageArgs(args)),
    },
    { name: 'DocumentConnection' },
    { name: 'DocumentEdge' },
  ),
}));
