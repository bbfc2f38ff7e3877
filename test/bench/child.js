// Child-process entry for one benchmark task (extraction, peer, ingest + server): a fresh
// process per task, so peak RSS and the RSS of a store are the task's own. tsx is
// registered first so the TypeScript sources load, as in src/whosaid.js.
import { register } from 'tsx/esm/api';

register();
const { serveTask } = await import('./tasks.ts');
serveTask();
