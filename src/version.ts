import { readFileSync } from 'node:fs';

/** whosaid's version, as package.json says: one place to bump it, read by --version and /health. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
