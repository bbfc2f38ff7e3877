import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server/server.js';
import { query, serverOn } from './helpers.js';

const CLAIMS = fileURLToPath(new URL('./fixtures/claims', import.meta.url));
let yoga: ReturnType<typeof createServer>;

beforeAll(async () => {
  ({ yoga } = await serverOn(CLAIMS));
});

const ok = async (source: string, variables?: Record<string, unknown>) => {
  const { status, body } = await query(yoga, source, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
};

describe('claims over GraphQL (the claims corpus)', () => {
  it('says who reported a claim first, and how each outlet worded it', async () => {
    const data = await ok(`{
      entity(name: "David Hollis") {
        claims(first: 1, orderBy: { field: REPORTS }) {
          edges { node { text kind reportCount outlets firstReported lastReported
            statements(first: 10) { edges { node { kind text document { source publishedAt } } } } } }
        }
      }
    }`);
    expect(data.entity.claims.edges[0].node).toMatchInlineSnapshot(`
      {
        "firstReported": "2025-07-08T18:40:00",
        "kind": "DIRECT",
        "lastReported": "2025-07-09T09:00:00",
        "outlets": [
          "Reuters",
          "Associated Press",
          "Yonhap",
          "The Korea Herald",
        ],
        "reportCount": 4,
        "statements": {
          "edges": [
            {
              "node": {
                "document": {
                  "publishedAt": "2025-07-08T18:40:00",
                  "source": "Reuters",
                },
                "kind": "DIRECT",
                "text": "North Korea will pay a price if it sends more troops to Russia",
              },
            },
            {
              "node": {
                "document": {
                  "publishedAt": "2025-07-08T19:15:00",
                  "source": "Associated Press",
                },
                "kind": "MIXED",
                "text": "North Korea would “pay a price” if it sent more troops to Russia",
              },
            },
            {
              "node": {
                "document": {
                  "publishedAt": "2025-07-09T07:30:00",
                  "source": "Yonhap",
                },
                "kind": "INDIRECT",
                "text": "North Korea will pay a price if it sends more troops to Russia",
              },
            },
            {
              "node": {
                "document": {
                  "publishedAt": "2025-07-09T07:30:00",
                  "source": "Yonhap",
                },
                "kind": "DIRECT",
                "text": "North Korea will pay a price if it sends more troops to Russia",
              },
            },
            {
              "node": {
                "document": {
                  "publishedAt": "2025-07-09T09:00:00",
                  "source": "The Korea Herald",
                },
                "kind": "INDIRECT",
                "text": "North Korea will pay a price if it sends more troops to Russia",
              },
            },
          ],
        },
        "text": "North Korea will pay a price if it sends more troops to Russia",
      }
    `);
  });

  it('pages a claim\'s reports in order of publication', async () => {
    const page = async (after: string | null) => (await ok(`query ($after: String) {
      entity(name: "Ana Ribeiro") { claims(first: 1, orderBy: { field: REPORTS }) { edges { node { statements(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { document { publishedAt } } } } } } } }
    }`, { after })).entity.claims.edges[0].node.statements;
    const dates: string[] = [];
    let after: string | null = null;
    for (;;) {
      const statements = await page(after);
      dates.push(...statements.edges.map((edge: { node: { document: { publishedAt: string } } }) => edge.node.document.publishedAt));
      if (!statements.pageInfo.hasNextPage) {
        expect(dates).toHaveLength(statements.totalCount);
        break;
      }
      after = statements.pageInfo.endCursor;
    }
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect([...dates].sort()).toEqual(dates);
  });

  it('leads from a statement to its claim, and back by global ID', async () => {
    const data = await ok(`{ statements(first: 1, filter: { speaker: "Kenji Watanabe", kind: DIRECT }) { edges { node { claim { id reportCount } } } } }`);
    const claim = data.statements.edges[0].node.claim;
    expect(claim.reportCount).toBeGreaterThanOrEqual(4);
    const again = await ok(`query ($id: ID!) { node(id: $id) { __typename ... on Claim { reportCount outlets } } }`, { id: claim.id });
    expect(again.node).toMatchObject({ __typename: 'Claim', reportCount: claim.reportCount });
  });

  it('compares outlets: what one carried and another left out, any spelling of a known outlet', async () => {
    const data = await ok(`{
      reuters: claims(first: 50, filter: { reportedBy: "THOMSON REUTERS" }) { totalCount edges { node { outlets } } }
      notReuters: claims(first: 50, filter: { reportedBy: "AFP", notReportedBy: "Reuters" }) { totalCount edges { node { outlets } } }
      all: claims(first: 0) { totalCount }
    }`);
    expect(data.reuters.totalCount).toBeGreaterThan(5);
    for (const edge of data.reuters.edges) expect(edge.node.outlets).toContain('Reuters');
    for (const edge of data.notReuters.edges) expect(edge.node.outlets).toEqual(expect.arrayContaining(['AFP']));
    for (const edge of data.notReuters.edges) expect(edge.node.outlets).not.toContain('Reuters');
    expect(data.reuters.totalCount + data.notReuters.totalCount).toBeLessThanOrEqual(data.all.totalCount);
  });

  it('keeps two speakers of one slogan apart', async () => {
    const data = await ok(`{ claims(first: 10, filter: { text: "\\"one step back\\"" }, orderBy: { field: REPORTS }) { edges { node { speaker { name } reportCount } } } }`);
    expect(data.claims.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { speaker: { name: 'Frank Dolan' }, reportCount: 3 },
      { speaker: { name: 'Claire Morel' }, reportCount: 2 },
    ]);
  });

  it('refuses a page too large and a cursor of another order, with clear messages', async () => {
    const big = await query(yoga, '{ claims(first: 101) { totalCount } }');
    expect(big.body.errors?.[0].message).toBe('first must be between 0 and 100, got 101.');
    const first = await ok('{ claims(first: 1, orderBy: { field: REPORTS }) { pageInfo { endCursor } } }');
    const wrong = await query(yoga, `{ claims(first: 1, after: "${first.claims.pageInfo.endCursor}") { totalCount } }`);
    expect(wrong.body.errors?.[0].message).toMatch(/was made for orderBy \{ field: REPORTS, direction: DESC \}, not the default order/);
  });
});
