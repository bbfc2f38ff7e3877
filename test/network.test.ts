import { beforeAll, describe, expect, it } from 'vitest';
import { GOLD, query, serverOn } from './helpers.js';

type Yoga = Awaited<ReturnType<typeof serverOn>>['yoga'];

const NETWORK = `query ($name: String!, $filter: NetworkFilter, $maxNodes: Int) { entity(name: $name) { network(filter: $filter, maxNodes: $maxNodes) {
  statementsRead statementsMatched nodesBeforeCap
  nodes { entity { name } spoke spokenAbout statementCount }
  edges { speaker { name } about { name } statementCount firstDate lastDate statements(first: 20) { date speaker { name } about { name } } } } } }`;

describe('Entity.network and Entity.timeline', () => {
  let yoga: Yoga;
  beforeAll(async () => {
    yoga = (await serverOn(GOLD)).yoga;
  });

  it('draws John Kirby → North Korea with as many statements as the statements list finds', async () => {
    const { body } = await query(yoga, NETWORK, { name: 'John Kirby' });
    const listed = await query(yoga, '{ statements(first: 0, filter: { speaker: "John Kirby", about: "North Korea" }) { totalCount } }');
    const edge = body.data.entity.network.edges.find((candidate: any) => candidate.speaker.name === 'John Kirby' && candidate.about.name === 'North Korea');
    expect(edge.statementCount).toBe(listed.body.data.statements.totalCount);
    expect(edge.statements).toHaveLength(edge.statementCount);
    for (const statement of edge.statements) expect([statement.speaker.name, statement.about.some((about: any) => about.name === 'North Korea')]).toEqual(['John Kirby', true]);
    expect(body.data.entity.network.nodes[0].entity.name).toBe('John Kirby');
  });

  it('counts on each node the statements of the drawn edges', async () => {
    const { network } = (await query(yoga, NETWORK, { name: 'John Kirby' })).body.data.entity;
    for (const node of network.nodes) {
      const spoke = network.edges.filter((edge: any) => edge.speaker.name === node.entity.name).reduce((sum: number, edge: any) => sum + edge.statementCount, 0);
      expect([node.entity.name, node.spoke, node.statementCount]).toEqual([node.entity.name, spoke, node.spoke + node.spokenAbout]);
    }
  });

  it('keeps the heavier edges with minStatements, and says what a cap on nodes left out', async () => {
    const heavy = (await query(yoga, NETWORK, { name: 'John Kirby', filter: { minStatements: 5 } })).body.data.entity.network;
    expect(heavy.edges.map((edge: any) => edge.about.name).sort()).toEqual(['North Korea', 'Russia']);
    const capped = (await query(yoga, NETWORK, { name: 'John Kirby', maxNodes: 3 })).body.data.entity.network;
    expect(capped.nodes.map((node: any) => node.entity.name)).toEqual(['John Kirby', 'North Korea', 'Russia']);
    expect(capped.nodesBeforeCap).toBeGreaterThan(3);
  });

  it('filters by date: nothing before the articles were written', async () => {
    const early = (await query(yoga, NETWORK, { name: 'John Kirby', filter: { to: '2020' } })).body.data.entity.network;
    expect([early.edges.length, early.statementsMatched]).toEqual([0, 0]);
  });

  it('counts statements per month by topic, the biggest series first', async () => {
    const { body } = await query(yoga, '{ entity(name: "John Kirby") { timeline(by: TOPIC) { months undated series { entity { name } counts total } } } }');
    const { months, series } = body.data.entity.timeline;
    expect(months).toEqual(['2024-05']);
    expect(series[0].entity.name).toBe('North Korea');
    for (const line of series) expect(line.counts.reduce((a: number, b: number) => a + b, 0)).toBe(line.total);
  });

  it('refuses arguments out of range with a message saying what to pass', async () => {
    const { body } = await query(yoga, '{ entity(name: "Kirby") { network(maxNodes: 0) { statementsRead } } }');
    expect(body.errors?.[0].message).toBe('maxNodes 0 is out of range: pass 1 to 300.');
    const min = await query(yoga, '{ entity(name: "Kirby") { network(filter: { minStatements: 0 }) { statementsRead } } }');
    expect(min.body.errors?.[0].message).toContain('minStatements 0 is below 1');
  });
});
