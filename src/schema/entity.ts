import type { Store } from '../graph/store.js';
import { entitySortKey } from '../graph/list-order.js';
import { searchWords } from '../graph/search-terms.js';
import type { EntityKind, EntityQuery, EntityRow, EntitySortField, SortDirection } from '../graph/types.js';
import { builder, type Context } from './builder.js';
import { checkSearchText, DEFAULT_PAGE_SIZE, listOrder, MAX_PAGE_SIZE, OrderDirectionEnum, pageArgs, pageSize, toConnection } from './pagination.js';

const TYPE_OF_KIND: Record<EntityKind, 'Person' | 'Organization' | 'Country'> = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country' };

/**
 * Loads entity rows by id in one store call per request tick. Only rows found (and of the
 * kind asked) come back: `sort` orders them and gives null for the rest, so `node(id:)` of
 * an unknown or deleted id, or of an id of another kind, is null rather than an error.
 */
const loadEntities = (kind: EntityKind | null) => async (ids: number[], context: { store: Pick<Store, 'entitiesByIds'> }) =>
  (await context.store.entitiesByIds(ids)).filter((row): row is EntityRow => row !== null && (!kind || row.kind === kind));

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The three kinds of entity in the graph.',
  values: {
    PERSON: { description: 'A named human.' },
    ORGANIZATION: { description: 'A named institution: ministry, agency, party, company, club, international body …' },
    COUNTRY: { description: 'A sovereign state, however written: name, short form, capital acting as government, demonym.' },
  },
});

export const ALL_KINDS: EntityKind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];

export const Entity = builder.loadableInterface('Entity', {
  description: 'A person, organization or country: one node per real-world thing across all documents. From any entity you can walk to what it said, what was said about it, where it is mentioned and who it is connected to.',
  interfaces: [builder.nodeInterfaceRef()],
  load: loadEntities(null),
  sort: (row) => row.id,
  resolveType: (row) => TYPE_OF_KIND[row.kind],
  fields: (t) => ({
    id: t.globalID({ description: 'Global ID (Relay): pass it to `node(id:)`.', resolve: (row) => ({ type: TYPE_OF_KIND[row.kind], id: row.id }) }),
    name: t.exposeString('name', { description: 'Canonical name: the fullest form seen ("John Kirby", "North Korea").' }),
    aliases: t.exposeStringList('aliases', { description: 'Other forms written in the documents ("Kirby", "DPRK", "Pyongyang").' }),
    kind: t.field({ type: EntityKindEnum, description: 'Which kind of entity this is.', resolve: (row) => row.kind }),
    mentionCount: t.exposeInt('mentionCount', { description: 'How many times the documents mention it.' }),
    statementCount: t.exposeInt('statementCount', { description: 'How many statements it made.' }),
  }),
});

const nodeOptions = (kind: EntityKind) => ({
  interfaces: [Entity],
  id: { resolve: (row: EntityRow) => row.id, parse: (id: string) => Number(id) },
  load: loadEntities(kind),
  sort: (row: EntityRow) => row.id,
  isTypeOf: (row: unknown) => (row as EntityRow).kind === kind,
});

export const Person = builder.loadableNode('Person', {
  description: 'A named person, with the roles, organizations and country the documents give them.',
  ...nodeOptions('PERSON'),
  fields: (t) => ({
    roles: t.exposeStringList('roles', { description: 'Titles and roles as written: "Defense Minister", "coordinator for strategic communications".' }),
  }),
});

export const Organization = builder.loadableNode('Organization', {
  description: 'A named institution: ministry, agency, council, party, company, news agency, international body.',
  ...nodeOptions('ORGANIZATION'),
  fields: () => ({}),
});

export const Country = builder.loadableNode('Country', {
  description: 'A sovereign state.',
  ...nodeOptions('COUNTRY'),
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: 'ISO 3166-1 alpha-2 code ("KP").' }),
  }),
});

