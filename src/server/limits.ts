import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes, parseBytes } from './bytes.js';

/**
 * What one GraphQL request may cost. Each limit refuses a query before it runs (depth, cost,
 * aliases, directives, tokens, body) or stops it while it runs (timeout), with a GraphQL
 * error naming the limit, its value and what the request had.
 *
 * The defaults leave ample room for every README and GraphiQL example: the deepest,
 * `people → edges → node → statements → edges → node → speaker → … on Person → country → name`,
 * is 9 levels deep (inline fragments do not count as a level); the costliest, the GraphiQL
 * default query with `first: 100`, costs 5,657 (see DEFAULT_LIMITS.maxCost).
 */
export interface Limits {
  /** Deepest selection nesting (fields; fragments are flattened). */
  maxDepth: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first` of each list. */
  maxCost: number;
  /** Objects a query may return, estimated before it runs (lists without `first` count LIST_ESTIMATE). */
  maxObjects: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives (`@include`, `@skip` …) in one operation. */
  maxDirectives: number;
  /** Lexical tokens in the query text. */
  maxTokens: number;
  /** Request body, in bytes; null means the default that follows --max-bytes and --token. */
  maxBodyBytes: number | null;
  /** Wall-clock time a query may run, in ms; 0 turns the timeout off. Mutations and subscriptions are exempt. */
  timeoutMs: number;
  /** Introspection (`__schema`, `__type`) allowed. When off, field suggestions are hidden too. */
  introspection: boolean;
  /** Origins allowed to call the API from a browser on another site; [] is same-origin only, ['*'] any. */
  corsOrigins: string[];
  /** Operations clients may send by hash, and whether they are the only ones allowed. */
  persisted: PersistedOperations | null;
}

export interface PersistedOperations {
  /** sha256 hex of the query text → query text. */
  operations: Map<string, string>;
  /** Refuse query text that is not one of the operations. */
  only: boolean;
  /** Where they were read from, for messages. */
  source: string;
}

/** What a list without `first` is assumed to hold when estimating a query's size (a document has ~30 statements, a statement ~3 entities). */
export const LIST_ESTIMATE = 10;

/**
 * Bounds on what a request may ask for, whatever the limits: each is checked before the field
 * it concerns does any work, with an error naming the bound and what the request had.
 */
/** Items in a list argument (`nodes(ids:)`): as many as one page holds. */
export const MAX_LIST_ARGUMENT = 100;
/** Characters in a string argument of a read (a name, search words, a cursor, a global ID). */
export const MAX_STRING_ARGUMENT = 1_000;
/** Words and "quoted phrases" in a search or a text or name filter: each is one more index lookup, ANDed. */
export const MAX_SEARCH_TERMS = 32;
/**
 * Items in a list without pages (`Document.statements`, `mentions`, `entities`,
 * `Entity.evidence`): longer ones take `first`, or are refused with LIST_TOO_LONG.
 */
export const MAX_LIST_ITEMS = 1_000;

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 15,
  // The GraphiQL default query costs 566 at first: 10 and 5,657 at first: 100: three such
  // pages of 100 pass, while one page of 100 nested in another (10^5 and up) does not.
  maxCost: 20_000,
  // The GraphiQL default query at first: 100 is ~1,400 objects; a page of 100 documents with
  // their statements' documents' statements (Document.statements → document → statements) ~12,000.
  maxObjects: 5_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxBodyBytes: null,
  timeoutMs: 10_000,
  introspection: true,
  corsOrigins: [],
  persisted: null,
};

/** Body cap when none is set: 1 MiB, or room for the largest document JSON-escaped when writes are on. */
export function defaultMaxBodyBytes(writable: boolean, maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES): number {
  return writable ? 2 * maxDocumentBytes + 1024 * 1024 : 1024 * 1024;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Reads a persisted-operations file: either `{ "<sha256 hex>": "query …" }` (the hash must
 * be that of the text) or `["query …", …]` (hashed here). Throws a message naming the problem.
 */
export function loadPersistedOperations(file: string, only: boolean): PersistedOperations {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--persisted: cannot read ${file} as JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const operations = new Map<string, string>();
  const entries: Array<[string | null, unknown]> = Array.isArray(parsed)
    ? parsed.map((query) => [null, query])
    : parsed && typeof parsed === 'object' ? Object.entries(parsed) : [];
  if (!entries.length) throw new Error(`--persisted: ${file} holds no operations; write {"<sha256 of the query>": "query …"} or ["query …"]`);
  for (const [hash, query] of entries) {
    if (typeof query !== 'string') throw new Error(`--persisted: ${file}: every operation must be a query string`);
    const actual = sha256(query);
    if (hash !== null && hash.toLowerCase() !== actual) throw new Error(`--persisted: ${file}: key ${hash} is not the sha256 of its query (${actual})`);
    operations.set(actual, query);
  }
  return { operations, only, source: file };
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** A limit given by flag or environment variable that is not a valid value. */
export class LimitError extends Error {}

/**
 * Limits from `whosaid serve` flags, falling back on environment variables, then defaults.
 * Every flag has a WHOSAID_* variable: --max-depth ↔ WHOSAID_MAX_DEPTH, and so on.
 */
export function limitsFromOptions(values: Values, env: NodeJS.ProcessEnv = process.env): Limits {
  const setting = (flag: string): string | undefined => {
    const value = values[flag];
    if (typeof value === 'string') return value;
    const variable = env[`WHOSAID_${flag.toUpperCase().replaceAll('-', '_')}`];
    return variable === undefined || variable === '' ? undefined : variable;
  };
  const count = (flag: string, fallback: number, min = 1): number => {
    const text = setting(flag);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new LimitError(`--${flag}: ${text} is not a whole number ≥ ${min}`);
    return n;
  };
  const body = setting('max-body');
  const maxBodyBytes = body === undefined ? null : parseBytes(body);
  if (maxBodyBytes === null && body !== undefined) throw new LimitError(`--max-body: ${body} is not a size; write e.g. 1MB or 512KB`);

  const introspectionText = values['no-introspection'] === true ? 'false' : setting('introspection');
  if (introspectionText !== undefined && !/^(true|false|on|off|1|0)$/i.test(introspectionText)) {
    throw new LimitError(`--introspection: ${introspectionText} is not true or false`);
  }
  const cors = setting('cors');
  const persistedFile = setting('persisted');
  const onlyPersisted = values['persisted-only'] === true || /^(1|true)$/i.test(env.WHOSAID_PERSISTED_ONLY ?? '');
  if (onlyPersisted && persistedFile === undefined) throw new LimitError('--persisted-only needs --persisted FILE, the operations to allow');
  let persisted: PersistedOperations | null = null;
  try {
    if (persistedFile !== undefined) persisted = loadPersistedOperations(persistedFile, onlyPersisted);
  } catch (error) {
    throw new LimitError((error as Error).message);
  }
  return {
    maxDepth: count('max-depth', DEFAULT_LIMITS.maxDepth),
    maxCost: count('max-cost', DEFAULT_LIMITS.maxCost),
    maxObjects: count('max-objects', DEFAULT_LIMITS.maxObjects),
    maxAliases: count('max-aliases', DEFAULT_LIMITS.maxAliases, 0),
    maxDirectives: count('max-directives', DEFAULT_LIMITS.maxDirectives, 0),
    maxTokens: count('max-tokens', DEFAULT_LIMITS.maxTokens),
    maxBodyBytes,
    timeoutMs: count('timeout', DEFAULT_LIMITS.timeoutMs, 0),
    introspection: introspectionText === undefined ? true : /^(true|on|1)$/i.test(introspectionText),
    corsOrigins: cors === undefined ? [] : cors.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean),
    persisted,
  };
}

/** One line for the start-up log. */
export function describeLimits(limits: Limits, maxBodyBytes: number): string {
  return [
    `depth ${limits.maxDepth}`, `cost ${limits.maxCost}`, `objects ${limits.maxObjects}`, `aliases ${limits.maxAliases}`, `directives ${limits.maxDirectives}`,
    `tokens ${limits.maxTokens}`, `body ${formatBytes(maxBodyBytes)}`, `timeout ${limits.timeoutMs ? `${limits.timeoutMs} ms` : 'off'}`,
    `introspection ${limits.introspection ? 'on' : 'off'}`, `CORS ${limits.corsOrigins.length ? limits.corsOrigins.join(',') : 'same-origin'}`,
    limits.persisted ? `${limits.persisted.operations.size} persisted operation(s)${limits.persisted.only ? ', only those' : ''}` : '',
  ].filter(Boolean).join(', ');
}
