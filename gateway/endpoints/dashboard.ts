import { readFileSync } from "node:fs";
import path from "node:path";
import type { Department } from "../../lib/departments";
import type { Route } from "../../lib/http";
import { now } from "../../lib/clock";
import { ROOT } from "../../lib/paths";
import { chinaDay } from "../../lib/rules/china-time";
import { EXPORT_LINK_PATH, readExports } from "./csv-export";
import { CSS, HTML, JS, staticPage, vendored } from "./explorer";

export const DASHBOARD_PATH = "/dashboard";
const ASSETS_PATH = `${DASHBOARD_PATH}/assets`;
const PAGE_DIR = path.join(ROOT, "gateway", "dashboard");
/** Where the page keeps the token pasted into it: the tab's session only, never a URL or localStorage. */
export const TOKEN_STORAGE_KEY = "tradegraph:token";

/** A value of a panel's variables the page fills in from its period filter. */
type Filled = "$from" | "$to";
type Variables = { [name: string]: Filled | string[] | Variables };

/** How a panel draws its rows: one figure per field of the one row, bars (or lines) per category, a pie, or one line per value of `split`. */
export type Chart =
  | { kind: "figures"; values: Array<{ field: string; label: string }>; headline: { field: string; label: string } }
  | { kind: "bars"; category: string; values: Array<{ field: string; label: string; line?: boolean; percent?: boolean }> }
  | { kind: "pie"; category: string; value: string }
  | { kind: "split"; category: string; split: string; value: string; label: string };

export interface Panel {
  id: string;
  title: string;
  /** The department whose figures it shows, for the department filter; "zone" for every department's. */
  department: Department | "zone";
  /** The registered export whose query the panel runs: an analyst can run the same query, and download it as CSV. */
  exportName: string;
  variables: Variables;
  chart: Chart;
}

const period = { from: "$from", to: "$to" } as const;

/** The dashboard's panels, in page order. */
export const PANELS: Panel[] = [
  {
    id: "target",
    title: "Trade against the zone's target (CNY)",
    department: "zone",
    exportName: "ZoneDashboard",
    variables: { ...period },
    chart: {
      kind: "figures",
      values: [
        { field: "tradeValue", label: "Trade value" },
        { field: "periodTradeTarget", label: "Target" },
        { field: "tax", label: "Import tax" },
      ],
      headline: { field: "shareOfTarget", label: "of the period's target" },
    },
  },
  {
    id: "declarations",
    title: "Declarations and tax by month",
    department: "customs",
    exportName: "DeclarationStatistics",
    variables: { groupBy: ["MONTH"], filter: { ...period } },
    chart: {
      kind: "bars",
      category: "month",
      values: [
        { field: "declarations", label: "Lists declared" },
        { field: "released", label: "Released" },
        { field: "tax", label: "Tax (CNY)", line: true },
      ],
    },
  },
  {
    id: "inspections",
    title: "Inspection and pass rates by product category (HS chapter)",
    department: "ciq",
    exportName: "InspectionStatistics",
    variables: { groupBy: ["PRODUCT_CATEGORY"], filter: { ...period } },
    chart: {
      kind: "bars",
      category: "productCategory",
      values: [
        { field: "inspectionRate", label: "Inspection rate", percent: true },
        { field: "passRate", label: "Pass rate", percent: true },
      ],
    },
  },
  {
    id: "credit",
    title: "Enterprises by credit class",
    department: "credit",
    exportName: "CreditStatistics",
    variables: { groupBy: ["CREDIT_CLASS"] },
    chart: { kind: "pie", category: "creditClass", value: "enterprises" },
  },
  {
    id: "delivery",
    title: "Hours from release to delivery, by logistics company",
    department: "logistics",
    exportName: "DeliveryTimes",
    variables: { groupBy: ["LOGISTICS_COMPANY"], filter: { ...period } },
    chart: {
      kind: "bars",
      category: "logisticsCompanyCode",
      values: [
        { field: "p50Hours", label: "Median" },
        { field: "p90Hours", label: "90th percentile" },
        { field: "p99Hours", label: "99th percentile" },
      ],
    },
  },
  {
    id: "exports",
    title: "Export values by month (FOB, per currency)",
    department: "customs",
    exportName: "ExportStatistics",
    variables: { groupBy: ["MONTH"], filter: { ...period } },
    chart: { kind: "split", category: "month", split: "currency", value: "goodsValue", label: "currency" },
  },
  {
    id: "rebates",
    title: "Export VAT rebates by month of application (CNY)",
    department: "finance",
    exportName: "ExportRebateStatistics",
    variables: { groupBy: ["MONTH"], filter: { ...period } },
    chart: {
      kind: "bars",
      category: "month",
      values: [
        { field: "claimed", label: "Claimed" },
        { field: "approvedAmount", label: "Approved" },
        { field: "paid", label: "Paid" },
      ],
    },
  },
];

