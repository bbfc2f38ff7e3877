import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { graphiqlPage } from './graphiql-page.js';
import { healthReport } from './health.js';
import { useRoutes } from './routes.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './bytes.js';
import type { Store } from '../graph/store.js';
import { corsOption, hardeningPlugins } from './hardening.js';
import { maskStoreErrors } from './database-errors.js';
import { createBackgroundExtractor, type Extractor } from '../ingest/extraction-pool.js';
import { DEFAULT_LIMITS, defaultMaxBodyBytes, type Limits } from './limits.js';
import type { Context } from '../schema/builder.js';
import { createGraphEvents, StatementFeed } from '../schema/events.js';
import { schema } from '../schema/index.js';
import { useWriteAccess } from './write-access.js';
import { useExplorer } from './explorer-routes.js';

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

/** GraphiQL's tabs of ready examples (README "Example queries" shows each with its output on the seeds). */
export const EXAMPLE_TABS = [
  DEFAULT_QUERY,
  `# Everything one person said, latest first
query EverythingKirbySaid {
  entity(name: "Kirby") {
    name
    statements(first: 20, orderBy: { field: DATE }) {
      totalCount
      edges { node { kind cue text date about { name } document { title } } }
    }
  }
}
`,
  `# The most-quoted people
query MostQuoted {
  stats { documents people organizations countries statements }
  people(first: 10, orderBy: { field: STATEMENTS }) {
    edges { node { name statementCount mentionCount country { name } } }
  }
}
`,
  `# Organizations of a country, and the people tied to each
query OrganizationsOfACountry {
  organizations(first: 10, filter: { country: "United States" }, orderBy: { field: MENTIONS }) {
    totalCount
    edges { node { name aliases people(first: 5) { edges { node { name roles } } } } }
  }
}
`,
  `# Search names and roles as you type, statements and documents by their words: one ranking, best first
query Search {
  search(query: "kirb", first: 5) {
    score
    node { __typename ... on Entity { name } ... on Statement { text } ... on Document { title } }
  }
  ministers: search(query: "minister", kinds: [PERSON], first: 5) {
    score
    node { ... on Person { name roles } }
  }
  statements: search(query: "arms deal", kinds: [STATEMENT], first: 3) {
    score
    node { ... on Statement { text speaker { name } } }
  }
}
`,
  `# Beyond "said": who blasted, believed or cited a poll about whom
# (negated: what a source is reported as not doing, "did not mention …"; filter it with negated: false)
query BeyondSpeech {
  statements(first: 10, filter: { acts: [APPRAISAL, BELIEF, EVIDENCE] }) {
    totalCount
    edges { node { act negated cue text speaker { name } speakerDescription about { name } } }
  }
}
`,
  `# One statement, many reports: who reported it first, and what one outlet left out
query WhoReportedItFirst {
  claims(first: 5, orderBy: { field: REPORTS }) {
    totalCount
    edges {
      node {
        text
        speaker { name }
        reportCount
        outlets # the first to report it first
        firstReported
      }
    }
  }
  entity(name: "Kirby") {
    name
    claims(first: 5, filter: { notReportedBy: "Reuters" }) { totalCount edges { node { text outlets } } }
  }
}
`,
].map((query) => ({ query }));

export interface ServerOptions {
  store: Store;
  /** Secret that mutations must present as a bearer token; without one, writes are off. */
  token?: string;
  /** Largest text ingestDocument accepts, in UTF-8 bytes (default 5 MiB). */
  maxDocumentBytes?: number;
  /** Query limits, CORS, introspection, persisted operations (src/server/limits.ts); unset ones take their defaults. */
  limits?: Partial<Limits>;
  /** Extracts ingestDocument's texts (default: one worker thread, started on the first). */
  extractor?: Extractor;
  /** How often to look for statements another process stored, for subscribers (default 1 s). */
  pollMs?: number;
}

/**
 * Builds the GraphQL server (no listening: the CLI or a test decides where it runs).
 * GraphiQL's assets are bundled by @graphql-yoga/render-graphiql, so the page works offline.
 */
export function createServer({ store, token, maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES, limits: overrides = {}, extractor = createBackgroundExtractor(), pollMs = 1000 }: ServerOptions) {
  const events = createGraphEvents();
  const feed = new StatementFeed(store, events, pollMs);
  const limits: Limits = { ...DEFAULT_LIMITS, ...overrides };
  const maxBodyBytes = limits.maxBodyBytes ?? defaultMaxBodyBytes(Boolean(token), maxDocumentBytes);
  const graphiql = graphiqlPage(() => renderGraphiQL({ title: 'whosaid', defaultQuery: DEFAULT_QUERY, defaultTabs: EXAMPLE_TABS }));
  const routes = [
    { path: '/health', route: () => healthReport(store) },
    // As Yoga decides: a browser asking /graphql for HTML gets GraphiQL, anything else is GraphQL.
    { path: '/graphql', accepts: (request: Request) => request.method === 'GET' && Boolean(request.headers.get('accept')?.includes('text/html')), route: graphiql },
  ];
  return createYoga({
    schema,
    context: (): Context => ({ store, events, feed, maxDocumentBytes, extract: (text) => extractor.extract(text) }),
    // The explorer serves `/` and its assets; the other pages and GraphiQL come next.
    plugins: [useExplorer(store), useRoutes(routes), ...hardeningPlugins(limits, maxBodyBytes, schema, token), useWriteAccess(token), { onDispose: () => feed.close() }],
    // Unexpected errors reach clients as "Unexpected error." with no message, stack or path,
    // whatever NODE_ENV says; they are logged here. GraphQLErrors we throw keep their message.
    maskedErrors: { isDev: false, maskError: maskStoreErrors },
    cors: corsOption(limits.corsOrigins),
    graphqlEndpoint: '/graphql',
    // Yoga's own check (an empty 200, no store read) moves aside for /health's JSON.
    healthCheckEndpoint: '/health/live',
    landingPage: false,
    // GraphiQL is served by the /graphql route above, compressed and with an ETag.
    graphiql: false,
    logging: 'warn',
  });
}

export type WhosaidServer = ReturnType<typeof createServer>;
