import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, SEED_ARTICLE, serverOn } from './helpers.js';

let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  // The protocol, not the graph, is audited: one article is enough.
  const { yoga } = await serverOn([SEED_ARTICLE]);
  server = await listen(yoga);
});
afterAll(() => server.stop());

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  for (const audit of serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').not.toBe('error');
    });
  }
});
