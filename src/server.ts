import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './bytes.js';
import type { Store } from './graph/store.js';
import type { Context } from './schema/builder.js';
import { createGraphEvents } from './schema/events.js';
import { schema } from './schema/index.js';
import { useWriteAccess } from './write-access.js';

/** The query GraphiQL opens with: who said what about whom. */
export const DEFAULT_QUERY = `# Who said what about North Korea?
query WhoSaidWhat {
  statements(first: 10, filter: { about: "North Korea" }) {
    totalCount
    edges {
      node {
        kind
        speaker { name }
        speakerMention { text }
        cue
        text
        about { name }
      }
    }
  }
}
`;

export interface ServerOptions {
  store: Store;
  /** Secret that mutations must present as a bearer token; without one, writes are off. */
  token?: string;
  /** Largest text ingestDocument accepts, in UTF-8 bytes (default 5 MiB). */
  maxDocumentBytes?: number;
}

/**
 * Builds the GraphQL server (no listening: the CLI or a test decides where it runs).
 * GraphiQL's assets are bundled by @graphql-yoga/render-graphiql, so the page works offline.
 */
export function createServer({ store, token, maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES }: ServerOptions) {
  const events = createGraphEvents();
  return createYoga({
    schema,
    context: (): Context => ({ store, events, maxDocumentBytes }),
    plugins: [useWriteAccess(token)],
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    renderGraphiQL,
    graphiql: { title: 'whosaid', defaultQuery: DEFAULT_QUERY },
    logging: 'warn',
  });
}

export type WhosaidServer = ReturnType<typeof createServer>;
