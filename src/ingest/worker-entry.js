// Entry of an extraction worker thread. Loader hooks registered in the main thread do not
// reach worker threads, so the worker registers tsx itself (as src/whosaid.js does) before
// it imports TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
