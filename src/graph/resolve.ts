import { nameKey } from '../extract/normalize.js';
import type { ExtractedEntity } from '../extract/types.js';
import type { EntityRow } from './types.js';

/**
 * Cross-document entity resolution: which stored entity an entity of a new document is.
 * - countries: by ISO code;
 * - organizations: by name, or by an alias both share (an acronym such as "NSC");
 *   generic names ("Foreign Ministry") only within the same country;
 * - people: by full name; a lone surname only when exactly one stored person carries it
 *   (an ambiguous "Kim" stays its own node rather than join the wrong Kim).
 */
export interface ResolutionIndex {
  byCode(code: string): EntityRow | undefined;
  byKey(kind: ExtractedEntity['kind'], key: string): EntityRow[];
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
