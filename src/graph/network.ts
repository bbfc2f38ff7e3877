import { statementDate } from './list-order.js';
import type { Store } from './store.js';
import type { EntityKind, EntityRow, StatementAct, StatementKind, StatementLink, StatementQuery, StatementRow } from './types.js';

/**
 * "Who talks about whom": speakers and the entities their statements are about, as a graph
 * with weighted, dated edges. Built from the Store interface alone (listStatements,
 * documentsByIds, entitiesByIds), so the explorer's network, its timeline and every export
 * format read the same graph from whatever store serves them.
 */

export interface NetworkFilter {
  /** statementDate() on or after (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** statementDate() on or before, inclusive. */
  to?: string;
  acts?: StatementAct[];
  kind?: StatementKind;
  /** Edges carried by fewer statements are left out (default 1: every edge). */
  minStatements?: number;
  /** Only nodes of these kinds (the centre always stays). */
  entityKinds?: EntityKind[];
}

export interface NetworkOptions extends NetworkFilter {
  /** The entity the network is drawn around; absent, the whole graph (exports). */
  centreId?: number;
  /** At most this many nodes, the most connected kept (default: no cap). */
  maxNodes?: number;
  /** At most this many statements read, the latest kept (default: no cap). */
  maxStatements?: number;
}

/** A statement as an edge sees it: enough to date, count and list it. */
export interface EdgeStatement {
  id: number;
  /** statementDate(): when it was said, else the publication day; '' when neither. */
  date: string;
}

export interface NetworkEdge {
  speakerId: number;
  aboutId: number;
  /** Newest first. */
  statements: EdgeStatement[];
  /** Earliest and latest dated statement; null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface NetworkNode {
  entity: EntityRow;
  /** Statements of the drawn edges this entity made. */
  spoke: number;
  /** Statements of the drawn edges about this entity. */
  spokenAbout: number;
}

export interface Network {
  centreId: number | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Statements read to draw it, and how many matched in all (more when maxStatements cut the reading short). */
  statementsRead: number;
  statementsMatched: number;
  /** Nodes before maxNodes cut them. */
  nodesBeforeCap: number;
}

/** What one network drawn around an entity may cost: nodes drawn (at most, by default) and statements read (the latest kept). */
export const NETWORK_LIMITS = { maxNodes: 300, defaultNodes: 60, maxStatements: 2000 } as const;

/** Statements read per store call: big enough to be few calls, small enough to stream. */
const PAGE = 500;

/**
 * Every statement a query matches with its statementDate(), page by page through the store:
 * newest first when `limit` may cut the reading short (so what is kept is the latest), else in
 * document order. Yields pages; `matched` is the full count.
 */
export async function* readStatements(store: Store, query: StatementQuery, limit = Infinity): AsyncGenerator<{ rows: StatementRow[]; dates: string[]; matched: number }> {
  const sort = limit === Infinity ? { field: 'ID', direction: 'ASC' } as const : { field: 'DATE', direction: 'DESC' } as const;
  let after: { id: number; key: string | number } | null = null;
  let read = 0;
  while (read < limit) {
    const page = await store.listStatements(query, { first: Math.min(PAGE, limit - read), after: after?.id ?? null, afterKey: after?.key ?? null }, sort);
    if (page.items.length === 0) return;
    const published = await publicationDays(store, page.items);
    const dates = page.items.map((row) => statementDate(row, published.get(row.documentId) ?? null));
    read += page.items.length;
    yield { rows: page.items, dates, matched: page.totalCount };
    if (!page.hasNextPage) return;
    const last = page.items.length - 1;
    after = { id: page.items[last].id, key: sort.field === 'DATE' ? dates[last] : page.items[last].id };
  }
}

async function publicationDays(store: Store, rows: StatementRow[]): Promise<Map<number, string | null>> {
  const ids = [...new Set(rows.map((row) => row.documentId))];
  const documents = await store.documentsByIds(ids);
  return new Map(ids.map((id, index) => [id, documents[index]?.publishedAt ?? null]));
}

/**
 * The statements a query matches as links (who, about whom, when), the latest `limit` of them:
 * through the store's fast path when it has one, else page by page through listStatements.
 * `matched` is how many match in all.
 */
export async function readLinks(store: Store, query: StatementQuery, limit = Infinity): Promise<{ rows: StatementLink[]; matched: number }> {
  if (store.statementLinks) {
    const rows = await store.statementLinks(query, limit);
    // Fewer than asked for is all there are: no need to count.
    const matched = rows.length < limit ? rows.length : (await store.listStatements(query, { first: 0, after: null })).totalCount;
    return { rows, matched };
  }
  const rows: StatementLink[] = [];
  let matched = 0;
  for await (const page of readStatements(store, query, limit)) {
    matched = page.matched;
    page.rows.forEach((row, index) => rows.push({ id: row.id, speakerId: row.speakerId, aboutIds: row.aboutIds, date: page.dates[index] }));
  }
  return { rows, matched };
}

export const statementQueryOf = (filter: NetworkFilter, narrow: StatementQuery = {}): StatementQuery => ({
  ...narrow, from: filter.from, to: filter.to, acts: filter.acts, kind: filter.kind,
});

/** Accumulates speaker → topic edges from statements, each statement counted once per edge. */
class EdgeTally {
  private readonly edges = new Map<string, { speakerId: number; aboutId: number; statements: Map<number, string> }>();
  read = 0;
  matched = 0;

