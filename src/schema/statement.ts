import { filter, pipe } from 'graphql-yoga';
import { statementSortKey } from '../graph/list-order.js';
import type { Store } from '../graph/store.js';
import { matchesStatementQuery } from '../graph/statement-query.js';
import type { SortDirection, StatementAct, StatementKind, StatementQuery, StatementRow } from '../graph/types.js';
import { builder, type Context } from './builder.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';
import { Entity } from './entity.js';
import { checkDate, checkSearchText, listOrder, OrderDirectionEnum, pageArgs, toConnection } from './pagination.js';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the content is reported.',
  values: {
    DIRECT: { description: 'The words inside quote marks.' },
    INDIRECT: { description: 'Reported speech, a paraphrase without quote marks.' },
    MIXED: { description: 'A paraphrase that carries a quoted fragment.' },
  },
});

export const StatementActEnum = builder.enumType('StatementAct', {
  description: 'What kind of attribution a statement is: what a reader of "who said what about whom" needs told apart.',
  values: {
    SPEECH: { description: 'Reported words, spoken or written: "said", "told", "wrote", "tweeted", "according to", a colon after a speaker, "in a statement", "in an interview with …".' },
    APPRAISAL: { description: 'An act of speech aimed at a target with no reported clause: "blasted Ryan", "praised the deal", "accused X of Y", "denied the report", "endorsed Clinton". The content is the target phrase; `about` holds its entities.' },
    BELIEF: { description: 'What a source thinks, wants, fears, hopes or expects, as the article attributes it: "Trump believes …", "Democrats fear …". With no speaker, the writer\'s own reading or an expectation nobody is named for: "the plan appears to be dead", "Reed is expected to sign".' },
    EVIDENCE: { description: 'A poll, study, report, survey or data set as the source: "a Quinnipiac poll shows …", "the report found …"; the speaker is the organization behind it when the text names one.' },
  },
});

StatementRef.implement({
  description: 'Content attributed to a source: who said what, about whom, where in which document.',
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum, description: 'DIRECT, INDIRECT or MIXED.', resolve: (row) => row.kind }),
    act: t.field({ type: StatementActEnum, description: 'SPEECH, APPRAISAL, BELIEF or EVIDENCE: what kind of attribution this is.', resolve: (row) => row.act }),
    negated: t.exposeBoolean('negated', {
      description: 'true when the source is reported as not doing it: "did not mention Trump" (an APPRAISAL of Trump), "never wanted the ferry to close" (a BELIEF). The cue then holds the negation ("did not mention"). Words reported as not said ("did not say how many …") are no statement at all.',
    }),
    text: t.exposeString('text', { description: 'The content without its outer quote marks: document.text.slice(start, end).' }),
    start: t.exposeInt('start', { description: 'Start offset of the content in Document.text, in UTF-16 code units (a JavaScript string index; startCodePoint counts code points).' }),
    end: t.exposeInt('end', { description: 'End offset (exclusive) of the content in Document.text, in UTF-16 code units (endCodePoint counts code points).' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The attribution as written: "said", "told", "has hinted at", "according to", "did not mention" (see `negated`).' }),
    speaker: t.field({ type: Entity, nullable: true, description: 'The person, organization or country that spoke; null for an unnamed source.', resolve: (row) => row.speakerId }),
    speakerMention: t.field({
      type: MentionRef,
      nullable: true,
      description: 'The words that name the speaker at that spot: "Kirby", "he", "the NSC official", "a senior official".',
      resolve: (row) => (row.speakerMention ? { ...row.speakerMention, entityId: row.speakerId, documentId: row.documentId } : null),
    }),
    speakerDescription: t.exposeString('speakerDescription', {
      nullable: true,
      description: 'How an unnamed source is described ("a senior official who asked not to be named"), or the description a named speaker was found through ("the NSC official").',
    }),
    speakerAffiliation: t.field({
      type: Entity,
      nullable: true,
      description: 'For an unnamed source, the organization or country its description gives: "a White House official" → White House, "U.S. officials" → United States.',
      resolve: (row) => row.speakerAffiliationId,
    }),
    about: t.field({ type: [Entity], description: 'Entities the content refers to, resolved to canonical entities; never the speaker.', resolve: (row) => row.aboutIds }),
    date: t.exposeString('date', { nullable: true, description: 'When it was said, if the text says ("said Wednesday"), resolved against the publication date: YYYY-MM-DD (or YYYY-MM / YYYY).' }),
    sentence: t.string({ description: 'The sentence (or quoted passage) the statement was read from: its evidence.', resolve: (row) => row.sentence.text }),
    document: t.field({ type: DocumentRef, description: 'The document it was found in.', resolve: (row) => row.documentId }),
  }),
});

/** The fields of a statement filter: `statements` takes them, and `claims` (a claim with one statement that passes). */
export const statementFilterFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
    speaker: t.string({ description: 'Speaker name or alias ("Kirby", "DPRK"): statements by any entity the name finds.' }),
    about: t.string({ description: 'Name or alias of an entity the statement is about.' }),
    kind: t.field({ type: StatementKindEnum, description: 'Only statements of this kind.' }),
    acts: t.field({ type: [StatementActEnum], description: 'Only statements of these acts ([SPEECH] for reported words alone); every act when absent. An empty list matches nothing.' }),
    negated: t.boolean({ description: 'false: leave out what sources are reported as not doing ("did not mention …"); true: only those. Both when absent.' }),
    text: t.string({ description: 'Full-text search in the content and its sentence: every word and "quoted phrase" must occur (case- and accent-insensitive).' }),
    document: t.globalID({ for: [DocumentRef], description: 'Global ID of a Document: only statements found in it.' }),
    from: t.string({ description: 'On or after this date (YYYY, YYYY-MM or YYYY-MM-DD). A statement\'s date is when it was said if the text says, else its document\'s publication day; statements with neither are left out.' }),
    to: t.string({ description: 'On or before this date, inclusive: "2024-05" takes all of May. Dated like `from`.' }),
});

