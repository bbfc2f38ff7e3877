import { createHash } from 'node:crypto';
import { nameKey } from '../extract/normalize.js';
import type { ExtractedDocument, ExtractedEntity } from '../extract/types.js';
import { lookupKeys, resolveEntity, type ResolutionIndex } from './resolve.js';
import type { Store } from './store.js';
import type {
  DocumentInput, DocumentRow, EntityKind, EntityRow, IngestResult, MentionRow, Page, PageArgs, StatementQuery, StatementRow,
} from './types.js';

/** The graph in process memory: for `--db :memory:`, tests, and as the reference the SQLite store must match. */
export class MemoryStore implements Store {
  private readonly documents: DocumentRow[] = [];
  private readonly entities: EntityRow[] = [];
  private readonly mentions: MentionRow[] = [];
  private readonly statements: StatementRow[] = [];
  private readonly byHash = new Map<string, DocumentRow>();
  private readonly byKey = new Map<string, EntityRow[]>();
  private readonly byCode = new Map<string, EntityRow>();
  private readonly mentionsByDocument = new Map<number, MentionRow[]>();
  private readonly statementsByDocument = new Map<number, StatementRow[]>();

  async ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
    const hash = createHash('sha256').update(input.text).digest('hex');
    const existing = this.byHash.get(hash);
    if (existing) return { document: existing, created: false };

    const document: DocumentRow = {
      id: this.documents.length + 1,
      path: input.path ?? null,
      title: input.title ?? facts.title,
      publishedAt: input.publishedAt ?? facts.publishedAt,
      text: input.text,
      hash,
    };
    this.documents.push(document);
    this.byHash.set(hash, document);

    const ids = this.resolveAll(facts.entities);
    const documentMentions = facts.mentions.map((mention) => {
      const row: MentionRow = { id: this.mentions.length + 1, entityId: ids.get(mention.entityKey)!, documentId: document.id, text: mention.text, start: mention.start, end: mention.end };
      this.mentions.push(row);
      this.entities[row.entityId - 1].mentionCount++;
      return row;
    });
    this.mentionsByDocument.set(document.id, documentMentions);