// Scripts, styles and connections from this origin only: ECharts draws on canvas and styles its elements
// through the DOM (allowed), so unlike GraphiQL the page needs no inline style; nothing may frame it.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The period a visit starts with: the last twelve months up to and including today, in China (the page's own
 * clock may be elsewhere). Like every date range of the graph it is half-open, so `to` is tomorrow.
 */
export function defaultPeriod(today = chinaDay(now())): { from: string; to: string } {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 12, 1));
  const tomorrow = new Date(Date.UTC(year, month - 1, day + 1));
  return { from: start.toISOString().slice(0, 10), to: tomorrow.toISOString().slice(0, 10) };
}

const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The panels with their queries' text; a panel naming no export fails here, at the gateway's start. */
export function dashboardPanels(): Array<Panel & { query: string }> {
  const registered = readExports();
  return PANELS.map((panel) => {
    const exported = registered.get(panel.exportName);
    if (!exported) throw new Error(`dashboard panel ${panel.id}: no export ${panel.exportName} in gateway/exports`);
    return { ...panel, query: exported.query };
  });
}

function page(panels: Array<Panel & { query: string }>, period: { from: string; to: string }): string {
  const assets = ASSETS_PATH.slice(1);
  const config = { tokenKey: TOKEN_STORAGE_KEY, linkPath: EXPORT_LINK_PATH.slice(1) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tradegraph dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}/dashboard.css">
</head>
<body>
<header>
<h1>Tradegraph — the zone's dashboard</h1>
<form id="sign-in">
<label>Bearer token <input id="token" type="password" autocomplete="off" placeholder="paste a token (e.g. TG_ANALYST's)"></label>
<button type="submit">Sign in</button>
<button type="button" id="sign-out">Sign out</button>
<span id="who"></span>
</form>
<form id="filters">
<label>From <input id="from" type="date" required></label>
<label>Until (not included) <input id="to" type="date" required></label>
<label>Department <select id="department">
<option value="">all departments</option>
${["customs", "ciq", "credit", "logistics", "finance"].map((department) => `<option value="${department}">${department}</option>`).join("\n")}
</select></label>
<button type="submit">Show</button>
</form>
</header>
<main id="panels"></main>
<script type="application/json" id="dashboard-panels">${json(panels)}</script>
<script type="application/json" id="dashboard-config">${json(config)}</script>
<script type="application/json" id="dashboard-period">${json(period)}</script>
<script src="${assets}/echarts.min.js"></script>
<script src="${assets}/dashboard.js"></script>
</body>
</html>
`;
}

/**
 * GET /dashboard: the zone's figures as charts, each beside the GraphQL statistics query it comes from and
 * its figures as a table, for a caller who pastes a token (kept in the tab's sessionStorage). ECharts comes
 * from node_modules, like the explorer's assets, because the zone's network has no CDN. The page is built
 * per visit only for its default period (today in China); everything else is read once at start.
 */
export function dashboardRoutes(): Record<string, Route> {
  const assets = staticPage(DASHBOARD_PATH, CONTENT_SECURITY_POLICY, {
    [`${ASSETS_PATH}/echarts.min.js`]: { contentType: JS, body: vendored("echarts", "dist/echarts.min.js") },
    [`${ASSETS_PATH}/dashboard.js`]: { contentType: JS, body: readFileSync(path.join(PAGE_DIR, "dashboard.js"), "utf8") },
    [`${ASSETS_PATH}/dashboard.css`]: { contentType: CSS, body: readFileSync(path.join(PAGE_DIR, "dashboard.css"), "utf8") },
  });
  const panels = dashboardPanels();
  const visit: Route = (request) =>
    staticPage(DASHBOARD_PATH, CONTENT_SECURITY_POLICY, { [DASHBOARD_PATH]: { contentType: HTML, body: page(panels, defaultPeriod()) } })[DASHBOARD_PATH]!(
      request,
    );
  return { ...assets, [DASHBOARD_PATH]: visit };
}