export const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows statements; all given fields must hold. Names accept aliases ("DPRK", "Kirby", "NSC").',
  fields: (t) => statementFilterFields(t),
});

export const StatementOrderField = builder.enumType('StatementOrderField', {
  description: 'What statement lists can be sorted by.',
  values: {
    DOCUMENT: { description: 'Document order: documents in order of ingestion, statements in text order (the default); natural direction ASC.' },
    DATE: { description: 'When it was said if the text says, else its document\'s publication day (undated ones sort as earliest); natural direction DESC, the latest first.' },
  },
});

export const StatementOrder = builder.inputType('StatementOrder', {
  description: 'How to sort statements. Ties keep document order (in the same direction), so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: StatementOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, description: 'ASC or DESC; when omitted, the natural direction of the field.' }),
  }),
});

export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'A page of statements, with the size of the whole list.' },
  { name: 'StatementEdge', description: 'One statement in a page, with its cursor.' },
);

export interface StatementFilterArgs {
  speaker?: string | null;
  about?: string | null;
  kind?: StatementKind | null;
  acts?: StatementAct[] | null;
  negated?: boolean | null;
  text?: string | null;
  document?: { id: number } | null;
  from?: string | null;
  to?: string | null;
}

/** The store query a filter means now: names resolve to the entities that carry them. */
export async function statementQuery(filter: StatementFilterArgs | null | undefined, store: Store): Promise<StatementQuery> {
  const ids = async (name: string | null | undefined) => (name ? (await store.findEntities(name)).map((row) => row.id) : undefined);
  return {
    speakerIds: await ids(checkSearchText(filter?.speaker, 'filter.speaker')),
    aboutIds: await ids(checkSearchText(filter?.about, 'filter.about')),
    kind: filter?.kind ?? undefined,
    acts: filter?.acts ?? undefined,
    negated: filter?.negated ?? undefined,
    text: checkSearchText(filter?.text, 'filter.text') ?? undefined,
    documentIds: filter?.document ? [filter.document.id] : undefined,
    from: checkDate(filter?.from, 'from'),
    to: checkDate(filter?.to, 'to'),
  };
}

interface StatementListArgs {
  filter?: StatementFilterArgs | null;
  orderBy?: { field: 'DOCUMENT' | 'DATE'; direction?: SortDirection | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const statementListArgs = builder.args((t) => ({
  filter: t.field({ type: StatementFilter, description: 'Speaker, topic, kind, act, text, document and date filters.' }),
  orderBy: t.field({ type: StatementOrder, description: 'Sort order; document order when omitted.' }),
}));

/** A page of statements, filtered and sorted; `narrow` adds the constraint of the field asking (an entity's own statements…). */
export async function listStatements(args: StatementListArgs, context: Context, narrow: (query: StatementQuery) => StatementQuery = (query) => query) {
  const requested = listOrder(args.orderBy, (field) => (field === 'DATE' ? 'DESC' : 'ASC'));
  const order = { field: requested.field === 'DATE' ? 'DATE' : 'ID', direction: requested.direction } as const;
  const page = pageArgs(args, order);
  const query = narrow(await statementQuery(args.filter, context.store));
  const result = await context.store.listStatements(query, page, order);
  const published = order.field === 'DATE' ? await publicationDates(result.items, context) : new Map<number, string | null>();
  return toConnection(result, page, order, (row) => statementSortKey(row, order.field, published.get(row.documentId) ?? null));
}

/** Publication dates of the documents of some statements, through the request's document loader. */
export async function publicationDates(rows: StatementRow[], context: Context) {
  const ids = [...new Set(rows.map((row) => row.documentId))];
  const documents = await Promise.all(ids.map((id) => DocumentRef.getDataloader(context).load(id)));
  return new Map(ids.map((id, index) => [id, documents[index]?.publishedAt ?? null]));
}

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: StatementRef,
      description: 'Who said what about whom: a page of statements, filtered and sorted (document order by default).',
      args: statementListArgs,
      resolve: (_root, args, context) => listStatements(args, context),
    },
    StatementConnection,
  ),
}));

builder.subscriptionType({ description: 'Live updates over Server-Sent Events (send `Accept: text/event-stream`) or any transport Yoga speaks.' });

builder.subscriptionFields((t) => ({
  statementAdded: t.field({
    type: StatementRef,
    description: 'Each new statement as it is stored, filtered like `statements`: through this server (ingestDocument) at once, by another process writing the same database (`whosaid ingest`) within about a second.',
    args: { filter: t.arg({ type: StatementFilter, description: 'Only statements by this speaker, about this entity, of this kind.' }) },
    subscribe: (_root, args, context) =>
      pipe(
        context.events.subscribe('statementAdded'),
        // Names are resolved per statement: an entity the filter names may only appear with this very document.
        filter(async (statement) => {
          const [document] = args.filter?.from || args.filter?.to ? await context.store.documentsByIds([statement.documentId]) : [null];
          return matchesStatementQuery(statement, await statementQuery(args.filter, context.store), document?.publishedAt ?? null);
        }),
      ),
    resolve: (statement) => statement,
  }),
}));
