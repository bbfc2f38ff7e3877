import type { EntityKind, EntityRow } from '../graph/types.js';
import { builder } from './builder.js';
import { pageArgs, toConnection } from './pagination.js';

const TYPE_OF_KIND: Record<EntityKind, 'Person' | 'Organization' | 'Country'> = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country' };

/** Loads entity rows by id in one store call per request tick; a row of another kind reads as missing. */
const loadEntities = (kind: EntityKind | null) => async (ids: number[], context: { store: { entitiesByIds(ids: readonly number[]): Promise<Array<EntityRow | null>> } }) => {
  const rows = await context.store.entitiesByIds(ids);
  return rows.map((row, index) => (row && (!kind || row.kind === kind) ? row : new Error(`No ${kind ? TYPE_OF_KIND[kind] : 'entity'} with id ${ids[index]}`)));
};

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The three kinds of entity in the graph.',
  values: {
    PERSON: { description: 'A named human.' },
    ORGANIZATION: { description: 'A named institution: ministry, agency, party, company, club, international body …' },
    COUNTRY: { description: 'A sovereign state, however written: name, short form, capital acting as government, demonym.' },
  },
});

export const Entity = builder.loadableInterface('Entity', {
  description: 'A person, organization or country: one node per real-world thing across all documents.',
  interfaces: [builder.nodeInterfaceRef()],
  load: loadEntities(null),
  sort: (row) => row.id,
  resolveType: (row) => TYPE_OF_KIND[row.kind],
  fields: (t) => ({
    id: t.globalID({ description: 'Global ID (Relay).', resolve: (row) => ({ type: TYPE_OF_KIND[row.kind], id: row.id }) }),
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
  description: 'A named person.',
  ...nodeOptions('PERSON'),
  fields: (t) => ({
    roles: t.exposeStringList('roles', { description: 'Titles and roles as written: "Defense Minister", "coordinator for strategic communications".' }),
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
  }),
});

export const Organization = builder.loadableNode('Organization', {
  description: 'A named institution: ministry, agency, council, party, company, news agency, international body.',
  ...nodeOptions('ORGANIZATION'),
  fields: (t) => ({
    country: t.field({ type: Country, nullable: true, description: 'Where it belongs or is based; null for international bodies.', resolve: (row) => row.countryId }),
  }),
});

export const Country = builder.loadableNode('Country', {
  description: 'A sovereign state.',
  ...nodeOptions('COUNTRY'),
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: 'ISO 3166-1 alpha-2 code ("KP").' }),
  }),
});

const connectionArgs = { description: 'A page of entities, in order of first appearance.' };

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description: 'The entity with this canonical name or alias (case-, accent- and period-insensitive): "DPRK" gives North Korea.',
    args: { name: t.arg.string({ required: true, description: 'A name or alias.' }) },
    resolve: async (_root, args, context) => (await context.store.findEntities(args.name))[0] ?? null,
  }),
  people: t.connection({ type: Person, ...connectionArgs, resolve: async (_root, args, context) => toConnection(await context.store.listEntities('PERSON', pageArgs(args)), pageArgs(args)) }, { name: 'PersonConnection' }, { name: 'PersonEdge' }),
  organizations: t.connection({ type: Organization, ...connectionArgs, resolve: async (_root, args, context) => toConnection(await context.store.listEntities('ORGANIZATION', pageArgs(args)), pageArgs(args)) }, { name: 'OrganizationConnection' }, { name: 'OrganizationEdge' }),
  countries: t.connection({ type: Country, ...connectionArgs, resolve: async (_root, args, context) => toConnection(await context.store.listEntities('COUNTRY', pageArgs(args)), pageArgs(args)) }, { name: 'CountryConnection' }, { name: 'CountryEdge' }),
}));
