import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';

/**
 * Who may write: the one place mutations are authorized. Reads and subscriptions stay
 * open; a mutation runs only when the server has a token and the request carries it as
 * `Authorization: Bearer <token>`. A refused mutation never reaches a resolver, so nothing
 * is written — and a mutation added later is covered without a check of its own.
 */
export function useWriteAccess(token: string | undefined): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const refusal = writeRefusal(token, (args.contextValue as YogaInitialContext).request.headers.get('authorization'));
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

/** Why a mutation with this Authorization header is refused, or null when it may run. */
export function writeRefusal(token: string | undefined, authorization: string | null): GraphQLError | null {
  if (!token) {
    return new GraphQLError('Writes are disabled on this server: start it with --token <secret> (or WHOSAID_TOKEN) to allow mutations.', { extensions: { code: 'FORBIDDEN' } });
  }
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!presented) {
    return new GraphQLError('This mutation needs the header "Authorization: Bearer <token>" with the token the server was started with.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!sameSecret(presented, token)) {
    return new GraphQLError('The bearer token is wrong: nothing was written.', { extensions: { code: 'FORBIDDEN' } });
  }
  return null;
}

/** Constant-time comparison (of digests, so lengths leak nothing either). */
function sameSecret(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}
