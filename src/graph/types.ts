import type { EntityKind, StatementAct, StatementKind } from './facts.js';

export type { EntityKind, StatementAct, StatementKind };

/** Rows the store keeps. Ids are store-assigned integers, never reused; the schema turns them into global IDs. */
export interface DocumentRow {
  id: number;
  /** Where the file was read, relative to the working directory of the ingest; null for documents sent through the API. */
  path: string | null;
  title: string | null;
  publishedAt: string | null;
  /** Where the article was published, when the client said (API documents). */
  url: string | null;
  /** The outlet it came from ("Reuters"): what the client or a metadata file said, else what the text says (dateline, byline, copyright line). */
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
  act: StatementAct;
  /** The act is reported as not done: "did not mention Trump", "never wanted …" (extract/facts.ts). */
  negated: boolean;
  text: string;
  start: number;
  end: number;
  cue: string | null;
  speakerId: number | null;
  speakerMention: SpanRow | null;
  speakerDescription: string | null;
  /** Unnamed sources: the organization or country their description gives ("U.S. officials"). */
  speakerAffiliationId: number | null;
  aboutIds: number[];
  date: string | null;
  sentence: SpanRow;
}

/** A statement as a network sees it: who spoke (null: an unnamed source), about whom, when (statementDate(), '' when unknown). */
export interface StatementLink {
  id: number;
  speakerId: number | null;
  aboutIds: number[];
  date: string;
}

export interface PageArgs {
  /** Page size, already capped by the caller. */
  first: number;
  /** Return rows after the row with this id in the list's order (keyset cursor). */
  after: number | null;
  /** Sort key of the row `after` names, when the list is sorted by something else than id. */
  afterKey?: string | number | null;
}

export type SortDirection = 'ASC' | 'DESC';

/**
 * An order for a list. Ties are broken by id in the same direction, so every order is a
 * total order and a keyset cursor (sort key + id) is stable across pages.
 */
export interface Sort<Field extends string> {
  field: Field;
  direction: SortDirection;
}

/** ID: order of creation. MENTIONS, STATEMENTS: counts. NAME: canonical name, ASCII letters case-folded. */
export type EntitySortField = 'ID' | 'MENTIONS' | 'STATEMENTS' | 'NAME';
/** ID: document order (ingestion, then position in the text). DATE: statementDate(). */
export type StatementSortField = 'ID' | 'DATE';
/** ID: order of ingestion. PUBLISHED: publication date (undated documents count as ''). */
export type DocumentSortField = 'ID' | 'PUBLISHED';

export interface EntityQuery {
  /** Every word must begin a word of the name or of an alias (lower-case, accent-free: searchWords). */
  nameWords?: string[];
  /** Tied to any of these countries. Empty array: no match. */
  countryIds?: number[];
  /** Tied to any of these organizations. Empty array: no match. */
  organizationIds?: number[];
}

export interface DocumentQuery {
  /** Full-text: words and "quoted phrases", all required (as searchDocuments). */
  text?: string;
  /** Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** Published on or before this date (inclusive: "2024-05" takes all of May). */
  to?: string;
  /** Mentioning any of these entities. Empty array: no match. */
  entityIds?: number[];
}

/** Sizes of the explorable graph: entities counted only while a document mentions them. */
export interface GraphStats {
  documents: number;
  people: number;
  organizations: number;
  countries: number;
  statements: number;
  mentions: number;
}

/** Another entity connected to one entity, and the evidence that connects them. */
export interface RelatedRow {
  entityId: number;
  /** Connecting statements plus shared documents. */
  weight: number;
  /** Statements where one speaks and the other is spoken about, or both are spoken about; ascending ids. */
  statementIds: number[];
  /** Documents that mention both; ascending ids. */
  documentIds: number[];
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
  /** Any of these acts. Absent: every act. */
  acts?: StatementAct[];
  /** true: only negated statements ("did not mention …"); false: none of them. Absent: both. */
  negated?: boolean;
  /** Full-text over the content and its sentence: words and "quoted phrases", all required (as searchStatements). */
  text?: string;
  /** Found in any of these documents. Empty array: no match. */
  documentIds?: number[];
  /** statementDate() on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** statementDate() on or before this date (inclusive: "2024-05" takes all of May). */
  to?: string;
}

/**
 * One report of a claim: a statement with what claim matching reads of it (graph/claims.ts).
 * Stores keep one per statement; every field but `claimId` is fixed when the statement is stored.
 */
export interface ClaimMemberRow {
  statementId: number;
  claimId: number;
  documentId: number;
  speakerId: number | null;
  /** statementDate() when it is a whole day (YYYY-MM-DD), else null: the day the time window counts from. */
  day: string | null;
  kind: StatementKind;
  /** The content's words, normalised (claimWords): quote marks, case, punctuation and ellipses gone. */
  words: string[];
  aboutIds: number[];
  /** When it was reported: its document's publishedAt, else the day it was said; '' when neither is known. */
  reported: string;
  /** Its document's outlet (Document.source). */
  outlet: string | null;
  /** The statement's content as written. */
  text: string;
}

/** A stored member as matching reads it (ClaimIndex.membersNear): all but the text, which only a claim's summary quotes. */
export type ClaimCandidate = Omit<ClaimMemberRow, 'text'>;

/**
 * Statements by one speaker with the same or nearly the same words, within a few days: one
 * claim, however many outlets reported it (graph/claims.ts says what "nearly" means).
 */
export interface ClaimRow {
  id: number;
  speakerId: number | null;
  /** DIRECT when some report quotes its words, else MIXED when one quotes a fragment, else INDIRECT. */
  kind: StatementKind;
  /** The fullest wording: the longest direct quote, else the longest content. */
  text: string;
  /** The earliest and latest `reported` of its statements; null when none is dated. */
  firstReported: string | null;
  lastReported: string | null;
  /** Documents that report it. */
  reportCount: number;
  /** Outlets that reported it, the first to report it first. */
  outlets: string[];
}

/** REPORTS: reportCount. FIRST_REPORTED, LAST_REPORTED: those dates (undated claims count as ''). ID: order of creation. */
export type ClaimSortField = 'ID' | 'REPORTS' | 'FIRST_REPORTED' | 'LAST_REPORTED';

export interface ClaimQuery {
  /** Claims with at least one statement passing this statement query. */
  statements?: StatementQuery;
  /** Reported by this outlet (canonical name). */
  reportedBy?: string;
  /** Not reported by this outlet (canonical name). */
  notReportedBy?: string;
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

export type RelationKind = 'ROLE' | 'ORGANIZATION' | 'COUNTRY';

/** Where the text says a person has a role, belongs to an organization, or an entity to a country. */
export interface RelationEvidenceRow {
  entityId: number;
  documentId: number;
  relation: RelationKind;
  /** The role as written, for ROLE. */
  role: string | null;
  /** The organization or country, for ORGANIZATION and COUNTRY. */
  targetId: number | null;
  text: string;
  start: number;
  end: number;
}
