import { GraphQLError } from 'graphql';

/** A refusal: its message names the limit, its value and what the request had; `extensions.code` says which. */
export const limitError = (message: string, code: string, extra: Record<string, unknown> = {}, status?: number) =>
  new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });

/** Too many objects, estimated before the query runs or counted while it runs. */
export const objectLimitError = (limit: number, found: number, counted = false) =>
  limitError(
    counted
      ? `Query returned more than ${limit} objects and was stopped (the server's --max-objects): its lists are longer than estimated; ask for smaller pages (first), or nest fewer lists.`
      : `Query would return about ${found} objects, above this server's limit of ${limit} (the server's --max-objects): ask for smaller pages (first), or nest fewer lists.`,
    'OBJECT_LIMIT_EXCEEDED', { limit, found },
  );

export const timeoutError = (ms: number) =>
  limitError(`The query ran longer than this server's limit of ${ms} ms and was stopped (the server's --timeout): ask for fewer or smaller pages.`, 'TIMEOUT', { limit: ms });

/** Codes of the refusals the request guard raises while a query runs: one of them replaces the whole result. */
export const RUNTIME_REFUSALS = new Set(['OBJECT_LIMIT_EXCEEDED', 'TIMEOUT']);
