import type { DocumentRow, EntityKind, EntityRow, StatementRow } from '../graph/types.js';
import { builder } from './builder.js';
import { Country, Organization, Person } from './entity.js';
import { checkSearchText, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './pagination.js';
import { DocumentRef, StatementRef } from './refs.js';

const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What search looks through.',
  values: {
    PERSON: { description: 'Names and aliases of people, by word beginnings ("kirb").' },
    ORGANIZATION: { description: 'Names and aliases of organizations, by word beginnings ("nation secur").' },
    COUNTRY: { description: 'Names and aliases of countries, by word beginnings ("dprk", "korea").' },
    DOCUMENT: { description: 'Document titles and texts.' },
    STATEMENT: { description: 'Statement contents and the sentences they were read from.' },
  },
});

const SearchResult = builder.unionType('SearchResult', {
  description: 'A person, organization, country, document or statement that matched.',
  types: [Person, Organization, Country, DocumentRef, StatementRef],
  resolveType: (row) => ('hash' in row ? DocumentRef : 'mentionCount' in row ? { PERSON: Person, ORGANIZATION: Organization, COUNTRY: Country }[row.kind] : StatementRef),
});

const ENTITY_KINDS: EntityKind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];

interface Hit {
  node: EntityRow | DocumentRow | StatementRow;
  score: number;
}

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One match, with how well it matched.',
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: 'The matching entity, document or statement.', resolve: (hit) => hit.node }),
    score: t.exposeFloat('score', {
      description: 'Relevance, higher is better, comparable within a kind. Entities: how much of a name was typed (3 the whole name, 2 whole words, 1 word beginnings, 0.5 words spread over several aliases) plus a little for how often it is mentioned. Documents and statements: BM25 with SQLite.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Finds entities by name as you type, and documents and statements by full text. Entities: every word must begin a word of a name or alias ("Lula" finds Luiz Inácio Lula da Silva, "kirb" John Kirby). Documents and statements: every word and "quoted phrase" must occur (SQLite also matches word forms: "sanction" finds "sanctions"). All case- and accent-insensitive. Matching entities come first, best first; then statements and documents, best first.',
    args: {
      query: t.arg.string({ required: true, description: 'A name or its beginning ("kirb"), or words and "quoted phrases" (`"arms deal" Pyongyang`).' }),
      kinds: t.arg({ type: [SearchKindEnum], description: 'What to search; every kind when omitted.' }),
      first: t.arg.int({ description: `How many hits (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
    },
    resolve: async (_root, args, context) => {
      const first = pageSize(args.first);
      checkSearchText(args.query, 'query');
      const kinds = new Set(args.kinds ?? [...ENTITY_KINDS, 'DOCUMENT', 'STATEMENT']);
      const entityKinds = ENTITY_KINDS.filter((kind) => kinds.has(kind));
      const [entities, documents, statements] = await Promise.all([
        entityKinds.length ? context.store.searchEntities(args.query, entityKinds, first) : [],
        kinds.has('DOCUMENT') ? context.store.searchDocuments(args.query, first) : [],
        kinds.has('STATEMENT') ? context.store.searchStatements(args.query, first) : [],
      ]);
      const texts: Hit[] = [...documents, ...statements].map(({ item, score }) => ({ node: item, score })).sort((a, b) => b.score - a.score);
      return [...entities.map(({ item, score }) => ({ node: item, score })), ...texts].slice(0, first);
    },
  }),
}));
