import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../graph/store.js';
import { exportResponse } from './export-route.js';

/**
 * The explorer page at `/`, its script and stylesheet, and `/export` (downloads of what it
 * shows). The script is bundled from src/explorer/ with esbuild on the first request and kept
 * in memory: `npm start` needs no build step, and nothing is fetched from a CDN.
 */

const EXPLORER = fileURLToPath(new URL('../explorer/', import.meta.url));

interface Asset {
  body: string;
  type: string;
}

/** One bundle per process: built once, on first use (a failed build is retried on the next request). */
let bundle: Promise<string> | null = null;

async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [`${EXPLORER}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function explorerScript(): Promise<string> {
  bundle ??= buildBundle().catch((error: unknown) => {
    bundle = null;
    throw error;
  });
  return bundle;
}

const ASSETS: Record<string, () => Promise<Asset>> = {
  '/': async () => ({ body: await readFile(`${EXPLORER}index.html`, 'utf8'), type: 'text/html; charset=utf-8' }),
  '/explorer/explorer.css': async () => ({ body: await readFile(`${EXPLORER}explorer.css`, 'utf8'), type: 'text/css; charset=utf-8' }),
  '/explorer/explorer.js': async () => ({ body: await explorerScript(), type: 'text/javascript; charset=utf-8' }),
};

export function useExplorer(store: Store): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/export') {
        endResponse(await exportResponse(store, url.searchParams, fetchAPI));
        return;
      }
      const asset = ASSETS[url.pathname];
      if (!asset) return;
      try {
        const { body, type } = await asset();
        // The page's own files only: no framing by other sites, no script from elsewhere.
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          headers: {
            'content-type': type,
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff',
            'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
          },
        }));
      } catch (error) {
        console.error(`whosaid: the explorer's ${url.pathname} could not be served: ${(error as Error).message}`);
        endResponse(new fetchAPI.Response(`The explorer could not be built (${(error as Error).message.split('\n')[0]}); GraphiQL at /graphql still works.`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
    },
  };
}