  add(link: StatementLink): void {
    const speakerId = link.speakerId;
    if (speakerId === null) return; // unnamed sources speak for nobody the graph can draw
    for (const aboutId of link.aboutIds) {
      if (aboutId === speakerId) continue;
      const key = `${speakerId}>${aboutId}`;
      const edge = this.edges.get(key) ?? this.edges.set(key, { speakerId, aboutId, statements: new Map() }).get(key)!;
      edge.statements.set(link.id, link.date);
    }
  }

  /** Reads at most `limit` statements of a query and adds how many match in all to `matched`. */
  async addAll(store: Store, query: StatementQuery, limit: number): Promise<void> {
    if (limit <= 0) return;
    const { rows, matched } = await readLinks(store, query, limit);
    for (const link of rows) this.add(link);
    this.read += rows.length;
    this.matched += matched;
  }

  /** The edges, each statement list newest first. */
  result(): NetworkEdge[] {
    return [...this.edges.values()].map(({ speakerId, aboutId, statements }) => {
      const list = [...statements].map(([id, date]) => ({ id, date })).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
      const dated = list.filter((statement) => statement.date !== '');
      return { speakerId, aboutId, statements: list, firstDate: dated.at(-1)?.date ?? null, lastDate: dated[0]?.date ?? null };
    });
  }
}

/**
 * The network around one entity, or of the whole graph when no centre is given. Around an
 * entity, every edge comes from a statement that involves it: what it said about others, who
 * spoke about it, and the other entities those statements are about (a speaker who talks about
 * the centre and Russia in one breath draws an edge to Russia too). Statements among its
 * neighbours that leave it out are not read: on a big corpus that query alone cost more than
 * the rest of the network (about 0.4 s at 10k documents).
 */
export async function buildNetwork(store: Store, options: NetworkOptions): Promise<Network> {
  const limit = options.maxStatements ?? Infinity;
  const tally = new EdgeTally();
  const centreId = options.centreId ?? null;
  if (centreId === null) {
    await tally.addAll(store, statementQueryOf(options), limit);
  } else {
    // Half the reading each for what the centre said and what was said about it, so a cap
    // never leaves one side out.
    const half = Math.ceil(limit / 2);
    await tally.addAll(store, statementQueryOf(options, { speakerIds: [centreId] }), half);
    await tally.addAll(store, statementQueryOf(options, { aboutIds: [centreId] }), half);
  }
  let edges = tally.result().filter((edge) => edge.statements.length >= (options.minStatements ?? 1));
  const entities = await loadEntities(store, edges);
  const kinds = options.entityKinds;
  if (kinds) edges = edges.filter((edge) => [edge.speakerId, edge.aboutId].every((id) => id === centreId || kinds.includes(entities.get(id)!.kind)));

  const weights = nodeWeights(edges);
  const nodesBeforeCap = weights.size + (centreId !== null && !weights.has(centreId) ? 1 : 0);
  const kept = keepHeaviest(weights, centreId, options.maxNodes ?? Infinity);
  edges = edges.filter((edge) => kept.has(edge.speakerId) && kept.has(edge.aboutId));
  if (centreId !== null && !entities.has(centreId)) {
    const [centre] = await store.entitiesByIds([centreId]);
    if (centre) entities.set(centreId, centre);
  }
  const nodes = [...kept].filter((id) => entities.has(id)).map((id) => ({ entity: entities.get(id)!, spoke: 0, spokenAbout: 0 }));
  const byId = new Map(nodes.map((node) => [node.entity.id, node]));
  for (const edge of edges) {
    byId.get(edge.speakerId)!.spoke += edge.statements.length;
    byId.get(edge.aboutId)!.spokenAbout += edge.statements.length;
  }
  edges.sort((a, b) => b.statements.length - a.statements.length || a.speakerId - b.speakerId || a.aboutId - b.aboutId);
  return { centreId, nodes, edges, statementsRead: tally.read, statementsMatched: tally.matched, nodesBeforeCap };
}

/** Per entity, the statements of the edges it is on: what decides which nodes a cap keeps. */
function nodeWeights(edges: NetworkEdge[]): Map<number, number> {
  const weights = new Map<number, number>();
  for (const edge of edges) {
    for (const id of [edge.speakerId, edge.aboutId]) weights.set(id, (weights.get(id) ?? 0) + edge.statements.length);
  }
  return weights;
}

function keepHeaviest(weights: Map<number, number>, centreId: number | null, maxNodes: number): Set<number> {
  const ranked = [...weights].filter(([id]) => id !== centreId).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const room = centreId === null ? maxNodes : maxNodes - 1;
  return new Set([...(centreId === null ? [] : [centreId]), ...ranked.slice(0, Math.max(0, room))]);
}

const BATCH = 500;

async function loadEntities(store: Store, edges: NetworkEdge[]): Promise<Map<number, EntityRow>> {
  const ids = [...new Set(edges.flatMap((edge) => [edge.speakerId, edge.aboutId]))];
  const entities = new Map<number, EntityRow>();
  for (let start = 0; start < ids.length; start += BATCH) {
    for (const row of await store.entitiesByIds(ids.slice(start, start + BATCH))) if (row) entities.set(row.id, row);
  }
  return entities;
}
