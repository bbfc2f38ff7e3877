import type { Plugin } from 'graphql-yoga';

/** A page the server answers besides the GraphQL API, by path. */
export type Route = (request: Request) => Response | Promise<Response>;

/**
 * Answers GET and HEAD requests for the paths of `routes` before Yoga parses anything
 * (`/`, `/health`, GraphiQL's page); every other request goes on to GraphQL.
 * `accepts` narrows a route to the requests it is for (GraphiQL: a browser asking for HTML).
 */
export function useRoutes(routes: ReadonlyArray<{ path: string; accepts?: (request: Request) => boolean; route: Route }>): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const match = routes.find(({ path, accepts }) => url.pathname === path && (accepts?.(request) ?? true));
      if (match) endResponse(await match.route(request));
    },
  };
}
