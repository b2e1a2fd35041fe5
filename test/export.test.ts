import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { HeaderMap, type GraphQLResponse } from "@apollo/server";
import { parse } from "csv-parse/sync";
import { buildSchema, Kind, parse as parseGraphQL, type ObjectTypeExtensionNode } from "graphql";
import { cellText, CHINA_TIME_SUFFIX, csvExports, csvLine, EXPORT_PAGE_SIZE, readExports, spreadsheetSafe } from "../gateway/endpoints/csv-export";
import { EXPORT_LINK_TTL_MS, exportLinkKey, signExportLink } from "../gateway/endpoints/export-link";
import type { Identity } from "../lib/auth/identity";
import { buildWorld } from "../demo/world";
import { ROOT } from "../lib/paths";
import { HttpRejection } from "../lib/http";
import { chinaDateTime } from "../lib/rules/china-time";
import { mask } from "../lib/rules/masking";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const BOM = "\uFEFF";
let system: TestSystem;
let analyst: Credentials;

beforeAll(async () => {
  system = await startTestSystem("export");
  analyst = { token: await system.security.token({ sub: "export-analyst", role: "analyst" }) };
});

afterAll(async () => {
  await system?.stop();
});

function exportRequest(name: string, credentials: Credentials, variables?: unknown): Promise<Response> {
  const search = variables === undefined ? "" : `?variables=${encodeURIComponent(typeof variables === "string" ? variables : JSON.stringify(variables))}`;
  return fetch(new URL(`export/${name}.csv${search}`, system.gatewayUrl), { headers: system.headers(credentials) });
}

const csvRows = (text: string) => parse(text, { bom: true, relax_column_count: true }) as string[][];

/**
 * What the CSV should hold for these GraphQL rows: each dotted column looked up, null empty, lists as JSON,
 * and a DateTime column (its header says UTC+8) as China's wall clock.
 */
const cellsOf = (header: string[], node: unknown) =>
  header.map((column) => {
    const chinaTime = column.endsWith(CHINA_TIME_SUFFIX);
    const value = column
      .slice(0, chinaTime ? -CHINA_TIME_SUFFIX.length : undefined)
      .split(".")
      .reduce<any>((current, key) => current?.[key], node);
    if (value === null || value === undefined) return "";
    if (chinaTime) return chinaDateTime(new Date(value as string));
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });

