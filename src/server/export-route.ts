import { decodeGlobalID } from '@pothos/plugin-relay';
import { EXPORT_FORMATS, isExportFormat } from '../export/formats.js';
import { buildNetwork, NETWORK_LIMITS, type NetworkOptions } from '../graph/network.js';
import type { Store } from '../graph/store.js';
import type { EntityKind, StatementAct, StatementKind } from '../graph/types.js';

/**
 * GET /export?format=graphml|gexf|csv|jsonl[&file=nodes.csv|relationships.csv]&entity=ID
 * [&from&to&acts&kind&entityKinds&minStatements&maxNodes]: the network the explorer shows,
 * as a download, streamed as it is written. Same parameters as Entity.network, same builder.
 */

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ACTS: StatementAct[] = ['SPEECH', 'APPRAISAL', 'BELIEF', 'EVIDENCE'];
const KINDS: StatementKind[] = ['DIRECT', 'INDIRECT', 'MIXED'];
const ENTITY_KINDS: EntityKind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];
const ENTITY_TYPES = new Set(['Person', 'Organization', 'Country']);

class BadExport extends Error {}

function listOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  const items = value.split(',');
  const wrong = items.find((item) => !allowed.includes(item as T));
  if (wrong) throw new BadExport(`${name}: ${wrong} is not one of ${allowed.join(', ')}`);
  return items as T[];
}

function countOf(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const text = params.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new BadExport(`${name}: ${text} is not a count from 1 to ${max}`);
  return value;
}

function optionsOf(params: URLSearchParams): NetworkOptions {
  const options: NetworkOptions = { minStatements: countOf(params, 'minStatements', 1, Number.MAX_SAFE_INTEGER) };
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (!DATE.test(value)) throw new BadExport(`${name}: ${value} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`);
    options[name] = value;
  }
  options.acts = listOf(params, 'acts', ACTS);
  const [kind] = listOf(params, 'kind', KINDS) ?? [];
  options.kind = kind;
  options.entityKinds = listOf(params, 'entityKinds', ENTITY_KINDS);
  const entity = params.get('entity');
  if (entity) {
    let decoded;
    try {
      decoded = decodeGlobalID(entity);
    } catch {
      throw new BadExport(`entity: ${entity} is not an ID; pass an entity's id as the API gives it`);
    }
    if (!ENTITY_TYPES.has(decoded.typename) || !/^\d+$/.test(decoded.id)) throw new BadExport(`entity: ${entity} is not the ID of a person, organization or country`);
    options.centreId = Number(decoded.id);
    options.maxNodes = countOf(params, 'maxNodes', NETWORK_LIMITS.defaultNodes, NETWORK_LIMITS.maxNodes);
    options.maxStatements = NETWORK_LIMITS.maxStatements;
  }
  return options;
}

const slug = (name: string) => name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/\s+/g, '-').slice(0, 60) || 'entity';

export async function exportResponse(store: Store, params: URLSearchParams, fetchAPI: { Response: typeof Response; ReadableStream: typeof ReadableStream }): Promise<Response> {
  const bad = (message: string) => new fetchAPI.Response(`${message}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const format = params.get('format') ?? '';
  if (!isExportFormat(format)) return bad(`format: pass one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const { files } = EXPORT_FORMATS[format];
  const fileName = params.get('file');
  const file = files.length === 1 && !fileName ? files[0] : files.find((candidate) => candidate.name === fileName);
  if (!file) return bad(`file: ${format} has the files ${files.map((candidate) => candidate.name).join(' and ')}; pass one as file=`);
  let options;
  try {
    options = optionsOf(params);
  } catch (error) {
    if (error instanceof BadExport) return bad(error.message);
    throw error;
  }
  const centre = options.centreId === undefined ? null : (await store.entitiesByIds([options.centreId]))[0];
  if (options.centreId !== undefined && !centre) return new fetchAPI.Response(`entity: no such entity (deleted, or from another database)\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const network = await buildNetwork(store, options);
  const chunks = file.chunks(network, store);
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  // whosaid-john-kirby.graphml, whosaid-john-kirby-nodes.csv
  const stem = centre ? `whosaid-${slug(centre.name)}` : 'whosaid';
  const name = file.name.startsWith('whosaid.') ? `${stem}${file.name.slice('whosaid'.length)}` : `${stem}-${file.name}`;
  return new fetchAPI.Response(body, {
    headers: { 'content-type': file.mediaType, 'content-disposition': `attachment; filename="${name}"`, 'x-content-type-options': 'nosniff' },
  });
}
