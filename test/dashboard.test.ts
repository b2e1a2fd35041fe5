import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, validate } from "graphql";
import { DASHBOARD_PATH, dashboardPanels, defaultPeriod, TOKEN_STORAGE_KEY } from "../gateway/endpoints/dashboard";
import { setClock } from "../lib/clock";
import { ROOT } from "../lib/paths";
import { STEP_MS, watchedPage, type WatchedPage } from "./helpers/chromium";
import { startTestSystem, type TestSystem } from "./helpers/system";

/** What the test reads inside the page; the project compiles without the DOM library. */
type InPage = {
  echarts: { getInstanceByDom(element: unknown): { getOption(): { series: Array<{ name: string; data: unknown[] }> } } };
  document: { getElementById(id: string): unknown };
  sessionStorage: { getItem(key: string): string | null };
  localStorage: { length: number };
};
/** A period of the demo world (2025-01 … 2026-10), so that the test does not depend on today's date. */
const PERIOD = { from: "2025-01-01", to: "2026-12-31" };
/** Where the run keeps its screenshot; docs/dashboard.png only when asked (UPDATE_SCREENSHOT=1). */
const OUTPUT_DIR = path.join(ROOT, "test-output");
const panels = dashboardPanels();

let system: TestSystem;
let analyst: { token: string };

beforeAll(async () => {
  system = await startTestSystem("dashboard");
  analyst = { token: await system.security.token({ sub: "dashboard-analyst", role: "analyst" }) };
});

afterAll(async () => {
  await system?.stop();
});

