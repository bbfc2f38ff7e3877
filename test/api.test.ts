import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import type { Store } from '../src/graph/store.js';
import { schema } from '../src/schema/index.js';
import { createServer, EXAMPLE_TABS } from '../src/server/server.js';
import { GOLD, query, SEEDS, serverOn } from './helpers.js';

/** A few gold fixtures besides the seed: enough for related entities, sorting and filters across documents. */
const FIXTURES = ['00-seed.txt', '01-diplomacy-iran-talks.txt', '10-defense-baltic-drone.txt', '14-latam-mercosur-summit.txt', '08-energy-opec.txt'];

async function fixtureStore(store: Store) {
  for (const name of FIXTURES) {
    const text = readFileSync(join(GOLD, name), 'utf8');
    await store.ingest({ text, path: `gold/${name}` }, extract(text));
  }
  return store;
}

let seeds: ReturnType<typeof createServer>;
let fixtures: ReturnType<typeof createServer>;
let fixtureMemory: Store;

beforeAll(async () => {
  ({ yoga: seeds } = await serverOn(SEEDS));
  fixtureMemory = await fixtureStore(SqliteStore.open(':memory:'));
  fixtures = createServer({ store: fixtureMemory });
});

const ok = async (yoga: ReturnType<typeof createServer>, source: string, variables?: Record<string, unknown>) => {
  const { status, body } = await query(yoga, source, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
};

describe('the GraphiQL examples', () => {
  it('each runs without errors on the seeds', async () => {
    expect(EXAMPLE_TABS.length).toBe(7);
    for (const tab of EXAMPLE_TABS) await ok(seeds, tab.query);
  });
});

describe('search', () => {
  it('finds entities by prefix, alias, case and accents, best first', async () => {
    const data = await ok(fixtures, `{
      kirb: search(query: "kirb", kinds: [PERSON, ORGANIZATION, COUNTRY], first: 3) { score node { __typename ... on Entity { name } } }
      dprk: search(query: "dprk", first: 1) { node { ... on Country { name code } } }
      accents: search(query: "SAO PAU", kinds: [PERSON, ORGANIZATION, COUNTRY], first: 2) { node { ... on Entity { name } } }
    }`);
    expect(data.kirb[0]).toEqual({ score: expect.any(Number), node: { __typename: 'Person', name: 'John Kirby' } });
    expect(data.dprk).toEqual([{ node: { name: 'North Korea', code: 'KP' } }]);
    expect(data).toMatchInlineSnapshot(`
      {
        "accents": [],
        "dprk": [
          {
            "node": {
              "code": "KP",
              "name": "North Korea",
            },
          },
        ],
        "kirb": [
          {
            "node": {
              "__typename": "Person",
              "name": "John Kirby",
            },
            "score": 0.659,
          },
        ],
      }
    `);
  });

  it('mixes entities, statements and documents by score', async () => {
    const data = await ok(seeds, `{ search(query: "north korea", first: 4) { node { __typename } } }`);
    expect(data.search.map((hit: any) => hit.node.__typename)).toMatchInlineSnapshot(`
      [
        "Country",
        "Statement",
        "Document",
        "Statement",
      ]
    `);
  });
});

describe('search: one ranking over every kind', () => {
  it('scores entities, statements and documents on one scale from 0 to 1, best first', async () => {
    const data = await ok(fixtures, `{ search(query: "north korea", first: 20) { score node { __typename ... on Entity { name } } } }`);
    const scores = data.search.map((hit: any) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(data.search[0]).toEqual({ score: expect.any(Number), node: { __typename: 'Country', name: 'North Korea' } });
    // The best of each text kind scores 0.5, documents included (not ~1e-6).
    const best = (typename: string) => Math.max(...data.search.filter((hit: any) => hit.node.__typename === typename).map((hit: any) => hit.score));
    expect([best('Statement'), best('Document')]).toEqual([0.5, 0.5]);
  });

  it('finds people by their role ("minister")', async () => {
    const data = await ok(fixtures, `{ search(query: "minister", kinds: [PERSON]) { score node { ... on Person { name roles } } } }`);
    expect(data.search.length).toBeGreaterThan(0);
    for (const hit of data.search) expect(hit.node.roles.join(' ')).toMatch(/minister/i);
    // A name filter still matches names only.
    const named = await ok(fixtures, `{ people(filter: { name: "minister" }) { totalCount } }`);
    expect(named.people.totalCount).toBe(0);
  });
});

describe('entities(name:): a name several entities carry says so', () => {
  it('lists every organization called "Foreign Ministry", the one entity(name:) gives first', async () => {
    const data = await ok(fixtures, `{
      entity(name: "Foreign Ministry") { name }
      entities(name: "Foreign Ministry") { __typename name ... on Organization { country { name } } }
    }`);
    expect(data.entities.length).toBeGreaterThan(1);
    expect(data.entities[0].name).toBe(data.entity.name);
    expect(new Set(data.entities.map((entity: any) => entity.country?.name)).size).toBe(data.entities.length);
    const single = await ok(fixtures, `{ entities(name: "Kirby") { name } nobody: entities(name: "Nobody At All") { name } }`);
    expect(single).toEqual({ entities: [{ name: 'John Kirby' }], nobody: [] });
  });
});

describe('offsets: UTF-16 code units, and code points beside them', () => {
  it('gives every span in code points too, which differ after an emoji', async () => {
    const text = 'Paris mayor speaks 🏙️\n2024-05-28\n\nThe city 🌉 bridge reopens. "We will rebuild 𝕏 every bridge," said the mayor of Paris, Anne Hidalgo, on Tuesday.\n';
    const store = new MemoryStore();
    await store.ingest({ text, path: 'emoji.txt' }, extract(text));
    const data = await ok(createServer({ store }), `{ documents { edges { node {
      statements { text start end startCodePoint endCodePoint }
      mentions { text start end startCodePoint endCodePoint }
    } } } }`);
    const { statements, mentions } = data.documents.edges[0].node;
    const codePoints = [...text];
    const spans = [...statements, ...mentions];
    expect(statements.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(codePoints.slice(span.startCodePoint, span.endCodePoint).join('')).toBe(span.text);
    }
    // Two astral characters (🏙, 🌉) come before the quote, and 𝕏 inside it: each is two UTF-16 units and one code point.
    const quote = statements.find((statement: any) => statement.text.includes('𝕏'));
    expect([quote.start - quote.startCodePoint, quote.end - quote.endCodePoint]).toEqual([2, 3]);
  });
});

describe('negated acts', () => {
  it('says which statements report an act as not done, and filters them in or out', async () => {
    const text = 'Ferry vote\n2024-05-28\n\nMayor Ada Lind did not mention Tom Holt in her ferry speech. Tom Holt praised the ferry plan.\n';
    const store = new MemoryStore();
    await store.ingest({ text, path: 'negated.txt' }, extract(text));
    const yoga = createServer({ store });
    const cues = async (filter: string) => (await ok(yoga, `{ statements(filter: ${filter}) { edges { node { act cue negated text speaker { name } } } } }`))
      .statements.edges.map((edge: any) => edge.node);
    expect(await cues('{}')).toEqual([
      { act: 'APPRAISAL', cue: 'did not mention', negated: true, text: 'Tom Holt', speaker: { name: 'Ada Lind' } },
      { act: 'APPRAISAL', cue: 'praised', negated: false, text: 'the ferry plan', speaker: { name: 'Tom Holt' } },
    ]);
    expect((await cues('{ negated: false }')).map((node: any) => node.cue)).toEqual(['praised']);
    expect((await cues('{ negated: true, acts: [APPRAISAL] }')).map((node: any) => node.cue)).toEqual(['did not mention']);
  });
});

describe('lists: filters, sorting, pages', () => {
  it('gives the most quoted people first', async () => {
    const data = await ok(fixtures, `{ people(first: 3, orderBy: { field: STATEMENTS }) { totalCount edges { node { name statementCount } } } }`);
    const counts = data.people.edges.map((edge: any) => edge.node.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data).toMatchInlineSnapshot(`
      {
        "people": {
          "edges": [
            {
              "node": {
                "name": "John Kirby",
                "statementCount": 13,
              },
            },
            {
              "node": {
                "name": "Luiz Carlos da Costa",
                "statementCount": 5,
              },
            },
            {
              "node": {
                "name": "Hendrik van der Meer",
                "statementCount": 4,
              },
            },
          ],
          "totalCount": 34,
        },
      }
    `);
  });

  it('pages through a sorted list with no duplicates and no gaps, whatever the order', async () => {
    /** Every id of the list, page after page of `size`, checking each page's total. */
    const collect = async (list: string, orderBy: string, size: number) => {
      const ids: string[] = [];
      let total = -1;
      let after: string | null = null;
      for (;;) {
        const page: any = (await ok(fixtures, `query($after: String) { ${list}(first: ${size}, after: $after, orderBy: ${orderBy}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after }))[list];
        if (total === -1) total = page.totalCount;
        expect(page.totalCount).toBe(total);
        ids.push(...page.edges.map((edge: any) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { ids, total };
    };
    for (const [list, orderBy] of [
      ['people', '{ field: MENTIONS }'], ['people', '{ field: NAME }'], ['organizations', '{ field: STATEMENTS, direction: ASC }'],
      ['countries', '{ field: NAME, direction: DESC }'], ['statements', '{ field: DATE }'], ['statements', '{ field: DOCUMENT, direction: DESC }'],
      ['documents', '{ field: PUBLISHED }'],
    ]) {
      const large = await collect(list, orderBy, 100);
      const small = await collect(list, orderBy, 4);
      expect(small.ids, `${list} ${orderBy}`).toEqual(large.ids);
      expect(new Set(small.ids).size).toBe(large.total);
    }
  });

  it('combines filters, with names given by alias', async () => {
    const data = await ok(seeds, `{
      statements(first: 2, filter: { speaker: "John Kirby", about: "DPRK", kind: DIRECT, text: "Russian", from: "2024-05", to: "2024-05-31" }) {
        totalCount edges { node { text speaker { name } } }
      }
      people(first: 5, filter: { organization: "NSC", country: "U.S." }) { edges { node { name } } }
      organizations(first: 3, filter: { name: "white" }) { edges { node { name country { code } } } }
      documents(filter: { from: "2024", text: "\\"arms deal\\"" }) { totalCount }
      none: documents(filter: { to: "1999" }) { totalCount }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "documents": {
          "totalCount": 1,
        },
        "none": {
          "totalCount": 0,
        },
        "organizations": {
          "edges": [
            {
              "node": {
                "country": {
                  "code": "US",
                },
                "name": "White House",
              },
            },
          ],
        },
        "people": {
          "edges": [
            {
              "node": {
                "name": "John Kirby",
              },
            },
          ],
        },
        "statements": {
          "edges": [
            {
              "node": {
                "speaker": {
                  "name": "John Kirby",
                },
                "text": "We are not seeing them provide any wholesale assistance to the Russian military, and we continue to urge North Korea not to do that",
              },
            },
            {
              "node": {
                "speaker": {
                  "name": "John Kirby",
                },
                "text": "We have not seen the DPRK provide major munitions to the Russian military. We have seen them provide some rockets and artillery ammunition to the Wagner Group. This was months ago",
              },
            },
          ],
          "totalCount": 2,
        },
      }
    `);
  });

  it('refuses bad arguments with clear GraphQL errors, not 500s', async () => {
    const cases = [
      '{ people(first: 1000) { totalCount } }',
      '{ people(orderBy: { field: POPULARITY }) { totalCount } }',
      '{ statements(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      '{ statements(filter: { from: "last week" }) { totalCount } }',
      '{ search(query: "kirby", first: 101) { score } }',
    ];
    const messages: string[] = [];
    for (const source of cases) {
      const { status, body } = await query(fixtures, source);
      expect(status).toBeLessThan(500);
      expect(body.errors).toHaveLength(1);
      messages.push(body.errors![0].message);
    }
    const { endCursor } = (await ok(fixtures, '{ people(first: 1, orderBy: { field: NAME }) { pageInfo { endCursor } } }')).people.pageInfo;
    const { body } = await query(fixtures, `{ people(first: 1, after: "${endCursor}", orderBy: { field: MENTIONS }) { totalCount } }`);
    messages.push(body.errors![0].message.replace(endCursor, '<cursor>'));
    expect(messages).toMatchInlineSnapshot(`
      [
        "first must be between 0 and 100, got 1000.",
        "Value "POPULARITY" does not exist in "EntityOrderField" enum.",
        "Invalid cursor "bm90LWEtY3Vyc29y": pass the endCursor or an edge cursor of a previous page of the same list.",
        "from "last week" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.",
        "first must be between 0 and 100, got 101.",
        "The cursor "<cursor>" was made for orderBy { field: NAME, direction: ASC }, not orderBy { field: MENTIONS, direction: DESC }: cursors are only valid in the order they came from.",
      ]
    `);
  });
});

describe('walking the graph', () => {
  it('from a person: statements, statements about, mentions, documents, related', async () => {
    const data = await ok(fixtures, `{
      entity(name: "Kirby") {
        name
        statements(first: 2, orderBy: { field: DATE }) { totalCount edges { node { text date } } }
        statementsAbout(first: 2) { totalCount }
        mentions(first: 3) { totalCount edges { node { text start end document { title } } } }
        documents(first: 2) { totalCount edges { node { title } } }
        related(first: 3) { weight statementCount documentCount entity { __typename name } statements(first: 1) { text } documents(first: 1) { title } }
      }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "entity": {
          "documents": {
            "edges": [
              {
                "node": {
                  "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                },
              },
            ],
            "totalCount": 1,
          },
          "mentions": {
            "edges": [
              {
                "node": {
                  "document": {
                    "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                  },
                  "end": 74,
                  "start": 69,
                  "text": "Kirby",
                },
              },
              {
                "node": {
                  "document": {
                    "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                  },
                  "end": 106,
                  "start": 96,
                  "text": "John Kirby",
                },
              },
              {
                "node": {
                  "document": {
                    "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                  },
                  "end": 655,
                  "start": 645,
                  "text": "John Kirby",
                },
              },
            ],
            "totalCount": 7,
          },
          "name": "John Kirby",
          "related": [
            {
              "documentCount": 1,
              "documents": [
                {
                  "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                },
              ],
              "entity": {
                "__typename": "Country",
                "name": "North Korea",
              },
              "statementCount": 10,
              "statements": [
                {
                  "text": "North Korea will face repercussions from the United States and other countries should it provide weapons to Russia that can kill innocent people in Ukraine",
                },
              ],
              "weight": 11,
            },
            {
              "documentCount": 1,
              "documents": [
                {
                  "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                },
              ],
              "entity": {
                "__typename": "Country",
                "name": "Russia",
              },
              "statementCount": 8,
              "statements": [
                {
                  "text": "North Korea will face repercussions from the United States and other countries should it provide weapons to Russia that can kill innocent people in Ukraine",
                },
              ],
              "weight": 9,
            },
            {
              "documentCount": 1,
              "documents": [
                {
                  "title": "N. Korea will face 'repercussions' if it provides weapons to Russia: Kirby",
                },
              ],
              "entity": {
                "__typename": "Country",
                "name": "United States",
              },
              "statementCount": 4,
              "statements": [
                {
                  "text": "North Korea will face repercussions from the United States and other countries should it provide weapons to Russia that can kill innocent people in Ukraine",
                },
              ],
              "weight": 5,
            },
          ],
          "statements": {
            "edges": [
              {
                "node": {
                  "date": null,
                  "text": "the North Korean leader",
                },
              },
              {
                "node": {
                  "date": null,
                  "text": "It's not clear to us exactly what benefits Mr. Kim was looking for. Could it be food or could it be advanced arms and technology from Russia. We just don't know",
                },
              },
            ],
            "totalCount": 13,
          },
          "statementsAbout": {
            "totalCount": 0,
          },
        },
      }
    `);
  });

  it('from a country to its people and organizations, and from an organization to its people', async () => {
    const data = await ok(fixtures, `{
      entity(name: "United States") {
        ... on Country {
          people(first: 3, orderBy: { field: STATEMENTS }) { totalCount edges { node { name } } }
          organizations(first: 3, orderBy: { field: NAME }) { totalCount edges { node { name } } }
        }
        related(kinds: [COUNTRY], first: 3) { weight entity { name } }
      }
      nsc: entity(name: "NSC") { ... on Organization { country { name } people { edges { node { name } } } } }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "entity": {
          "organizations": {
            "edges": [
              {
                "node": {
                  "name": "National Security Council",
                },
              },
              {
                "node": {
                  "name": "Pentagon",
                },
              },
              {
                "node": {
                  "name": "U.S. Treasury Department",
                },
              },
            ],
            "totalCount": 4,
          },
          "people": {
            "edges": [
              {
                "node": {
                  "name": "John Kirby",
                },
              },
            ],
            "totalCount": 1,
          },
          "related": [
            {
              "entity": {
                "name": "Russia",
              },
              "weight": 8,
            },
            {
              "entity": {
                "name": "North Korea",
              },
              "weight": 5,
            },
            {
              "entity": {
                "name": "Ukraine",
              },
              "weight": 2,
            },
          ],
        },
        "nsc": {
          "country": {
            "name": "United States",
          },
          "people": {
            "edges": [
              {
                "node": {
                  "name": "John Kirby",
                },
              },
            ],
          },
        },
      }
    `);
  });

  it('counts the graph', async () => {
    expect(await ok(seeds, '{ stats { documents people organizations countries statements mentions } }')).toMatchInlineSnapshot(`
      {
        "stats": {
          "countries": 42,
          "documents": 15,
          "mentions": 647,
          "organizations": 91,
          "people": 94,
          "statements": 270,
        },
      }
    `);
  });
});

describe('Relay', () => {
  it('gives null for unknown, deleted or mismatched IDs, and fetches several at once', async () => {
    const { people } = await ok(fixtures, '{ people(first: 1) { edges { node { id name } } } }');
    const person = people.edges[0].node;
    const unknown = Buffer.from('Person:999999').toString('base64');
    const wrongKind = Buffer.from(`Country:${Buffer.from(person.id, 'base64').toString().split(':')[1]}`).toString('base64');
    const data = await ok(fixtures, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name } } }`, { ids: [person.id, unknown, wrongKind] });
    expect(data.nodes).toEqual([person, null, null]);
    expect(await ok(fixtures, `{ node(id: "${unknown}") { id } }`)).toEqual({ node: null });
  });
});

describe('batching', () => {
  it('loads a page of 50 statements with speakers, about-entities and documents in a constant number of store calls', async () => {
    const store = await fixtureStore(new MemoryStore());
    const calls: Record<string, number> = {};
    const counting = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls[String(property)] = (calls[String(property)] ?? 0) + 1;
          return value.apply(target, args);
        };
      },
    });
    // No polling for other writers during the test; the server's start-up read is not the query's.
    const yoga = createServer({ store: counting, pollMs: 3_600_000 });
    await new Promise((resolve) => setImmediate(resolve));
    for (const property of Object.keys(calls)) delete calls[property];
    const data = await ok(yoga, `{ statements(first: 50) { edges { node { text speaker { name ... on Person { country { name } } } about { name } document { title } } } } }`);
    expect(data.statements.edges).toHaveLength(50);
    expect(calls).toEqual({ listStatements: 1, entitiesByIds: 2, documentsByIds: 1 });
  });
});

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, enum value and input field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type)) getNamedType(type);
    }
    expect(missing).toEqual([]);
  });
});
