import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import { DEPARTMENTS } from "../../lib/departments";
import type { Route } from "../../lib/http";
import { ROOT } from "../../lib/paths";
import { EXPORT_LINK_PATH } from "./csv-export";

export const EXPLORER_PATH = "/explorer";
const ASSETS_PATH = `${EXPLORER_PATH}/assets`;
/** The example operations, one tab each: the departments' in DEPARTMENTS order, then the cross-department tours. */
const EXAMPLES_DIR = path.join(ROOT, "gateway", "explorer");
const EXAMPLE_FILES = [...DEPARTMENTS, "single-window", "export-side", "statistics", "dashboard"].map((name) => `${name}.graphql`);
/** What the headers editor holds until the user pastes a token; the page sends nothing while it is there. */
export const TOKEN_PLACEHOLDER = "<paste a token>";

export interface ExampleOperation {
  file: string;
  name: string;
  query: string;
}

/** Reads the example files; one without exactly one named query fails here, at the gateway's start. */
export function readExamples(): ExampleOperation[] {
  return EXAMPLE_FILES.map((file) => {
    const query = readFileSync(path.join(EXAMPLES_DIR, file), "utf8");
    const operations = parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition");
    const name = operations.length === 1 && operations[0]!.operation === "query" ? operations[0]!.name?.value : undefined;
    if (!name) throw new Error(`${file}: an explorer example holds exactly one named query`);
    return { file, name, query };
  });
}

// Everything comes from this origin, with two exceptions GraphiQL 3 needs: the data: fonts and icons that
// graphiql.min.css embeds, and 'unsafe-inline' styles, because its dialogs (settings, shortcuts) lock
// scrolling with a <style> element whose text depends on the scrollbar's width, so no hash fits. Scripts
// stay 'self' only, and no other site may frame the page (a token is typed into it).
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

// The assets change only with the gateway's dependencies: an hour of caching spares the 3.5 MB bundle on
// every visit and still takes an upgrade the same day. The page is asked for afresh, so its examples are current.
const ASSET_CACHE = "public, max-age=3600";
const PAGE_CACHE = "no-cache";

export const JS = "text/javascript; charset=utf-8";
export const CSS = "text/css; charset=utf-8";
export const HTML = "text/html; charset=utf-8";

export function vendored(packageName: string, file: string): string {
  return readFileSync(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file), "utf8");
}

function page(examples: ExampleOperation[]): string {
  // Relative URLs keep the page working when the gateway is served under a path prefix.
  const assets = ASSETS_PATH.slice(1);
  // A JSON data block is never executed, so it needs no script-src allowance; "<" is escaped so that no
  // example text can close the element.
  const tabs = JSON.stringify(examples.map(({ query }) => ({ query }))).replace(/</g, "\\u003c");
  const config = JSON.stringify({ placeholder: TOKEN_PLACEHOLDER, linkPath: EXPORT_LINK_PATH.slice(1) }).replace(/</g, "\\u003c");
  // The empty icon spares a request for /favicon.ico, which the GraphQL endpoint would answer with a 401.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tradegraph explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}/graphiql.min.css">
<link rel="stylesheet" href="${assets}/plugin-explorer.css">
<link rel="stylesheet" href="${assets}/explorer.css">
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script type="application/json" id="explorer-tabs">${tabs}</script>
<script type="application/json" id="explorer-config">${config}</script>
<script src="${assets}/react.production.min.js"></script>
<script src="${assets}/react-dom.production.min.js"></script>
<script src="${assets}/graphiql.min.js"></script>
<script src="${assets}/plugin-explorer.umd.js"></script>
<script src="${assets}/explorer.js"></script>
</body>
</html>
`;
}

/**
 * A page and its assets, each read once: GET (or HEAD) only, with the page's content-security-policy; the
 * page asked for afresh on every visit, the assets cached for ASSET_CACHE.
 */
export function staticPage(
  pagePath: string,
  contentSecurityPolicy: string,
  files: Record<string, { contentType: string; body: string }>,
): Record<string, Route> {
  const headers = { "content-security-policy": contentSecurityPolicy, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };
  return Object.fromEntries(
    Object.entries(files).map(([route, file]) => [
      route,
      async ({ req }) => {
        const method = (req.method ?? "GET").toUpperCase();
        if (method !== "GET" && method !== "HEAD") return { status: 405, contentType: "text/plain; charset=utf-8", body: "only GET\n" };
        return { status: 200, ...file, headers: { ...headers, "cache-control": route === pagePath ? PAGE_CACHE : ASSET_CACHE } };
      },
    ]),
  );
}

/**
 * GET /explorer: GraphiQL with the schema's documentation, the query builder (@graphiql/plugin-explorer)
 * and one tab per example operation. Its assets come from node_modules, read once here, because the zone's
 * network has no way to a CDN. The page and its assets hold no data, so they need no credential; the
 * GraphQL requests the page makes carry the token the user pastes into the headers editor and pass the
 * gateway's usual checks.
 */
export function explorerRoutes(): Record<string, Route> {
  return staticPage(EXPLORER_PATH, CONTENT_SECURITY_POLICY, {
    [EXPLORER_PATH]: { contentType: HTML, body: page(readExamples()) },
    [`${ASSETS_PATH}/react.production.min.js`]: { contentType: JS, body: vendored("react", "umd/react.production.min.js") },
    [`${ASSETS_PATH}/react-dom.production.min.js`]: { contentType: JS, body: vendored("react-dom", "umd/react-dom.production.min.js") },
    [`${ASSETS_PATH}/graphiql.min.js`]: { contentType: JS, body: vendored("graphiql", "graphiql.min.js") },
    [`${ASSETS_PATH}/graphiql.min.css`]: { contentType: CSS, body: vendored("graphiql", "graphiql.min.css") },
    [`${ASSETS_PATH}/plugin-explorer.umd.js`]: { contentType: JS, body: vendored("@graphiql/plugin-explorer", "dist/index.umd.js") },
    [`${ASSETS_PATH}/plugin-explorer.css`]: { contentType: CSS, body: vendored("@graphiql/plugin-explorer", "dist/style.css") },
    [`${ASSETS_PATH}/explorer.js`]: { contentType: JS, body: readFileSync(path.join(EXAMPLES_DIR, "explorer.js"), "utf8") },
    [`${ASSETS_PATH}/explorer.css`]: { contentType: CSS, body: readFileSync(path.join(EXAMPLES_DIR, "explorer.css"), "utf8") },
  });
}
