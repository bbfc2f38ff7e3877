import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Network, NetworkEdge, NetworkNode } from '../graph/network.js';
import type { EntityKind } from '../graph/types.js';

/**
 * What every graph format writes for a node and an edge, in one place: formats differ in
 * syntax, not in content. Ids are the API's global IDs, so a row found in Gephi or Neo4j can
 * be fetched back with `node(id:)`.
 */

export const TYPE_OF_KIND: Record<EntityKind, 'Person' | 'Organization' | 'Country'> = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country' };

export interface NodeRecord {
  id: string;
  label: string;
  type: 'Person' | 'Organization' | 'Country';
  /** Statements of the drawn edges it made plus those about it. */
  statements: number;
  spoke: number;
  spokenAbout: number;
  /** Mentions in the whole corpus. */
  mentions: number;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  /** Statements carrying the edge. */
  weight: number;
  /** Earliest and latest statement date (YYYY-MM-DD, YYYY-MM or YYYY); '' when none is dated. */
  firstDate: string;
  lastDate: string;
}

export const nodeId = (node: Pick<NetworkNode['entity'], 'kind' | 'id'>): string => encodeGlobalID(TYPE_OF_KIND[node.kind], node.id);

export function nodeRecords(network: Network): NodeRecord[] {
  return network.nodes.map(({ entity, spoke, spokenAbout }) => ({
    id: nodeId(entity), label: entity.name, type: TYPE_OF_KIND[entity.kind], statements: spoke + spokenAbout, spoke, spokenAbout, mentions: entity.mentionCount,
  }));
}

export function edgeRecords(network: Network): EdgeRecord[] {
  const ids = new Map(network.nodes.map(({ entity }) => [entity.id, nodeId(entity)]));
  return network.edges.map((edge: NetworkEdge, index) => ({
    id: `e${index}`, source: ids.get(edge.speakerId)!, target: ids.get(edge.aboutId)!, weight: edge.statements.length, firstDate: edge.firstDate ?? '', lastDate: edge.lastDate ?? '',
  }));
}

/** A partial date as a full day, for formats that want one: "2024-05" → "2024-05-01". */
export const fullDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
