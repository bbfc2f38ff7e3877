import type { Network } from '../graph/network.js';
import { edgeRecords, fullDay, nodeRecords } from './graph-file.js';
import { escapeXml } from './xml.js';

/**
 * GEXF 1.3 (gexf.net), Gephi's own format: nodes with a type and counts; directed, weighted
 * speaker → topic edges whose spell runs from the first statement to the last, so Gephi's
 * timeline can play the network through time.
 */
const NODE_ATTRIBUTES = [['type', 'string'], ['statements', 'integer'], ['spoke', 'integer'], ['spokenAbout', 'integer'], ['mentions', 'integer']] as const;

export function* gexf(network: Network): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>whosaid</creator><description>Who talks about whom: speakers and the entities their statements are about</description></meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  yield '    <attributes class="node">\n';
  for (const [index, [name, type]] of NODE_ATTRIBUTES.entries()) yield `      <attribute id="${index}" title="${name}" type="${type}"/>\n`;
  yield '    </attributes>\n    <nodes>\n';
  for (const node of nodeRecords(network)) {
    const values = NODE_ATTRIBUTES.map(([name], index) => `<attvalue for="${index}" value="${escapeXml(node[name])}"/>`).join('');
    yield `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}"><attvalues>${values}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const edge of edgeRecords(network)) {
    const spell = edge.firstDate ? ` start="${fullDay(edge.firstDate)}" end="${fullDay(edge.lastDate)}"` : '';
    yield `      <edge id="${edge.id}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${edge.weight}" label="talks about"${spell}/>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
