import type { EntityKind, StatementKind } from '../extract/types.js';

export type { EntityKind, StatementKind };

/** Rows the store keeps. Ids are store-assigned integers; the schema turns them into global IDs. */
export interface DocumentRow {
  id: number;
  /** Path relative to the ingested folder; null for documents sent through the API. */
  path: string | null;
  title: string | null;
  publishedAt: string | null;
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
  /** About any of these entities. */
  aboutIds?: number[];
  kind?: StatementKind;
}

export interface DocumentInput {
  text: string;
  path?: string | null;
  title?: string | null;
  publishedAt?: string | null;
}

export interface IngestResult {
  document: DocumentRow;
  /** False when the same text was already in the store. */
  created: boolean;
}
