import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ExtractedDocument } from '../graph/facts.js';
import type { Store } from '../graph/store.js';
import type { GraphEvents, StatementFeed } from './events.js';

export interface Context {
  store: Store;
  events: GraphEvents;
  /** Publishes the statements stored since it last did, on `events`. */
  feed: StatementFeed;
  /** Text → facts for ingestDocument, off the thread that answers queries. */
  extract(text: string): Promise<ExtractedDocument>;
  /** Largest document text `ingestDocument` accepts, in UTF-8 bytes. */
  maxDocumentBytes: number;
}

/** The types a global ID can name: every implementation of Node (test/adversary.test.ts checks the list against the schema). */
export const NODE_TYPES = ['Person', 'Organization', 'Country', 'Document', 'Statement', 'Claim'];

/**
 * A global ID as the `id` fields give it (base64 of "Type:id"), refused with BAD_USER_INPUT
 * when it is not one or names a type this API does not have.
 */
function decodeNodeID(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, Math.max(separator, 0));
  const id = decoded.slice(separator + 1);
  const refuse = (why: string) => new GraphQLError(`Invalid global ID "${globalID}": ${why}; pass the \`id\` field of a ${NODE_TYPES.join(', ')}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  if (separator <= 0 || !id || !/^[A-Z_a-z]\w*$/.test(typename)) throw refuse('it is not one this server gave');
  if (!NODE_TYPES.includes(typename)) throw refuse(`this API has no type ${typename}`);
  return { typename, id };
}

/**
 * One builder for the whole schema. Defaults set once: fields are non-null unless they say
 * otherwise, connections carry `totalCount`, cursors and global IDs are opaque strings.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    decodeGlobalID: decodeNodeID,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item in the list (its sort key and id): pass it as `after` to continue after it.' },
    pageInfoFieldOptions: { description: 'Where this page stands in the list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page (an `after` cursor was given).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page: pass it as `after` for the next page; null when the page is empty.' },
    firstArgOptions: { description: 'Page size: 0 to 100 (default 20). Above 100 is an error.' },
    afterArgOptions: { description: 'Cursor (endCursor or an edge cursor) of the item to continue after, from the same list with the same order.' },
    lastArgOptions: { description: 'Not supported (backward pagination): page forward with first/after.' },
    beforeArgOptions: { description: 'Not supported (backward pagination): page forward with first/after.' },
    idFieldOptions: { description: 'Global ID (Relay): pass it to `node(id:)`.' },
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID (Person, Organization, Country, Document, Statement, Claim); null when there is none (unknown or deleted).',
      args: { id: { description: 'A global ID, as the `id` field of any object gives it.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by their global IDs, in the same order; unknown or deleted IDs give null.',
      args: { ids: { description: 'Global IDs, as the `id` field of any object gives them.' } },
    },
    pageInfoTypeOptions: { description: 'Relay pagination state of a connection page.' },
  },
});

builder.queryType({ description: 'Who said what about whom: entities, documents and the statements that connect them.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items in the whole list (all pages), after filters.', resolve: (connection) => connection.totalCount }),
);
