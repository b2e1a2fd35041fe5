import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PgBoss } from "pg-boss";
import pg from "pg";
import { Webhook } from "standardwebhooks";
import { buildWorld } from "../demo/world";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type TestSystem } from "./helpers/system";
import { usePostgres } from "./helpers/databases";
import { JOBS_SCHEMA } from "../lib/service/jobs";
import { DELIVERY_JOB } from "../subgraphs/customs/webhooks";

// Retries a second or two apart instead of production's minute to an hour (the schedule itself is lib/service/jobs.test.ts's).
process.env.WEBHOOK_RETRY_DELAY_SECONDS = "1";
process.env.WEBHOOK_RETRY_DELAY_MAX_SECONDS = "2";
process.env.WEBHOOK_RETRY_LIMIT = "30";
process.env.WEBHOOK_TIMEOUT_MS = "5000";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const COSMETICS = filed("CIQ46000000100041", "1000.00");

const OPERATIONS = new Map(
  (JSON.parse(readFileSync("gateway/persisted-queries.json", "utf8")) as { operations: Array<{ id: string; name: string }> }).operations.map((operation) => [
    operation.name,
    operation.id,
  ]),
);

interface Answer<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A registered operation, as the demo partner sends it: its persisted id and its API key. */
async function partner<Data = any>(operation: string, variables: Record<string, unknown> = {}): Promise<Answer<Data>> {
  const response = await fetch(system.gatewayUrl, {
    method: "POST",
    headers: system.headers({ apiKey: system.security.partnerKey }),
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: OPERATIONS.get(operation) } }, variables }),
  });
  return (await response.json()) as Answer<Data>;
}

interface Delivery {
  id: string;
  endpointId: string;
  eventId: string;
  kind: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

async function deliveries(filter: Record<string, unknown>): Promise<Delivery[]> {
  const answer = await partner<{ webhookDeliveries: { nodes: Delivery[] } }>("PartnerWebhookDeliveries", { first: 100, filter });
  expect(answer.errors).toBeUndefined();
  return answer.data!.webhookDeliveries.nodes;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  payload: { id: string; type: string; timestamp: string; data: { documentKey: Record<string, string>; returnStatus: number; xml: string | null } };
}

/** A partner's endpoint on 127.0.0.1: records every POST, and answers 503 while `down`. */
class Receiver {
  readonly received: Received[] = [];
  down = false;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        if (this.down) {
          response.writeHead(503).end();
          return;
        }
        const body = Buffer.concat(chunks).toString("utf8");
        this.received.push({ headers: request.headers, body, payload: JSON.parse(body) as Received["payload"] });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** What arrived about one list, in arrival order. */
  ofList(copNo: string): Received[] {
    return this.received.filter((entry) => entry.payload.type === "INVENTORY_RECEIPT" && entry.payload.data.documentKey.copNo === copNo);
  }

  stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // The service's kept-alive connections would hold the server open.
    this.server.closeAllConnections();
    return closed;
  }
}

async function register(url: string, kinds: string[] = []): Promise<{ id: string; secret: string }> {
  const answer = await partner<{ registerWebhookEndpoint: { endpoint: { id: string }; secret: string } }>("RegisterWebhookEndpoint", {
    endpoint: { url, enterprises: [system.partnerUscc], kinds },
  });
  expect(answer.errors).toBeUndefined();
  const { endpoint, secret } = answer.data!.registerWebhookEndpoint;
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  return { id: endpoint.id, secret };
}