    const documentStatements = facts.statements.map((statement) => {
      const speakerId = statement.speakerKey ? ids.get(statement.speakerKey) ?? null : null;
      const row: StatementRow = {
        id: this.statements.length + 1,
        documentId: document.id,
        kind: statement.kind,
        text: statement.text,
        start: statement.start,
        end: statement.end,
        cue: statement.cue,
        speakerId,
        speakerMention: statement.speakerMention,
        speakerDescription: statement.speakerDescription,
        aboutIds: [...new Set(statement.about.map((key) => ids.get(key)!).filter((id) => id !== undefined && id !== speakerId))],
        date: statement.date,
        sentence: { ...statement.sentence, text: input.text.slice(statement.sentence.start, statement.sentence.end) },
      };
      this.statements.push(row);
      if (speakerId) this.entities[speakerId - 1].statementCount++;
      return row;
    });
    this.statementsByDocument.set(document.id, documentStatements);
    return { document, created: true };
  }

  /** Maps each document-local entity key to a stored entity id, creating or enriching entities. */
  private resolveAll(entities: ExtractedEntity[]): Map<string, number> {
    const ids = new Map<string, number>();
    const index: ResolutionIndex = {
      byCode: (code) => this.byCode.get(code),
      byKey: (kind, key) => (this.byKey.get(key) ?? []).filter((row) => row.kind === kind),
    };
    // Countries first, so organizations and people can be resolved within their country.
    const ordered = [...entities].sort((a, b) => rank(a) - rank(b));
    for (const entity of ordered) {
      const countryId = entity.country ? ids.get(entity.country) ?? null : null;
      let row = resolveEntity(entity, countryId, index);
      if (!row) {
        row = {
          id: this.entities.length + 1, kind: entity.kind, name: entity.name, aliases: [], code: entity.code ?? null,
          roles: [], organizationIds: [], countryId: null, mentionCount: 0, statementCount: 0,
        };
        this.entities.push(row);
        if (row.code) this.byCode.set(row.code, row);
      } else if (entity.kind === 'PERSON' && nameKey(entity.name).split(' ').length > nameKey(row.name).split(' ').length) {
        // A fuller form seen later names the person: "Kirby" then "John Kirby".
        row.aliases.push(row.name);
        row.name = entity.name;
      }
      for (const alias of entity.aliases) if (alias !== row.name && !row.aliases.includes(alias)) row.aliases.push(alias);
      for (const role of entity.roles) if (!row.roles.some((known) => known.toLowerCase() === role.toLowerCase())) row.roles.push(role);
      row.countryId ??= countryId;
      ids.set(entity.key, row.id);
      for (const key of lookupKeys(row)) {
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(row)) list.push(row);
        this.byKey.set(key, list);
      }
    }
    for (const entity of entities) {
      const row = this.entities[ids.get(entity.key)! - 1];
      for (const key of entity.organizations) {
        const orgId = ids.get(key);
        if (orgId && !row.organizationIds.includes(orgId)) row.organizationIds.push(orgId);
      }
    }
    return ids;
  }

  async documentsByIds(ids: readonly number[]) {
    return ids.map((id) => this.documents[id - 1] ?? null);
  }

  async entitiesByIds(ids: readonly number[]) {
    return ids.map((id) => this.entities[id - 1] ?? null);
  }

  async statementsByIds(ids: readonly number[]) {
    return ids.map((id) => this.statements[id - 1] ?? null);
  }

  async findEntities(name: string, kind?: EntityKind) {
    const key = nameKey(name);
    const rows = (this.byKey.get(key) ?? []).filter((row) => !kind || row.kind === kind);
    // Exact name first, then alias, then most mentioned.
    const score = (row: EntityRow) => (nameKey(row.name) === key ? 2 : row.aliases.some((alias) => nameKey(alias) === key) ? 1 : 0);
    return [...rows].sort((a, b) => score(b) - score(a) || b.mentionCount - a.mentionCount);
  }

  async listEntities(kind: EntityKind, page: PageArgs) {
    return paginate(this.entities.filter((row) => row.kind === kind && row.mentionCount > 0), page);
  }

  async listDocuments(page: PageArgs) {
    return paginate(this.documents, page);
  }

  async listStatements(query: StatementQuery, page: PageArgs) {
    const speakers = query.speakerIds && new Set(query.speakerIds);
    const about = query.aboutIds && new Set(query.aboutIds);
    const rows = this.statements.filter((row) =>
      (!speakers || (row.speakerId !== null && speakers.has(row.speakerId)))
      && (!about || row.aboutIds.some((id) => about.has(id)))
      && (!query.kind || row.kind === query.kind));
    return paginate(rows, page);
  }

  async mentionsOfDocuments(documentIds: readonly number[]) {
    return documentIds.map((id) => this.mentionsByDocument.get(id) ?? []);
  }

  async statementsOfDocuments(documentIds: readonly number[]) {
    return documentIds.map((id) => this.statementsByDocument.get(id) ?? []);
  }

  async close() {}
}

const rank = (entity: ExtractedEntity) => (entity.kind === 'COUNTRY' ? 0 : entity.kind === 'ORGANIZATION' ? 1 : 2);

/** Keyset pagination over rows sorted by id. */
function paginate<T extends { id: number }>(rows: T[], page: PageArgs): Page<T> {
  const after = page.after;
  const start = after === null ? 0 : rows.findIndex((row) => row.id > after);
  const from = start === -1 ? rows.length : start;
  const items = rows.slice(from, from + page.first);
  return { items, totalCount: rows.length, hasNextPage: from + page.first < rows.length };
}
