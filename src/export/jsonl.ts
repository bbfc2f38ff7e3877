import type { Network } from '../graph/network.js';
import type { Store } from '../graph/store.js';
import type { DocumentRow, EntityRow, StatementRow } from '../graph/types.js';
import { nodeId, TYPE_OF_KIND } from './graph-file.js';

/**
 * JSON Lines: one statement behind the network's edges per line, with its evidence (the
 * document, the sentence, the character spans of the content and of the speaker's words),
 * in document order. What a script or a spreadsheet import wants: no nesting to walk.
 */

const BATCH = 500;

const entityOf = (row: EntityRow | null | undefined) => (row ? { id: nodeId(row), name: row.name, type: TYPE_OF_KIND[row.kind] } : null);

export function statementLine(statement: StatementRow, document: DocumentRow | null, entities: Map<number, EntityRow>, date: string): string {
  return `${JSON.stringify({
    speaker: entityOf(statement.speakerId === null ? null : entities.get(statement.speakerId)),
    cue: statement.cue,
    text: statement.text,
    about: statement.aboutIds.map((id) => entityOf(entities.get(id))).filter((entity) => entity !== null),
    date: date || null,
    kind: statement.kind,
    act: statement.act,
    negated: statement.negated,
    evidence: {
      document: document && { title: document.title, path: document.path, url: document.url, source: document.source, publishedAt: document.publishedAt },
      sentence: statement.sentence.text,
      content: { start: statement.start, end: statement.end },
      speakerMention: statement.speakerMention,
    },
  })}\n`;
}

export async function* jsonl(network: Network, store: Store): AsyncGenerator<string> {
  const dates = new Map(network.edges.flatMap((edge) => edge.statements.map((statement) => [statement.id, statement.date] as const)));
  const ids = [...dates.keys()].sort((a, b) => a - b);
  const entities = new Map(network.nodes.map((node) => [node.entity.id, node.entity]));
  for (let start = 0; start < ids.length; start += BATCH) {
    const statements = (await store.statementsByIds(ids.slice(start, start + BATCH))).filter((row): row is StatementRow => row !== null);
    const documentIds = [...new Set(statements.map((row) => row.documentId))];
    const documents = new Map(documentIds.map((id, index) => [id, index] as const));
    const documentRows = await store.documentsByIds(documentIds);
    // Topics of a statement that are not nodes (capped or filtered away) still get their names.
    const missing = [...new Set(statements.flatMap((row) => row.aboutIds))].filter((id) => !entities.has(id));
    for (const row of missing.length ? await store.entitiesByIds(missing) : []) if (row) entities.set(row.id, row);
    for (const statement of statements) yield statementLine(statement, documentRows[documents.get(statement.documentId)!] ?? null, entities, dates.get(statement.id)!);
  }
}
