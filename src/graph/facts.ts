/** Plain typed facts produced by `extract()`. Every span is a pair of JS string offsets into `Document.text`. */

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
export type StatementKind = 'DIRECT' | 'INDIRECT' | 'MIXED';
/**
 * What kind of attribution a statement is: reported words (SPEECH), an act of speech aimed at a
 * target with no reported clause (APPRAISAL: "blasted Ryan"), what a source thinks, wants or
 * fears (BELIEF), or a poll, study or report as the source (EVIDENCE).
 */
export type StatementAct = 'SPEECH' | 'APPRAISAL' | 'BELIEF' | 'EVIDENCE';

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  text: string;
}

/** An entity as seen in one document; `key` is unique within the document and stable across runs. */
export interface ExtractedEntity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2, countries only. */
  code?: string;
  /** People: titles and roles as written ("Defense Minister"). */
  roles: string[];
  /** People: keys of organizations they are tied to. */
  organizations: string[];
  /** People and organizations: key of their country. */
  country?: string;
  /** Where each relation was read: "role:…", "organization:<key>", "country:<key>". */
  relationEvidence: Array<{ relation: string } & Evidence>;
}

export interface ExtractedMention extends Evidence {
  entityKey: string;
  /** Index of the body sentence the mention is in; -1 for the headline (HEADLINE_SENTENCE). */
  sentence: number;
}

export interface ExtractedStatement extends Span {
  kind: StatementKind;
  act: StatementAct;
  /** The content without its outer quote marks; equals `text.slice(start, end)` minus quote marks. */
  text: string;
  cue: string | null;
  cueSpan: Span | null;
  /**
   * The source is reported as not doing it: "did not mention Trump", "never wanted the ferry to
   * close" (the cue then holds the negation). A negated act is still what the text attributes.
   */
  negated: boolean;
  speakerKey: string | null;
  speakerMention: Evidence | null;
  /** For unnamed sources ("a senior official who asked not to be named"), and the description a named speaker was found through. */
  speakerDescription: string | null;
  /** Unnamed sources: key of the organization or country their description gives ("U.S. officials"). */
  speakerAffiliation: string | null;
  about: string[];
  sentence: Span;
  /** YYYY-MM-DD when the text says when it was said, resolved against the publication date. */
  date: string | null;
}

/** The outlet a document names ("Reuters"), canonical, and where the text names it. */
export interface OutletEvidence extends Span {
  name: string;
}

export interface ExtractedDocument {
  title: string | null;
  publishedAt: string | null;
  /**
   * The outlet the text says it comes from (dateline tag, byline, copyright line: extract/outlet.ts).
   * Optional only for facts made before outlets were read (stored results, hand-made tests).
   */
  outlet?: OutletEvidence | null;
  /** Character offset where the body starts (after headline and date lines). */
  bodyStart: number;
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  statements: ExtractedStatement[];
  /** Notes on doubtful input, e.g. a body date that contradicts the header. */
  warnings: string[];
}
