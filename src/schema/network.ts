import { GraphQLError } from 'graphql';
import { buildNetwork, NETWORK_LIMITS, type NetworkEdge, type NetworkFilter, type Network, type NetworkNode } from '../graph/network.js';
import { buildTimeline, type Timeline, type TimelineSeries } from '../graph/timeline.js';
import type { EntityKind, StatementAct, StatementKind } from '../graph/types.js';
import { builder } from './builder.js';
import { Entity, EntityKindEnum } from './entity.js';
import { checkDate, pageSize } from './pagination.js';
import { StatementRef } from './refs.js';
import { StatementActEnum, StatementKindEnum } from './statement.js';

/**
 * Aggregates for pictures of the graph: who talks about whom around an entity (a network of
 * weighted, dated edges) and how much per month (a timeline). Computed by src/graph/network.ts
 * and timeline.ts, the same code the exports use.
 */

const { maxNodes: MAX_NETWORK_NODES, defaultNodes: DEFAULT_NETWORK_NODES, maxStatements: MAX_STATEMENTS_READ } = NETWORK_LIMITS;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const NetworkFilterInput = builder.inputType('NetworkFilter', {
  description: 'Narrows the statements a network or timeline is drawn from; all given fields must hold.',
  fields: (t) => ({
    from: t.string({ description: 'On or after this date (YYYY, YYYY-MM or YYYY-MM-DD), dated like StatementFilter.from.' }),
    to: t.string({ description: 'On or before this date, inclusive: "2024-05" takes all of May.' }),
    acts: t.field({ type: [StatementActEnum], description: 'Only statements of these acts; every act when absent.' }),
    kind: t.field({ type: StatementKindEnum, description: 'Only statements of this kind (DIRECT, INDIRECT, MIXED).' }),
    entityKinds: t.field({ type: [EntityKindEnum], description: 'Only nodes of these kinds (the centre always stays); every kind when absent.' }),
    minStatements: t.int({ description: 'Leave out edges carried by fewer statements (default 1). Ignored by timelines.' }),
  }),
});

interface NetworkFilterArgs {
  from?: string | null;
  to?: string | null;
  acts?: StatementAct[] | null;
  kind?: StatementKind | null;
  entityKinds?: EntityKind[] | null;
  minStatements?: number | null;
}

function networkFilter(args: NetworkFilterArgs | null | undefined): NetworkFilter {
  const min = args?.minStatements ?? 1;
  if (min < 1) throw badInput(`minStatements ${min} is below 1: pass 1 for every edge, or more to keep only the heavier ones.`);
  return {
    from: checkDate(args?.from, 'from'),
    to: checkDate(args?.to, 'to'),
    acts: args?.acts ?? undefined,
    kind: args?.kind ?? undefined,
    entityKinds: args?.entityKinds ?? undefined,
    minStatements: min,
  };
}

const NetworkNodeRef = builder.objectRef<NetworkNode>('NetworkNode').implement({
  description: 'An entity of a network, with how much it speaks and is spoken about in it.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The person, organization or country.', resolve: (node) => node.entity }),
    spoke: t.exposeInt('spoke', { description: 'Statements of the drawn edges it made.' }),
    spokenAbout: t.exposeInt('spokenAbout', { description: 'Statements of the drawn edges about it.' }),
    statementCount: t.int({ description: 'spoke + spokenAbout: what a picture sizes the node by.', resolve: (node) => node.spoke + node.spokenAbout }),
  }),
});

const NetworkEdgeRef = builder.objectRef<NetworkEdge>('NetworkEdge').implement({
  description: 'A speaker talking about an entity: the statements that carry it, counted and dated.',
  fields: (t) => ({
    speaker: t.field({ type: Entity, description: 'Who spoke.', resolve: (edge) => edge.speakerId }),
    about: t.field({ type: Entity, description: 'Whom or what the statements are about.', resolve: (edge) => edge.aboutId }),
    statementCount: t.int({ description: 'How many statements carry the edge: its weight.', resolve: (edge) => edge.statements.length }),
    firstDate: t.exposeString('firstDate', { nullable: true, description: 'Date of the earliest dated statement (YYYY-MM-DD, YYYY-MM or YYYY); null when none is dated.' }),
    lastDate: t.exposeString('lastDate', { nullable: true, description: 'Date of the latest dated statement; null when none is dated.' }),
    statements: t.field({
      type: [StatementRef],
      description: 'The statements, newest first.',
      args: { first: t.arg.int({ description: 'How many (default 20, at most 100).' }) },
      resolve: (edge, args) => edge.statements.slice(0, pageSize(args.first)).map((statement) => statement.id),
    }),
  }),
});

