import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { decodeJwt } from "jose";
import pino from "pino";
import { logger } from "../../lib/logger";
import type { RunningService } from "../../lib/subgraph";
import { CONTEXT_HEADER } from "../../lib/trust/subgraph-context";
import { startGateway } from "../gateway";
import { inboundSharing } from "./sharing";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, issueToken, type UserClaims } from "../security/auth";
import { keysIn } from "../security/partner-keys";
import { usccCheckChar } from "../../lib/rules/uscc";
import type { RateLimit } from "../security/rate-limit";

const SECRET = "inbound-sharing-test-secret-0123456789abcdef";
const CONTEXT_SECRET = "inbound-sharing-context-secret-0123456789abcdef";
const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { rows(tag: String): [Row!] }
  type Mutation { touch: Int! }
  type Row { id: ID! owner: String! }
`;
const ROWS = "query Rows($tag: String) { rows(tag: $tag) { id owner } }";
const TOUCH = "mutation Touch { touch }";

interface Fetch {
  subject: string;
  requestId: string;
  query: string;
}

/**
 * A stand-in department that answers only when the test lets it: each fetch is recorded as it arrives (with
 * the caller the gateway signed into it) and held until `release`. Each caller's rows name that caller, as a
 * row policy would keep them.
 */
async function heldDepartment() {
  const fetches: Fetch[] = [];
  const held: Array<() => void> = [];
  let answer: "rows" | "error" = "rows";
  const arrivals: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const { query } = JSON.parse(raw) as { query: string };
      const caller = decodeJwt(String(req.headers[CONTEXT_HEADER])) as { subject: string; requestId: string };
      fetches.push({ subject: caller.subject, requestId: caller.requestId, query });
      arrivals.splice(0).forEach((arrived) => arrived());
      const body = query.includes("touch")
        ? { data: { touch: fetches.length } }
        : answer === "error"
          ? { data: { rows: null }, errors: [{ message: "the rows are not there", extensions: { code: "ROWS_MISSING" } }] }
          : { data: { rows: [{ id: "1", owner: caller.subject }] } };
      held.push(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    fetches,
    answerWith: (kind: "rows" | "error") => (answer = kind),
    /** Resolves once `count` fetches have arrived in all. */
    arrived: async (count: number) => {
      while (fetches.length < count) await new Promise<void>((resolve) => arrivals.push(resolve));
    },
    release: () => held.splice(0).forEach((send) => send()),
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

const unlimited: RateLimit = { perSecond: 100_000, burst: 100_000 };
let department: Awaited<ReturnType<typeof heldDepartment>>;
let gateway: RunningService;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  department = await heldDepartment();
  const composed = composeServices([{ name: "customs", typeDefs: parse(SDL), url: department.url }]);
  if (composed.errors) throw composed.errors[0];
  logger.level = "info";
  const stream = (logger as unknown as Record<symbol, { write(line: string): void }>)[pino.symbols.streamSym]!;
  stream.write = (line: string) => {
    logLines.push(JSON.parse(line) as Record<string, unknown>);
  };
  gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    port: 0,
    auth: { secret: SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners: keysIn({ partners: [] }) },
    contextSecret: CONTEXT_SECRET,
    manifestFile: "/nonexistent/persisted-queries.json",
    introspection: false,
    // Administrators may send two requests per ten seconds here, so that the third is refused.
    rateLimits: { analyst: unlimited, enterprise: unlimited, staff: unlimited, partner: unlimited, public: unlimited, admin: { perSecond: 0.001, burst: 2 } },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await department?.close();
  logger.level = process.env.LOG_LEVEL ?? "warn";
});

afterEach(() => {
  department.release();
  department.answerWith("rows");
});

/** A valid USCC: its first 17 characters and their check character. */
const uscc = (first17: string) => `${first17}${usccCheckChar(first17)}`;
const tokenOf = (claims: UserClaims) => issueToken(SECRET, claims);
const analyst = (sub: string) => tokenOf({ sub, role: "analyst" });

function post(token: string, body: object, headers: Record<string, string> = {}) {
  return fetch(new URL("/graphql", gateway.url), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  }).then(async (response) => ({
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    body: (await response.json()) as Record<string, unknown>,
  }));
}

async function sharedAnswers(): Promise<number> {
  const text = await (await fetch(new URL("/metrics", gateway.url))).text();
  return Number(/^tradegraph_gateway_shared_answers_total (\d+)/m.exec(text)?.[1] ?? 0);
}

/** Resolves once `count` more requests than `before` have joined an answer under way. */
async function joined(before: number, count: number): Promise<void> {
  while ((await sharedAnswers()) < before + count) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Sends `count` identical requests at once and lets the department answer only once the first has reached it
 * and the others have joined it; their answers, and how many fetches reached the department meanwhile.
 */
async function sentTogether(token: string, body: object, count: number) {
  const before = { fetches: department.fetches.length, shared: await sharedAnswers() };
  const answers = Promise.all(Array.from({ length: count }, () => post(token, body)));
  await department.arrived(before.fetches + 1);
  await joined(before.shared, count - 1);
  department.release();
  const results = await answers;
  return { results, fetches: department.fetches.length - before.fetches };
}

describe("identical reads in flight at once", () => {
  it("run once for one caller, and each request gets the whole answer with its own request id, log line and count", async () => {
    const token = await analyst("sharing-analyst");
    const linesBefore = logLines.length;
    const { results, fetches } = await sentTogether(token, { query: ROWS, operationName: "Rows", variables: { tag: "a" } }, 3);

    expect(fetches).toBe(1);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.body).toEqual({ data: { rows: [{ id: "1", owner: "sharing-analyst" }] }, extensions: { requestId: result.requestId } });
    }
    expect(new Set(results.map((result) => result.requestId)).size).toBe(3);
    const lines = logLines.slice(linesBefore).filter((line) => line.service === "gateway" && line.msg === "request");
    expect(lines.map((line) => [line.requestId, line.operation, line.role, line.errors]).sort()).toEqual(
      results.map((result) => [result.requestId, "Rows", "analyst", []]).sort(),
    );
  });

  it("are not shared once the first is answered: the next identical request runs afresh", async () => {
    const token = await analyst("sharing-later");
    const body = { query: ROWS, variables: { tag: "later" } };
    const before = department.fetches.length;
    const first = post(token, body);
    await department.arrived(before + 1);
    department.release();
    await first;
    const second = post(token, body);
    await department.arrived(before + 2);
    department.release();
    expect((await second).body.data).toEqual({ rows: [{ id: "1", owner: "sharing-later" }] });
  });

  it("share an error answer alike", async () => {
    const token = await analyst("sharing-error");
    department.answerWith("error");
    const { results, fetches } = await sentTogether(token, { query: ROWS, variables: { tag: "error" } }, 2);
    expect(fetches).toBe(1);
    for (const result of results) {
      expect(result.body.data).toEqual({ rows: null });
      expect((result.body.errors as Array<{ extensions: { code: string } }>).map((error) => error.extensions.code)).toEqual(["ROWS_MISSING"]);
      expect(result.body.extensions).toEqual({ requestId: result.requestId });
    }
  });
});

describe("requests that are never shared", () => {
  /** Sends the requests at once and lets the department answer only once each has reached it on its own. */
  async function eachFetched(requests: Array<() => Promise<{ status: number; body: Record<string, unknown>; requestId: string | null }>>) {
    const before = department.fetches.length;
    const answers = Promise.all(requests.map((send) => send()));
    await department.arrived(before + requests.length);
    department.release();
    return { results: await answers, fetches: department.fetches.slice(before) };
  }

  it("of different callers: each gets its own rows", async () => {
    const [first, second] = await Promise.all([analyst("caller-one"), analyst("caller-two")]);
    const body = { query: ROWS, variables: { tag: "callers" } };
    const { results, fetches } = await eachFetched([() => post(first, body), () => post(second, body)]);
    expect(fetches.map((fetch) => fetch.subject).sort()).toEqual(["caller-one", "caller-two"]);
    expect(results.map((result) => result.body.data)).toEqual([{ rows: [{ id: "1", owner: "caller-one" }] }, { rows: [{ id: "1", owner: "caller-two" }] }]);
  });

  it("of enterprise users of different enterprises under one subject", async () => {
    const [one, other] = await Promise.all([
      tokenOf({ sub: "same-user", role: "enterprise", uscc: uscc("91460100MA5T00010") }),
      tokenOf({ sub: "same-user", role: "enterprise", uscc: uscc("91460100MA5T00020") }),
    ]);
    const body = { query: ROWS, variables: { tag: "usccs" } };
    const { fetches } = await eachFetched([() => post(one, body), () => post(other, body)]);
    expect(fetches).toHaveLength(2);
  });

  it("mutations: each runs", async () => {
    const token = await analyst("sharing-mutation");
    const { results, fetches } = await eachFetched([() => post(token, { query: TOUCH }), () => post(token, { query: TOUCH })]);
    expect(fetches.map((fetch) => fetch.query).every((query) => query.includes("touch"))).toBe(true);
    expect(fetches).toHaveLength(2);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
  });

  it("staff reads: each reaches the department under its own request id, which its audit records", async () => {
    const token = await tokenOf({ sub: "customs-officer", role: "staff", department: "customs" });
    const body = { query: ROWS, variables: { tag: "staff" } };
    const { results, fetches } = await eachFetched([() => post(token, body), () => post(token, body)]);
    expect(fetches.map((fetch) => fetch.requestId).sort()).toEqual(results.map((result) => result.requestId).sort());
    expect(new Set(fetches.map((fetch) => fetch.requestId)).size).toBe(2);
  });
});

describe("what stays per request", () => {
  it("the rate limit counts every request, shared or not", async () => {
    const token = await tokenOf({ sub: "sharing-admin", role: "admin" });
    const before = { fetches: department.fetches.length, shared: await sharedAnswers() };
    const body = { query: ROWS, variables: { tag: "rate" } };
    const first = post(token, body);
    await department.arrived(before.fetches + 1);
    const second = post(token, body);
    await joined(before.shared, 1);
    const third = await post(token, body);
    department.release();
    expect([(await first).status, (await second).status, third.status]).toEqual([200, 200, 429]);
    expect(department.fetches.length - before.fetches).toBe(1);
  });
});

describe("which requests may share (the key)", () => {
  const key = inboundSharing();
  const reader = { subject: "key-analyst", role: "analyst" as const, usccs: [], requestId: "one" };
  const json = { "content-type": "application/json", authorization: "Bearer a" };
  const rows = { query: ROWS, operationName: "Rows", variables: { tag: "a" } };

  it("is the same for the same caller, document, variables and headers, whatever the request's own id, trace and credential", () => {
    const first = key(reader, "POST", rows, "", json);
    expect(first).toBeDefined();
    expect(
      key({ ...reader, requestId: "two" }, "POST", { ...rows }, "", {
        ...json,
        authorization: "Bearer b",
        "x-request-id": "r",
        traceparent: "t",
        "user-agent": "u",
      }),
    ).toBe(first);
  });

  it("differs for another caller, other variables, another operation name or a header that can change the answer", () => {
    const first = key(reader, "POST", rows, "", json);
    const others = [
      key({ ...reader, subject: "another" }, "POST", rows, "", json),
      key({ ...reader, role: "admin" }, "POST", rows, "", json),
      key({ ...reader, role: "enterprise", usccs: [uscc("91460100MA5T00010")] }, "POST", rows, "", json),
      key(reader, "POST", { ...rows, variables: { tag: "b" } }, "", json),
      key(reader, "POST", { query: `${ROWS} query Other { rows { id } }`, operationName: "Other" }, "", json),
      key(reader, "POST", rows, "", { ...json, accept: "application/graphql-response+json" }),
      key(reader, "GET", undefined, `?query=${encodeURIComponent(ROWS)}`, json),
    ];
    expect(new Set([first, ...others]).size).toBe(others.length + 1);
  });

  it("is none for a mutation, a staff caller, an automatic persisted query, or a document that does not parse", () => {
    expect(key(reader, "POST", { query: TOUCH }, "", json)).toBeUndefined();
    expect(key(reader, "POST", { query: `${ROWS} ${TOUCH}`, operationName: "Touch" }, "", json)).toBeUndefined();
    expect(key({ ...reader, role: "staff", department: "customs" }, "POST", rows, "", json)).toBeUndefined();
    expect(key(reader, "POST", { ...rows, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, "", json)).toBeUndefined();
    expect(key(reader, "POST", { query: "{ rows {" }, "", json)).toBeUndefined();
  });
});
