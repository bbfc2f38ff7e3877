#!/usr/bin/env node
// The `whosaid` command: runs the TypeScript sources through tsx, so `npx whosaid` works
// right after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
