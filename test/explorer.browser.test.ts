import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOLD, listen, serverOn } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`explorer.browser.test: skipped, ${CHROMIUM} is not installed (apt-get install -y chromium)`);

/**
 * Screenshots go to a fresh temporary folder; WHOSAID_SCREENSHOTS=src/explorer/screenshots
 * writes the README's instead (npx vitest run … test/explorer.browser.test.ts).
 */
const SHOTS = process.env.WHOSAID_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'whosaid-explorer-'));

describe.skipIf(!available && !process.env.CI)('the explorer in a real browser', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { yoga } = await serverOn(GOLD);
    server = await listen(yoga);
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // sigma.js draws with WebGL: without a GPU, Chromium's software renderer (SwiftShader) stands in.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') outside.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds Kirby as you type, draws North Korea in his network, lists the statements of the edge and shows one in its article', async () => {
    await page.goto(`${server.url}/`);
    const graphBox = page.locator('#graph-box');
    const boxBefore = await graphBox.boundingBox();

    // Keyboard only, as a reader without a mouse would: the search box has the focus.
    await page.keyboard.type('Kirby');
    await expect.poll(() => page.locator('#search-list [role=option]').first().textContent(), { timeout: 10_000 }).toContain('John Kirby');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-list').isHidden()).toBe(true);

    await page.waitForFunction(() => document.body.dataset.networkEdges !== undefined, null, { timeout: 30_000 });
    await expect.poll(() => page.locator('#connection-list').textContent()).toContain('John Kirby → North Korea');
    // Reserved: the graph's box did not move or grow when the network arrived.
    expect(await graphBox.boundingBox()).toEqual(boxBefore);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'network.png') });

    // The edge as drawn on the canvas: a click on its middle opens its statements.
    const middle = await page.evaluate(() => (window as any).whosaidExplorer.edgeMiddle('John Kirby', 'North Korea'));
    expect(middle).not.toBeNull();
    await page.mouse.click(middle.x, middle.y);
    await expect.poll(() => page.locator('#statements-title').textContent(), { timeout: 10_000 }).toBe('John Kirby → North Korea');
    const first = page.locator('#statement-list .statement').first();
    await expect.poll(() => first.textContent()).toMatch(/John Kirby/);
    const quote = (await first.locator('.quote').textContent())!.replace(/^“|”$/g, '');

    await first.click();
    const content = page.locator('#article mark.m-content');
    await expect.poll(() => content.first().textContent(), { timeout: 10_000 }).toBeTruthy();
    expect((await content.allTextContents()).join('')).toBe(quote);
    expect(await page.locator('#article mark.m-speaker').count()).toBe(1);
    expect(await page.locator('#article mark.m-cue').count()).toBe(1);
    expect(await page.locator('#article mark.m-other').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(SHOTS, 'evidence.png') });

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a click on a node lists its statements and recentres the network on it', async () => {
    // A click on a busy machine can land while sigma is still redrawing after the last one (seen
    // in CI): read where the node is drawn now and click again until the explorer has moved on.
    await expect
      .poll(async () => {
        const point = await page.evaluate(() => (window as any).whosaidExplorer.nodePoint('North Korea'));
        expect(point).not.toBeNull();
        await page.mouse.click(point.x, point.y);
        await page.waitForTimeout(500);
        return page.locator('#search-input').inputValue();
      }, { timeout: 20_000, interval: 100 })
      .toBe('North Korea');
    await expect.poll(() => page.locator('#statements-title').textContent()).toBe('North Korea');
    await expect.poll(() => page.locator('#statement-list').textContent()).toContain('Said about North Korea');
    await expect.poll(() => page.locator('#connection-list').textContent()).toContain('John Kirby → North Korea');
    expect(page.url()).toContain('#entity=');
  });

  it('the connections list does the same from the keyboard', async () => {
    await page.locator('#connections summary').focus();
    await page.keyboard.press('Enter');
    const centreOnKirby = page.getByRole('button', { name: '(centre on John Kirby)' }).first();
    await centreOnKirby.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('John Kirby');
  });

  it('draws statements per month by topic and by speaker', async () => {
    // John Kirby's own statements, by what they are about (a person's default split).
    await expect.poll(() => page.locator('#timeline .timeline-legend').textContent(), { timeout: 10_000 }).toContain('North Korea');
    expect(await page.locator('#timeline svg rect').count()).toBeGreaterThan(0);
    await page.getByLabel('who talked about it').check();
    await expect.poll(() => page.locator('#timeline').textContent()).toContain('No dated statements about John Kirby');
  });

  it('reads at 800 px wide without sideways scrolling', async () => {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.screenshot({ path: join(SHOTS, 'narrow.png') });
  });

  it('offers the network on screen as downloads', async () => {
    const href = await page.locator('#downloads a[data-format="gexf"]').getAttribute('href');
    const response = await fetch(`${server.url}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('whosaid-john-kirby.gexf');
    expect(await response.text()).toContain('label="John Kirby"');
  });
});
