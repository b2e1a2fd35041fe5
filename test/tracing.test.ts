import { randomBytes } from "node:crypto";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-node";
import pino from "pino";
import { logger } from "../lib/logger";
import { startTracing } from "../lib/tracing";
import { startTestSystem, type TestSystem } from "./helpers/system";

/** Keeps the spans and tells a waiting test when the span it waits for has ended. */
class WatchedExporter extends InMemorySpanExporter {
  private readonly waiting: Array<{ done: (span: ReadableSpan) => boolean; resolve: () => void }> = [];

  override export(spans: ReadableSpan[], resultCallback: Parameters<InMemorySpanExporter["export"]>[1]): void {
    super.export(spans, resultCallback);
    for (const waiter of [...this.waiting]) {
      if (spans.some(waiter.done)) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  ended(done: (span: ReadableSpan) => boolean): Promise<void> {
    if (this.getFinishedSpans().some(done)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ done, resolve }));
  }
}

const exporter = new WatchedExporter();
const tracing = startTracing("tradegraph-test", { exporter });
const logLines: Array<Record<string, unknown>> = [];
let system: TestSystem;

beforeAll(async () => {
  logger.level = "info";
  const stream = (logger as unknown as Record<symbol, { write(line: string): void }>)[pino.symbols.streamSym]!;
  stream.write = (line: string) => {
    logLines.push(JSON.parse(line) as Record<string, unknown>);
  };
  system = await startTestSystem("tracing");
});

afterAll(async () => {
  await system?.stop();
  await tracing.shutdown();
});

/** A list and its order's payment: the gateway asks customs, then finance. */
const QUERY = "{ declarations(first: 1, filter: { returnStatus: 800 }) { nodes { invtNo order { orderNo payment { amountPaid } } } } }";

describe("one request across the gateway, two departments and their databases", () => {
  const traceId = randomBytes(16).toString("hex");
  const callerSpanId = randomBytes(8).toString("hex");
  const requestId = "trace-test-0001";
  let spans: ReadableSpan[];
  let answer: { data?: { declarations: { nodes: Array<{ order: { payment: { amountPaid: string } | null } }> } }; errors?: unknown };

  beforeAll(async () => {
    const gatewayDone = exporter.ended((span) => span.spanContext().traceId === traceId && span.name === "gateway POST");
    const response = await fetch(new URL("/graphql", system.gatewayUrl), {
      method: "POST",
      headers: { ...system.headers({ token: system.adminToken }), traceparent: `00-${traceId}-${callerSpanId}-01`, "x-request-id": requestId },
      body: JSON.stringify({ query: QUERY }),
    });
    answer = (await response.json()) as typeof answer;
    await gatewayDone;
    spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  });

  const byId = () => new Map(spans.map((span) => [span.spanContext().spanId, span]));
  /** The names of a span's ancestors, nearest first, up to the caller's span. */
  const ancestry = (span: ReadableSpan): string[] => {
    const index = byId();
    const names: string[] = [];
    for (let parent = span.parentSpanId; parent; parent = index.get(parent)?.parentSpanId) {
      names.push(index.get(parent)?.name ?? (parent === callerSpanId ? "caller" : "unknown"));
    }
    return names;
  };

  it("is answered in full: the traceparent header does not disturb the gateway's signed context", () => {
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.declarations.nodes[0]!.order.payment).toEqual({ amountPaid: expect.any(String) });
  });

  it("continues the caller's trace in the gateway, each subgraph and Prisma's database spans", () => {
    const gatewaySpan = spans.find((span) => span.name === "gateway POST")!;
    expect(gatewaySpan.parentSpanId).toBe(callerSpanId);
    expect(gatewaySpan.attributes["tradegraph.request_id"]).toBe(requestId);
    for (const department of ["customs", "finance"]) {
      const served = spans.filter((span) => span.name === `${department} POST`);
      expect([department, served.length > 0]).toEqual([department, true]);
      // Apollo's fetch span of the gateway is the parent: the context went along with the subgraph request.
      for (const span of served) expect(ancestry(span)).toEqual(expect.arrayContaining(["gateway.fetch", "gateway POST", "caller"]));
    }
    const database = spans.filter((span) => span.name.startsWith("prisma:"));
    expect(database.map((span) => span.name)).toEqual(expect.arrayContaining(["prisma:client:operation"]));
    const departmentsReached = new Set(database.map((span) => ancestry(span).find((name) => / POST$/.test(name) && name !== "gateway POST")));
    expect(departmentsReached).toEqual(new Set(["customs POST", "finance POST"]));
  });

  it("writes the request id and the trace id into the gateway's and each subgraph's log lines", () => {
    const lines = logLines.filter((line) => line.requestId === requestId && line.msg === "request");
    const services = new Set(lines.map((line) => line.service));
    expect(services).toEqual(new Set(["gateway", "customs", "finance"]));
    for (const line of lines) expect([line.service, line.traceId]).toEqual([line.service, traceId]);
  });
});

describe("a request without a traceparent", () => {
  it("starts a trace of its own, which the subgraphs join", async () => {
    const requestId = "trace-test-0002";
    const response = await fetch(new URL("/graphql", system.gatewayUrl), {
      method: "POST",
      headers: { ...system.headers({ token: system.adminToken }), "x-request-id": requestId },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    await exporter.ended((span) => span.name === "gateway POST" && span.attributes["tradegraph.request_id"] === requestId);
    const lines = logLines.filter((line) => line.requestId === requestId && line.msg === "request");
    expect(new Set(lines.map((line) => line.service))).toEqual(new Set(["gateway", "customs", "finance"]));
    expect(new Set(lines.map((line) => line.traceId)).size).toBe(1);
    expect(lines[0]!.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