/** Polls until `ready` holds; the relay and the dispatcher run every second and a busy machine may take longer. */
async function until<T>(read: () => Promise<T> | T, ready: (value: T) => boolean, what: string, deadlineMs = 90_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Files a whole parcel, the list last: it is released at once (800). */
async function fileParcel(p: Parcel): Promise<void> {
  expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
  expect((await file.payment(p)).data!.submitPayment.returnStatus).toBe(120);
  expect((await file.waybill(p)).data!.submitWaybill.returnStatus).toBe(120);
  expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
}

const receivers: Receiver[] = [];
async function receiver(): Promise<{ receiver: Receiver; url: string }> {
  const created = new Receiver();
  receivers.push(created);
  return { receiver: created, url: await created.start() };
}

beforeAll(async () => {
  system = await startTestSystem("webhooks", { relay: true });
});

afterAll(async () => {
  await system?.stop();
  for (const created of receivers) await created.stop();
});

describe("webhooks", () => {
  let lists: { receiver: Receiver; endpoint: { id: string; secret: string } };

  it("post a waiting list's receipts to the partner's endpoint in order, 2 → 120 → 800, each signed", async () => {
    const { receiver: listReceiver, url } = await receiver();
    lists = { receiver: listReceiver, endpoint: await register(url, ["INVENTORY_RECEIPT"]) };
    const p = parcel({ goods: [COSMETICS] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    expect((await file.payment(p)).data!.submitPayment.returnStatus).toBe(120);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(2);
    await until(
      () => listReceiver.ofList(p.inventory.copNo),
      (got) => got.length === 1,
      "the waiting list's event",
    );
    expect((await file.waybill(p)).data!.submitWaybill.returnStatus).toBe(120);

    const got = await until(
      () => listReceiver.ofList(p.inventory.copNo),
      (got) => got.length >= 3,
      "the list's three events",
    );
    expect(got.map((entry) => entry.payload.data.returnStatus)).toEqual([2, 120, 800]);
    const verifier = new Webhook(lists.endpoint.secret);
    for (const entry of got) {
      expect(verifier.verify(entry.body, entry.headers as Record<string, string>)).toEqual(entry.payload);
      expect(entry.headers["webhook-id"]).toBe(entry.payload.id);
      expect(entry.payload.data.xml).toContain(`<ceb:copNo>${p.inventory.copNo}</ceb:copNo>`);
    }
    // Another secret does not verify them: the signature is the endpoint's own.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(got[0]!.body, got[0]!.headers as Record<string, string>)).toThrow();
    // No personal data leaves in a webhook.
    for (const personal of [p.order.buyerName, p.order.buyerIdNumber, p.waybill.consignee, p.waybill.consigneeAddress]) {
      expect(got.map((entry) => entry.body).join()).not.toContain(personal);
    }
    const listed = await deliveries({ endpointId: lists.endpoint.id });
    expect(listed.filter((delivery) => got.some((entry) => entry.payload.id === delivery.eventId))).toEqual(
      expect.arrayContaining(got.map((entry) => expect.objectContaining({ eventId: entry.payload.id, status: "DELIVERED", attempts: 1, lastStatusCode: 204 }))),
    );
  });

  it("retry while the endpoint is down and deliver every event once it is back, none lost", async () => {
    const { receiver: flaky, url } = await receiver();
    flaky.down = true;
    const endpoint = await register(url);
    const p = parcel({ goods: [COSMETICS] });
    await fileParcel(p);
    // Down: every event of the parcel is tried, answered 503, and waits for its next attempt.
    const failing = await until(
      () => deliveries({ endpointId: endpoint.id }),
      (listed) => listed.filter((delivery) => delivery.kind === "INVENTORY_RECEIPT").length === 2 && listed.every((delivery) => delivery.attempts >= 2),
      "attempts answered 503",
    );
    expect(failing.every((delivery) => delivery.status === "PENDING" && delivery.lastStatusCode === 503 && delivery.lastError === "answered HTTP 503")).toBe(
      true,
    );
    expect(flaky.received).toEqual([]);

    flaky.down = false;
    const delivered = await until(
      () => deliveries({ endpointId: endpoint.id }),
      (listed) => listed.every((delivery) => delivery.status === "DELIVERED"),
      "every delivery delivered",
    );
    // Deduplicated by webhook-id, what arrived is exactly the endpoint's events: the order's, the payment's,
    // the waybill's and the list's (120 and 800) receipts.
    const ids = new Set(flaky.received.map((entry) => entry.headers["webhook-id"]));
    expect([...ids].sort()).toEqual(delivered.map((delivery) => delivery.eventId).sort());
    // Each retry waits with its own jitter, so after an outage the list's two events may arrive either way round
    // (docs/partner-guide.md: "after a failure, events may arrive out of order").
    expect(
      flaky
        .ofList(p.inventory.copNo)
        .map((entry) => entry.payload.data.returnStatus)
        .sort(),
    ).toEqual([120, 800]);
    const verifier = new Webhook(endpoint.secret);
    for (const entry of flaky.received) expect(verifier.verify(entry.body, entry.headers as Record<string, string>)).toEqual(entry.payload);
  });

  it("redeliver a delivered event on request, with the same webhook-id", async () => {
    const [delivery] = await deliveries({ endpointId: lists.endpoint.id, status: "DELIVERED" });
    const before = lists.receiver.received.length;
    const answer = await partner<{ redeliverWebhook: Delivery[] }>("RedeliverWebhook", { deliveryId: delivery!.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.redeliverWebhook).toEqual([expect.objectContaining({ id: delivery!.id, status: "PENDING" })]);
    const again = await until(
      () => lists.receiver.received.slice(before).filter((entry) => entry.headers["webhook-id"] === delivery!.eventId),
      (got) => got.length === 1,
      "the redelivery",
    );
    expect(again[0]!.payload.id).toBe(delivery!.eventId);
    const [after] = await until(
      () => deliveries({ eventId: delivery!.eventId, endpointId: lists.endpoint.id }),
      ([listed]) => listed?.status === "DELIVERED",
      "the redelivery's status",
    );
    expect(after!.attempts).toBe(delivery!.attempts + 1);

    // By the event's id: its deliveries to every endpoint of the partner, restarted by one statement.
    const log = system.databases.customs.statements;
    log.reset();
    const byEvent = await partner<{ redeliverWebhook: Delivery[] }>("RedeliverWebhook", { eventId: delivery!.eventId });
    expect(byEvent.errors).toBeUndefined();
    expect(byEvent.data!.redeliverWebhook.map((listed) => listed.eventId)).toContain(delivery!.eventId);
    expect(log.statements.filter((sql) => /UPDATE\s+"WebhookDelivery"\s+SET\s+"status"/.test(sql))).toHaveLength(1);
  });

  it("take endpoints only for the partner's own enterprises, and show a partner only its own deliveries", async () => {
    const stranger = world.credit.enterprises.find(
      (enterprise) => enterprise.roles?.toString().includes("PLATFORM") && enterprise.uscc !== system.partnerUscc,
    )!;
    const endpointsBefore = (await partner<{ webhookEndpoints: unknown[] }>("PartnerWebhookEndpoints")).data!.webhookEndpoints;

    const theirs = await partner("RegisterWebhookEndpoint", { endpoint: { url: "https://partner.example/hooks", enterprises: [stranger.uscc] } });
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "endpoint.enterprises[0]" });
    for (const url of ["ftp://partner.example/hooks", "http://partner.example/hooks", "not a url"]) {
      const bad = await partner("RegisterWebhookEndpoint", { endpoint: { url, enterprises: [system.partnerUscc] } });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endpoint.url" });
    }
    expect((await partner<{ webhookEndpoints: unknown[] }>("PartnerWebhookEndpoints")).data!.webhookEndpoints).toEqual(endpointsBefore);

    // The other platform registers its own endpoint: the partner neither sees it nor reads or redelivers its deliveries.
    const registered = await system.query<{ registerWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation($e: WebhookEndpointInput!) { registerWebhookEndpoint(endpoint: $e) { endpoint { id } secret } }`,
      { e: { url: "https://stranger.example/hooks", enterprises: [stranger.uscc] } },
      await file.as(stranger.uscc),
    );
    expect(registered.errors).toBeUndefined();
    const strangersEndpoint = registered.data!.registerWebhookEndpoint.endpoint.id;
    const listed = await partner<{ webhookEndpoints: Array<{ id: string }> }>("PartnerWebhookEndpoints");
    expect(listed.data!.webhookEndpoints.map((endpoint) => endpoint.id)).not.toContain(strangersEndpoint);
    const read = await partner("PartnerWebhookDeliveries", { filter: { endpointId: strangersEndpoint } });
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const disable = await partner("DisableWebhookEndpoint", { id: strangersEndpoint });
    expect(disable.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("let only the caller that registered an endpoint manage it, not another acting for the same enterprise", async () => {
    const [mine] = (await partner<{ webhookEndpoints: Array<{ id: string }> }>("PartnerWebhookEndpoints")).data!.webhookEndpoints;
    const [delivered] = await deliveries({ endpointId: lists.endpoint.id });
    // An enterprise user of the partner's own enterprise: the same enterprise, another caller.
    const colleague = await file.as(system.partnerUscc);
    const listed = await system.query<{ webhookEndpoints: Array<{ id: string }> }>(`{ webhookEndpoints { id } }`, {}, colleague);
    expect(listed.data!.webhookEndpoints.map((endpoint) => endpoint.id)).not.toContain(mine!.id);
    const read = await system.query(
      `query($id: ID!) { webhookDeliveries(first: 5, filter: { endpointId: $id }) { nodes { id } } }`,
      { id: mine!.id },
      colleague,
    );
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const redeliver = await system.query(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id: delivered!.id }, colleague);
    expect(redeliver.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const disable = await system.query(`mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`, { id: mine!.id }, colleague);
    expect(disable.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const after = (await partner<{ webhookEndpoints: Array<{ id: string; disabledAt: string | null }> }>("PartnerWebhookEndpoints")).data!.webhookEndpoints;
    expect(after.find((endpoint) => endpoint.id === mine!.id)?.disabledAt).toBeNull();
  });

  it("return the same endpoint and secret for a registration resent with its reference, and cap a caller's active endpoints", async () => {
    const clerk = { token: await system.security.token({ sub: "clerk-hooks", role: "enterprise", uscc: system.partnerUscc }) };
    const REGISTER = `mutation($e: WebhookEndpointInput!) { registerWebhookEndpoint(endpoint: $e) { endpoint { id reference } secret } }`;
    type Registered = { registerWebhookEndpoint: { endpoint: { id: string; reference: string | null }; secret: string } };
    const input = { url: "https://clerk.example/hooks", enterprises: [system.partnerUscc], kinds: ["REGISTRATION"], reference: "hooks-1" };
    const first = await system.query<Registered>(REGISTER, { e: input }, clerk);
    const again = await system.query<Registered>(REGISTER, { e: { ...input, kinds: ["REGISTRATION", "REGISTRATION"] } }, clerk);
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(first.data!.registerWebhookEndpoint.endpoint.reference).toBe("hooks-1");
    const reused = await system.query(REGISTER, { e: { ...input, url: "https://other.example/hooks" } }, clerk);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endpoint.reference", reason: "WEBHOOK_REFERENCE_REUSED" });

    const ENDPOINTS = `{ webhookEndpoints { id disabledAt } }`;
    for (let n = 2; n <= 10; n++) {
      expect((await system.query(REGISTER, { e: { ...input, reference: `hooks-${n}` } }, clerk)).errors).toBeUndefined();
    }
    const over = await system.query(REGISTER, { e: { ...input, reference: "hooks-11" } }, clerk);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endpoint", reason: "WEBHOOK_ENDPOINT_LIMIT" });
    // A resend of one already registered is still answered, and disabling one makes room for another.
    expect((await system.query(REGISTER, { e: input }, clerk)).data).toEqual(first.data);
    const own = (await system.query<{ webhookEndpoints: Array<{ id: string }> }>(ENDPOINTS, {}, clerk)).data!.webhookEndpoints;
    expect(own).toHaveLength(10);
    for (const endpoint of own) await system.query(`mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`, { id: endpoint.id }, clerk);
    expect((await system.query(REGISTER, { e: { ...input, reference: "hooks-11" } }, clerk)).errors).toBeUndefined();
  });

  it("refuse an endpoint's unknown event kind by name", async () => {
    const bad = await partner("RegisterWebhookEndpoint", {
      endpoint: { url: "https://partner.example/hooks", enterprises: [system.partnerUscc], kinds: ["ORDER_RECEIPT", "ORDERS"] },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endpoint.kinds[1]" });
    expect(bad.errors?.[0]?.message).toContain('"ORDERS"');
  });

  it("refuse in production an endpoint on a private, loopback, link-local or metadata address, by name or literally", async () => {
    const before = (await partner<{ webhookEndpoints: unknown[] }>("PartnerWebhookEndpoints")).data!.webhookEndpoints;
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      for (const host of [
        "169.254.169.254",
        "10.0.0.7",
        "172.16.5.4",
        "192.168.1.10",
        "127.0.0.2",
        "0.0.0.0",
        "[::ffff:7f00:1]",
        "[fd00::1]",
        "[fe80::1]",
        "localhost",
      ]) {
        const refused = await partner("RegisterWebhookEndpoint", { endpoint: { url: `https://${host}/hooks`, enterprises: [system.partnerUscc] } });
        expect([host, refused.errors?.[0]?.extensions]).toEqual([host, expect.objectContaining({ code: "BAD_USER_INPUT", field: "endpoint.url" })]);
        expect(refused.errors?.[0]?.message).toBe("endpoint.url: address not allowed");
      }
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect((await partner<{ webhookEndpoints: unknown[] }>("PartnerWebhookEndpoints")).data!.webhookEndpoints).toEqual(before);
  });

  it("check the address again at each attempt: an endpoint allowed when registered but not now gets nothing, and only 'address not allowed'", async () => {
    const { receiver: local, url } = await receiver();
    local.down = true;
    // Registered outside production, on a name that resolves to this machine: allowed then, as a test receiver.
    const endpoint = await register(url.replace("127.0.0.1", "localhost"), ["INVENTORY_RECEIPT"]);
    const p = parcel({ goods: [COSMETICS] });
    await fileParcel(p);
    await until(
      () => deliveries({ endpointId: endpoint.id }),
      (listed) => listed.length === 2 && listed.every((delivery) => delivery.lastStatusCode === 503),
      "the first attempts, answered 503",
    );
    // Now the same name may no longer be reached (as in production, or a name rebound to a private address):
    // the retries resolve it again and are refused before connecting.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      local.down = false;
      const refused = await until(
        () => deliveries({ endpointId: endpoint.id }),
        (listed) => listed.every((delivery) => delivery.lastError === "address not allowed"),
        "the refused retries",
      );
      expect(refused.map((delivery) => [delivery.status, delivery.lastStatusCode])).toEqual([
        ["PENDING", null],
        ["PENDING", null],
      ]);
      expect(local.received).toEqual([]);
    } finally {
      process.env.NODE_ENV = previous;
      await partner("DisableWebhookEndpoint", { id: endpoint.id });
    }
  });

  it("park a delivery as FAILED once its retries are spent, listed as such", async () => {
    process.env.WEBHOOK_RETRY_LIMIT = "1";
    try {
      const { receiver: broken, url } = await receiver();
      broken.down = true;
      const endpoint = await register(url, ["INVENTORY_RECEIPT"]);
      const p = parcel({ goods: [COSMETICS] });
      await fileParcel(p);
      const parked = await until(
        () => deliveries({ endpointId: endpoint.id, status: "FAILED" }),
        (listed) => listed.length === 2,
        "the list's two deliveries parked",
      );
      // A first attempt and one retry, then parked: no further attempt.
      expect(parked.map((delivery) => [delivery.attempts, delivery.lastStatusCode, delivery.lastError])).toEqual([
        [2, 503, "answered HTTP 503"],
        [2, 503, "answered HTTP 503"],
      ]);
      // Redelivered once the endpoint is fixed, they arrive.
      broken.down = false;
      for (const delivery of parked) expect((await partner("RedeliverWebhook", { deliveryId: delivery.id })).errors).toBeUndefined();
      await until(
        () => broken.ofList(p.inventory.copNo),
        (got) => got.length === 2,
        "the parked deliveries redelivered",
      );
    } finally {
      process.env.WEBHOOK_RETRY_LIMIT = "30";
    }
  });

  // PostgreSQL only: the test fails the attempt's job from a pg-boss of its own, as a replica's supervisor would.
  (usePostgres ? it : it.skip)("park a delivery whose last attempt was cut off before it recorded an outcome", async () => {
    process.env.WEBHOOK_RETRY_LIMIT = "0";
    // Longer than the heartbeat's check, so that the attempt is cut off while its endpoint still holds it.
    process.env.WEBHOOK_TIMEOUT_MS = "30000";
    const arrived: string[] = [];
    const holding = createServer((request) => request.on("data", () => arrived.push(request.url ?? "")));
    await new Promise<void>((resolve) => holding.listen(0, "127.0.0.1", resolve));
    const location = system.databases.customs.engine;
    const boss = new PgBoss({ connectionString: location.driver === "pg" ? location.url : "", schema: JOBS_SCHEMA, supervise: false, schedule: false });
    const db = new pg.Client({ connectionString: location.driver === "pg" ? location.url : "" });
    try {
      await Promise.all([boss.start(), db.connect()]);
      const endpoint = await register(`http://127.0.0.1:${(holding.address() as AddressInfo).port}/hooks`, ["INVENTORY_RECEIPT"]);
      await fileParcel(parcel({ goods: [COSMETICS] }));
      await until(
        () => arrived.length,
        (count) => count > 0,
        "the first attempt at the endpoint",
      );
      // Its replica's supervisor gives up on the attempts (a killed replica's heartbeat): no retries are left.
      const rows = await until(
        async () => (await db.query<{ jobId: string }>(`SELECT "jobId" FROM "WebhookDelivery" WHERE "endpointId" = $1 AND queued`, [endpoint.id])).rows,
        (queued) => queued.length === 2,
        "both deliveries' attempts queued",
      );
      await boss.fail(
        DELIVERY_JOB,
        rows.map((row) => row.jobId),
      );
      const parked = await until(
        () => deliveries({ endpointId: endpoint.id, status: "FAILED" }),
        (listed) => listed.length === 2,
        "the cut-off deliveries parked",
      );
      expect(parked.map((delivery) => delivery.lastError)).toEqual([
        "the last attempt did not finish (its replica stopped or it was cut off)",
        "the last attempt did not finish (its replica stopped or it was cut off)",
      ]);
      expect(arrived).toHaveLength(1);
    } finally {
      process.env.WEBHOOK_RETRY_LIMIT = "30";
      process.env.WEBHOOK_TIMEOUT_MS = "5000";
      await boss.stop({ graceful: false });
      await db.end();
      holding.closeAllConnections();
      await new Promise<void>((resolve) => holding.close(() => resolve()));
    }
  });
});
