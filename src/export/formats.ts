import type { Network } from '../graph/network.js';
import type { Store } from '../graph/store.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { jsonl } from './jsonl.js';
import { neo4jNodes, neo4jRelationships } from './neo4j-csv.js';

/** One file an export writes: its name and its text, in chunks as they are made. */
export interface ExportFile {
  name: string;
  mediaType: string;
  chunks(network: Network, store: Store): Iterable<string> | AsyncIterable<string>;
}

export type ExportFormat = 'graphml' | 'gexf' | 'csv' | 'jsonl';

/** The formats `whosaid export` and the explorer's /export route write, and the files of each. */
export const EXPORT_FORMATS: Record<ExportFormat, { summary: string; files: ExportFile[] }> = {
  graphml: { summary: 'GraphML for Gephi, yEd, NetworkX', files: [{ name: 'whosaid.graphml', mediaType: 'application/graphml+xml; charset=utf-8', chunks: graphml }] },
  gexf: { summary: 'GEXF 1.3 for Gephi (dated edges: play it on the timeline)', files: [{ name: 'whosaid.gexf', mediaType: 'application/gexf+xml; charset=utf-8', chunks: gexf }] },
  csv: {
    summary: "Neo4j bulk-import CSVs (neo4j-admin database import full)",
    files: [
      { name: 'nodes.csv', mediaType: 'text/csv; charset=utf-8', chunks: neo4jNodes },
      { name: 'relationships.csv', mediaType: 'text/csv; charset=utf-8', chunks: neo4jRelationships },
    ],
  },
  jsonl: { summary: 'JSON Lines, one statement per line with its evidence', files: [{ name: 'whosaid.jsonl', mediaType: 'application/x-ndjson; charset=utf-8', chunks: jsonl }] },
};

export const isExportFormat = (name: string): name is ExportFormat => Object.hasOwn(EXPORT_FORMATS, name);

