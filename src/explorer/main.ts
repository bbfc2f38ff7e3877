import { ApiError, documentEvidence, edgeStatements, entityById, network, nodeStatements, stats, timeline, type EntityRef, type Filters, type Network, type NetworkEdge, type Statement } from './api.js';
import { showEvidence } from './evidence-view.js';
import { NetworkView } from './network-view.js';
import { setUpSearch } from './search.js';
import { showStatements } from './statements-view.js';
import { showTimeline } from './timeline-view.js';

/**
 * The explorer: pick an entity, see who talks about whom around it, the statements behind a
 * connection, each in its article, and how much was said per month. The chosen entity and
 * filters live in the address (#entity=…), so a view can be bookmarked and shared.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const elements = {
  search: $<HTMLInputElement>('search-input'),
  suggestions: $<HTMLUListElement>('search-list'),
  corpus: $('corpus'),
  filters: $<HTMLFormElement>('filters'),
  graph: $('graph'),
  graphMessage: $('graph-message'),
  capNote: $('cap-note'),
  connections: $<HTMLDetailsElement>('connections'),
  connectionList: $<HTMLOListElement>('connection-list'),
  downloads: $('downloads'),
  statementsTitle: $('statements-title'),
  statementsHint: $('statements-hint'),
  statementList: $<HTMLOListElement>('statement-list'),
  evidence: $('evidence'),
  evidenceMeta: $('evidence-meta'),
  evidenceClose: $<HTMLButtonElement>('evidence-close'),
  article: $('article'),
  timeline: $('timeline'),
};

const state: { centre: EntityRef | null; network: Network | null; split: 'SPEAKER' | 'TOPIC'; opener: HTMLElement | null } = { centre: null, network: null, split: 'SPEAKER', opener: null };
let request = 0;

const view = new NetworkView(elements.graph, {
  onNode: (entity) => void recentre(entity),
  onEdge: (edge) => void listEdge(edge),
});

function readFilters(): { filters: Filters; maxNodes: number } {
  const data = new FormData(elements.filters);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const filters: Filters = {};
  if (text('from')) filters.from = text('from');
  if (text('to')) filters.to = text('to');
  if (text('act')) filters.acts = [text('act')];
  if (text('kind')) filters.kind = text('kind');
  if (text('entityKinds')) filters.entityKinds = [text('entityKinds')];
  const min = Number(text('minStatements') || 1);
  if (min > 1) filters.minStatements = min;
  const maxNodes = Math.min(300, Math.max(5, Number(text('maxNodes') || 60)));
  return { filters, maxNodes };
}

function message(text: string): void {
  elements.graphMessage.textContent = text;
}

function describeCap(result: Network): string {
  const parts = [`${result.nodes.length} entities, ${result.edges.length} connections`];
  const capped: string[] = [];
  if (result.nodesBeforeCap > result.nodes.length) capped.push(`the ${result.nodes.length} most connected of ${result.nodesBeforeCap} entities are drawn (raise “Max. nodes”, up to 300, or filter)`);
  if (result.statementsRead < result.statementsMatched) capped.push(`drawn from the latest ${result.statementsRead} of ${result.statementsMatched} statements (narrow the dates to see earlier ones)`);
  return capped.length ? `${parts[0]}. <strong>Capped:</strong> ${capped.join('; ')}.` : `${parts[0]}.`;
}

function showConnections(result: Network): void {
  elements.connectionList.replaceChildren(...result.edges.map((edge) => {
    const li = document.createElement('li');
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `${edge.speaker.name} → ${edge.about.name}` });
    button.addEventListener('click', () => void listEdge(edge));
    li.append(button, ` ${edge.statementCount} statement${edge.statementCount === 1 ? '' : 's'}${edge.lastDate ? `, latest ${edge.lastDate}` : ''} `);
    const recentre = Object.assign(document.createElement('button'), { type: 'button', textContent: `(centre on ${edge.about.id === state.centre?.id ? edge.speaker.name : edge.about.name})` });
    recentre.addEventListener('click', () => void choose(edge.about.id === state.centre?.id ? edge.speaker : edge.about));
    li.append(recentre);
    return li;
  }));
}

function updateDownloads(centre: EntityRef, filters: Filters, maxNodes: number): void {
  const params = new URLSearchParams({ entity: centre.id, maxNodes: String(maxNodes) });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  for (const link of elements.downloads.querySelectorAll<HTMLAnchorElement>('a[data-format]')) {
    const linkParams = new URLSearchParams(params);
    linkParams.set('format', link.dataset.format!);
    if (link.dataset.file) linkParams.set('file', link.dataset.file);
    link.href = `/export?${linkParams}`;
  }
  elements.downloads.hidden = false;
}

async function draw(): Promise<void> {
  const centre = state.centre;
  if (!centre) return;
  const mine = ++request;
  const { filters, maxNodes } = readFilters();
  view.clear();
  message(`Drawing who talks about whom around ${centre.name}…`);
  elements.capNote.textContent = '';
  try {
    const result = await network(centre.id, filters, maxNodes);
    if (mine !== request) return;
    state.network = result;
    document.body.dataset.networkEdges = String(result.edges.length);
    if (result.edges.length === 0) {
      message(`No statements by or about ${centre.name} match these filters.`);
    } else if (view.show(result, centre.id)) {
      message('');
      // What npm run bench reads: from choosing an entity to its network on screen.
      performance.mark('network-drawn');
    } else {
      message('This browser cannot draw the network (WebGL is off): the connections are listed below.');
      elements.connections.open = true;
    }
    elements.capNote.innerHTML = describeCap(result);
    showConnections(result);
    updateDownloads(centre, filters, maxNodes);
    // After the network, not beside it: one server thread answers both, and the network is what the reader waits for.
    void drawTimeline(mine);
  } catch (error) {
    if (mine === request) message(error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message}`);
  }
}

async function drawTimeline(mine: number): Promise<void> {
  const centre = state.centre!;
  try {
    const result = await timeline(centre.id, state.split, readFilters().filters);
    if (mine === request) showTimeline(elements.timeline, result, centre.name, state.split);
  } catch (error) {
    if (mine === request) elements.timeline.textContent = (error as Error).message;
  }
}

async function choose(entity: EntityRef): Promise<void> {
  // A person's own words over time are the usual question; for a country or an
  // organization, who talked about it.
  if (entity.id !== state.centre?.id) setSplit(entity.__typename === 'Person' ? 'TOPIC' : 'SPEAKER');
  state.centre = entity;
  performance.mark('entity-chosen');
  elements.search.value = entity.name;
  document.title = `${entity.name} · whosaid explorer`;
  history.replaceState(null, '', `#entity=${encodeURIComponent(entity.id)}`);
  await draw();
  await listNode(entity);
}

/** Clicking a node: its statements below, and the network redrawn around it. */
async function recentre(entity: EntityRef): Promise<void> {
  if (entity.id !== state.centre?.id) await choose(entity);
  else await listNode(entity);
}

