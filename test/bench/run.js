// `npm run bench`: runs the benchmark's TypeScript through tsx (as src/whosaid.js does).
// Run with --expose-gc so memory figures are taken after a full collection.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./bench.ts');
process.exitCode = await main(process.argv.slice(2));
