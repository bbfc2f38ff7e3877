import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { formatBytes } from '../bytes.js';
import { extract } from '../extract/index.js';
import type { DeleteResult, GraphCounts, IngestResult } from '../graph/types.js';
import { builder, type Context } from './builder.js';
import { Entity } from './entity.js';
import { pageArgs, toConnection } from './pagination.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';

DocumentRef.implement({
  description: 'One ingested article. Every fact points into its `text` by character offsets.',
  fields: (t) => ({
    path: t.exposeString('path', { nullable: true, description: 'File path, relative to the folder whosaid ran in when inside it; null when sent through the API.' }),
    title: t.exposeString('title', { nullable: true, description: 'The headline (first line).' }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'Publication date, ISO 8601 ("2024-05-28T18:53:32"), from the date line near the top.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, as sent with ingestDocument.' }),
    source: t.exposeString('source', { nullable: true, description: 'The outlet or feed it came from ("Reuters"), as sent with ingestDocument.' }),
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

const GraphCountsRef = builder.objectRef<GraphCounts>('GraphCounts').implement({
  description: 'How many documents, entities, mentions and statements a write added or removed.',
  fields: (t) => ({
    documents: t.exposeInt('documents', { description: 'Documents.' }),
    entities: t.exposeInt('entities', { description: 'Entities: created ones when added; ones left with no document to support them when removed.' }),
    mentions: t.exposeInt('mentions', { description: 'Mentions of entities.' }),
    statements: t.exposeInt('statements', { description: 'Statements.' }),
  }),
});

const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  description: 'An article to add to the graph.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article as text (or HTML). Its first line is the headline; a date line near the top is the publication date.' }),
    title: t.string({ description: 'Headline, instead of the first line.' }),
    publishedAt: t.string({ description: 'Publication date, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], instead of the date line.' }),
    url: t.string({ description: 'Where it was published. Sending a different text with the same url replaces the stored version (an updated article).' }),
    source: t.string({ description: 'The outlet or feed it came from ("Reuters").' }),
  }),
});

const IngestDocumentPayload = builder.objectRef<IngestResult>('IngestDocumentPayload').implement({
  description: 'The stored document and what storing it changed.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, description: 'The document: the new one, or the one already stored with the same text.', resolve: (result) => result.document }),
    created: t.exposeBoolean('created', { description: 'False when the same text was already stored: nothing was written.' }),
    added: t.field({ type: GraphCountsRef, description: 'What the document added.', resolve: (result) => result.added }),
    removed: t.field({ type: GraphCountsRef, description: 'What the earlier version with the same url took with it, when it was replaced.', resolve: (result) => result.removed }),
    replacedDocumentId: t.globalID({
      nullable: true,
      description: 'Global ID of the earlier version this document replaced (same url), if any.',
      resolve: (result) => (result.replacedDocumentId === null ? null : { type: 'Document', id: result.replacedDocumentId }),
    }),
  }),
});

const DeleteDocumentPayload = builder.objectRef<DeleteResult>('DeleteDocumentPayload').implement({
  description: 'The deleted document and what went with it.',
  fields: (t) => ({
    deletedDocumentId: t.globalID({ description: 'Global ID the document had.', resolve: (result) => ({ type: 'Document', id: result.document.id }) }),
    document: t.field({ type: DocumentRef, description: 'The document as it was stored (its text and title); its mentions and statements are gone.', resolve: (result) => result.document }),
    removed: t.field({ type: GraphCountsRef, description: 'What was removed: the document, its mentions and statements, and entities no other document supports.', resolve: (result) => result.removed }),
  }),
});

const PUBLISHED_AT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Stores an article sent through the API and announces its statements to subscribers. */
async function ingestText(input: { text: string; title?: string | null; publishedAt?: string | null; url?: string | null; source?: string | null }, context: Context) {
  const bytes = Buffer.byteLength(input.text);
  if (bytes > context.maxDocumentBytes) throw badInput(`The text is ${formatBytes(bytes)}, above this server's limit of ${formatBytes(context.maxDocumentBytes)}.`);
  if (input.text.trim() === '') throw badInput('The text is empty: send the article in input.text.');
  if (input.publishedAt && !PUBLISHED_AT.test(input.publishedAt)) throw badInput(`publishedAt "${input.publishedAt}" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].`);
  const result = await context.store.ingest(input, extract(input.text));
  if (result.created) {
    const [statements] = await context.store.statementsOfDocuments([result.document.id]);
    for (const statement of statements) context.events.publish('statementAdded', statement);
  }
  return result;
}

builder.mutationType({ description: 'Writes. Refused unless the server was started with a token, and then only with `Authorization: Bearer <token>`.' });

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestDocumentPayload,
    description: 'Extracts an article and adds it to the graph in one transaction; subscribers of statementAdded see its statements.',
    args: { input: t.arg({ type: IngestDocumentInput, required: true, description: 'The article and what is known about it.' }) },
    resolve: (_root, args, context) => ingestText(args.input, context),
  }),
  deleteDocument: t.field({
    type: DeleteDocumentPayload,
    description: 'Deletes a document with its mentions and statements; entities no other document mentions disappear, the others forget what it said.',
    args: { id: t.arg.globalID({ for: DocumentRef, required: true, description: 'Global ID of the document.' }) },
    resolve: async (_root, args, context) => {
      const result = await context.store.deleteDocument(args.id.id);
      if (!result) throw new GraphQLError(`No document with ID ${encodeGlobalID('Document', args.id.id)}: it was deleted already, or never existed.`, { extensions: { code: 'NOT_FOUND' } });
      return result;
    },
  }),
}));