const NetworkRef = builder.objectRef<Network>('Network').implement({
  description: 'Who talks about whom around an entity: speakers and the entities their statements are about, as nodes and weighted, dated edges (speaker → topic). Big entities are drawn from their latest statements; `statementsRead` < `statementsMatched` says so.',
  fields: (t) => ({
    nodes: t.field({ type: [NetworkNodeRef], description: 'The entities, the centre first when it has edges.', resolve: (network) => network.nodes }),
    edges: t.field({ type: [NetworkEdgeRef], description: 'Speaker → topic edges, heaviest first.', resolve: (network) => network.edges }),
    statementsRead: t.exposeInt('statementsRead', { description: `Statements read to draw it (at most ${MAX_STATEMENTS_READ}, the latest).` }),
    statementsMatched: t.exposeInt('statementsMatched', { description: 'Statements by or about the centre that match the filter, in all.' }),
    nodesBeforeCap: t.exposeInt('nodesBeforeCap', { description: 'Nodes there were before `maxNodes` kept the most connected.' }),
  }),
});

const TimelineSplitEnum = builder.enumType('TimelineSplit', {
  description: 'How a timeline splits an entity\'s statements into series.',
  values: {
    SPEAKER: { description: 'Who talked about the entity: statements about it, one series per speaker.' },
    TOPIC: { description: 'What the entity talked about: its own statements, one series per entity they are about.' },
  },
});

const TimelineSeriesRef = builder.objectRef<TimelineSeries>('TimelineSeries').implement({
  description: 'Statements per month of one speaker or topic.',
  fields: (t) => ({
    entity: t.field({ type: Entity, nullable: true, description: 'The speaker or topic; null for the series gathering all the others (and, by TOPIC, statements about nobody else).', resolve: (series) => series.entityId }),
    counts: t.exposeIntList('counts', { description: 'Statements per month, aligned with Timeline.months.' }),
    total: t.exposeInt('total', { description: 'Statements in the series.' }),
  }),
});

const TimelineRef = builder.objectRef<Timeline>('Timeline').implement({
  description: 'Statements per month around an entity, in series.',
  fields: (t) => ({
    months: t.exposeStringList('months', { description: 'Every month from the first dated statement to the last (YYYY-MM).' }),
    series: t.field({ type: [TimelineSeriesRef], description: 'The biggest series first, then the others folded into one.', resolve: (timeline) => timeline.series }),
    undated: t.exposeInt('undated', { description: 'Statements left out for want of a month (no date, or a year only).' }),
    statementsRead: t.exposeInt('statementsRead', { description: `Statements read (at most ${MAX_STATEMENTS_READ}, the latest).` }),
    statementsMatched: t.exposeInt('statementsMatched', { description: 'Statements that match, in all.' }),
  }),
});

builder.interfaceFields(Entity, (t) => ({
  network: t.field({
    type: NetworkRef,
    description: 'Who talks about whom around this entity, from the statements that involve it: what it said about others, who spoke about it, and the other entities those statements are about.',
    args: {
      filter: t.arg({ type: NetworkFilterInput, description: 'Date, act, kind, node-kind and weight filters.' }),
      maxNodes: t.arg.int({ description: `Most nodes drawn, the most connected kept (default ${DEFAULT_NETWORK_NODES}, at most ${MAX_NETWORK_NODES}).` }),
    },
    resolve: (row, args, context) => {
      const maxNodes = args.maxNodes ?? DEFAULT_NETWORK_NODES;
      if (maxNodes < 1 || maxNodes > MAX_NETWORK_NODES) throw badInput(`maxNodes ${maxNodes} is out of range: pass 1 to ${MAX_NETWORK_NODES}.`);
      return buildNetwork(context.store, { ...networkFilter(args.filter), centreId: row.id, maxNodes, maxStatements: MAX_STATEMENTS_READ });
    },
  }),
  timeline: t.field({
    type: TimelineRef,
    description: 'Statements per month around this entity: who talked about it (by SPEAKER) or what it talked about (by TOPIC).',
    args: {
      by: t.arg({ type: TimelineSplitEnum, required: true, description: 'SPEAKER or TOPIC.' }),
      filter: t.arg({ type: NetworkFilterInput, description: 'Date, act and kind filters.' }),
      series: t.arg.int({ description: 'Series kept, the biggest; the rest fold into one (default 6, at most 20).' }),
    },
    resolve: (row, args, context) => {
      const maxSeries = args.series ?? 6;
      if (maxSeries < 1 || maxSeries > 20) throw badInput(`series ${maxSeries} is out of range: pass 1 to 20.`);
      return buildTimeline(context.store, { ...networkFilter(args.filter), entityId: row.id, split: args.by, maxSeries, maxStatements: MAX_STATEMENTS_READ });
    },
  }),
}));
