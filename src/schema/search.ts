import { GraphQLError } from 'graphql';
import type { DocumentRow, StatementRow } from '../graph/types.js';
import { builder } from './builder.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';
import { DocumentRef, StatementRef } from './refs.js';

const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What full-text search looks through.',
  values: {
    DOCUMENT: { description: 'Document titles and texts.' },
    STATEMENT: { description: 'Statement contents and the sentences they were read from.' },
  },
});

const SearchResult = builder.unionType('SearchResult', {
  description: 'A document or a statement that matched.',
  types: [DocumentRef, StatementRef],
  resolveType: (row) => ('hash' in row ? DocumentRef : StatementRef),
});

interface Hit {
  node: DocumentRow | StatementRow;
  score: number;
}

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One match, with how well it matched.',
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: 'The matching document or statement.', resolve: (hit) => hit.node }),
    score: t.exposeFloat('score', { description: 'Relevance (BM25 with SQLite): higher is better. Documents and statements are ranked by separate indexes, so compare scores within a kind first.' }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Full-text search: every word and "quoted phrase" must occur (case- and accent-insensitive; SQLite also matches word forms: "sanction" finds "sanctions"). Best matches first.',
    args: {
      query: t.arg.string({ required: true, description: 'Words and "quoted phrases", e.g. `"arms deal" Pyongyang`.' }),
      kinds: t.arg({ type: [SearchKindEnum], description: 'What to search; both kinds when omitted.' }),
      first: t.arg.int({ description: `How many hits (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
    },
    resolve: async (_root, args, context) => {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
        throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const kinds = new Set(args.kinds ?? ['DOCUMENT', 'STATEMENT']);
      const [documents, statements] = await Promise.all([
        kinds.has('DOCUMENT') ? context.store.searchDocuments(args.query, first) : [],
        kinds.has('STATEMENT') ? context.store.searchStatements(args.query, first) : [],
      ]);
      const hits: Hit[] = [...documents, ...statements].map(({ item, score }) => ({ node: item, score }));
      return hits.sort((a, b) => b.score - a.score).slice(0, first);
    },
  }),
}));
