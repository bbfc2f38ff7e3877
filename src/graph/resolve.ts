import { nameKey } from '../extract/normalize.js';
import type { ExtractedEntity } from '../graph/facts.js';
import type { EntityKind, EntityRow } from './types.js';

/**
 * Cross-document entity resolution: which stored entity an entity of a new document is.
 * - countries: by ISO code;
 * - organizations: by name, or by an alias both share (an acronym such as "NSC");
 *   generic names ("Foreign Ministry") only within the same country;
 * - people: by full name; a lone surname only when exactly one stored person carries it
 *   (an ambiguous "Kim" stays its own node rather than join the wrong Kim).
 *
 * Every store uses this module the same way: it answers `ResolutionIndex` lookups from its
 * own tables, calls `resolveDocument`, gives ids to the entities the plan creates
 * (`assignEntityIds`) and writes the plan in the transaction that adds the document. The
 * plan is computed in memory and touches no storage, so a store whose lookups are async can
 * fetch the candidate rows first (all keys are known from the document) and still share it.
 */
export interface ResolutionIndex {
  byCode(code: string): EntityRow | undefined;
  /** Entities of `kind` that `key` finds (see lookupKeys), oldest first. */
  byKey(kind: EntityKind, key: string): EntityRow[];
}

export function resolveEntity(entity: ExtractedEntity, countryId: number | null, index: ResolutionIndex): EntityRow | undefined {
  if (entity.kind === 'COUNTRY') return entity.code ? index.byCode(entity.code) : undefined;
  const name = nameKey(entity.name);
  if (entity.kind === 'ORGANIZATION') {
    const sameCountry = (row: EntityRow) => row.countryId === null || countryId === null || row.countryId === countryId;
    const byName = index.byKey('ORGANIZATION', name).filter(sameCountry);
    if (byName.length) return byName[0];
    for (const alias of entity.aliases) {
      const byAlias = index.byKey('ORGANIZATION', nameKey(alias)).filter(sameCountry);
      if (byAlias.length === 1) return byAlias[0];
    }
    return undefined;
  }
  const words = name.split(' ');
  const exact = index.byKey('PERSON', name).filter((row) => nameKey(row.name) === name || words.length === 1);
  if (words.length >= 2) return exact.find((row) => nameKey(row.name) === name);
  const carriers = exact.filter((row) => nameKey(row.name).split(' ').length >= 2 || nameKey(row.name) === name);
  return carriers.length === 1 ? carriers[0] : undefined;
}

/** Keys an entity is found by: its name, every alias, and for people each surname-like word. */
export function lookupKeys(row: Pick<EntityRow, 'kind' | 'name' | 'aliases'>): string[] {
  const keys = new Set([nameKey(row.name), ...row.aliases.map(nameKey)]);
  if (row.kind === 'PERSON') {
    const words = nameKey(row.name).split(' ');
    if (words.length >= 2) {
      keys.add(words[words.length - 1]);
      keys.add(words[0]);
    }
  }
  keys.delete('');
  return [...keys];
}

/** Orders the entities a name finds: exact name first, then alias, then the most mentioned. */
export function rankByName(rows: EntityRow[], name: string): EntityRow[] {
  const key = nameKey(name);
  const score = (row: EntityRow) => (nameKey(row.name) === key ? 2 : row.aliases.some((alias) => nameKey(alias) === key) ? 1 : 0);
  return [...rows].sort((a, b) => score(b) - score(a) || b.mentionCount - a.mentionCount || a.id - b.id);
}

/**
 * What one document says about one entity. Stores keep it per document, so deleting or
 * replacing a document can rebuild the entity from what the remaining documents say.
 */
export interface EntityContribution {
  name: string;
  aliases: string[];
  roles: string[];
  countryId: number | null;
  organizationIds: number[];
}

/** Folds a contribution into an entity: the same rule when ingesting and when rebuilding. */
export function mergeContribution(row: EntityRow, contribution: EntityContribution): void {
  if (row.kind === 'PERSON' && wordCount(contribution.name) > wordCount(row.name)) {
    // A fuller form seen later names the person: "Kirby" then "John Kirby".
    addUnique(row.aliases, row.name);
    row.name = contribution.name;
    row.aliases = row.aliases.filter((alias) => alias !== row.name);
  }
  for (const alias of contribution.aliases) if (alias !== row.name) addUnique(row.aliases, alias);
  for (const role of contribution.roles) if (!row.roles.some((known) => known.toLowerCase() === role.toLowerCase())) row.roles.push(role);
  row.countryId ??= contribution.countryId;
  for (const id of contribution.organizationIds) addUnique(row.organizationIds, id);
}

/** The entity as its remaining contributions (oldest document first) describe it; id, kind, code and counts are kept. */
export function rebuildEntity(stored: EntityRow, contributions: EntityContribution[]): EntityRow {
  const row: EntityRow = { ...blankEntity(stored, contributions[0].name), mentionCount: stored.mentionCount, statementCount: stored.statementCount };
  for (const contribution of contributions) mergeContribution(row, contribution);
  return row;
}

export interface ResolvedEntity {
  /** The entity once the document is in: merged state, a negative id until `assignEntityIds`. */
  row: EntityRow;
  /** The stored entity as it was; null when the document creates it. Lets a store skip writes that change nothing. */
  stored: EntityRow | null;
}

export interface ResolvedDocument {
  /** Document-local entity key → entity id (negative for entities this document creates). */
  ids: Map<string, number>;
  /** Each stored or new entity the document touches, once, in order of resolution. */
  entities: ResolvedEntity[];
  /** One per extracted entity, for the entity it resolved to. */
  contributions: Array<{ entityId: number; contribution: EntityContribution }>;
}

