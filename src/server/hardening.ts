import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType, getNullableType, getOperationAST, GraphQLError, isCompositeType, isInterfaceType, isListType, isObjectType, Kind, Lexer,
  NoSchemaIntrospectionCustomRule, Source, TokenKind, type ASTVisitor, type GraphQLCompositeType, type GraphQLSchema, type SelectionSetNode, type ValidationContext,
} from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { formatBytes } from './bytes.js';
import { LIST_ESTIMATE, sha256, type Limits, type PersistedOperations } from './limits.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination.js';

/*
 * The server's defences, as Yoga plugins. Every refusal is a GraphQL error whose message
 * names the limit, its value and what the request had, with a code in `extensions.code`:
 * a client gets a 4xx or a 200 with `errors`, never a 500 and never a hang.
 */

/** Headers that make a browser preflight a request, so a cross-site form cannot send them. */
export const CSRF_HEADERS = ['graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
/** Content types a cross-site HTML form or `fetch` without preflight can send. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

const limitError = (message: string, code: string, extra: Record<string, unknown> = {}, status?: number) =>
  new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });

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

/** Refuses a request body above `maxBytes`, by its Content-Length or while reading it. */
function bodyLimit(maxBytes: number): Plugin {
  const tooLarge = (size: string) =>
    limitError(`The request body is ${size}, above this server's limit of ${formatBytes(maxBytes)} (the server's --max-body).`, 'BODY_TOO_LARGE', { limit: maxBytes }, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) throw tooLarge(formatBytes(declared));
      setRequestParser(async (incoming) => {
        const reader = incoming.body!.getReader();
        const chunks: Uint8Array[] = [];
        let total = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(`more than ${formatBytes(maxBytes)}`);
          }
          chunks.push(value);
        }
        const body = Buffer.concat(chunks);
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
      });
    },
  };
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
 * How many objects a query can return, estimated from the schema: a list with `first` holds
 * that many (MAX_PAGE_SIZE when `first` is a variable, DEFAULT_PAGE_SIZE when absent), a
 * connection's `edges` as many as its `first`, any other list of objects LIST_ESTIMATE. Armor's
 * cost ignores lists without `first`, such as `Document.statements` → `Statement.document`
 * → `Document.statements`, which multiply without one; this catches them before they run.
 */
export function estimateObjects(context: ValidationContext, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, page: number | null, seen = new Set<string>()): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet || (!isObjectType(parent) && !isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const first = selection.arguments?.find((argument) => argument.name.value === 'first')?.value;
      const size = first === undefined ? null : first.kind === Kind.INT ? Number(first.value) : first.kind === Kind.VARIABLE ? MAX_PAGE_SIZE : DEFAULT_PAGE_SIZE;
      const hasFirst = field.args.some((argument) => argument.name === 'first');
      const isList = isListType(getNullableType(field.type));
      const count = isList ? multiplier * (size ?? (hasFirst ? DEFAULT_PAGE_SIZE : page ?? LIST_ESTIMATE)) : multiplier;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      // A connection passes its page size on to its `edges`.
      const childPage = !isList && hasFirst ? (size ?? DEFAULT_PAGE_SIZE) : null;
      total += count + estimateObjects(context, selection.selectionSet, named, count, childPage, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += estimateObjects(context, selection.selectionSet, type, multiplier, page, seen);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || seen.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type)) total += estimateObjects(context, fragment.selectionSet, type, multiplier, page, new Set(seen).add(name));
    }
  }
  return total;
}

function objectLimit(maxObjects: number): Plugin {
  const rule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root || operation.operation === 'subscription') return;
      const found = Math.round(estimateObjects(context, operation.selectionSet, root, 1, null));
      if (found > maxObjects) {
        context.reportError(limitError(
          `Query would return about ${found} objects, above this server's limit of ${maxObjects} (the server's --max-objects): ask for smaller pages (first), or nest fewer lists.`,
          'OBJECT_LIMIT_EXCEEDED', { limit: maxObjects, found },
        ));
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
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

/** Where a query's deadline is kept in its context. */
const DEADLINE = Symbol('whosaid.deadline');
type Deadline = { at: number; error: GraphQLError };
const guarded = new WeakSet<GraphQLSchema>();

/**
 * Makes every resolver of `schema` check its query's deadline (a no-op for contexts without
 * one) before it runs. Resolution that never leaves the microtask queue — DataLoader batches
 * over a synchronous SQLite store — starves timers, so a timer alone could not stop it.
 */
export function guardDeadlines(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const deadline = (context as { [DEADLINE]?: Deadline } | null)?.[DEADLINE];
        // Past the deadline the client has its TIMEOUT error already: what is still running
        // stops here, waiting forever on nothing, and is collected with the request. (Throwing
        // would bubble through non-null list items and leave their siblings' rejections unhandled.)
        if (deadline && performance.now() > deadline.at) return new Promise<never>(() => undefined);
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * Stops a query that runs longer than `ms`: the client gets a TIMEOUT error (and no partial
 * data) as soon as the time is up, and resolvers still pending stop at their next field.
 * Mutations are exempt (a write is bounded by --max-bytes, and must not be reported as failed
 * while it commits), and so are subscriptions (meant to last). One resolver blocking the event
 * loop cannot be cut short; ours are indexed lookups on pages of at most 100.
 */
function executionTimeout(ms: number, schema: GraphQLSchema): Plugin {
  guardDeadlines(schema);
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const error = limitError(`The query ran longer than this server's limit of ${ms} ms and was stopped (the server's --timeout): ask for fewer or smaller pages.`, 'TIMEOUT', { limit: ms });
      const deadline: Deadline = { at: performance.now() + ms, error };
      (args.contextValue as { [DEADLINE]?: Deadline })[DEADLINE] = deadline;
      const late = (result: unknown) => (performance.now() > deadline.at ? { errors: [error] } : result);
      // Once every pending resolver has stalled, the event loop is free and the timer below answers.
      setExecuteFn((execArgs) => {
        const result = executeFn(execArgs);
        if (!(result instanceof Promise)) return late(result) as typeof result;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            deadline.at = 0;
            resolve({ errors: [error] });
          }, ms);
        });
        return Promise.race([result.then(late), timeout]).finally(() => clearTimeout(timer)) as typeof result;
      });
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
export function hardeningPlugins(limits: Limits, maxBodyBytes: number, schema: GraphQLSchema): Plugin[] {
  return [
    csrfPrevention(),
    bodyLimit(maxBodyBytes),
    ...(limits.persisted ? [persistedOperations(limits.persisted)] : []),
    ...armorPlugins(limits),
    tokenCount(limits),
    objectLimit(limits.maxObjects),
    ...(limits.introspection ? [] : [noIntrospection()]),
    ...(limits.timeoutMs > 0 ? [executionTimeout(limits.timeoutMs, schema)] : []),
  ];
}
