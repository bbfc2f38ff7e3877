import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, SEEDS, serverOn } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// CI installs chromium (.ci/run); on a developer machine without it the test says why it skips.
if (!available && !process.env.CI) console.warn(`graphiql.browser.test: skipped, ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!available && !process.env.CI)('GraphiQL in a real browser', () => {
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    const { yoga } = await serverOn(SEEDS);
    server = await listen(yoga);
  });
  afterAll(() => server?.stop());

  it('opens offline, runs the default query and shows a Kirby statement', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') outside.push(request.url());
      });
      await page.goto(`${server.url}/graphql`);
      // The editor loads the default query asynchronously; run it once it is there.
      await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 15_000 }).toContain('WhoSaidWhat');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.graphiql-response');
      // The editor renders spaces as no-break spaces.
      await expect.poll(async () => (await result.textContent())?.replace(/\s+/g, ' '), { timeout: 15_000 }).toContain('"name": "John Kirby"');
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
    // The first request for the page compresses it (seconds on a busy machine).
  }, 90_000);
});
