import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, Lexer, NoSchemaIntrospectionCustomRule, Source, TokenKind, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { formatBytes, formatBytesAbove } from './bytes.js';
import { limitError, objectLimitError } from './limit-error.js';
import { defaultMaxBodyBytes, sha256, type Limits, type PersistedOperations } from './limits.js';
import { estimateObjects } from './object-estimate.js';
import { requestGuard } from './request-guard.js';
import { writeRefusal } from './write-access.js';

/*
 * The server's defences, as Yoga plugins. Every refusal is a GraphQL error whose message
 * names the limit, its value and what the request had, with a code in `extensions.code`:
 * a client gets a 4xx or a 200 with `errors`, never a 500 and never a hang.
 */

/** Headers that make a browser preflight a request, so a cross-site form cannot send them. */
export const CSRF_HEADERS = ['graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
/** Content types a cross-site HTML form or `fetch` without preflight can send. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];


/** graphql-armor's rejection ("Syntax Error: Query depth limit of 15 exceeded, found 17.") as our error. */
function armorReporter(label: string, code: string, flag: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const match = /limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/i.exec(error.message);
    const limit = match ? Number(match[1]) : undefined;
    const found = match ? Math.ceil(Number(match[2])) : undefined;
    const refusal = limitError(
      match ? `${label} limit of ${limit} exceeded, found ${found} (the server's ${flag}).` : `${label} limit exceeded (the server's ${flag}).`,
      code, { limit, found },
    );
    if (context) context.reportError(refusal);
    else throw refusal;
  };
}

/** Lexical tokens in a query, as graphql-js counts them (comments excluded). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A syntax error: the count so far is what we can say.
  }
  return count;
}

/** Depth, cost, aliases, directives and tokens, by graphql-armor. */
function armorPlugins(limits: Limits): Plugin[] {
  const options = (label: string, code: string, flag: string) => ({ propagateOnRejection: false, onReject: [armorReporter(label, code, flag)] });
  const armor = new EnvelopArmor({
    // Suggestions ("Did you mean …") leak the schema: hidden when introspection is off.
    blockFieldSuggestion: { enabled: !limits.introspection },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...options('Query depth', 'DEPTH_LIMIT_EXCEEDED', '--max-depth') },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...options('Query cost', 'COST_LIMIT_EXCEEDED', '--max-cost') },
    maxAliases: { n: limits.maxAliases, ...options('Aliases', 'ALIAS_LIMIT_EXCEEDED', '--max-aliases') },
    maxDirectives: { n: limits.maxDirectives, ...options('Directives', 'DIRECTIVE_LIMIT_EXCEEDED', '--max-directives') },
    // The token limit stops the parser at the first token over it; the plugin below counts the rest.
    maxTokens: { n: limits.maxTokens },
  });
  return armor.protect().plugins as Plugin[];
}

/** Rewrites armor's token refusal to say how many tokens the query has (it must run after armor's parser). */
function tokenCount(limits: Limits): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (error) {
          if (!(error instanceof GraphQLError) || !/Token limit of \d+ exceeded/.test(error.message)) throw error;
          const found = countTokens(typeof source === 'string' ? source : source.body);
          throw limitError(`Token limit of ${limits.maxTokens} exceeded, found ${found} (the server's --max-tokens).`, 'TOKEN_LIMIT_EXCEEDED', { limit: limits.maxTokens, found }, 400);
        }
      });
    },
  };
}

/**
 * Refuses a request body above its limit, by its Content-Length or while reading it. A request
 * carrying the write token may send `maxBytes` (room for an article); any other gets at most
 * `anonymousMaxBytes`: a read needs no more, and a big body is parsed before anything else runs.
 */
function bodyLimit(maxBytes: number, anonymousMaxBytes: number, token: string | undefined): Plugin {
  const tooLarge = (limit: number, size: string) =>
    limitError(`The request body is ${size}, above this server's limit of ${formatBytes(limit)}${limit < maxBytes ? ' without the write token' : ''} (the server's --max-body).`, 'BODY_TOO_LARGE', { limit }, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const limit = token && writeRefusal(token, request.headers.get('authorization')) === null ? maxBytes : Math.min(maxBytes, anonymousMaxBytes);
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > limit) throw tooLarge(limit, formatBytesAbove(declared, limit));
      setRequestParser(async (incoming) => {
        const reader = incoming.body!.getReader();
        const chunks: Uint8Array[] = [];
        let total = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > limit) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(limit, `more than ${formatBytes(limit)}`);
          }
          chunks.push(value);
        }
        const body = Buffer.concat(chunks);
        try {
          return await requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
        } catch (error) {
          throw withoutEcho(error);
        }
      });
    },
  };
}

