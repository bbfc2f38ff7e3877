import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Store } from './graph/store.js';
import { schema } from './schema/index.js';

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
}

/**
 * Builds the GraphQL server (no listening: the CLI or a test decides where it runs).
 * GraphiQL's assets are bundled by @graphql-yoga/render-graphiql, so the page works offline.
 */
export function createServer({ store }: ServerOptions) {
  return createYoga({
    schema,
    context: () => ({ store }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    renderGraphiQL,
    graphiql: { title: 'whosaid', defaultQuery: DEFAULT_QUERY },
    logging: 'warn',
  });
}

export type WhosaidServer = ReturnType<typeof createServer>;
