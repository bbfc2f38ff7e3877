import {
  defaultFieldResolver, getNamedType, getNullableType, getOperationAST, GraphQLError, isCompositeType, isListType, isObjectType,
  type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema,
} from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { limitError, objectLimitError, RUNTIME_REFUSALS, timeoutError } from './limit-error.js';
import { MAX_LIST_ARGUMENT, MAX_STRING_ARGUMENT, type Limits } from './limits.js';

/*
 * Bounds checked while a request runs, field by field: what the estimate before it could not
 * know. Every resolver of the schema is wrapped once (guardResolvers) to
 * - refuse oversized arguments (a string of a million words, 45,000 ids) before it does any work;
 * - stop at the deadline (--timeout) of a query, or of one event of a subscription;
 * - count the objects its lists return, and stop the query past --max-objects: a list without
 *   `first` is estimated at a few items, and a document of 75,000 statements is not that.
 * A request without a guard in its context (a mutation) runs on with the argument checks only.
 */

/** What one execution (a query, or one event of a subscription) has used so far. */
interface Budget {
  /** Objects returned in lists so far. */
  objects: number;
  /** performance.now() past which the execution stops; Infinity without a timeout. */
  at: number;
  /** Queries stall past the deadline (their timer answers); subscription events have no timer, so they throw. */
  stallAtDeadline: boolean;
  /** The refusal once one was raised: every later field raises it again, so the execution ends at once. */
  stopped: GraphQLError | null;
}

interface Guard {
  maxObjects: number;
  timeoutMs: number;
  /** The query's one budget. */
  query?: Budget;
  /** A subscription's budgets, one per event (the event's payload is its root value). */
  events?: WeakMap<object, Budget>;
}

const GUARD = Symbol('whosaid.guard');
type Guarded = { [GUARD]?: Guard };
const guarded = new WeakSet<GraphQLSchema>();

const newBudget = (timeoutMs: number, stallAtDeadline: boolean): Budget =>
  ({ objects: 0, at: timeoutMs > 0 ? performance.now() + timeoutMs : Infinity, stallAtDeadline, stopped: null });

function budgetOf(guard: Guard, root: unknown): Budget {
  if (guard.query) return guard.query;
  guard.events ??= new WeakMap();
  const key = root !== null && typeof root === 'object' ? root : guard;
  let budget = guard.events.get(key);
  if (!budget) guard.events.set(key, (budget = newBudget(guard.timeoutMs, false)));
  return budget;
}

/** Refuses string arguments above MAX_STRING_ARGUMENT characters and list arguments above MAX_LIST_ARGUMENT items, inside input objects too. */
export function checkArgumentSizes(args: Record<string, unknown>, prefix = ''): void {
  for (const name in args) {
    const value = args[name];
    const path = `${prefix}${name}`;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_ARGUMENT) {
        throw limitError(`Argument ${path} is ${value.length} characters long, above this server's limit of ${MAX_STRING_ARGUMENT}: send fewer words.`, 'ARGUMENT_TOO_LONG', { limit: MAX_STRING_ARGUMENT, found: value.length });
      }
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ARGUMENT) {
        throw limitError(`Argument ${path} holds ${value.length} items, above this server's limit of ${MAX_LIST_ARGUMENT}: send them in several requests of at most ${MAX_LIST_ARGUMENT}.`, 'ARGUMENT_TOO_LONG', { limit: MAX_LIST_ARGUMENT, found: value.length });
      }
      checkArgumentSizes(Object.fromEntries(value.map((item, index) => [index, item])), `${path}.`);
    } else if (value !== null && typeof value === 'object') {
      checkArgumentSizes(value as Record<string, unknown>, `${path}.`);
    }
  }
}

/**
 * Wraps every resolver of `schema` (once) with the checks above. Resolution that never leaves
 * the microtask queue — DataLoader batches over a synchronous SQLite store — starves timers,
 * so deadlines and budgets are checked between fields rather than left to a timer alone.
 */
