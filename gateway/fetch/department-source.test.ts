import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { DepartmentDataSource } from "./department-source";
import type { FetchOptions } from "./pipeline";
import { DepartmentResilience } from "./resilience";

type Context = Record<string, unknown>;
interface Seen {
  body: Record<string, unknown>;
  signature: string | undefined;
  raw: string;
}

/** A stand-in department: records what arrives and answers with `answer`. */
async function department(answer: (body: Record<string, unknown>) => { status?: number; body: unknown; delayMs?: number; headers?: Record<string, string> }) {
  const seen: Seen[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push({ body, raw, signature: req.headers["x-signature"] as string | undefined });
      const { status = 200, body: reply, delayMs = 0, headers = {} } = answer(body);
      setTimeout(() => res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(reply)), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const quickResilience = () =>
  new DepartmentResilience({ retries: 2, baseDelayMs: 1, maxDelayMs: 2, retryBudgetRatio: 1, breakerFailures: 3, breakerOpenMs: 60_000 });

function source(url: string, resilience = quickResilience(), timeoutMs?: number) {
  return new DepartmentDataSource<Context>({
    department: "customs",
    url,
    sign: async (_department, body) => ({ "x-signature": sha(body) }),
    resilience,
    timeoutMs,
  });
}

const enterprise = (uscc: string, requestId = String(Math.random())) => ({ identity: { role: "enterprise", usccs: [uscc], subject: `u-${uscc}`, requestId } });
const staff = () => ({ identity: { role: "staff", department: "customs", usccs: [], subject: "officer", requestId: String(Math.random()) } });

function fetchOf(query: string, variables: Record<string, unknown> = {}, context: Context = enterprise("A")): FetchOptions<Context> {
  return { kind: "incoming operation", request: { query, variables }, context, incomingRequestContext: {} } as unknown as FetchOptions<Context>;
}

const READ = "query { orders { orderNo } }";
const MUTATION = "mutation { submitOrder { returnStatus } }";
const ENTITIES = "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Order { orderNo } } }";

async function codeOf(work: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
}

describe("the department data source", () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((server) => server.close()));
  });
  const open = async (...args: Parameters<typeof department>) => {
    const stub = await department(...args);
    opened.push(stub);
    return stub;
  };

  it("signs every request over the exact body the department receives", async () => {
    const stub = await open(() => ({ body: { data: { orders: [] } } }));
    const answer = await source(stub.url).process(fetchOf(READ, { first: 2 }));
    expect(answer.data).toEqual({ orders: [] });
    expect(stub.seen).toHaveLength(1);
    expect(stub.seen[0]!.signature).toBe(sha(stub.seen[0]!.raw));
  });

  it("fetches identical concurrent reads of one caller once, and gives each its own copy", async () => {
    const stub = await open(() => ({ body: { data: { orders: [{ orderNo: "1" }] } }, delayMs: 30 }));
    const customs = source(stub.url);
    const answers = await Promise.all([1, 2, 3].map(() => customs.process(fetchOf(READ, {}, enterprise("A")))));
    expect(stub.seen).toHaveLength(1);
    (answers[0]!.data as { orders: unknown[] }).orders.push("changed by the first caller");
    expect(answers[1]!.data).toEqual({ orders: [{ orderNo: "1" }] });
  });

  it.each([
    ["two callers", [fetchOf(READ, {}, enterprise("A")), fetchOf(READ, {}, enterprise("B"))]],
    ["two mutations", [fetchOf(MUTATION), fetchOf(MUTATION)]],
    ["two staff reads (audited one by one)", [fetchOf(READ, {}, staff()), fetchOf(READ, {}, staff())]],
  ])("sends %s separately", async (_case, fetches) => {
    const stub = await open(() => ({ body: { data: {} }, delayMs: 30 }));
    const customs = source(stub.url);
    await Promise.all(fetches.map((fetch) => customs.process(fetch)));
    expect(stub.seen).toHaveLength(2);
  });

  it("batches concurrent entity reads of one shape and caller into one fetch and splits the answer by position", async () => {
    const stub = await open((body) => {
      const representations = (body.variables as { representations: Array<{ orderNo: string }> }).representations;
      return {
        body: {
          data: { _entities: representations.map((r) => ({ orderNo: r.orderNo })) },
          errors: [{ message: "second one hidden", path: ["_entities", 1, "orderNo"] }],
        },
      };
    });
    const customs = source(stub.url);
    const [first, second] = await Promise.all([
      customs.process(fetchOf(ENTITIES, { representations: [{ orderNo: "a" }] }, enterprise("A", "r1"))),
      customs.process(fetchOf(ENTITIES, { representations: [{ orderNo: "b" }, { orderNo: "c" }] }, enterprise("A", "r2"))),
    ]);
    expect(stub.seen).toHaveLength(1);
    expect(first!.data).toEqual({ _entities: [{ orderNo: "a" }] });
    expect(first!.errors).toBeUndefined();
    expect(second!.data).toEqual({ _entities: [{ orderNo: "b" }, { orderNo: "c" }] });
    expect(second!.errors).toEqual([expect.objectContaining({ path: ["_entities", 0, "orderNo"] })]);
  });

  it("retries a read the department failed, and never sends a mutation twice", async () => {
    let calls = 0;
    const stub = await open(() => (++calls === 1 ? { status: 503, body: {} } : { body: { data: { ok: true } } }));
    await expect(source(stub.url).process(fetchOf(READ))).resolves.toMatchObject({ data: { ok: true } });
    expect(stub.seen).toHaveLength(2);

    calls = 0;
    stub.seen.length = 0;
    expect(await codeOf(source(stub.url).process(fetchOf(MUTATION)))).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "customs" });
    expect(stub.seen).toHaveLength(1);
  });

  it("answers a fetch past the request's deadline without asking the department, and does not hold it against the department", async () => {
    const stub = await open(() => ({ body: { data: {} } }));
    const resilience = quickResilience();
    const customs = source(stub.url, resilience);
    for (let i = 0; i < 5; i++) {
      const late = fetchOf(READ, { i }, { ...enterprise("A"), deadline: Date.now() - 1 });
      expect(await codeOf(customs.process(late))).toMatchObject({ code: "SUBGRAPH_TIMEOUT", reason: "REQUEST_DEADLINE", serviceName: "customs" });
    }
    expect(stub.seen).toHaveLength(0);
    expect(customs.circuit).toBe("closed");
  });

  it("times a slow department out at the subgraph timeout", async () => {
    const stub = await open(() => ({ body: { data: {} }, delayMs: 2_000 }));
    const error = await codeOf(source(stub.url, quickResilience(), 50).process(fetchOf(MUTATION)));
    expect(error).toMatchObject({ code: "SUBGRAPH_TIMEOUT", serviceName: "customs" });
    expect(error.reason).toBeUndefined();
  });

  it("names a department that cannot be reached without telling its address, and opens the circuit after repeated failures", async () => {
    const stub = await department(() => ({ body: {} }));
    await stub.close();
    const customs = source(stub.url);
    const error = await codeOf(customs.process(fetchOf(READ)));
    expect(error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "customs" });
    expect(String(error.message)).not.toContain("127.0.0.1");
    expect(customs.circuit).toBe("open");
    expect(await codeOf(customs.process(fetchOf(READ)))).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", circuit: "open" });
  });

  it("sends to the department's replicas in turn, a mutation a stopped replica refused to another, and stays closed", async () => {
    // No connection kept alive to the first: once it is closed, a request to it is refused, never sent.
    const first = await open(() => ({ body: { data: { replica: 1 } }, headers: { connection: "close" } }));
    const second = await open(() => ({ body: { data: { replica: 2 } } }));
    const customs = source(`${first.url},${second.url}`);
    const reads = [];
    for (let i = 0; i < 4; i++) reads.push((await customs.process(fetchOf(READ, { i }))).data);
    expect(reads).toEqual([{ replica: 1 }, { replica: 2 }, { replica: 1 }, { replica: 2 }]);

    await first.close();
    second.seen.length = 0;
    for (let i = 0; i < 4; i++) expect((await customs.process(fetchOf(MUTATION, { i }))).data).toEqual({ replica: 2 });
    // Each mutation sent once, every one to the replica still there; the department never counted as failing.
    expect(second.seen.map((seen) => seen.body.variables)).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }, { i: 3 }]);
    expect(customs.circuit).toBe("closed");
  });

  it("passes on a department's refusal of a value (HTTP 400) with its own message and code, and hides a 500's body", async () => {
    const refusing = await open(() => ({
      status: 400,
      body: { errors: [{ message: 'Expected a Decimal, got "x"', extensions: { code: "BAD_USER_INPUT" } }] },
    }));
    expect(await codeOf(source(refusing.url).process(fetchOf(MUTATION)))).toMatchObject({
      message: 'Expected a Decimal, got "x"',
      code: "BAD_USER_INPUT",
      serviceName: "customs",
    });
    const failing = await open(() => ({ status: 500, body: { errors: [{ message: "relation Order does not exist at 10.0.0.5" }] } }));
    const error = await codeOf(source(failing.url).process(fetchOf(MUTATION)));
    expect(error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "customs" });
    expect(String(error.message)).not.toContain("relation");
  });

  it("keeps the name of another department that a department's own error names", async () => {
    const stub = await open(() => ({
      body: { data: null, errors: [{ message: "logistics did not answer", extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "logistics" } }] },
    }));
    const answer = await source(stub.url).process(fetchOf(READ));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ namedServiceName: "logistics" });
  });
});
