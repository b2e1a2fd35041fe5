import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, validate } from "graphql";
import type { Page } from "playwright-core";
import { EXPLORER_PATH, readExamples, TOKEN_PLACEHOLDER } from "../gateway/endpoints/explorer";
import { ROOT } from "../lib/paths";
import { STEP_MS, watchedPage, type WatchedPage } from "./helpers/chromium";
import { startTestSystem, type TestSystem } from "./helpers/system";

/** What the test reads inside the page; the project compiles without the DOM library. */
type InPage = { localStorage: { getItem(key: string): string | null } };

const examples = readExamples();
let system: TestSystem;
let analyst: { token: string };

beforeAll(async () => {
  system = await startTestSystem("explorer");
  analyst = { token: await system.security.token({ sub: "explorer-analyst", role: "analyst" }) };
});

afterAll(async () => {
  await system?.stop();
});

describe("the explorer's example operations", () => {
  it("are valid against the committed supergraph, each a named query that says what it shows", async () => {
    const gateway = new ApolloGateway({ supergraphSdl: readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8") });
    const { schema } = await gateway.load();
    try {
      const broken = examples
        .map(({ file, query }) => ({ file, errors: validate(schema, parse(query)).map((error) => error.message) }))
        .filter((example) => example.errors.length > 0);
      expect(broken).toEqual([]);
    } finally {
      await gateway.stop();
    }
    for (const { file, query } of examples) expect([file, query.startsWith("# ")]).toEqual([file, true]);
  });

  it("show data of the demo world to an analyst", async () => {
    for (const { file, query } of examples) {
      const { data, errors } = await system.query(query, undefined, analyst);
      expect([file, errors]).toEqual([file, undefined]);
      // A list's page, a statistics query's groups, or the zone dashboard's one object.
      const [answer] = Object.values(data!) as unknown[];
      const rows = Array.isArray(answer) ? answer : ((answer as { nodes?: unknown[] }).nodes ?? [answer]);
      expect([file, rows.length > 0]).toEqual([file, true]);
    }
  });
});

describe("the explorer's page", () => {
  const assets: Array<[string, string, string]> = [
    ["graphiql.min.js", "text/javascript", "graphiql/graphiql.min.js"],
    ["graphiql.min.css", "text/css", "graphiql/graphiql.min.css"],
    ["react.production.min.js", "text/javascript", "react/umd/react.production.min.js"],
    ["react-dom.production.min.js", "text/javascript", "react-dom/umd/react-dom.production.min.js"],
    ["plugin-explorer.umd.js", "text/javascript", "@graphiql/plugin-explorer/dist/index.umd.js"],
    ["plugin-explorer.css", "text/css", "@graphiql/plugin-explorer/dist/style.css"],
  ];

  it("is served without a credential, with a content-security-policy that allows scripts from the gateway only", async () => {
    const response = await fetch(new URL(EXPLORER_PATH, system.gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; script-src 'self'; .*frame-ancestors 'none'$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect((await fetch(new URL(EXPLORER_PATH, system.gatewayUrl), { method: "POST" })).status).toBe(405);
  });

  it.each(assets)("serves %s as %s, the very file of node_modules", async (name, contentType, file) => {
    const response = await fetch(new URL(`${EXPLORER_PATH}/assets/${name}`, system.gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(`${contentType}; charset=utf-8`);
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(await response.text()).toBe(readFileSync(path.join(ROOT, "node_modules", file), "utf8"));
  });
});

describe("the explorer in headless Chromium", () => {
  let browser: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await watchedPage(system.gatewayUrl);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.browser.close();
  });

  it(
    "loads, takes a token in the headers editor, runs an example query and shows its result and the docs",
    async () => {
      const example = examples.find((candidate) => candidate.file === "single-window.graphql")!;
      const expected = await system.query(example.query, undefined, analyst);
      const firstOrder = expected.data!.orders.nodes[0] as { orderNo: string; acturalPaid: string };
      const typeDoc = await system.query(`{ __type(name: "Order") { description } }`, undefined, analyst);
      const orderDescription = (typeDoc.data!.__type.description as string).split("\n")[0]!;

      await page.goto(new URL(EXPLORER_PATH, system.gatewayUrl).href);
      await page.locator(".graphiql-container").waitFor();
      expect(await page.locator(".graphiql-tab").allInnerTexts()).toEqual(examples.map((candidate) => candidate.name));

      const headersEditor = page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror");
      await headersEditor.filter({ hasText: `"Bearer ${TOKEN_PLACEHOLDER}"` }).waitFor();
      await headersEditor.click();
      await page.keyboard.press("ControlOrMeta+A");
      // insertText, not typing: CodeMirror would close every bracket and quote typed.
      await page.keyboard.insertText(`{"authorization": "Bearer ${analyst.token}"}`);

      // Another tab than the one the token went into: the token serves every tab.
      await page.locator(".graphiql-tab", { hasText: example.name }).click();
      await page.locator(".graphiql-tab-active", { hasText: example.name }).waitFor();
      await headersEditor.filter({ hasText: `"Bearer ${analyst.token}"` }).waitFor();
      // GraphiQL reads the operation name of a tab's query 100 ms after showing it (debounced) and runs the
      // previous tab's name until then; it stores the name it read, which says when running is safe.
      await page.waitForFunction((name) => (globalThis as unknown as InPage).localStorage.getItem("graphiql:operationName") === name, example.name);
      await page.locator(".graphiql-execute-button").click();
      const result = page.locator(".result-window");
      await result.filter({ hasText: `"orderNo": "${firstOrder.orderNo}"` }).waitFor();
      await result.filter({ hasText: `"acturalPaid": "${firstOrder.acturalPaid}"` }).waitFor();

      await page.getByLabel("Show Documentation Explorer").click();
      const search = page.locator(".graphiql-doc-explorer-search input");
      await search.fill("Order");
      await page.locator(".graphiql-doc-explorer-search [role=option]", { hasText: /^Order$/ }).click();
      await page.locator(".graphiql-doc-explorer-title", { hasText: /^Order$/ }).waitFor();
      await page.locator(".graphiql-doc-explorer-content", { hasText: orderDescription }).waitFor();

      // GraphiQL's dialogs add a <style> element: the content-security-policy must let them.
      await page.getByLabel("Open settings dialog").click();
      await page.getByRole("dialog").waitFor();
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "detached" });

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.refused).toEqual([]);
      expect(browser.requests.filter((url) => !url.startsWith(system.gatewayUrl))).toEqual([]);
      expect(browser.requests).toEqual(expect.arrayContaining([system.gatewayUrl, new URL(`${EXPLORER_PATH}/assets/graphiql.min.js`, system.gatewayUrl).href]));
    },
    4 * STEP_MS,
  );

  it(
    "builds queries with the explorer plugin and downloads a result as CSV, the rows as the analyst sees them",
    async () => {
      const example = examples.find((candidate) => candidate.file === "customs.graphql")!;
      const { data } = await system.query(example.query, undefined, analyst);
      const nodes = data!.declarations.nodes as Array<{ invtNo: string; buyerName: string; buyerIdNumber: string }>;

      // The page is still open with the token from the test before; the query builder lists the root fields.
      await page.getByLabel("Show GraphiQL Explorer").click();
      await page.locator(".graphiql-explorer-root", { hasText: "declarationStatistics" }).waitFor();

      await page.locator(".graphiql-tab", { hasText: example.name }).click();
      await page.waitForFunction((name) => (globalThis as unknown as InPage).localStorage.getItem("graphiql:operationName") === name, example.name);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByLabel("Download this result as CSV").click()]);
      const rows = parseCsv(readFileSync((await download.path())!, "utf8"), { bom: true }) as string[][];
      const [header, ...lines] = rows;
      expect(header).toEqual(expect.arrayContaining(["invtNo", "declTime", "buyerName", "buyerIdNumber"]));
      const column = (name: string) => header!.indexOf(name);
      expect(lines.map((line) => [line[column("invtNo")], line[column("buyerName")], line[column("buyerIdNumber")]])).toEqual(
        nodes.map((node) => [node.invtNo, node.buyerName, node.buyerIdNumber]),
      );
      expect(lines.every((line) => line[column("buyerIdNumber")]!.includes("*"))).toBe(true);

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.refused).toEqual([]);
      // The token went in a header only: no URL the page asked for holds it.
      expect(browser.requests.filter((url) => url.includes(analyst.token))).toEqual([]);
    },
    4 * STEP_MS,
  );
});
