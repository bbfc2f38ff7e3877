import { beforeAll, describe, expect, it } from 'vitest';
import { query, SEED_ARTICLE, serverOn } from './helpers.js';

let yoga: Awaited<ReturnType<typeof serverOn>>['yoga'];

beforeAll(async () => {
  ({ yoga } = await serverOn([SEED_ARTICLE]));
});

describe('GraphQL over the seed article', () => {
  it('answers who said what about North Korea with statements by John Kirby', async () => {
    const { body } = await query(yoga, `{
      statements(first: 3, filter: { about: "North Korea" }) {
        totalCount
        edges { node { kind cue text speaker { name } speakerMention { text start end } about { name } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.statements.totalCount).toBeGreaterThanOrEqual(8);
    expect(body.data).toMatchInlineSnapshot(`
      {
        "statements": {
          "edges": [
            {
              "node": {
                "about": [
                  {
                    "name": "North Korea",
                  },
                  {
                    "name": "United States",
                  },
                  {
                    "name": "Russia",
                  },
                  {
                    "name": "Ukraine",
                  },
                ],
                "cue": "said",
                "kind": "INDIRECT",
                "speaker": {
                  "name": "John Kirby",
                },
                "speakerMention": {
                  "end": 627,
                  "start": 605,
                  "text": "a White House official",
                },
                "text": "North Korea will face repercussions from the United States and other countries should it provide weapons to Russia that can kill innocent people in Ukraine",
              },
            },
            {
              "node": {
                "about": [
                  {
                    "name": "North Korea",
                  },
                  {
                    "name": "Russia",
                  },
                ],
                "cue": "called on",
                "kind": "INDIRECT",
                "speaker": {
                  "name": "John Kirby",
                },
                "speakerMention": {
                  "end": 655,
                  "start": 645,
                  "text": "John Kirby",
                },
                "text": "North Korea to stop its negotiations with Russia for a potential arms deal",
              },
            },
            {
              "node": {
                "about": [
                  {
                    "name": "Russia",
                  },
                  {
                    "name": "North Korea",
                  },
                ],
                "cue": "said",
                "kind": "DIRECT",
                "speaker": {
                  "name": "John Kirby",
                },
                "speakerMention": {
                  "end": 974,
                  "start": 958,
                  "text": "the NSC official",
                },
                "text": "We are not seeing them provide any wholesale assistance to the Russian military, and we continue to urge North Korea not to do that",
              },
            },
          ],
          "totalCount": 13,
        },
      }
    `);
  });

  it('resolves an alias to its canonical entity: "DPRK" is North Korea', async () => {
    const { body } = await query(yoga, `{ entity(name: "dprk") { __typename name aliases ... on Country { code } } }`);
    expect(body.data).toMatchInlineSnapshot(`
      {
        "entity": {
          "__typename": "Country",
          "aliases": [
            "the North",
            "DPRK",
            "Democratic People's Republic of Korea",
            "Pyongyang",
          ],
          "code": "KP",
          "name": "North Korea",
        },
      }
    `);
  });

  it('gives John Kirby his role, organizations and country', async () => {
    const { body } = await query(yoga, `{ entity(name: "Kirby") { name aliases ... on Person { roles organizations { name country { name } } country { name code } } } }`);
    expect(body.data).toMatchInlineSnapshot(`
      {
        "entity": {
          "aliases": [
            "Kirby",
          ],
          "country": {
            "code": "US",
            "name": "United States",
          },
          "name": "John Kirby",
          "organizations": [
            {
              "country": {
                "name": "United States",
              },
              "name": "National Security Council",
            },
            {
              "country": {
                "name": "United States",
              },
              "name": "White House",
            },
          ],
          "roles": [
            "coordinator for strategic communications",
          ],
        },
      }
    `);
  });

  it('lists the people of the seed, each once', async () => {
    const { body } = await query(yoga, `{ people(first: 20) { totalCount edges { node { name roles country { name } } } } }`);
    expect(body.data).toMatchInlineSnapshot(`
      {
        "people": {
          "edges": [
            {
              "node": {
                "country": {
                  "name": "United States",
                },
                "name": "John Kirby",
                "roles": [
                  "coordinator for strategic communications",
                ],
              },
            },
            {
              "node": {
                "country": null,
                "name": "Jake Sullivan",
                "roles": [
                  "National Security Advisor",
                ],
              },
            },
            {
              "node": {
                "country": {
                  "name": "North Korea",
                },
                "name": "Kim Jong-un",
                "roles": [
                  "leader",
                ],
              },
            },
            {
              "node": {
                "country": {
                  "name": "Russia",
                },
                "name": "Vladimir Putin",
                "roles": [
                  "President",
                ],
              },
            },
            {
              "node": {
                "country": {
                  "name": "Russia",
                },
                "name": "Sergei Shoigu",
                "roles": [
                  "Defense Minister",
                ],
              },
            },
            {
              "node": {
                "country": {
                  "name": "China",
                },
                "name": "Li Hongzhong",
                "roles": [
                  "politburo member",
                ],
              },
            },
          ],
          "totalCount": 6,
        },
      }
    `);
  });

  it('describes unnamed sources without attaching them to anyone', async () => {
    const { body } = await query(yoga, `{ statements(first: 50) { edges { node { speaker { name } speakerDescription text } } } }`);
    const unnamed = body.data.statements.edges.map((edge: any) => edge.node).filter((node: any) => node.speaker === null);
    expect(unnamed).toMatchInlineSnapshot(`
      [
        {
          "speaker": null,
          "speakerDescription": "U.S. officials",
          "text": "Shoigu's visit had been followed by a trip of some 20 Russian officials to the North Korean capital, indicating what they called "active" negotiations between the two countries for an arms deal",
        },
      ]
    `);
  });

  it('keeps the evidence of every relation: Kirby\'s role, organization and country, each with its span', async () => {
    const { body } = await query(yoga, `{ entity(name: "Kirby") { evidence { relation role target { name } text start end document { text } } } }`);
    const evidence = body.data.entity.evidence;
    for (const item of evidence) expect(item.document.text.slice(item.start, item.end)).toBe(item.text);
    const brief = evidence.map(({ relation, role, target, text }: any) => ({ relation, role, target: target?.name ?? null, text }));
    expect(brief).toContainEqual({ relation: 'ROLE', role: 'coordinator for strategic communications', target: null, text: 'coordinator for strategic communications' });
    expect(brief).toContainEqual(expect.objectContaining({ relation: 'ORGANIZATION', target: 'National Security Council' }));
    expect(brief).toContainEqual(expect.objectContaining({ relation: 'ORGANIZATION', target: 'White House', text: 'White House' }));
  });

  it('gives an unnamed source the country its description names', async () => {
    const { body } = await query(yoga, `{ statements(first: 50) { edges { node { speaker { name } speakerDescription speakerAffiliation { name } } } } }`);
    const officials = body.data.statements.edges.map((edge: any) => edge.node).find((node: any) => node.speakerDescription === 'U.S. officials');
    expect(officials).toEqual({ speaker: null, speakerDescription: 'U.S. officials', speakerAffiliation: { name: 'United States' } });
  });

  it('keeps evidence: every statement text is its span of the document text', async () => {
    const { body } = await query(yoga, `{ documents(first: 5) { edges { node { text statements { text start end speakerMention { text start end } } } } } }`);
    const [document] = body.data.documents.edges.map((edge: any) => edge.node);
    expect(document.statements.length).toBeGreaterThan(10);
    for (const statement of document.statements) expect(document.text.slice(statement.start, statement.end)).toBe(statement.text);
    // A statement with no source ("was said to have …") has no speaker mention to check.
    const attributed = document.statements.filter((statement: any) => statement.speakerMention);
    expect(attributed.length).toBeGreaterThan(10);
    for (const { speakerMention } of attributed) expect(document.text.slice(speakerMention.start, speakerMention.end)).toBe(speakerMention.text);
  });

  it('pages through statements without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const { body } = await query(yoga, `query($after: String) { statements(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      total = body.data.statements.totalCount;
      seen.push(...body.data.statements.edges.map((edge: any) => edge.node.id));
      if (!body.data.statements.pageInfo.hasNextPage) break;
      after = body.data.statements.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('fetches any object back by its global ID', async () => {
    const { body } = await query(yoga, `{ people(first: 1) { edges { node { id name } } } }`);
    const person = body.data.people.edges[0].node;
    const { body: again } = await query(yoga, `query($id: ID!) { node(id: $id) { id ... on Person { name } } }`, { id: person.id });
    expect(again.data.node).toEqual(person);
  });

  it('refuses a page larger than the cap with a clear error', async () => {
    const { status, body } = await query(yoga, `{ statements(first: 1000) { totalCount } }`);
    expect(status).toBe(200);
    expect(body.errors?.[0].message).toBe('first must be between 0 and 100, got 1000.');
  });

  it('refuses a malformed cursor with a clear error', async () => {
    const { body } = await query(yoga, `{ people(first: 2, after: "not-a-cursor") { totalCount } }`);
    expect(body.errors?.[0].message).toMatch(/^Invalid cursor "not-a-cursor"/);
  });

  it('answers /health', async () => {
    const response = await yoga.fetch('http://whosaid/health');
    expect(response.status).toBe(200);
  });

  it('serves GraphiQL with its assets inlined (no CDN)', async () => {
    const response = await yoga.fetch('http://whosaid/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<title>whosaid</title>');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toMatch(/<link[^>]+href="https?:\/\//);
  });
});
