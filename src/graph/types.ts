import type { EntityKind, StatementKind } from '../extract/types.js';

export type { EntityKind, StatementKind };

/** Rows the store keeps. Ids are store-assigned integers, never reused; the schema turns them into global IDs. */
export interface DocumentRow {
  id: number;
  /** Where the file was read, relative to the working directory of the ingest; null for documents sent through the API. */
  path: string | null;
  title: string | null;
  publishedAt: string | null;
  /** Where the article was published, when the client said (API documents). */
  url: string | null;
  /** The outlet or feed it came from, when the client said ("Reuters"). */
  source: string | null;
  text: string;
  /** sha256 of the text: the same content is never ingested twice. */
  hash: string;
}

export interface EntityRow {
  id: number;
  kind: EntityKind;
  name: string;
  aliases: string[];
  code: string | null;
  roles: string[];
  organizationIds: number[];
  countryId: number | null;
  mentionCount: number;
  statementCount: number;
}

export interface MentionRow {
  id: number;
  entityId: number;
  documentId: number;
  text: string;
  start: number;
  end: number;
}

export interface SpanRow {
  text: string;
  start: number;
  end: number;
}

export interface StatementRow {
  id: number;
  documentId: number;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  cue: string | null;
  speakerId: number | null;
  speakerMention: SpanRow | null;
  speakerDescription: string | null;
  aboutIds: number[];
  date: string | null;
  sentence: SpanRow;
}

export interface PageArgs {
  /** Page size, already capped by the caller. */
  first: number;
  /** Return rows with id greater than this (keyset cursor). */
  after: number | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface StatementQuery {
  /** Any of these speakers. Empty array: no match. */
  speakerIds?: number[];
  /** About any of these entities. Empty array: no match. */
  aboutIds?: number[];
  kind?: StatementKind;
}

export interface DocumentInput {
  text: string;
  /** A file's path: a different text at the same path replaces the stored version. */
  path?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  /** An API document's address: a different text at the same url replaces the stored version. */
  url?: string | null;
  source?: string | null;
}

/** Sizes: of the whole graph, or of what one write added or removed. */
export interface GraphCounts {
  documents: number;
  entities: number;
  mentions: number;
  statements: number;
}

export interface IngestResult {
  document: DocumentRow;
  /** False when the same text was already in the store: nothing was written. */
  created: boolean;
  added: GraphCounts;
  /** What the earlier version at the same path or url took with it when it was replaced. */
  removed: GraphCounts;
  /** Id of the earlier version this document replaced, if any. */
  replacedDocumentId: number | null;
}

export interface DeleteResult {
  /** The document as it was stored. */
  document: DocumentRow;
  removed: GraphCounts;
}

/** A full-text match; higher scores rank first. */
export interface SearchHit<T> {
  item: T;
  score: number;
}

export const ZERO_COUNTS: Readonly<GraphCounts> = Object.freeze({ documents: 0, entities: 0, mentions: 0, statements: 0 });