/**
 * Yoga's refusal of a body that is not JSON, without `extensions.originalError`: the JSON
 * parser's message there quotes the body (up to all of it), reflected to the client.
 */
function withoutEcho(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || !error.extensions?.originalError) return error;
  const { originalError: _echo, http: _spec, ...extensions } = error.extensions;
  // A 400 whatever the client accepts (Yoga would answer 200 once the original error is gone).
  return new GraphQLError(`${error.message} Send a JSON object such as {"query": "{ stats { documents } }"}.`, { extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * CSRF prevention (the rule Apollo Server and Yoga use): a POST a browser would send
 * cross-site without a preflight — no Content-Type, or a form or text/plain one — is
 * refused unless it carries one of CSRF_HEADERS. JSON clients (GraphiQL, fetch, curl -H
 * 'content-type: application/json') are unaffected. GET stays open: it can only read
 * (Yoga refuses mutations over GET), and EventSource subscriptions need it.
 */
function csrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      const simple = !type || SIMPLE_CONTENT_TYPES.includes(type);
      if (simple && !CSRF_HEADERS.some((header) => request.headers.has(header))) {
        throw limitError(
          `This request could be a cross-site request forgery: send it with "Content-Type: application/json", or add a "${CSRF_HEADERS[0]}: 1" header.`,
          'CSRF_PREVENTED', {}, 403,
        );
      }
    },
  };
}

/** Operations sent by hash (`extensions.persistedQuery.sha256Hash`, as Apollo clients do); optionally only those. */
function persistedOperations({ operations, only }: PersistedOperations): Plugin {
  return {
    onParams({ params, setParams }) {
      const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      if (typeof hash === 'string') {
        const query = operations.get(hash.toLowerCase());
        if (query === undefined) {
          throw limitError(`No persisted operation has the hash ${hash}: send one listed in the server's --persisted file${only ? '' : ', or send the query text'}.`, 'PERSISTED_QUERY_NOT_FOUND', {}, 400);
        }
        if (params.query && sha256(params.query) !== hash.toLowerCase()) {
          throw limitError(`The query text does not match its persisted hash ${hash}.`, 'PERSISTED_QUERY_HASH_MISMATCH', {}, 400);
        }
        setParams({ ...params, query });
        return;
      }
      if (only && !(params.query && operations.has(sha256(params.query)))) {
        throw limitError('This server runs only persisted operations: send extensions.persistedQuery.sha256Hash of an operation in its --persisted file.', 'PERSISTED_QUERY_ONLY', {}, 400);
      }
    },
  };
}

/**
 * Refuses operations estimated (object-estimate.ts) to return more than `maxObjects` objects —
 * subscriptions too, per event. It runs only on a query every other rule accepted: a query
 * another limit refused costs nothing more.
 */
function objectLimit(maxObjects: number): Plugin {
  return {
    onValidate({ params }) {
      return ({ valid, result, setResult }) => {
        if (!valid) return;
        const refusals: GraphQLError[] = [];
        for (const definition of params.documentAST.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const found = Math.round(estimateObjects(params.schema, params.documentAST, definition));
          if (found > maxObjects) refusals.push(objectLimitError(maxObjects, found));
        }
        if (refusals.length) setResult([...result, ...refusals]);
      };
    },
  };
}

/** Introspection (`__schema`, `__type`) refused at validation. */
function noIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** CORS as Yoga takes it: no headers for other origins unless listed; '*' allows any (without credentials). */
export function corsOption(origins: string[]): YogaServerOptions<object, object>['cors'] {
  if (!origins.length) return false;
  const any = origins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || origins.includes(origin))) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'accept', ...CSRF_HEADERS],
      maxAge: 600,
    };
  };
}

/** Every plugin the limits call for, in the order they must run. */
export function hardeningPlugins(limits: Limits, maxBodyBytes: number, schema: GraphQLSchema, token?: string): Plugin[] {
  return [
    csrfPrevention(),
    bodyLimit(maxBodyBytes, defaultMaxBodyBytes(false), token),
    ...(limits.persisted ? [persistedOperations(limits.persisted)] : []),
    ...armorPlugins(limits),
    tokenCount(limits),
    objectLimit(limits.maxObjects),
    ...(limits.introspection ? [] : [noIntrospection()]),
    requestGuard(limits, schema),
  ];
}