export const PersonConnection = builder.connectionObject(
  { type: Person, name: 'PersonConnection', description: 'A page of people, with the size of the whole list.' },
  { name: 'PersonEdge', description: 'One person in a page, with its cursor.' },
);
export const OrganizationConnection = builder.connectionObject(
  { type: Organization, name: 'OrganizationConnection', description: 'A page of organizations, with the size of the whole list.' },
  { name: 'OrganizationEdge', description: 'One organization in a page, with its cursor.' },
);
export const CountryConnection = builder.connectionObject(
  { type: Country, name: 'CountryConnection', description: 'A page of countries, with the size of the whole list.' },
  { name: 'CountryEdge', description: 'One country in a page, with its cursor.' },
);

export const EntityOrderField = builder.enumType('EntityOrderField', {
  description: 'What entity lists can be sorted by. Without orderBy, lists are in order of first appearance.',
  values: {
    MENTIONS: { description: 'Number of mentions (mentionCount); natural direction DESC, the most mentioned first.' },
    STATEMENTS: { description: 'Number of statements made (statementCount); natural direction DESC, the most quoted first.' },
    NAME: { description: 'Canonical name, A to Z (case-insensitive for unaccented letters); natural direction ASC.' },
  },
});

export const EntityOrder = builder.inputType('EntityOrder', {
  description: 'How to sort a list of entities. Ties keep a fixed order (by id, in the same direction), so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: EntityOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, description: 'ASC or DESC; when omitted, the natural direction of the field.' }),
  }),
});

export const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Narrows a list of entities; all given fields must hold. Names accept aliases.',
  fields: (t) => ({
    name: t.string({ description: 'Words that begin the name or an alias, case- and accent-insensitive: "kirb" finds John Kirby, "lula" Luiz Inácio Lula da Silva.' }),
    country: t.string({ description: 'Name or alias of a country the entity is tied to ("DPRK", "Pyongyang", "U.S.").' }),
    organization: t.string({ description: 'Name or alias of an organization the person belongs to ("NSC", "White House").' }),
  }),
});

