import { existsSync, statSync } from 'node:fs';
import { DEFAULT_MAX_DOCUMENT_BYTES, parseBytes } from '../server/bytes.js';
import { DEFAULT_EXTRACTION_DEADLINE_MS } from '../ingest/extraction-pool.js';

/**
 * The options several commands share, read and checked: a bad value is a UsageError, which
 * main() in cli.ts prints as one line a user can act on, never as a stack trace.
 */

/** A mistake in how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

export function maxBytesOption(values: Values): number {
  const text = values['max-bytes'] as string | undefined;
  if (text === undefined) return DEFAULT_MAX_DOCUMENT_BYTES;
  const bytes = parseBytes(text);
  if (bytes === null) throw new UsageError(`--max-bytes: ${text} is not a size; write e.g. 5000000, 512KB or 5MB`);
  return bytes;
}

export function extractTimeoutOption(values: Values): number {
  const text = (values['extract-timeout'] as string | undefined) ?? process.env.WHOSAID_EXTRACT_TIMEOUT;
  if (text === undefined || text === '') return DEFAULT_EXTRACTION_DEADLINE_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) throw new UsageError(`--extract-timeout: ${text} is not a number of milliseconds; use 0 or more`);
  return ms;
}

export function requireFolder(flag: string, folder: string): void {
  if (!existsSync(folder)) throw new UsageError(`${flag}: folder ${folder} does not exist; pass an existing folder of articles`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`${flag}: ${folder} is a file, not a folder; pass the folder that holds your articles (or add one file with whosaid ingest ${folder})`);
}
