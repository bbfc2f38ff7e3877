/**
 * The page at `/`: what this server is and where to click. A placeholder until the
 * explorer takes `/` (replace HOME_ROUTE in routes.ts).
 */
export function homePage(): Response {
  return new Response(HOME_HTML, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } });
}

const HOME_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>whosaid</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em">
<h1>whosaid</h1>
<p>Who said what about whom: people, organizations, countries and statements from news articles, each with its evidence.</p>
<ul>
<li><a href="/graphql">GraphiQL</a>: query the graph in your browser, with ready examples in its tabs</li>
<li><code>POST /graphql</code>: the GraphQL API</li>
<li><a href="/health">/health</a>: status, documents stored, version</li>
</ul>
</body>
</html>
`;