interface EntityListArgs {
  filter?: { name?: string | null; country?: string | null; organization?: string | null } | null;
  orderBy?: { field: 'MENTIONS' | 'STATEMENTS' | 'NAME'; direction?: SortDirection | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const entityListArgs = builder.args((t) => ({
  filter: t.field({ type: EntityFilter, description: 'Name, country and organization filters.' }),
  orderBy: t.field({ type: EntityOrder, description: 'Sort order; in order of first appearance when omitted.' }),
}));

/** Ids of the entities a name finds (an empty list finds nothing). */
export const idsOf = async (store: Store, name: string | null | undefined, kind?: EntityKind) =>
  (name == null ? undefined : (await store.findEntities(checkSearchText(name, 'name'), kind)).map((row) => row.id));

/** A page of entities of one kind, filtered, sorted, and narrowed by `extra` (an organization's people…). */
export async function listEntities(kind: EntityKind, args: EntityListArgs, context: Context, extra: EntityQuery = {}) {
  const order = listOrder<EntitySortField>(args.orderBy, (field) => (field === 'NAME' ? 'ASC' : 'DESC'));
  const page = pageArgs(args, order);
  const query: EntityQuery = {
    nameWords: args.filter?.name == null ? undefined : searchWords(checkSearchText(args.filter.name, 'filter.name')),
    countryIds: await idsOf(context.store, args.filter?.country, 'COUNTRY'),
    organizationIds: await idsOf(context.store, args.filter?.organization, 'ORGANIZATION'),
  };
  for (const [field, ids] of Object.entries(extra) as Array<['countryIds' | 'organizationIds', number[]]>) {
    query[field] = query[field] ? query[field]!.filter((id) => ids.includes(id)) : ids;
  }
  return toConnection(await context.store.listEntities(kind, page, query, order), page, order, (row) => entitySortKey(row, order.field));
}

builder.objectFields(Person, (t) => ({
  organizations: t.field({
    type: [Organization],
    description: 'Organizations the text ties the person to (title, apposition, "of", "at").',
    resolve: (row) => row.organizationIds,
  }),
  country: t.field({
    type: Country,
    nullable: true,
    description: 'The country the person is a national of or serves, when the text says or implies it.',
    resolve: (row) => row.countryId,
  }),
}));

builder.objectFields(Organization, (t) => ({
  country: t.field({ type: Country, nullable: true, description: 'Where it belongs or is based; null for international bodies.', resolve: (row) => row.countryId }),
  people: t.connection(
    {
      type: Person,
      description: 'People the documents tie to this organization (its officials, members, staff).',
      args: entityListArgs,
      resolve: (row, args, context) => listEntities('PERSON', args, context, { organizationIds: [row.id] }),
    },
    PersonConnection,
  ),
}));

builder.objectFields(Country, (t) => ({
  people: t.connection(
    {
      type: Person,
      description: 'People of this country: its nationals and those who serve it.',
      args: entityListArgs,
      resolve: (row, args, context) => listEntities('PERSON', args, context, { countryIds: [row.id] }),
    },
    PersonConnection,
  ),
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations of this country: its ministries, agencies, parties, companies.',
      args: entityListArgs,
      resolve: (row, args, context) => listEntities('ORGANIZATION', args, context, { countryIds: [row.id] }),
    },
    OrganizationConnection,
  ),
}));

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description: 'The entity with this canonical name or alias (case-, accent- and period-insensitive): "DPRK" gives North Korea. When several carry it, the best: exact name, then alias, then the most mentioned; `entities(name:)` lists them all, to see whether a name is ambiguous. Null when none.',
    args: { name: t.arg.string({ required: true, description: 'A name or alias ("Kirby", "DPRK", "NSC").' }) },
    resolve: async (_root, args, context) => (await context.store.findEntities(checkSearchText(args.name, 'name')))[0] ?? null,
  }),
  entities: t.field({
    type: [Entity],
    description: 'Every entity that carries this canonical name or alias, best first (the first is what `entity(name:)` gives). More than one means the name is ambiguous ("Foreign Ministry" of several countries): tell them apart by kind, country and aliases. Empty when none.',
    args: {
      name: t.arg.string({ required: true, description: 'A name or alias ("Foreign Ministry", "Kirby", "DPRK").' }),
      first: t.arg.int({ description: `How many at most (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
    },
    resolve: async (_root, args, context) => (await context.store.findEntities(checkSearchText(args.name, 'name'))).slice(0, pageSize(args.first)),
  }),
  people: t.connection({
    type: Person,
    description: 'A page of people, filtered and sorted: `orderBy: { field: STATEMENTS }` gives the most quoted first.',
    args: entityListArgs,
    resolve: (_root, args, context) => listEntities('PERSON', args, context),
  }, PersonConnection),
  organizations: t.connection({
    type: Organization,
    description: 'A page of organizations, filtered and sorted: `filter: { country: "Germany" }` gives the organizations of a country.',
    args: entityListArgs,
    resolve: (_root, args, context) => listEntities('ORGANIZATION', args, context),
  }, OrganizationConnection),
  countries: t.connection({
    type: Country,
    description: 'A page of countries, filtered and sorted: `orderBy: { field: MENTIONS }` gives the most talked-about first.',
    args: entityListArgs,
    resolve: (_root, args, context) => listEntities('COUNTRY', args, context),
  }, CountryConnection),
  stats: t.field({
    type: StatsRef,
    description: 'The size of the graph: documents, entities of each kind, statements, mentions.',
    resolve: (_root, _args, context) => context.store.stats(),
  }),
}));

const StatsRef = builder.objectRef<Awaited<ReturnType<Store['stats']>>>('Stats').implement({
  description: 'How big the graph is. Entities count while a document mentions them.',
  fields: (t) => ({
    documents: t.exposeInt('documents', { description: 'Documents ingested.' }),
    people: t.exposeInt('people', { description: 'People.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations.' }),
    countries: t.exposeInt('countries', { description: 'Countries.' }),
    statements: t.exposeInt('statements', { description: 'Statements (direct, indirect and mixed).' }),
    mentions: t.exposeInt('mentions', { description: 'Mentions of entities in documents.' }),
  }),
});