/** The same export query paged through over GraphQL, as the same caller. */
async function pagedOverGraphQL(name: string, variables: Record<string, unknown>, credentials: Credentials) {
  const { query } = readExports().get(name)!;
  const nodes: unknown[] = [];
  let pages = 0;
  for (let after: string | null = null; pages === 0 || after !== null; pages++) {
    const { data, errors } = await system.query(query, { ...variables, first: EXPORT_PAGE_SIZE, after }, credentials);
    expect(errors).toBeUndefined();
    const [connection] = Object.values(data!) as Array<{ nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;
    nodes.push(...connection!.nodes);
    after = connection!.pageInfo.hasNextPage ? connection!.pageInfo.endCursor : null;
  }
  return { nodes, pages };
}

describe("an analyst's CSV export", () => {
  it("holds exactly the rows paging through the same query over GraphQL gives, in the same order, personal data masked", async () => {
    const response = await exportRequest("Declarations", analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Declarations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Bytes, because text() drops a byte-order mark.
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = csvRows(text);
    expect(header).toEqual([
      "agentCode",
      "copNo",
      "invtNo",
      "orderNo",
      "declTime",
      "tradeMode",
      "order.goodsValue",
      "dutiableValue",
      "taxTotal",
      "currency",
      "returnStatus",
      "ebpCode",
      "ebcCode",
      "buyerName",
      "buyerIdNumber",
    ]);

    const { nodes, pages } = await pagedOverGraphQL("Declarations", {}, analyst);
    expect(pages).toBeGreaterThan(1);
    expect(rows).toEqual(nodes.map((node) => cellsOf(header!, node)));

    // Masked exactly as the policy masks it, while the enterprises stay identified.
    const world = new Map(buildWorld().customs.declarations.map((declaration) => [`${declaration.agentCode}/${declaration.copNo}`, declaration]));
    const column = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const real = world.get(`${row[column("agentCode")]}/${row[column("copNo")]}`)!;
      expect([row[column("buyerName")], row[column("buyerIdNumber")], row[column("ebpCode")]]).toEqual([
        mask.name(real.buyerName),
        mask.idNumber(real.buyerIdNumber),
        real.ebpCode,
      ]);
    }
  });

  it("takes filter variables by POST and flattens what other departments add into dotted columns", async () => {
    const variables = { filter: { enterprise: system.partnerUscc } };
    const response = await fetch(new URL("export/Orders.csv", system.gatewayUrl), {
      method: "POST",
      headers: system.headers(analyst),
      body: JSON.stringify({ variables }),
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = csvRows(await response.text());
    expect(header).toEqual(expect.arrayContaining(["payment.amountPaid", "waybill.status"]));
    const { nodes } = await pagedOverGraphQL("Orders", variables, analyst);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(nodes.map((node) => cellsOf(header!, node)));
  });

  it.each(["Declarations", "Orders", "Payments", "Waybills"])("%s runs against the graph and ends without an error line", async (name) => {
    const response = await exportRequest(name, analyst);
    expect(response.status).toBe(200);
    const rows = csvRows(await response.text());
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((row) => row[0] === "#ERROR")).toBe(false);
  });

  it("exports a statistics query as its groups, one row each, the same figures the graph gives", async () => {
    const variables = { groupBy: ["HS_CHAPTER"], filter: { from: "2020-01-01", to: "2030-01-01" } };
    const response = await exportRequest("DeclarationStatistics", analyst, variables);
    expect(response.status).toBe(200);
    const [header, ...rows] = csvRows(await response.text());
    const { data, errors } = await system.query(readExports().get("DeclarationStatistics")!.query, variables, analyst);
    expect(errors).toBeUndefined();
    expect(data!.declarationStatistics.length).toBeGreaterThan(1);
    expect(rows).toEqual(data!.declarationStatistics.map((group: unknown) => cellsOf(header!, group)));
  });

  it("is streamed: the first rows arrive as a chunk of their own, before the rest of the file", async () => {
    const response = await exportRequest("Declarations", analyst);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const first = await reader.read();
    const firstText = decoder.decode(first.value, { stream: true });
    let text = firstText;
    let chunks = 1;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      text += decoder.decode(next.value, { stream: true });
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(1);
    expect(firstText.startsWith(`${BOM}agentCode,copNo,`)).toBe(true);
    expect(firstText.length).toBeLessThan(text.length);
    expect(csvRows(text).length).toBeGreaterThan(EXPORT_PAGE_SIZE + 1);
  });
});

describe("who may export, and what is refused", () => {
  const errorOf = async (response: Response) => ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;

  it("refuses a caller without credentials (401) and a partner platform (403)", async () => {
    const anonymous = await exportRequest("Declarations", "anonymous");
    expect([anonymous.status, await errorOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
    const partner = await exportRequest("Declarations", { apiKey: system.security.partnerKey });
    expect([partner.status, await errorOf(partner)]).toEqual([403, "FORBIDDEN"]);
  });

  it("answers an unknown export with 404 EXPORT_NOT_FOUND", async () => {
    for (const name of ["Nope", "declarations", "Declarations.csv"]) {
      const response = await exportRequest(name, analyst);
      expect([name, response.status, await errorOf(response)]).toEqual([name, 404, "EXPORT_NOT_FOUND"]);
    }
  });

  it.each([
    ["variables that are not JSON", "{filter"],
    ["variables that are not an object", [1]],
    ["a variable the export does not take", { filtr: {} }],
    ["a page variable, which the export sets itself", { first: 5 }],
    ["a filter of the wrong type (refused by the graph, before any row)", { filter: { returnStatus: "accepted" } }],
  ])("answers %s with 400 BAD_USER_INPUT", async (_, variables) => {
    const response = await exportRequest("Declarations", analyst, variables);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect([response.status, await errorOf(response)]).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("answers a department that is down on the first page with its status and code, not a partial file", async () => {
    await system.stopService("logistics");
    try {
      const response = await exportRequest("Waybills", analyst);
      expect([response.status, await errorOf(response)]).toEqual([503, "SUBGRAPH_UNAVAILABLE"]);
    } finally {
      await system.startService("logistics");
    }
  });
});

/** The root fields of the departments' statistics schemas (subgraphs/<dept>/statistics.graphql). */
const statisticsQueries = () =>
  ["customs", "ciq", "credit", "logistics", "finance"].flatMap((department) =>
    parseGraphQL(readFileSync(path.join(ROOT, "subgraphs", department, "statistics.graphql"), "utf8"))
      .definitions.filter(
        (definition): definition is ObjectTypeExtensionNode => definition.kind === Kind.OBJECT_TYPE_EXTENSION && definition.name.value === "Query",
      )
      .flatMap((query) => (query.fields ?? []).map((field) => field.name.value)),
  );

/** Variables for every statistics export over the whole demo world. */
const WHOLE_PERIOD: Record<string, Record<string, unknown>> = {
  dates: { filter: { from: "2025-01-01", to: "2026-12-31" } },
  months: { fromPeriod: "2025-01", toPeriod: "2026-12" },
  zone: { from: "2025-01-01", to: "2026-12-31" },
};
/** The demo world files no rebate application (its tax bills are paid on their due day): this file holds a header only. */
const EMPTY_IN_DEMO = ["ExportRebateStatistics"];
const periodOf = (name: string) => {
  const { variables } = readExports().get(name)!;
  return variables.has("filter") ? WHOLE_PERIOD.dates : variables.has("fromPeriod") ? WHOLE_PERIOD.months : variables.has("from") ? WHOLE_PERIOD.zone : {};
};

describe("statistics as CSV", () => {
  it("has an export for every statistics query of every department", () => {
    const exported = [...readExports().values()].map((operation) => operation.root.name.value);
    const queries = statisticsQueries();
    expect(queries.length).toBeGreaterThanOrEqual(12);
    expect(queries.filter((query) => !exported.includes(query))).toEqual([]);
  });

  it.each([...readExports().values()].filter((operation) => statisticsQueries().includes(operation.root.name.value)).map((operation) => operation.name))(
    "%s gives an analyst the groups the graph gives, figure for figure",
    async (name) => {
      const variables = periodOf(name);
      const response = await exportRequest(name, analyst, variables);
      expect(response.status).toBe(200);
      const [header, ...rows] = csvRows(await response.text());
      const { data, errors } = await system.query(readExports().get(name)!.query, variables, analyst);
      expect(errors).toBeUndefined();
      const [answer] = Object.values(data!);
      const groups = Array.isArray(answer) ? answer : [answer];
      expect([name, groups.length > 0]).toEqual([name, !EMPTY_IN_DEMO.includes(name)]);
      expect(rows).toEqual(groups.map((group: unknown) => cellsOf(header!, group)));
    },
  );
});

describe("dates and times in a CSV file", () => {
  it("are China's wall clock, said in the column's header, so that a spreadsheet puts them on China's day", async () => {
    expect(cellText("2026-05-31T15:30:00.000Z", true)).toBe("2026-05-31 23:30:00");
    expect(cellText("2026-05-31T16:30:00Z", true)).toBe("2026-06-01 00:30:00");
    expect(cellText("2026-05-31", false)).toBe("2026-05-31");

    const variables = { filter: { enterprise: system.partnerUscc } };
    const [header, ...rows] = csvRows(await (await exportRequest("Orders", analyst, variables)).text());
    expect(header).toEqual(expect.arrayContaining(["appTime (UTC+8)", "payment.payTime (UTC+8)"]));
    const { nodes } = await pagedOverGraphQL("Orders", variables, analyst);
    const first = nodes[0] as { appTime: string };
    const at = header!.indexOf("appTime (UTC+8)");
    expect(rows[0]![at]).toBe(chinaDateTime(new Date(first.appTime)));
    expect(rows[0]![at]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe("a signed download link", () => {
  const errorOf = async (response: Response) => ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;
  const askLink = (body: unknown, credentials: Credentials = analyst) =>
    fetch(new URL("export/link", system.gatewayUrl), { method: "POST", headers: system.headers(credentials), body: JSON.stringify(body) });
  const open = (url: string) => fetch(new URL(url, system.gatewayUrl));
  const variables = { filter: { returnStatus: 800 } };

  it("is given to a caller with a token and downloads the same file with no header, for a few minutes", async () => {
    const response = await askLink({ export: "Declarations", variables });
    expect([response.status, response.headers.get("cache-control")]).toEqual([200, "no-store"]);
    const { url, expiresAt } = (await response.json()) as { url: string; expiresAt: string };
    expect(url).toMatch(/^\/export\/Declarations\.csv\?variables=.+&link=/);
    expect(url).not.toContain((analyst as { token: string }).token);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(EXPORT_LINK_TTL_MS);

    const byLink = await open(url);
    expect([byLink.status, byLink.headers.get("content-type")]).toEqual([200, "text/csv; charset=utf-8"]);
    const byToken = await exportRequest("Declarations", analyst, variables);
    const [header, ...rows] = csvRows(await byLink.text());
    expect([header, ...rows]).toEqual(csvRows(await byToken.text()));
    expect(rows.length).toBeGreaterThan(0);
    // Read as the analyst who asked: buyers masked.
    const buyer = header!.indexOf("buyerIdNumber");
    expect(rows.every((row) => row[buyer]!.includes("*"))).toBe(true);
  });

  it("downloads the answer to the caller's own query (the explorer's CSV button), masked for its role", async () => {
    const query = "query Latest($n: Int) { orders(first: $n) { nodes { orderNo appTime buyerName } } }";
    const { url } = (await (await askLink({ query, operationName: "Latest", variables: { n: 3 } })).json()) as { url: string };
    expect(url).toMatch(/^\/export\/query\?/);
    const [header, ...rows] = csvRows(await (await open(url)).text());
    expect(header).toEqual(["orderNo", "appTime (UTC+8)", "buyerName"]);
    expect(rows).toHaveLength(3);
    const { data } = await system.query(query, { n: 3 }, analyst);
    expect(rows).toEqual(data!.orders.nodes.map((node: unknown) => cellsOf(header!, node)));
    expect(rows.every((row) => row[2]!.includes("*"))).toBe(true);

    const mutation = await askLink({ query: "mutation { recordTracking(input: {}) { status } }" });
    expect([mutation.status, await errorOf(mutation)]).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("refuses an expired link with 401 EXPORT_LINK_EXPIRED and asks for a new one", async () => {
    const key = exportLinkKey(system.security.contextSecret);
    const identity: Identity = { subject: "export-analyst", role: "analyst", usccs: [], requestId: "r" };
    const text = JSON.stringify(variables);
    const issued = (at: number) => signExportLink(key, identity, { name: "Declarations", query: null, variables: text }, at).token;
    const url = (token: string) => `export/Declarations.csv?${new URLSearchParams({ variables: text, link: token })}`;
    const expired = await open(url(issued(Date.now() - EXPORT_LINK_TTL_MS - 1)));
    expect([expired.status, await errorOf(expired)]).toEqual([401, "EXPORT_LINK_EXPIRED"]);
    // The same link made a moment ago passes: it is the time that refuses it.
    expect((await open(url(issued(Date.now())))).status).toBe(200);
  });

  it("refuses a tampered link with 403 EXPORT_LINK_INVALID: other variables, another export, an altered or foreign signature", async () => {
    const { url } = (await (await askLink({ export: "Declarations", variables })).json()) as { url: string };
    const link = new URL(url, system.gatewayUrl);
    const token = link.searchParams.get("link")!;
    const altered = (change: (params: URLSearchParams) => void, pathname = link.pathname) => {
      const params = new URLSearchParams(link.searchParams);
      change(params);
      return `${pathname}?${params}`;
    };
    const foreign = signExportLink(
      exportLinkKey("another gateway"),
      { subject: "x", role: "admin", usccs: [], requestId: "r" },
      {
        name: "Declarations",
        query: null,
        variables: JSON.stringify(variables),
      },
    ).token;
    const [body, mac] = token.split(".") as [string, string];
    const widened = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), exp: Date.now() + 86_400_000 })).toString(
      "base64url",
    );
    for (const [what, tampered] of [
      ["other variables", altered((params) => params.set("variables", JSON.stringify({ filter: { returnStatus: 100 } })))],
      ["no variables", altered((params) => params.delete("variables"))],
      ["another export", altered(() => {}, "/export/Payments.csv")],
      ["an export that does not exist", altered(() => {}, "/export/Nope.csv")],
      ["an altered signature", altered((params) => params.set("link", `${token.slice(0, -2)}${token.endsWith("A") ? "B" : "A"}A`))],
      ["a later expiry", altered((params) => params.set("link", `${widened}.${mac}`))],
      ["a link signed by another key", altered((params) => params.set("link", foreign))],
      ["a link that is not one", altered((params) => params.set("link", "nonsense"))],
    ] as const) {
      const response = await open(tampered);
      expect([what, response.status, await errorOf(response)]).toEqual([what, 403, "EXPORT_LINK_INVALID"]);
    }
  });

  it("is refused to a caller without a token (401), to a partner (403), for an unknown export (404) and for bad variables (400)", async () => {
    const anonymous = await askLink({ export: "Declarations" }, "anonymous");
    expect([anonymous.status, await errorOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
    const partner = await askLink({ export: "Declarations" }, { apiKey: system.security.partnerKey });
    expect([partner.status, await errorOf(partner)]).toEqual([403, "FORBIDDEN"]);
    const unknown = await askLink({ export: "Nope" });
    expect([unknown.status, await errorOf(unknown)]).toEqual([404, "EXPORT_NOT_FOUND"]);
    const bad = await askLink({ export: "Declarations", variables: { filtr: {} } });
    expect([bad.status, await errorOf(bad)]).toEqual([400, "BAD_USER_INPUT"]);
    const get = await fetch(new URL("export/link", system.gatewayUrl), { headers: system.headers(analyst) });
    expect(get.status).toBe(405);
  });
});

describe("the CSV it writes", () => {
  it("quotes fields per RFC 4180 and keeps formulas from running, but not numbers", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", "plain", ""])).toBe('"a,b","say ""hi""","two\nlines",plain,\r\n');
    for (const text of ['=HYPERLINK("http://x")', "+86 138 0000 0000", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "-", "-12.50 CNY"]) {
      expect(spreadsheetSafe(text)).toBe(`'${text}`);
    }
    for (const text of ["-12.50", "-3", "+4.5", "-1e-3", "12.50", "王**", "1101**********002X", "a=b", ""]) expect(spreadsheetSafe(text)).toBe(text);
    expect(csvLine(["=1+1", "-12.50", "\r=1"])).toBe("'=1+1,-12.50,\"'\r=1\"\r\n");
  });
});

describe("the export endpoint on its own", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tradegraph-exports-"));
  const schema = buildSchema(`
    type Query { things(first: Int, after: String): ThingConnection! groups: [Group!]! }
    type ThingConnection { nodes: [Thing!]! pageInfo: PageInfo! }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type Thing { id: ID! amount: String owner: Owner tags: [String!]! }
    type Owner { code: String! name: String }
    type Group { key: String! count: Int! }
  `);
  writeFileSync(
    path.join(dir, "Things.graphql"),
    "# Things.\nquery Things($first: Int, $after: String) { things(first: $first, after: $after) { nodes { id amount owner { code label: name } tags } pageInfo { hasNextPage endCursor } } }\n",
  );
  writeFileSync(
    path.join(dir, "Groups.graphql"),
    "# Groups, as a statistics query gives them: a plain list, one row each.\nquery Groups { groups { key count } }\n",
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const identity: Identity = { subject: "a", role: "analyst", usccs: [], requestId: "r" };
  const answer = (result: { data?: unknown; errors?: unknown[] }) =>
    ({ http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: result } }) as GraphQLResponse;
  const request = (name: string) => ({
    req: { method: "GET", url: `/export/${name}.csv`, headers: {} } as IncomingMessage,
    raw: "",
    bytes: Buffer.alloc(0),
    body: "",
    search: "",
  });

  function endpoint(pages: Array<{ data?: unknown; errors?: unknown[] }>) {
    const calls: Array<Record<string, unknown>> = [];
    const route = csvExports({
      dir,
      linkKey: exportLinkKey("unit"),
      limit: async () => {},
      identify: async () => identity,
      schema: () => schema,
      execute: async (_query, _name, variables) => {
        calls.push(variables);
        return answer(pages[calls.length - 1]!);
      },
    });
    return { route, calls };
  }

  it("asks for the next page only once the rows before it are taken, and ends a failure after the first page with an error line", async () => {
    const { route, calls } = endpoint([
      {
        data: {
          things: {
            nodes: [{ id: "1", amount: "-12.50", owner: { code: "C1", label: "甲公司" }, tags: ["x", "y"] }],
            pageInfo: { hasNextPage: true, endCursor: "c1" },
          },
        },
      },
      { errors: [{ message: "The finance service is unavailable, its fields are null", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] },
    ]);
    const { status, body } = await route(request("Things"));
    expect([status, calls]).toEqual([200, [{ first: EXPORT_PAGE_SIZE, after: null }]]);
    const chunks = (body as AsyncIterable<string>)[Symbol.asyncIterator]();
    expect((await chunks.next()).value).toBe(`${BOM}id,amount,owner.code,owner.label,tags\r\n1,-12.50,C1,甲公司,"[""x"",""y""]"\r\n`);
    expect(calls).toHaveLength(1);
    expect((await chunks.next()).value).toBe('#ERROR,SUBGRAPH_UNAVAILABLE,"The finance service is unavailable, its fields are null"\r\n');
    expect(calls).toEqual([
      { first: EXPORT_PAGE_SIZE, after: null },
      { first: EXPORT_PAGE_SIZE, after: "c1" },
    ]);
    expect((await chunks.next()).done).toBe(true);
  });

  it("answers an error on the first page as the HTTP status and code, with nothing streamed", async () => {
    const { route } = endpoint([{ errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }] }]);
    const rejection: unknown = await route(request("Things")).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(HttpRejection);
    expect(rejection).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("takes a query whose root field is a plain list, such as statistics, as its rows in one go", async () => {
    const { route, calls } = endpoint([
      {
        data: {
          groups: [
            { key: "1210", count: 3 },
            { key: "9610", count: 0 },
          ],
        },
      },
    ]);
    const { body } = await route(request("Groups"));
    let text = "";
    for await (const chunk of body as AsyncIterable<string>) text += chunk;
    expect(text).toBe(`${BOM}key,count\r\n1210,3\r\n9610,0\r\n`);
    expect(calls).toEqual([{}]);
  });
});
