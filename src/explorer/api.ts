/**
 * The explorer's only way to the data: POST /graphql, the public API anyone can call. Each
 * query here is one the page needs; GraphiQL (/graphql) shows the same fields.
 */

export type EntityType = 'Person' | 'Organization' | 'Country';

export interface EntityRef {
  id: string;
  name: string;
  __typename: EntityType;
}

export interface Suggestion extends EntityRef {
  statementCount: number;
  mentionCount: number;
}

export interface NetworkNode {
  entity: EntityRef;
  spoke: number;
  spokenAbout: number;
  statementCount: number;
}

export interface NetworkEdge {
  speaker: EntityRef;
  about: EntityRef;
  statementCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  statementsRead: number;
  statementsMatched: number;
  nodesBeforeCap: number;
}

export interface Filters {
  from?: string;
  to?: string;
  acts?: string[];
  kind?: string;
  entityKinds?: string[];
  minStatements?: number;
}

export interface Statement {
  id: string;
  kind: string;
  act: string;
  cue: string | null;
  text: string;
  start: number;
  end: number;
  date: string | null;
  speaker: EntityRef | null;
  speakerMention: { text: string; start: number; end: number } | null;
  speakerDescription: string | null;
  about: EntityRef[];
  document: { id: string; title: string | null; publishedAt: string | null; source: string | null };
}

export interface StatementPage {
  totalCount: number;
  statements: Statement[];
}

export interface DocumentWithEvidence {
  id: string;
  title: string | null;
  publishedAt: string | null;
  path: string | null;
  url: string | null;
  source: string | null;
  text: string;
  statements: Array<Pick<Statement, 'id' | 'start' | 'end' | 'cue' | 'text' | 'speakerMention'> & { speaker: { name: string } | null }>;
}

export interface Timeline {
  months: string[];
  undated: number;
  statementsRead: number;
  statementsMatched: number;
  series: Array<{ entity: EntityRef | null; counts: number[]; total: number }>;
}

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The server did not answer: is whosaid still running?');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}.`);
  return body.data;
}

const ENTITY = 'id name __typename';

const STATEMENT = `id kind act cue text start end date speakerDescription
  speaker { ${ENTITY} } speakerMention { text start end } about { ${ENTITY} }
  document { id title publishedAt source }`;

export async function suggest(text: string, signal?: AbortSignal): Promise<Suggestion[]> {
  const data = await graphql<{ search: Array<{ node: Suggestion }> }>(
    `query Suggest($q: String!) { search(query: $q, kinds: [PERSON, ORGANIZATION, COUNTRY], first: 8) { node { ... on Entity { ${ENTITY} statementCount mentionCount } } } }`,
    { q: text }, signal,
  );
  return data.search.map((hit) => hit.node);
}

export async function entityById(id: string): Promise<EntityRef | null> {
  const data = await graphql<{ node: EntityRef | null }>(`query Entity($id: ID!) { node(id: $id) { ... on Entity { ${ENTITY} } } }`, { id });
  return data.node && data.node.name ? data.node : null;
}

export async function stats(): Promise<{ documents: number; statements: number; people: number; organizations: number; countries: number }> {
  return (await graphql<{ stats: any }>('query Stats { stats { documents statements people organizations countries } }')).stats;
}

/** The query the page sends for a network (npm run bench times it too). */
export const NETWORK_QUERY = `query Network($id: ID!, $filter: NetworkFilter, $maxNodes: Int) { node(id: $id) { ... on Entity { network(filter: $filter, maxNodes: $maxNodes) {
  statementsRead statementsMatched nodesBeforeCap
  nodes { entity { ${ENTITY} } spoke spokenAbout statementCount }
  edges { speaker { ${ENTITY} } about { ${ENTITY} } statementCount firstDate lastDate } } } } }`;

export async function network(id: string, filters: Filters, maxNodes: number, signal?: AbortSignal): Promise<Network> {
  const data = await graphql<{ node: { network: Network } }>(NETWORK_QUERY, { id, filter: filters, maxNodes }, signal);
  return data.node.network;
}

/** The statement filter the network's filters mean, for the lists behind an edge or a node. */
const statementFilter = (filters: Filters, extra: Record<string, unknown> = {}) => ({ from: filters.from, to: filters.to, acts: filters.acts, kind: filters.kind, ...extra });

/** What a speaker said about an entity, newest first. `about` is a name: the API's filters take names. */
export async function edgeStatements(speakerId: string, aboutName: string, filters: Filters, first = 50): Promise<StatementPage> {
  const data = await graphql<{ node: { statements: { totalCount: number; edges: Array<{ node: Statement }> } } }>(
    `query EdgeStatements($id: ID!, $filter: StatementFilter, $first: Int) { node(id: $id) { ... on Entity {
      statements(filter: $filter, first: $first, orderBy: { field: DATE }) { totalCount edges { node { ${STATEMENT} } } } } } }`,
    { id: speakerId, filter: statementFilter(filters, { about: aboutName }), first },
  );
  return { totalCount: data.node.statements.totalCount, statements: data.node.statements.edges.map((edge) => edge.node) };
}

/** What an entity said and what was said about it, newest first. */
export async function nodeStatements(id: string, filters: Filters, first = 30): Promise<{ said: StatementPage; about: StatementPage }> {
  const data = await graphql<{ node: Record<'said' | 'about', { totalCount: number; edges: Array<{ node: Statement }> }> }>(
    `query NodeStatements($id: ID!, $filter: StatementFilter, $first: Int) { node(id: $id) { ... on Entity {
      said: statements(filter: $filter, first: $first, orderBy: { field: DATE }) { totalCount edges { node { ${STATEMENT} } } }
      about: statementsAbout(filter: $filter, first: $first, orderBy: { field: DATE }) { totalCount edges { node { ${STATEMENT} } } } } } }`,
    { id, filter: statementFilter(filters), first },
  );
  const page = (list: { totalCount: number; edges: Array<{ node: Statement }> }) => ({ totalCount: list.totalCount, statements: list.edges.map((edge) => edge.node) });
  return { said: page(data.node.said), about: page(data.node.about) };
}

export async function documentEvidence(id: string): Promise<DocumentWithEvidence> {
  const data = await graphql<{ node: DocumentWithEvidence }>(
    `query Evidence($id: ID!) { node(id: $id) { ... on Document { id title publishedAt path url source text
      statements { id start end cue text speakerMention { text start end } speaker { name } } } } }`,
    { id },
  );
  return data.node;
}

export async function timeline(id: string, by: 'SPEAKER' | 'TOPIC', filters: Filters, signal?: AbortSignal): Promise<Timeline> {
  const { minStatements: _ignored, entityKinds: _kinds, ...filter } = filters;
  const data = await graphql<{ node: { timeline: Timeline } }>(
    `query Timeline($id: ID!, $by: TimelineSplit!, $filter: NetworkFilter) { node(id: $id) { ... on Entity {
      timeline(by: $by, filter: $filter, series: 6) { months undated statementsRead statementsMatched series { entity { ${ENTITY} } counts total } } } } }`,
    { id, by, filter }, signal,
  );
  return data.node.timeline;
}