export function guardResolvers(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      // Writes are authenticated and bounded by --max-bytes: an article's text is long by nature.
      const checksArguments = type !== mutation && field.args.length > 0;
      const run: GraphQLFieldResolver<unknown, unknown> = field.args.length > 0 ? withCodedArgumentErrors(resolve) : resolve;
      const countsObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
      field.resolve = (source, args, context, info) => {
        if (checksArguments) checkArgumentSizes(args);
        const guard = (context as Guarded | null)?.[GUARD];
        if (!guard) return run(source, args, context, info);
        const budget = budgetOf(guard, info.rootValue);
        if (budget.stopped) throw budget.stopped;
        if (performance.now() > budget.at) {
          // A query's client has its TIMEOUT error already (the timer answered): what is still
          // running waits forever on nothing and is collected with the request.
          if (budget.stallAtDeadline) return new Promise<never>(() => undefined);
          throw (budget.stopped = timeoutError(guard.timeoutMs));
        }
        const value = run(source, args, context, info);
        if (!countsObjects) return value;
        const count = (items: unknown) => {
          if (Array.isArray(items) && (budget.objects += items.length) > guard.maxObjects) {
            throw (budget.stopped ??= objectLimitError(guard.maxObjects, budget.objects, true));
          }
          return items;
        };
        return value instanceof Promise ? value.then(count) : count(value);
      };
    }
  }
}

/** Pothos refuses an argument it cannot read ("ID: … is not of type: Document") without a code: BAD_USER_INPUT it is. */
function withCodedArgumentErrors(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    try {
      return resolve(source, args, context, info);
    } catch (error) {
      if (error instanceof PothosValidationError && !error.extensions?.code) {
        throw new GraphQLError(`${error.message}: pass the \`id\` field of an object of that type.`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      throw error;
    }
  };
}

/** A result that holds one of the guard's refusals becomes that refusal alone: no partial data, one error. */
function collapse(result: ExecutionResult): ExecutionResult | null {
  const refusal = result.errors?.find((error) => RUNTIME_REFUSALS.has(String(error.extensions?.code)));
  return refusal ? { errors: [refusal] } : null;
}

/**
 * A subscription's events until one is refused: that one is sent (the refusal alone), then the
 * subscription ends — every later event would be refused the same way, each after the work
 * the budget allows, and a burst of them would add up to what the budget is there to prevent.
 */
async function* untilRefused(events: AsyncIterable<ExecutionResult>): AsyncGenerator<ExecutionResult> {
  for await (const event of events) {
    const refused = collapse(event);
    yield refused ?? event;
    if (refused) return;
  }
}

/**
 * Puts a guard in the context of every query and subscription. A query stops past --timeout:
 * its client is answered as soon as the time is up, and resolvers still pending stop at their
 * next field. A subscription's events each get the query's budget: --max-objects and --timeout
 * apply to each payload, and a refused payload ends the subscription. Mutations are exempt (a write is bounded by --max-bytes, and must not
 * be reported as failed while it commits). One resolver blocking the event loop cannot be cut
 * short; ours are indexed lookups on bounded lists.
 */
export function requestGuard(limits: Pick<Limits, 'maxObjects' | 'timeoutMs'>, schema: GraphQLSchema): Plugin {
  guardResolvers(schema);
  const { maxObjects, timeoutMs } = limits;
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const budget = newBudget(timeoutMs, true);
      (args.contextValue as Guarded)[GUARD] = { maxObjects, timeoutMs, query: budget };
      const done = { onExecuteDone({ result, setResult }: { result: unknown; setResult(result: ExecutionResult): void }) {
        const refused = result && typeof result === 'object' && !(Symbol.asyncIterator in result) ? collapse(result as ExecutionResult) : null;
        if (refused) setResult(refused);
      } };
      if (timeoutMs <= 0) return done;
      const error = timeoutError(timeoutMs);
      const late = (result: unknown) => (performance.now() > budget.at ? { errors: [error] } : result);
      // Once every pending resolver has stalled, the event loop is free and the timer below answers.
      setExecuteFn((execArgs) => {
        const result = executeFn(execArgs);
        if (!(result instanceof Promise)) return late(result) as typeof result;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            budget.at = 0;
            resolve({ errors: [error] });
          }, timeoutMs);
        });
        return Promise.race([result.then(late), timeout]).finally(() => clearTimeout(timer)) as typeof result;
      });
      return done;
    },
    onSubscribe({ args }) {
      (args.contextValue as Guarded)[GUARD] = { maxObjects, timeoutMs };
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(untilRefused(result as AsyncIterable<ExecutionResult>));
        },
      };
    },
  };
}
