import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import pino from "pino";
import type { Browser, Page } from "playwright-core";
import { CORS_MAX_AGE_SECONDS } from "../lib/http";
import { logger } from "../lib/logger";
import { launchChromium, STEP_MS } from "./helpers/chromium";
import { startTestSystem, type TestSystem } from "./helpers/system";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const QUERY = "{ declarations(first: 2, filter: { returnStatus: 800 }) { nodes { invtNo } } }";

/** A web app's own server, on its own port: pages it serves are of another origin than the gateway. */
async function appServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<!doctype html><title>a zone app</title><p>app</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let system: TestSystem;
let allowedApp: { origin: string; server: Server };
let otherApp: { origin: string; server: Server };
let analyst: { token: string };
/** The gateway's log lines while the suite runs (at info level, which the test setup otherwise silences). */
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  allowedApp = await appServer();
  otherApp = await appServer();
  logger.level = "info";
  const stream = (logger as unknown as Record<symbol, { write(line: string): void }>)[pino.symbols.streamSym]!;
  stream.write = (line: string) => {
    logLines.push(JSON.parse(line) as Record<string, unknown>);
  };
  system = await startTestSystem("http", {
    corsOrigins: [allowedApp.origin],
    // Tight for enterprise users only, so that one test can be refused for its rate.
    rateLimits: {
      partner: { perSecond: 100_000, burst: 100_000 },
      staff: { perSecond: 100_000, burst: 100_000 },
      analyst: { perSecond: 100_000, burst: 100_000 },
      admin: { perSecond: 100_000, burst: 100_000 },
      public: { perSecond: 100_000, burst: 100_000 },
      enterprise: { perSecond: 0.001, burst: 1 },
    },
  });
  analyst = { token: await system.security.token({ sub: "http-analyst", role: "analyst" }) };
});

afterAll(async () => {
  await system?.stop();
  await Promise.all([allowedApp, otherApp].map((app) => app && new Promise((resolve) => app.server.close(resolve))));
});