async function listStatements(title: string, load: () => Promise<Array<{ title: string; page: Awaited<ReturnType<typeof edgeStatements>> }>>): Promise<void> {
  elements.statementsTitle.textContent = title;
  elements.statementsHint.textContent = 'Loading…';
  try {
    const sections = await load();
    elements.statementsHint.textContent = 'Newest first. Open one to read it in its article.';
    showStatements(elements.statementList, sections, (statement, button) => void openEvidence(statement, button));
  } catch (error) {
    elements.statementsHint.textContent = (error as Error).message;
  }
}

async function listEdge(edge: NetworkEdge): Promise<void> {
  const { filters } = readFilters();
  await listStatements(`${edge.speaker.name} → ${edge.about.name}`, async () => [{ title: `What ${edge.speaker.name} said about ${edge.about.name}`, page: await edgeStatements(edge.speaker.id, edge.about.name, filters) }]);
  elements.statementList.querySelector<HTMLButtonElement>('.statement')?.focus({ preventScroll: true });
}

async function listNode(entity: EntityRef): Promise<void> {
  const { filters } = readFilters();
  await listStatements(entity.name, async () => {
    const { said, about } = await nodeStatements(entity.id, filters);
    return [{ title: `${entity.name} said`, page: said }, { title: `Said about ${entity.name}`, page: about }];
  });
}

async function openEvidence(statement: Statement, opener: HTMLElement): Promise<void> {
  for (const current of elements.statementList.querySelectorAll('[aria-current]')) current.removeAttribute('aria-current');
  opener.setAttribute('aria-current', 'true');
  state.opener = opener;
  elements.evidence.hidden = false;
  elements.evidenceMeta.textContent = 'Loading the article…';
  try {
    showEvidence(elements.article, elements.evidenceMeta, await documentEvidence(statement.document.id), statement);
    elements.article.focus({ preventScroll: true });
  } catch (error) {
    elements.evidenceMeta.textContent = (error as Error).message;
  }
}

elements.evidenceClose.addEventListener('click', () => {
  elements.evidence.hidden = true;
  state.opener?.focus();
});
elements.filters.addEventListener('submit', (event) => {
  event.preventDefault();
  if (elements.filters.reportValidity()) void draw();
});
function setSplit(split: 'SPEAKER' | 'TOPIC'): void {
  state.split = split;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="split"]')) radio.checked = radio.value === split;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="split"]')) {
  radio.addEventListener('change', () => {
    state.split = radio.value as 'SPEAKER' | 'TOPIC';
    if (state.centre) void drawTimeline(request);
  });
}
setUpSearch(elements.search, elements.suggestions, (entity) => void choose(entity));

/** For tests and scripts: where a node or an edge is drawn, to click it as a person would. */
(window as unknown as { whosaidExplorer: unknown }).whosaidExplorer = {
  nodePoint: (name: string) => view.nodePoint(name),
  edgeMiddle: (speaker: string, about: string) => view.edgeMiddle(speaker, about),
};

/** The corpus's size in the header: asked for once the first network is drawn (or at once, with no entity to draw), so it never delays it. */
async function showCorpusSize(): Promise<void> {
  const sizes = await stats().catch(() => null);
  if (sizes) elements.corpus.textContent = `${sizes.documents.toLocaleString()} documents · ${sizes.statements.toLocaleString()} statements · ${sizes.people.toLocaleString()} people · ${sizes.organizations.toLocaleString()} organizations · ${sizes.countries.toLocaleString()} countries`;
}

const start = new URLSearchParams(location.hash.slice(1)).get('entity');
if (start) {
  void entityById(start).then((entity) => (entity ? choose(entity) : undefined)).finally(() => void showCorpusSize());
} else {
  elements.search.focus();
  void showCorpusSize();
}
