import { filter, pipe } from 'graphql-yoga';
import type { Store } from '../graph/store.js';
import { matchesStatementQuery } from '../graph/statement-query.js';
import type { StatementKind, StatementQuery } from '../graph/types.js';
import { builder } from './builder.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';
import { Entity } from './entity.js';
import { pageArgs, toConnection } from './pagination.js';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the content is reported.',
  values: {
    DIRECT: { description: 'The words inside quote marks.' },
    INDIRECT: { description: 'Reported speech, a paraphrase without quote marks.' },
    MIXED: { description: 'A paraphrase that carries a quoted fragment.' },
  },
});

StatementRef.implement({
  description: 'Content attributed to a source: who said what, about whom, where in which document.',
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum, description: 'DIRECT, INDIRECT or MIXED.', resolve: (row) => row.kind }),
    text: t.exposeString('text', { description: 'The content without its outer quote marks: document.text.slice(start, end).' }),
    start: t.exposeInt('start', { description: 'Start offset of the content in Document.text.' }),
    end: t.exposeInt('end', { description: 'End offset (exclusive) of the content in Document.text.' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The attribution as written: "said", "told", "has hinted at", "according to".' }),
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
    about: t.field({ type: [Entity], description: 'Entities the content refers to, resolved to canonical entities; never the speaker.', resolve: (row) => row.aboutIds }),
    date: t.exposeString('date', { nullable: true, description: 'When it was said, if the text says ("said Wednesday"), resolved against the publication date: YYYY-MM-DD (or YYYY-MM / YYYY).' }),
    sentence: t.string({ description: 'The sentence (or quoted passage) the statement was read from: its evidence.', resolve: (row) => row.sentence.text }),
    document: t.field({ type: DocumentRef, description: 'The document it was found in.', resolve: (row) => row.documentId }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows statements; all given fields must hold.',
  fields: (t) => ({
    speaker: t.string({ description: 'Speaker name or alias ("Kirby", "DPRK").' }),
    about: t.string({ description: 'Name or alias of an entity the statement is about.' }),
    kind: t.field({ type: StatementKindEnum, description: 'Only statements of this kind.' }),
  }),
});

interface StatementFilterArgs {
  speaker?: string | null;
  about?: string | null;
  kind?: StatementKind | null;
}

/** The store query a filter means now: names resolve to the entities that carry them. */
async function statementQuery(filter: StatementFilterArgs | null | undefined, store: Store): Promise<StatementQuery> {
  const ids = async (name: string | null | undefined) => (name ? (await store.findEntities(name)).map((row) => row.id) : undefined);
  return { speakerIds: await ids(filter?.speaker), aboutIds: await ids(filter?.about), kind: filter?.kind ?? undefined };
}

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: StatementRef,
      description: 'Who said what about whom: a page of statements, in document order.',
      args: { filter: t.arg({ type: StatementFilter, description: 'Speaker, topic and kind filters.' }) },
      resolve: async (_root, args, context) => {
        const page = pageArgs(args);
        return toConnection(await context.store.listStatements(await statementQuery(args.filter, context.store), page), page);
      },
    },
    { name: 'StatementConnection' },
    { name: 'StatementEdge' },
  ),
}));

builder.subscriptionType({ description: 'Live updates over Server-Sent Events (send `Accept: text/event-stream`) or any transport Yoga speaks.' });

builder.subscriptionFields((t) => ({
  statementAdded: t.field({
    type: StatementRef,
    description: 'Each new statement as its document is stored through this server (ingestDocument), filtered like `statements`.',
    args: { filter: t.arg({ type: StatementFilter, description: 'Only statements by this speaker, about this entity, of this kind.' }) },
    subscribe: (_root, args, context) =>
      pipe(
        context.events.subscribe('statementAdded'),
        // Names are resolved per statement: an entity the filter names may only appear with this very document.
        filter(async (statement) => matchesStatementQuery(statement, await statementQuery(args.filter, context.store))),
      ),
    resolve: (statement) => statement,
  }),
}));