const graphqlUrl = () => new URL("/graphql", system.gatewayUrl).href;
const post = (url: string, body: object, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("where GraphQL is served", () => {
  it("answers at /graphql and at /", async () => {
    for (const url of [graphqlUrl(), system.gatewayUrl]) {
      const response = await post(url, { query: QUERY }, { authorization: `Bearer ${analyst.token}` });
      expect([url, response.status]).toEqual([url, 200]);
      const { data } = (await response.json()) as { data: { declarations: { nodes: unknown[] } } };
      expect(data.declarations.nodes).toHaveLength(2);
    }
  });

  it("answers any other path 404 with a JSON error, even with a valid token", async () => {
    const response = await post(new URL("/nonexistent", system.gatewayUrl).href, { query: QUERY }, { authorization: `Bearer ${analyst.token}` });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }>; data?: unknown };
    expect(body.errors[0]!.extensions.code).toBe("NOT_FOUND");
    expect(body.errors[0]!.message).toMatch(/\/graphql/);
    expect(body.data).toBeUndefined();
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(graphqlUrl(), {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,x-request-id,traceparent" },
    });

  it("answers an allowed origin's preflight before authentication, with what the page may send and read", async () => {
    const response = await preflight(allowedApp.origin);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(allowedApp.origin);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-max-age")).toBe(String(CORS_MAX_AGE_SECONDS));
    expect(response.headers.get("access-control-allow-headers")!.split(",")).toEqual(
      expect.arrayContaining(["authorization", "content-type", "x-api-key", "apollo-require-preflight", "x-request-id", "traceparent"]),
    );
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives an origin not on the list no CORS header at all", async () => {
    for (const response of [
      await preflight(otherApp.origin),
      await post(graphqlUrl(), { query: QUERY }, { origin: otherApp.origin, authorization: `Bearer ${analyst.token}` }),
    ]) {
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    }
  });

  describe("a page of another origin in headless Chromium", () => {
    let browser: Browser;
    const consoleErrors: string[] = [];
    type Outcome = { status: number; requestId: string | null; authenticate: string | null; body: unknown } | { failed: string };
    /** Runs fetch in the page, as the app's script would. */
    const fetchFrom = (page: Page, url: string, token: string) =>
      page.evaluate(
        async ({ url, token, query }): Promise<Outcome> => {
          try {
            const response = await fetch(url, {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": "app-request-0001" },
              body: JSON.stringify({ query }),
            });
            return {
              status: response.status,
              requestId: response.headers.get("x-request-id"),
              authenticate: response.headers.get("www-authenticate"),
              body: await response.json(),
            };
          } catch (error) {
            return { failed: String(error) };
          }
        },
        { url, token, query: QUERY },
      );

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    const open = async (origin: string): Promise<Page> => {
      const page = await browser.newPage();
      page.setDefaultTimeout(STEP_MS);
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      await page.goto(`${origin}/`);
      return page;
    };

    it(
      "an allowed origin reads the graph with a token, and sees the request id and why a token was refused",
      async () => {
        const page = await open(allowedApp.origin);
        const answer = await fetchFrom(page, graphqlUrl(), analyst.token);
        expect(answer).toMatchObject({
          status: 200,
          requestId: "app-request-0001",
          body: {
            data: { declarations: { nodes: [{ invtNo: expect.any(String) }, { invtNo: expect.any(String) }] } },
            extensions: { requestId: "app-request-0001" },
          },
        });
        const expired = await new SignJWT({ role: "analyst" })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("http-analyst")
          .setIssuer("tradegraph")
          .setAudience("tradegraph-gateway")
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
          .sign(new TextEncoder().encode(system.security.auth.secret!));
        const refused = await fetchFrom(page, graphqlUrl(), expired);
        expect(refused).toMatchObject({
          status: 401,
          authenticate: expect.stringContaining('error="invalid_token", error_description="the token has expired"'),
          body: { errors: [{ extensions: { code: "UNAUTHENTICATED", reason: "TOKEN_EXPIRED" } }] },
        });
        expect(consoleErrors.filter((text) => !/401 \(Unauthorized\)/.test(text))).toEqual([]);
        await page.close();
      },
      4 * STEP_MS,
    );

    it(
      "an origin not on the list is blocked by the browser, and its request never runs",
      async () => {
        const before = logLines.length;
        const page = await open(otherApp.origin);
        const answer = await fetchFrom(page, graphqlUrl(), analyst.token);
        expect(answer).toEqual({ failed: expect.stringMatching(/Failed to fetch/) });
        expect(consoleErrors.some((text) => text.includes("blocked by CORS policy"))).toBe(true);
        // The preflight failed, so the POST was never sent: the gateway logged no GraphQL request.
        expect(logLines.slice(before).filter((line) => line.service === "gateway" && line.msg === "request")).toEqual([]);
        await page.close();
      },
      4 * STEP_MS,
    );
  });
});

describe("request ids", () => {
  it("are drawn for a caller that sends none, and returned in the header and in extensions", async () => {
    const response = await post(graphqlUrl(), { query: QUERY }, { authorization: `Bearer ${analyst.token}` });
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(UUID);
    expect(((await response.json()) as { extensions: unknown }).extensions).toEqual({ requestId: id });
  });

  it("keep a caller's well-formed id, and replace a malformed one", async () => {
    const kept = await post(graphqlUrl(), { query: QUERY }, { authorization: `Bearer ${analyst.token}`, "x-request-id": "client-42.a:b" });
    expect(kept.headers.get("x-request-id")).toBe("client-42.a:b");
    for (const malformed of ["has space", "x".repeat(101), 'quote"d', "-leading-dash"]) {
      const replaced = await post(graphqlUrl(), { query: QUERY }, { authorization: `Bearer ${analyst.token}`, "x-request-id": malformed });
      expect([malformed, replaced.headers.get("x-request-id")]).toEqual([malformed, expect.stringMatching(UUID)]);
    }
  });

  it("come back on refusals, on the 404, and on the other routes", async () => {
    const answers = [
      await post(graphqlUrl(), { query: QUERY }),
      await post(new URL("/nope", system.gatewayUrl).href, { query: QUERY }),
      await fetch(new URL("/health", system.gatewayUrl)),
      await fetch(new URL("/metrics", system.gatewayUrl)),
      await fetch(new URL("/explorer", system.gatewayUrl)),
    ];
    expect(answers.map((response) => response.status)).toEqual([401, 404, 200, 200, 200]);
    for (const response of answers) expect(response.headers.get("x-request-id")).toMatch(UUID);
    const refusal = (await answers[0]!.json()) as { extensions: unknown };
    expect(refusal.extensions).toEqual({ requestId: answers[0]!.headers.get("x-request-id") });
  });
});

describe("token errors (RFC 6750)", () => {
  const sign = (secret: string, expiresAt: number) =>
    new SignJWT({ role: "analyst" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("someone")
      .setIssuer("tradegraph")
      .setAudience("tradegraph-gateway")
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(secret));

  it("tell an expired token from a forged one, with the same code", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await post(graphqlUrl(), { query: QUERY }, { authorization: `Bearer ${await sign(system.security.auth.secret!, now - 60)}` });
    const forged = await post(graphqlUrl(), { query: QUERY }, { authorization: `Bearer ${await sign("not-the-gateway-secret-not-the-gateway", now + 600)}` });
    expect([expired.status, forged.status]).toEqual([401, 401]);
    expect(expired.headers.get("www-authenticate")).toBe('Bearer realm="tradegraph", error="invalid_token", error_description="the token has expired"');
    expect(forged.headers.get("www-authenticate")).toBe('Bearer realm="tradegraph", error="invalid_token", error_description="the token is not valid"');
    const [expiredError, forgedError] = await Promise.all(
      [expired, forged].map(async (response) => ((await response.json()) as { errors: Array<{ message: string; extensions: unknown }> }).errors[0]),
    );
    expect(expiredError).toEqual({ message: "the token has expired", extensions: { code: "UNAUTHENTICATED", reason: "TOKEN_EXPIRED" } });
    expect(forgedError).toEqual({ message: "the token is not valid", extensions: { code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" } });
  });
});

describe("refusals", () => {
  const refusalCount = async (code: string, status: number): Promise<number> => {
    const text = await (await fetch(new URL("/metrics", system.gatewayUrl))).text();
    const line = text.split("\n").find((candidate) => candidate.startsWith(`tradegraph_gateway_refusals_total{code="${code}",status="${status}"}`));
    return line ? Number(line.split(" ").pop()) : 0;
  };

  it.each<[string, number, () => Promise<Response>]>([
    ["UNAUTHENTICATED", 401, () => post(graphqlUrl(), { query: QUERY }, { authorization: "Bearer forged" })],
    ["NOT_FOUND", 404, () => post(new URL("/graphql/extra", system.gatewayUrl).href, { query: QUERY })],
    ["QUERY_NOT_IN_SAFELIST", 400, () => post(graphqlUrl(), { query: QUERY }, { "x-api-key": system.security.partnerKey })],
    [
      "GRAPHQL_VALIDATION_FAILED",
      400,
      () =>
        post(
          graphqlUrl(),
          { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: declarations(first: 100) { nodes { invtNo } }`).join(" ")} }` },
          {
            authorization: `Bearer ${analyst.token}`,
          },
        ),
    ],
    ["FORBIDDEN", 403, () => fetch(new URL("/export/Declarations.csv", system.gatewayUrl), { headers: { "x-api-key": system.security.partnerKey } })],
  ])("%s (%i) is logged once and counted by code", async (code, status, send) => {
    const before = await refusalCount(code, status);
    const response = await send();
    expect(response.status).toBe(status);
    const id = response.headers.get("x-request-id");
    expect(await refusalCount(code, status)).toBe(before + 1);
    const lines = logLines.filter((line) => line.requestId === id && line.service === "gateway");
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).toContain(code);
  });

  it("RATE_LIMITED (429) is logged once and counted by code", async () => {
    const enterprise = { authorization: `Bearer ${await system.security.token({ sub: "http-enterprise", role: "enterprise", uscc: system.partnerUscc })}` };
    const before = await refusalCount("RATE_LIMITED", 429);
    const first = await post(graphqlUrl(), { query: QUERY }, enterprise);
    const second = await post(graphqlUrl(), { query: QUERY }, enterprise);
    expect([first.status, second.status]).toEqual([200, 429]);
    expect(second.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refusalCount("RATE_LIMITED", 429)).toBe(before + 1);
    expect(logLines.filter((line) => line.requestId === second.headers.get("x-request-id"))).toEqual([
      expect.objectContaining({ msg: "refused", status: 429, code: "RATE_LIMITED", service: "gateway" }),
    ]);
  });
});
