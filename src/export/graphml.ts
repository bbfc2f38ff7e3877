import type { Network } from '../graph/network.js';
import { edgeRecords, nodeRecords } from './graph-file.js';
import { escapeXml } from './xml.js';

/**
 * GraphML (graphml.graphdrawing.org), as Gephi, yEd, NetworkX and igraph read it: nodes with
 * a label, a type and counts; directed speaker → topic edges weighted by statements, dated by
 * their first and last statement.
 */
const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['statements', 'int'], ['spoke', 'int'], ['spokenAbout', 'int'], ['mentions', 'int']] as const;
const EDGE_KEYS = [['weight', 'double'], ['firstDate', 'string'], ['lastDate', 'string']] as const;

export function* graphml(network: Network): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, type] of NODE_KEYS) yield `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`;
  for (const [name, type] of EDGE_KEYS) yield `  <key id="${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`;
  yield '  <graph id="whosaid" edgedefault="directed">\n';
  for (const node of nodeRecords(network)) {
    const data = NODE_KEYS.map(([key]) => `<data key="${key}">${escapeXml(node[key])}</data>`).join('');
    yield `    <node id="${escapeXml(node.id)}">${data}</node>\n`;
  }
  for (const edge of edgeRecords(network)) {
    const data = EDGE_KEYS.filter(([key]) => edge[key] !== '').map(([key]) => `<data key="${key}">${escapeXml(edge[key])}</data>`).join('');
    yield `    <edge id="${edge.id}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