/**
 * Resolves a document's entities against the index without writing anything: which stored
 * entity each one is (or that it is new), and the state of every touched entity afterwards.
 * Entities of the same document see each other, as if ingested one by one.
 */
export function resolveDocument(extracted: ExtractedEntity[], index: ResolutionIndex): ResolvedDocument {
  const touched = new Map<number, ResolvedEntity>();
  const ids = new Map<string, number>();
  const contributions: ResolvedDocument['contributions'] = [];
  const current = (row: EntityRow) => touched.get(row.id)?.row ?? row;
  // Touched entities by lookup key and by code, kept up to date as they change: a lookup
  // costs what it finds, not a pass over every entity touched so far (a document of 15,000
  // names made resolution quadratic).
  const touchedByKey = new Map<string, Set<ResolvedEntity>>();
  const keysOf = new Map<ResolvedEntity, string[]>();
  const touchedByCode = new Map<string, EntityRow>();
  const reindex = (entry: ResolvedEntity) => {
    const before = keysOf.get(entry) ?? [];
    const after = lookupKeys(entry.row);
    for (const key of before) if (!after.includes(key)) touchedByKey.get(key)?.delete(entry);
    for (const key of after) {
      let entries = touchedByKey.get(key);
      if (!entries) touchedByKey.set(key, (entries = new Set()));
      entries.add(entry);
    }
    keysOf.set(entry, after);
    if (entry.row.code && !touchedByCode.has(entry.row.code)) touchedByCode.set(entry.row.code, entry.row);
  };
  const withTouched: ResolutionIndex = {
    byCode: (code) => {
      const row = touchedByCode.get(code);
      if (row) return row;
      const stored = index.byCode(code);
      return stored && current(stored);
    },
    byKey: (kind, key) => {
      const rows = index.byKey(kind, key).map(current);
      const found = new Set(rows.map((row) => row.id));
      // Entities this document created or gave a new alias are not in the index yet.
      const extra = [...(touchedByKey.get(key) ?? [])]
        .filter(({ row }) => row.kind === kind && !found.has(row.id))
        .sort((a, b) => Number(!a.stored) - Number(!b.stored) || Math.abs(a.row.id) - Math.abs(b.row.id))
        .map(({ row }) => row);
      return [...rows, ...extra];
    },
  };

  let nextNewId = -1;
  // Countries first, so organizations and people can be resolved within their country.
  const ordered = [...extracted].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  for (const entity of ordered) {
    const countryId = entity.country ? ids.get(entity.country) ?? null : null;
    const match = resolveEntity(entity, countryId, withTouched);
    let resolved = match && touched.get(match.id);
    if (!resolved) {
      resolved = match ? { row: cloneEntity(match), stored: match } : { row: blankEntity({ id: nextNewId--, kind: entity.kind, code: entity.code ?? null }, entity.name), stored: null };
      touched.set(resolved.row.id, resolved);
    }
    const contribution: EntityContribution = { name: entity.name, aliases: [...entity.aliases], roles: [...entity.roles], countryId, organizationIds: [] };
    mergeContribution(resolved.row, contribution);
    reindex(resolved);
    ids.set(entity.key, resolved.row.id);
    contributions.push({ entityId: resolved.row.id, contribution });
  }
  // Organizations last: every organization of the document has an id by now.
  ordered.forEach((entity, position) => {
    const { entityId, contribution } = contributions[position];
    for (const key of entity.organizations) {
      const organizationId = ids.get(key);
      if (organizationId === undefined) continue;
      addUnique(contribution.organizationIds, organizationId);
      addUnique(touched.get(entityId)!.row.organizationIds, organizationId);
    }
  });
  return { ids, entities: [...touched.values()], contributions };
}

/**
 * Replaces the plan's negative ids by the ids the store gives the new entities (in the
 * order they were created), everywhere they are referred to. New entities are created
 * countries first, then organizations, then people, and each reaches `allocate` with the
 * ids given so far already in its relations: a store can write most new entities whole,
 * in one insert, instead of inserting a blank row and updating it.
 */
export function assignEntityIds(plan: ResolvedDocument, allocate: (row: EntityRow) => number): void {
  const assigned = new Map<number, number>();
  const real = (id: number) => assigned.get(id) ?? id;
  const relink = (row: { countryId: number | null; organizationIds: number[] }) => {
    row.countryId = row.countryId === null ? null : real(row.countryId);
    row.organizationIds = row.organizationIds.map(real);
  };
  for (const { row, stored } of plan.entities) {
    if (stored) continue;
    relink(row);
    assigned.set(row.id, allocate(row));
  }
  for (const { row } of plan.entities) {
    row.id = real(row.id);
    relink(row);
  }
  for (const item of plan.contributions) {
    item.entityId = real(item.entityId);
    relink(item.contribution);
  }
  for (const [key, id] of plan.ids) plan.ids.set(key, real(id));
}

const KIND_ORDER: Record<EntityKind, number> = { COUNTRY: 0, ORGANIZATION: 1, PERSON: 2 };

const wordCount = (name: string) => nameKey(name).split(' ').length;

function addUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function blankEntity({ id, kind, code }: Pick<EntityRow, 'id' | 'kind' | 'code'>, name: string): EntityRow {
  return { id, kind, code, name, aliases: [], roles: [], organizationIds: [], countryId: null, mentionCount: 0, statementCount: 0 };
}

function cloneEntity(row: EntityRow): EntityRow {
  return { ...row, aliases: [...row.aliases], roles: [...row.roles], organizationIds: [...row.organizationIds] };
}
