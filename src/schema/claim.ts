import { claimSortKey } from '../graph/list-order.js';
import { reportedAt } from '../graph/claims.js';
import type { ClaimQuery, ClaimSortField, SortDirection } from '../graph/types.js';
import { canonicalOutlet } from '../lexicon/outlets.js';
import { builder, type Context } from './builder.js';
import { Entity } from './entity.js';
import { listOrder, OrderDirectionEnum, pageArgs, toConnection } from './pagination.js';
import { ClaimRef, StatementRef } from './refs.js';
import { publicationDates, StatementConnection, statementFilterFields, StatementKindEnum, statementQuery, type StatementFilterArgs } from './statement.js';

ClaimRef.implement({
  description: 'One statement, many reports: the statements by one speaker with the same or nearly the same words (a quote and its trims, a paraphrase of it) within two days of each other, whichever outlets reported them.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The fullest wording: the longest direct quote, else the longest paraphrase.' }),
    kind: t.field({ type: StatementKindEnum, description: 'DIRECT when some report quotes its words, else MIXED when one quotes a fragment, else INDIRECT.', resolve: (row) => row.kind }),
    speaker: t.field({ type: Entity, nullable: true, description: 'Who said it; null for an unnamed source (each of whose statements is a claim of its own).', resolve: (row) => row.speakerId }),
    firstReported: t.exposeString('firstReported', { nullable: true, description: 'When the first report was published (its document\'s publishedAt, else the day it was said); null when no report is dated.' }),
    lastReported: t.exposeString('lastReported', { nullable: true, description: 'When the latest report was published; null when no report is dated.' }),
    reportCount: t.exposeInt('reportCount', { description: 'How many documents report it.' }),
    outlets: t.exposeStringList('outlets', { description: 'The outlets that reported it (Document.source), the first to report it first.' }),
    statements: t.connection(
      {
        type: StatementRef,
        description: 'Its reports in the order they were published, the first first: who reported it first, and how each outlet worded it.',
        resolve: async (row, args, context) => {
          const page = pageArgs(args, REPORT_ORDER);
          const result = await context.store.listClaimStatements(row.id, page);
          const published = await publicationDates(result.items, context);
          return toConnection(result, page, REPORT_ORDER, (statement) => reportedAt(statement, published.get(statement.documentId) ?? null));
        },
      },
      StatementConnection,
    ),
  }),
});

/** A claim's reports: by publication, oldest first. */
const REPORT_ORDER = { field: 'REPORTED', direction: 'ASC' } as const;

export const ClaimConnection = builder.connectionObject(
  { type: ClaimRef, name: 'ClaimConnection', description: 'A page of claims, with the size of the whole list.' },
  { name: 'ClaimEdge', description: 'One claim in a page, with its cursor.' },
);

export const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Narrows claims; all given fields must hold. The statement fields select the claims with at least one statement that passes them.',
  fields: (t) => ({
    ...statementFilterFields(t),
    reportedBy: t.string({ description: 'Only claims this outlet reported ("Reuters"; any spelling of a known outlet: "REUTERS", "Thomson Reuters").' }),
    notReportedBy: t.string({ description: 'Only claims this outlet did not report: what it left out.' }),
  }),
});

export const ClaimOrderField = builder.enumType('ClaimOrderField', {
  description: 'What claim lists can be sorted by. Without orderBy, claims are in order of creation.',
  values: {
    REPORTS: { description: 'How many documents report it (reportCount); natural direction DESC, the most reported first.' },
    FIRST_REPORTED: { description: 'When it was first reported (undated claims sort as earliest); natural direction DESC, the newest first.' },
    LAST_REPORTED: { description: 'When it was last reported (undated claims sort as earliest); natural direction DESC, the latest first.' },
  },
});

export const ClaimOrder = builder.inputType('ClaimOrder', {
  description: 'How to sort claims. Ties keep order of creation (in the same direction), so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: ClaimOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, description: 'ASC or DESC; when omitted, the natural direction of the field (DESC).' }),
  }),
});

const claimListArgs = builder.args((t) => ({
  filter: t.field({ type: ClaimFilter, description: 'Statement filters (speaker, topic, kind, act, text, document, dates) and outlets.' }),
  orderBy: t.field({ type: ClaimOrder, description: 'Sort order; order of creation when omitted.' }),
}));

interface ClaimListArgs {
  filter?: (StatementFilterArgs & { reportedBy?: string | null; notReportedBy?: string | null }) | null;
  orderBy?: { field: Exclude<ClaimSortField, 'ID'>; direction?: SortDirection | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page of claims, filtered and sorted; `speakerId` narrows them to one entity's. */
async function listClaims(args: ClaimListArgs, context: Context, speakerId?: number) {
  const order = listOrder<ClaimSortField>(args.orderBy, () => 'DESC');
  const page = pageArgs(args, order);
  const statements = await statementQuery(args.filter, context.store);
  if (speakerId !== undefined) statements.speakerIds = statements.speakerIds ? statements.speakerIds.filter((id) => id === speakerId) : [speakerId];
  const query: ClaimQuery = {
    statements: Object.values(statements).some((value) => value !== undefined) ? statements : undefined,
    reportedBy: args.filter?.reportedBy ? canonicalOutlet(args.filter.reportedBy) : undefined,
    notReportedBy: args.filter?.notReportedBy ? canonicalOutlet(args.filter.notReportedBy) : undefined,
  };
  return toConnection(await context.store.listClaims(query, page, order), page, order, (row) => claimSortKey(row, order.field));
}

builder.objectFields(StatementRef, (t) => ({
  claim: t.loadable({
    type: ClaimRef,
    description: 'The claim this statement reports: with the other reports of the same words, their outlets, and who reported it first.',
    load: async (statementIds: number[], context) => {
      const claims = await context.store.claimsOfStatements(statementIds);
      return claims.map((claim, index) => claim ?? new Error(`statement ${statementIds[index]} has no claim`));
    },
    resolve: (row) => row.id,
  }),
}));

builder.interfaceFields(Entity, (t) => ({
  claims: t.connection(
    {
      type: ClaimRef,
      description: 'What it said, each claim once however many outlets reported it: `filter: { reportedBy: "Reuters", notReportedBy: "Yonhap" }` compares outlets; `orderBy: { field: REPORTS, direction: ASC }` puts the claims one outlet alone carried first.',
      args: claimListArgs,
      resolve: (row, args, context) => listClaims(args, context, row.id),
    },
    ClaimConnection,
  ),
}));

builder.queryFields((t) => ({
  claims: t.connection(
    {
      type: ClaimRef,
      description: 'One statement, many reports: claims filtered like `statements` and by outlet, sorted by how widely or when they were reported.',
      args: claimListArgs,
      resolve: (_root, args, context) => listClaims(args, context),
    },
    ClaimConnection,
  ),
}));
