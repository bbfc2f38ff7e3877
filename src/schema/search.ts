import type { DocumentRow, EntityKind, EntityRow, StatementRow } from '../graph/types.js';
import { builder } from './builder.js';
import { Country, Organization, Person } from './entity.js';
import { checkSearchText, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './pagination.js';
import { DocumentRef, StatementRef } from './refs.js';

const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What search looks through.',
  values: {
    PERSON: { description: 'Names, aliases and roles of people, by word beginnings ("kirb", "minister").' },
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

/** The best text hit of a kind scores this; the others their share of its relevance (SearchHit.score). */
const BEST_TEXT_SCORE = 0.5;

/**
 * Full-text relevance (BM25) has no fixed scale: it grows with the rarity of the words and
 * differs between documents and statements. Each kind's hits are scored as a share of the
 * best, so they can be ranked with the entities' name scores.
 */
function onTextScale(hits: ReadonlyArray<{ item: DocumentRow | StatementRow; score: number }>): Hit[] {
  const best = Math.max(...hits.map((hit) => hit.score));
  return hits.map(({ item, score }) => ({ node: item, score: best > 0 ? Math.round((BEST_TEXT_SCORE * score * 1000) / best) / 1000 : BEST_TEXT_SCORE }));
}

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One match, with how well it matched.',
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: 'The matching entity, document or statement.', resolve: (hit) => hit.node }),
    score: t.exposeFloat('score', {
      description: 'Relevance from 0 to 1, higher is better, on one scale for every kind: the list is sorted by it. Entities by how their name was typed: the whole name 0.9, whole words 0.75, beginnings of words 0.6, words spread over several aliases 0.45 (+0.05 for the canonical name rather than an alias); by a role ("minister"): whole words 0.4, beginnings 0.3; then up to +0.05 for how often the entity is mentioned. Statements and documents: their full-text relevance (BM25) as a share of the best hit of their kind in this search, times 0.5, so the best statement and the best document score 0.5: a name typed whole ranks above the texts that contain it, a role below the best of them.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Finds entities by name or role as you type, and documents and statements by full text, in one ranking, best first (see SearchHit.score). Entities: every word must begin a word of a name or alias ("Lula" finds Luiz Inácio Lula da Silva, "kirb" John Kirby), or of a role ("minister" finds the people whose role is "Foreign Minister"). Documents and statements: every word and "quoted phrase" must occur (SQLite also matches word forms: "sanction" finds "sanctions"). All case- and accent-insensitive. On equal scores: entities, then statements, then documents.',
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
      // Array.sort is stable: on equal scores the order of this list (entities, statements, documents) holds.
      const hits: Hit[] = [...entities.map(({ item, score }) => ({ node: item, score })), ...onTextScale(statements), ...onTextScale(documents)];
      return hits.sort((a, b) => b.score - a.score).slice(0, first);
    },
  }),
}));
