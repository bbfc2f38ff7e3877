import type { Store } from '../graph/store.js';
import { VERSION } from '../version.js';

/**
 * `/health` for load balancers and for a person checking what is served: 200 with
 * {"status":"ok","documents":N,"version":"…"}, or 503 with "error" when the store cannot answer.
 */
export async function healthReport(store: Store): Promise<Response> {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
  try {
    const { documents } = await store.counts();
    return Response.json({ status: 'ok', documents, version: VERSION }, { headers });
  } catch (error) {
    console.error(`whosaid: /health: the store did not answer: ${(error as Error).message}`);
    return Response.json({ status: 'error', documents: null, version: VERSION }, { status: 503, headers });
  }
}
