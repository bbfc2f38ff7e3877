import type { Network } from '../graph/network.js';
import { edgeRecords, nodeRecords } from './graph-file.js';

/**
 * CSV in the layout of `neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relationships.csv`: typed headers (`id:ID`, `:LABEL`, `:START_ID`,
 * `:END_ID`, `:TYPE`, `name:int` …), one file of nodes and one of relationships. Dates stay
 * strings: Neo4j's `date` type refuses the partial ones ("2024-05") articles give.
 */

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const row = (values: Array<string | number>) => `${values.map(csvField).join(',')}\n`;

export const NODE_HEADER = ['id:ID', 'name', ':LABEL', 'statements:int', 'spoke:int', 'spokenAbout:int', 'mentions:int'];
export const RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', 'weight:int', 'firstDate', 'lastDate'];
/** The relationship type: a speaker TALKS_ABOUT an entity. */
export const RELATIONSHIP_TYPE = 'TALKS_ABOUT';

export function* neo4jNodes(network: Network): Generator<string> {
  yield row(NODE_HEADER);
  for (const node of nodeRecords(network)) yield row([node.id, node.label, `Entity;${node.type}`, node.statements, node.spoke, node.spokenAbout, node.mentions]);
}

export function* neo4jRelationships(network: Network): Generator<string> {
  yield row(RELATIONSHIP_HEADER);
  for (const edge of edgeRecords(network)) yield row([edge.source, edge.target, RELATIONSHIP_TYPE, edge.weight, edge.firstDate, edge.lastDate]);
}
