// Worker-thread entry for the extraction pool: tsx must be registered in each thread before
// it can load the TypeScript sources (the same pattern as src/whosaid.js).
import { register } from 'tsx/esm/api';

register();
const { serveExtraction } = await import('./workers.ts');
serveExtraction();