describe("the dashboard's panels", () => {
  it("each run a statistics query that is valid against the committed supergraph", async () => {
    const gateway = new ApolloGateway({ supergraphSdl: readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8") });
    const { schema } = await gateway.load();
    try {
      expect(panels.map(({ id, query }) => [id, validate(schema, parse(query)).map((error) => error.message)])).toEqual(panels.map(({ id }) => [id, []]));
    } finally {
      await gateway.stop();
    }
  });

  it("start at the last twelve months up to and including today in China (until tomorrow, excluded), also at 23:30 China time on a month's last day", () => {
    setClock(new Date("2026-05-31T15:30:00Z"));
    try {
      expect(defaultPeriod()).toEqual({ from: "2025-06-01", to: "2026-06-01" });
    } finally {
      setClock(null);
    }
    expect(defaultPeriod("2026-01-15")).toEqual({ from: "2025-02-01", to: "2026-01-16" });
    expect(defaultPeriod("2026-12-31")).toEqual({ from: "2026-01-01", to: "2027-01-01" });
  });
});

describe("the dashboard page", () => {
  it("is served without a credential, with a content-security-policy for the gateway alone and nothing from elsewhere", async () => {
    const response = await fetch(new URL(DASHBOARD_PATH, system.gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'; .*frame-ancestors 'none'$/);
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const echarts = await fetch(new URL(`${DASHBOARD_PATH}/assets/echarts.min.js`, system.gatewayUrl));
    expect(await echarts.text()).toBe(readFileSync(path.join(ROOT, "node_modules", "echarts", "dist", "echarts.min.js"), "utf8"));
  });
});

describe("the dashboard in headless Chromium", () => {
  let browser: WatchedPage;

  beforeAll(async () => {
    browser = await watchedPage(system.gatewayUrl);
  });

  afterAll(async () => {
    await browser?.browser.close();
  });

  it(
    "takes a token, draws every chart with the figures of its statistics query, filters by department and downloads a panel's CSV",
    async () => {
      const { page } = browser;
      await page.goto(new URL(DASHBOARD_PATH, system.gatewayUrl).href);
      // Before a token is pasted nothing is asked of the graph.
      await page.locator("#who", { hasText: "not signed in" }).waitFor();
      await page.fill("#from", PERIOD.from);
      await page.fill("#to", PERIOD.to);
      await page.fill("#token", analyst.token);
      await page.click("#sign-in button[type=submit]");
      for (const panel of panels) await page.locator(`#panel-${panel.id}[data-state=drawn]`).waitFor();

      // Every chart has series with figures, and the customs chart holds exactly what its query answers.
      const series = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const inPage = globalThis as unknown as InPage;
            return inPage.echarts.getInstanceByDom(inPage.document.getElementById(`chart-${id}`)).getOption().series;
          }),
        panels.map((panel) => panel.id),
      );
      // A chart has figures wherever its query has groups (the demo world has no rebate applications: that
      // panel says so instead of drawing an empty chart).
      const drawnPanels: string[] = [];
      for (const [index, panel] of panels.entries()) {
        const variables = JSON.parse(JSON.stringify(panel.variables).replaceAll('"$from"', `"${PERIOD.from}"`).replaceAll('"$to"', `"${PERIOD.to}"`));
        const { data, errors } = await system.query(panel.query, variables, analyst);
        expect([panel.id, errors]).toEqual([panel.id, undefined]);
        const [answer] = Object.values(data!) as unknown[];
        const groups = Array.isArray(answer) ? answer.length : 1;
        const values = series[index]!.flatMap((one) =>
          one.data.map((point) => (typeof point === "object" && point !== null ? (point as { value: number }).value : point)),
        );
        const drawn = values.some((value) => typeof value === "number" && value > 0);
        expect([panel.id, drawn]).toEqual([panel.id, groups > 0]);
        if (drawn) drawnPanels.push(panel.id);
        if (groups === 0) await page.locator(`#panel-${panel.id} .status`, { hasText: "no figures for this period" }).waitFor();
      }
      expect(drawnPanels).toEqual(expect.arrayContaining(["target", "declarations", "inspections", "credit", "delivery", "exports"]));
      const declarations = panels.find((panel) => panel.id === "declarations")!;
      const expected = await system.query(declarations.query, { groupBy: ["MONTH"], filter: PERIOD }, analyst);
      const byMonth = expected.data!.declarationStatistics as Array<{ month: string; declarations: number }>;
      expect(series[panels.indexOf(declarations)]!.find((one) => one.name === "Lists declared")!.data).toEqual(byMonth.map((row) => row.declarations));
      // The figures as a table, and the query beside the chart.
      await page.locator("#panel-declarations .figures td", { hasText: byMonth[0]!.month }).waitFor();
      await page.locator("#panel-declarations .query pre", { hasText: "query DeclarationStatistics" }).waitFor({ state: "attached" });

      const screenshot = process.env.UPDATE_SCREENSHOT === "1" ? path.join(ROOT, "docs", "dashboard.png") : path.join(OUTPUT_DIR, "dashboard.png");
      mkdirSync(path.dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });

      // The department filter: CIQ's panel and the zone's headline stay, the others are hidden.
      await page.selectOption("#department", "ciq");
      await page.click("#filters button[type=submit]");
      await page.locator("#panel-declarations").waitFor({ state: "hidden" });
      const visible = await page.locator(".panel:visible").evaluateAll((sections) => sections.map((section) => (section as unknown as { id: string }).id));
      expect(visible).toEqual(["panel-target", "panel-inspections"]);
      await page.locator("#panel-inspections[data-state=drawn]").waitFor();

      // A panel's CSV through a signed link: the file arrives with the same groups the chart shows.
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#panel-inspections .csv")]);
      const rows = parseCsv(readFileSync((await download.path())!, "utf8"), { bom: true }) as string[][];
      expect(rows[0]).toEqual(expect.arrayContaining(["productCategory", "decided", "passRate"]));
      const inspections = await system.query(
        panels.find((panel) => panel.id === "inspections")!.query,
        { groupBy: ["PRODUCT_CATEGORY"], filter: PERIOD },
        analyst,
      );
      expect(rows.length - 1).toBe(inspections.data!.inspectionStatistics.length);

      // The token stays in the tab's sessionStorage: never in a URL, never in localStorage.
      const stored = await page.evaluate((key) => {
        const inPage = globalThis as unknown as InPage;
        return { session: inPage.sessionStorage.getItem(key), local: inPage.localStorage.length };
      }, TOKEN_STORAGE_KEY);
      expect(stored).toEqual({ session: analyst.token, local: 0 });
      expect(browser.requests.filter((url) => url.includes(analyst.token))).toEqual([]);

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.refused).toEqual([]);
      expect(browser.requests.filter((url) => new URL(url).origin !== new URL(system.gatewayUrl).origin)).toEqual([]);
      expect(browser.requests).toEqual(expect.arrayContaining([new URL(`${DASHBOARD_PATH}/assets/echarts.min.js`, system.gatewayUrl).href]));
    },
    6 * STEP_MS,
  );

  it("shows an enterprise user the refusal of the zone-wide figures, not an empty chart", async () => {
    const enterprise = await system.security.token({ sub: "dashboard-enterprise", role: "enterprise", uscc: system.partnerUscc });
    const page = await browser.context.newPage();
    try {
      await page.goto(new URL(DASHBOARD_PATH, system.gatewayUrl).href);
      await page.fill("#token", enterprise);
      await page.click("#sign-in button[type=submit]");
      await page.locator("#panel-credit[data-state=failed] .status", { hasText: "FORBIDDEN" }).waitFor();
    } finally {
      await page.close();
    }
  });
});
