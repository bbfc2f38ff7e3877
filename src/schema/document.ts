import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { formatBytes } from '../server/bytes.js';
import { MAX_LIST_ITEMS } from '../server/limits.js';
import type { DeleteResult, GraphCounts, IngestResult } from '../graph/types.js';
import { builder, type Context } from './builder.js';
import { Entity } from './entity.js';
import { documentSortKey } from '../graph/list-order.js';
import type { SortDirection } from '../graph/types.js';
import { checkDate, checkSearchText, listOrder, OrderDirectionEnum, pageArgs, toConnection } from './pagination.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';
import { boundedList, boundedListArgs, boundedListExtensions, listTooLong, rowsToRead } from './bounded-list.js';

/** Mentions Document.entities reads at most: 20 per entity of the longest list it gives whole. */
const MENTIONS_READ_FOR_ENTITIES = 20 * MAX_LIST_ITEMS;

DocumentRef.implement({
  description: 'One ingested article. Every fact points into its `text` by character offsets.',
  fields: (t) => ({
    path: t.exposeString('path', { nullable: true, description: 'File path, relative to the folder whosaid ran in when inside it; null when sent through the API.' }),
    title: t.exposeString('title', { nullable: true, description: 'The headline (first line).' }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'Publication date, ISO 8601 ("2024-05-28T18:53:32"), from the date line near the top.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, as sent with ingestDocument.' }),
    source: t.exposeString('source', { nullable: true, description: 'The outlet it came from, canonical ("Reuters" for "REUTERS" or "Thomson Reuters"): as sent with ingestDocument or given by a metadata file, else as the text says (an agency tag in the dateline, a byline, a copyright line).' }),
    text: t.exposeString('text', { description: 'The text exactly as read. Offsets into it (`start`, `end`) count UTF-16 code units, as JavaScript strings do; `startCodePoint` and `endCodePoint` count Unicode code points, as Python and Rust do.' }),
    entities: t.field({
      type: [Entity],
      description: `Entities mentioned in the document, in order of first mention (read from its first ${MENTIONS_READ_FOR_ENTITIES} mentions).`,
      args: boundedListArgs,
      extensions: boundedListExtensions,
      resolve: async (row, args, context) => {
        const wanted = rowsToRead(args.first);
        const [mentions] = await context.store.mentionsOfDocuments([row.id], MENTIONS_READ_FOR_ENTITIES + 1);
        const ids = [...new Set(mentions.slice(0, MENTIONS_READ_FOR_ENTITIES).map((mention) => mention.entityId))];
        if (mentions.length > MENTIONS_READ_FOR_ENTITIES && ids.length < wanted) {
          throw listTooLong(`Document.entities: the document has more than ${MENTIONS_READ_FOR_ENTITIES} mentions, this server's most to read for one list; pass first (at most ${ids.length} here).`);
        }
        return boundedList(ids.slice(0, wanted), args.first, 'Document.entities');
      },
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'Every mention of an entity, in text order.',
      args: boundedListArgs,
      extensions: boundedListExtensions,
      resolve: async (row, args, context) =>
        boundedList((await context.store.mentionsOfDocuments([row.id], rowsToRead(args.first)))[0], args.first, 'Document.mentions', 'page through each entity\'s Entity.mentions'),
    }),
    statements: t.field({
      type: [StatementRef],
      description: 'Statements found in the document, in text order.',
      args: boundedListArgs,
      extensions: boundedListExtensions,
      resolve: async (row, args, context) =>
        boundedList((await context.store.statementsOfDocuments([row.id], rowsToRead(args.first)))[0], args.first, 'Document.statements',
          `page through Query.statements(filter: { document: "${encodeGlobalID('Document', row.id)}" })`),
    }),
  }),
});

