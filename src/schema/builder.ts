import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Store } from '../graph/store.js';
import type { GraphEvents } from './events.js';

export interface Context {
  store: Store;
  events: GraphEvents;
  /** Largest document text `ingestDocument` accepts, in UTF-8 bytes. */
  maxDocumentBytes: number;
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
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { description: 'Fetches any object by its global ID (Person, Organization, Country, Document, Statement).' },
    nodesQueryOptions: { description: 'Fetches several objects by their global IDs, in the same order; unknown IDs give null.' },
    pageInfoTypeOptions: { description: 'Relay pagination state of a connection page.' },
  },
});

builder.queryType({ description: 'Who said what about whom: entities, documents and the statements that connect them.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items in the whole list (all pages), after filters.', resolve: (connection) => connection.totalCount }),
);