MentionRef.implement({
  description: 'Words in a document that name an entity, with their span.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written ("Kirby", "the NSC official", "Pyongyang").' }),
    start: t.exposeInt('start', { description: 'Start offset in Document.text, in UTF-16 code units (a JavaScript string index; startCodePoint counts code points).' }),
    end: t.exposeInt('end', { description: 'End offset (exclusive) in Document.text, in UTF-16 code units (endCodePoint counts code points).' }),
    entity: t.field({ type: Entity, nullable: true, description: 'The entity these words refer to; null for an unnamed source.', resolve: (row) => row.entityId }),
    document: t.field({ type: DocumentRef, description: 'The document the words are in.', resolve: (row) => row.documentId }),
  }),
});

export const DocumentConnection = builder.connectionObject(
  { type: DocumentRef, name: 'DocumentConnection', description: 'A page of documents, with the size of the whole list.' },
  { name: 'DocumentEdge', description: 'One document in a page, with its cursor.' },
);

export const MentionConnection = builder.connectionObject(
  { type: MentionRef, name: 'MentionConnection', description: 'A page of mentions, with the size of the whole list.' },
  { name: 'MentionEdge', description: 'One mention in a page, with its cursor.' },
);

export const DocumentFilter = builder.inputType('DocumentFilter', {
  description: 'Narrows documents; all given fields must hold.',
  fields: (t) => ({
    from: t.string({ description: 'Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated documents are left out.' }),
    to: t.string({ description: 'Published on or before this date, inclusive: "2024-05" takes all of May.' }),
    text: t.string({ description: 'Full-text search in title and text: every word and "quoted phrase" must occur (case- and accent-insensitive).' }),
  }),
});

export const DocumentOrderField = builder.enumType('DocumentOrderField', {
  description: 'What document lists can be sorted by.',
  values: {
    INGESTED: { description: 'Order of ingestion (the default); natural direction ASC.' },
    PUBLISHED: { description: 'Publication date (undated documents sort as earliest); natural direction DESC, the latest first.' },
  },
});

export const DocumentOrder = builder.inputType('DocumentOrder', {
  description: 'How to sort documents. Ties keep ingestion order (in the same direction), so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: DocumentOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, description: 'ASC or DESC; when omitted, the natural direction of the field.' }),
  }),
});

export const documentListArgs = builder.args((t) => ({
  filter: t.field({ type: DocumentFilter, description: 'Date and text filters.' }),
  orderBy: t.field({ type: DocumentOrder, description: 'Sort order; order of ingestion when omitted.' }),
}));

interface DocumentListArgs {
  filter?: { from?: string | null; to?: string | null; text?: string | null } | null;
  orderBy?: { field: 'INGESTED' | 'PUBLISHED'; direction?: SortDirection | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page of documents, filtered and sorted; `entityIds` keeps those mentioning one of them. */
export async function listDocuments(args: DocumentListArgs, context: Context, entityIds?: number[]) {
  const requested = listOrder(args.orderBy, (field) => (field === 'PUBLISHED' ? 'DESC' : 'ASC'));
  const order = { field: requested.field === 'PUBLISHED' ? 'PUBLISHED' : 'ID', direction: requested.direction } as const;
  const page = pageArgs(args, order);
  const query = {
    from: checkDate(args.filter?.from, 'from'),
    to: checkDate(args.filter?.to, 'to'),
    text: checkSearchText(args.filter?.text, 'filter.text') ?? undefined,
    entityIds,
  };
  return toConnection(await context.store.listDocuments(page, query, order), page, order, (row) => documentSortKey(row, order.field));
}

builder.queryFields((t) => ({
  documents: t.connection(
    {
      type: DocumentRef,
      description: 'A page of documents, filtered by date and text, in order of ingestion or of publication.',
      args: documentListArgs,
      resolve: (_root, args, context) => listDocuments(args, context),
    },
    DocumentConnection,
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
  if (input.publishedAt) checkDate(input.publishedAt.slice(0, 10), 'publishedAt');
  let facts;
  try {
    facts = await context.extract(input.text);
  } catch (error) {
    // The worker failed on this text (out of memory, a bug): this request fails, the server goes on.
    throw new GraphQLError(`The text could not be extracted: ${error instanceof Error ? error.message : String(error)}. Nothing was stored.`, { extensions: { code: 'EXTRACTION_FAILED' } });
  }
  const result = await context.store.ingest(input, facts);
  if (result.created) await context.feed.announce();
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
