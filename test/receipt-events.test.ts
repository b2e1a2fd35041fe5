import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { buildWorld } from "../demo/world";
import { parcelFactory } from "../demo/parcels";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { relayEvents } from "../subgraphs/customs/relay";
import { summariseTaxLists } from "../subgraphs/customs/resolvers/tax-lists";
import { setClock } from "../lib/clock";
import { createSubgraphMetrics } from "../lib/metrics";
import type { SqlConnection } from "../lib/db/sql-connection";
import { receiptsPage } from "../subgraphs/customs/resolvers/receipts";
import type { PrismaClient as CustomsClient } from "../prisma/customs/generated/client";
import { parcelFiler } from "./helpers/parcels";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);

const COSMETICS = filed("CIQ46000000100041", "1000.00");

const PARTNER_RECEIPTS = (
  JSON.parse(readFileSync("gateway/persisted-queries.json", "utf8")) as { operations: Array<{ id: string; name: string }> }
).operations.find((operation) => operation.name === "PartnerReceipts")!.id;

interface FeedEvent {
  id: string;
  cursor: string;
  department: string;
  kind: string;
  messageType: string | null;
  documentKey: Record<string, string>;
  returnStatus: number | null;
  returnInfo: string | null;
  occurredAt: string;
  receipt: Record<string, unknown>;
  xml: string | null;
}
interface Page {
  nodes: FeedEvent[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of the feed, as a partner reads it: the registered PartnerReceipts operation with its API key. */
async function partnerPage(variables: { after?: string | null; first?: number; kinds?: string[] }): Promise<Page> {
  const response = await fetch(system.gatewayUrl, {
    method: "POST",
    headers: system.headers({ apiKey: system.security.partnerKey }),
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: PARTNER_RECEIPTS } }, variables }),
  });
  const answer = (await response.json()) as { data?: { receipts: Page }; errors?: unknown[] };
  expect(answer.errors).toBeUndefined();
  return answer.data!.receipts;
}

const FEED = `query($after: String, $first: Int, $kinds: [String!]) {
  receipts(after: $after, first: $first, kinds: $kinds) {
    nodes { id cursor department kind messageType documentKey returnStatus returnInfo occurredAt receipt xml }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** One page as any other caller reads it (an enterprise user, staff, an administrator). */
async function page(credentials: Credentials, variables: { after?: string | null; first?: number; kinds?: string[] }): Promise<Page> {
  const answer = await system.query<{ receipts: Page }>(FEED, variables, credentials);
  expect(answer.errors).toBeUndefined();
  return answer.data!.receipts;
}

/** Every event after `after`, page by page. */
async function readAll(read: (after: string | null) => Promise<Page>, after: string | null = null): Promise<{ events: FeedEvent[]; cursor: string | null }> {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const { nodes, pageInfo } = await read(cursor);
    events.push(...nodes);
    cursor = pageInfo.endCursor;
    if (!pageInfo.hasNextPage) return { events, cursor };
  }
}

/** Polls until `ready` holds for what `read` returns; the relay runs every second, a busy machine may take longer. */
async function until<T>(read: () => Promise<T>, ready: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ofList = (copNo: string) => (event: FeedEvent) => event.kind === "INVENTORY_RECEIPT" && event.documentKey.copNo === copNo;

beforeAll(async () => {
  // The relay runs on its loop, as in `npm start`: the feed shows an event once the loop has relayed it.
  system = await startTestSystem("receipt-events", { relay: true });
});

afterAll(async () => {
  await system?.stop();
});

describe("the events of a list that waits for its waybill", () => {
  it("are read in order by the list's parties only, each exactly once, and the feed continues after a saved cursor", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    expect((await file.payment(p)).data!.submitPayment.returnStatus).toBe(120);
    expect((await file.inventory(p)).data!.declareInventory).toMatchObject({ returnStatus: 2, returnInfo: expect.stringMatching(/waiting for the waybill/) });

    // The partner (the platform) sees the order's, the payment's and the list's receipts so far.
    const mine = (event: FeedEvent) =>
      event.documentKey.orderNo === p.order.orderNo || event.documentKey.payTransactionId === p.payment.payTransactionId || ofList(p.inventory.copNo)(event);
    // One relay round logs customs' events before finance's: the list's event may be read before the payment's.
    const before = await until(
      () => readAll((after) => partnerPage({ after, first: 100 })),
      ({ events }) => events.some(ofList(p.inventory.copNo)) && events.some((event) => event.kind === "PAYMENT_RECEIPT" && mine(event)),
      "the waiting list's and the payment's events",
    );
    // Each department's events are logged in the order they happened; the order's (customs) and the
    // payment's (finance) may be relayed either way round.
    expect(before.events.filter(mine).map((event) => [event.kind, event.returnStatus])).toEqual(
      expect.arrayContaining([
        ["ORDER_RECEIPT", 120],
        ["PAYMENT_RECEIPT", 120],
      ]),
    );
    expect(before.events.filter(mine).length).toBe(3);
    expect(before.events.filter(mine).findIndex(ofList(p.inventory.copNo))).toBeGreaterThan(
      before.events.filter(mine).findIndex((event) => event.kind === "ORDER_RECEIPT"),
    );
    const saved = before.cursor;

    expect((await file.waybill(p)).data!.submitWaybill.returnStatus).toBe(120);
    const after = await until(
      () => readAll((cursor) => partnerPage({ after: cursor, first: 100 }), saved),
      ({ events }) => events.filter(ofList(p.inventory.copNo)).some((event) => event.returnStatus === 800),
      "the released list's event",
    );
    // Continuing from the saved cursor gives only what happened since: the list accepted, then released.
    expect(after.events.filter(mine).map((event) => event.returnStatus)).toEqual([120, 800]);

    const released = after.events.find((event) => ofList(p.inventory.copNo)(event) && event.returnStatus === 800)!;
    expect(released).toMatchObject({
      department: "customs",
      messageType: "CEB622",
      documentKey: { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo },
      returnInfo: expect.stringMatching(/^放行/),
      receipt: { guid: p.inventory.guid, copNo: p.inventory.copNo, invtNo: expect.stringMatching(/^64092026I\d{9}$/), returnStatus: 800 },
    });
    // The receipt as the standard's message, built on read: the list's numbers and a 17-digit China-time returnTime.
    const xml = new XMLParser({ parseTagValue: false }).parse(released.xml!)["ceb:CEB622Message"]["ceb:InventoryReturn"];
    expect(xml).toMatchObject({ "ceb:copNo": p.inventory.copNo, "ceb:invtNo": released.receipt.invtNo, "ceb:returnStatus": "800" });
    expect(xml["ceb:returnTime"]).toMatch(/^\d{17}$/);
    expect(xml["ceb:returnTime"]).toBe(
      new Date(new Date(released.occurredAt).getTime() + 8 * 3_600_000)
        .toISOString()
        .replace(/[-T:.Z]/g, "")
        .slice(0, 17),
    );
    // No personal data in any event the partner reads.
    const text = JSON.stringify([...before.events, ...after.events]);
    for (const personal of [p.order.buyerName, p.order.buyerIdNumber, p.waybill.consignee, p.waybill.consigneeAddress]) expect(text).not.toContain(personal);

    // The carrier reads the waybill's receipt; neither the carrier's events nor the partner's reach an
    // enterprise that is no party of these documents.
    const carrier = await file.as(p.waybill.logisticsCode);
    const carried = await until(
      () => readAll((cursor) => page(carrier, { after: cursor })),
      ({ events }) => events.some((event) => event.documentKey.logisticsNo === p.waybill.logisticsNo),
      "the waybill's event",
    );
    expect(carried.events.filter((event) => event.documentKey.logisticsNo === p.waybill.logisticsNo).map((event) => [event.kind, event.returnStatus])).toEqual([
      ["WAYBILL_RECEIPT", 120],
    ]);
    const waybillReceipt = carried.events.find((event) => event.kind === "WAYBILL_RECEIPT" && event.documentKey.logisticsNo === p.waybill.logisticsNo)!;
    expect(waybillReceipt).toMatchObject({ department: "logistics", messageType: "CEB512" });
    expect(new XMLParser({ parseTagValue: false }).parse(waybillReceipt.xml!)["ceb:CEB512Message"]["ceb:LogisticsReturn"]).toMatchObject({
      "ceb:logisticsNo": p.waybill.logisticsNo,
      "ceb:returnStatus": "120",
    });
    const stranger = world.credit.enterprises.find(
      (enterprise) => enterprise.roles?.toString().includes("PLATFORM") && enterprise.uscc !== system.partnerUscc,
    )!;
    const theirs = await readAll(async (cursor) => page(await file.as(stranger.uscc), { after: cursor }));
    expect(theirs.events.filter((event) => mine(event) || event.documentKey.logisticsNo === p.waybill.logisticsNo)).toEqual([]);
  });

  it("pages through the whole log exactly once in order, whatever the page size, and kinds narrow it", async () => {
    const admin = { token: system.adminToken };
    const whole = await readAll((after) => page(admin, { after, first: 100 }));
    const small = await readAll((after) => page(admin, { after, first: 2 }));
    const prefix = small.events.slice(0, whole.events.length);
    expect(prefix.map((event) => event.id)).toEqual(whole.events.map((event) => event.id));
    expect(new Set(small.events.map((event) => event.id)).size).toBe(small.events.length);
    const cursors = small.events.map((event) => BigInt(event.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // An empty page keeps the cursor it was given, so a poller can always save endCursor.
    const end = small.cursor;
    expect((await page(admin, { after: end })).pageInfo).toEqual({ hasNextPage: false, endCursor: end });

    const lists = await readAll((after) => page(admin, { after, kinds: ["INVENTORY_RECEIPT"] }));
    expect(lists.events.length).toBeGreaterThan(0);
    expect(lists.events.every((event) => event.kind === "INVENTORY_RECEIPT")).toBe(true);

    const refused = await system.query(FEED, { after: "not-a-cursor" });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("relays each event once, even when the relay runs again from the start", async () => {
    const customs = serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders);
    await relayEvents(customs);
    const logged = await customs.prisma.partnerEvent.count();
    expect(logged).toBeGreaterThan(0);
    // As if the cursors were lost: every outbox is read again from its first event, and nothing is stored twice.
    await customs.prisma.relayCursor.deleteMany();
    expect(await relayEvents(customs)).toBe(0);
    expect(await customs.prisma.partnerEvent.count()).toBe(logged);
  });

  it("writes no event for a refused list or a document sent again", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    // Once the order's event is relayed the relay has nothing left to write, so the row counts stand still.
    await until(
      () => readAll((after) => partnerPage({ after })),
      ({ events }) => events.some((event) => event.documentKey.orderNo === p.order.orderNo),
      "the order's event",
    );
    const counts = await system.rowCounts();
    // A list naming a commodity code the tariff does not hold is refused whole: nothing stored, no event.
    const refused = await system.query(
      `mutation($d: InventoryInput!) { declareInventory(inventory: $d) { returnStatus } }`,
      { d: { ...p.inventory, lines: p.inventory.lines.map((line) => ({ ...line, gcode: "9999999999" })) } },
      await file.as(p.inventory.agentCode),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    // The same order again is answered with its receipt and writes nothing.
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    expect(await system.rowCounts()).toEqual(counts);
  });

  it("writes one event for an order filed ten times at once, the losers' transactions leaving none", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const platform = await file.as(p.order.ebpCode);
    const sent = Array.from({ length: 10 }, () => ({ ...p.order, guid: randomUUID().toUpperCase() }));
    const results = await Promise.all(
      sent.map((order) => system.query(`mutation($d: OrderInput!) { submitOrder(order: $d) { returnStatus } }`, { d: order }, platform)),
    );
    expect(results.filter((result) => result.data?.submitOrder?.returnStatus === 120)).toHaveLength(1);
    const ofOrder = (event: FeedEvent) => event.documentKey.orderNo === p.order.orderNo;
    const { events } = await until(
      () => readAll((after) => partnerPage({ after })),
      ({ events }) => events.some(ofOrder),
      "the order's event",
    );
    // Whatever the relay does meanwhile, the losers wrote nothing: one event, now and after another round.
    await relayEvents(serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders));
    expect(events.filter(ofOrder).map((event) => event.returnStatus)).toEqual([120]);
    expect((await readAll((after) => partnerPage({ after }))).events.filter(ofOrder)).toHaveLength(1);
  });

  it("lets only the single window's relay read a department's outbox", async () => {
    for (const credentials of [{ token: system.adminToken }, { token: await system.security.token({ sub: "clerk", role: "staff", department: "customs" }) }]) {
      const answer = await system.query(`{ logisticsOutboxEvents { id } }`, {}, credentials);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("shows nothing to a role the feed does not name, and refuses an unknown kind by name", async () => {
    const admin = { token: system.adminToken };
    expect((await page(admin, { first: 5 })).nodes.length).toBeGreaterThan(0);
    // The gateway lets the public run none of the feed's operations; should a role ever reach it, it reads nothing.
    const customs = serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders);
    const visitor = { subject: "anonymous:test", role: "public" as const, usccs: [], requestId: randomUUID() };
    expect(await receiptsPage({ first: 5 }, { ...customs, identity: visitor })).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });

    const refused = await system.query(FEED, { kinds: ["INVENTORY_RECEIPT", "INVENTORY_RECIEPT"] }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kinds[1]" });
    expect(refused.errors?.[0]?.message).toContain("INVENTORY_RECIEPT");
  });

  it("relays the other departments when one does not answer, and shows each department's relay lag", async () => {
    const customs = serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders);
    const down = { request: async () => ({ errors: [{ message: "down", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] }) };
    // Customs' own outbox is read from its database; every other department's read fails and is skipped, not thrown.
    await expect(relayEvents({ prisma: customs.prisma, graph: down as unknown as typeof customs.graph })).resolves.toBeGreaterThanOrEqual(0);
    const text = await createSubgraphMetrics("customs", {} as SqlConnection).registry.metrics();
    const lags = text.split("\n").filter((line) => line.startsWith("tradegraph_relay_lag_seconds{"));
    for (const department of ["customs", "ciq", "credit", "logistics", "finance"]) {
      expect(lags.some((line) => line.includes(`department="${department}"`))).toBe(true);
    }
  });

  it("reads a page of events in one statement whatever its size", async () => {
    const admin = { token: system.adminToken };
    // The relay and the webhook dispatcher running beside it read the log too (the dispatcher as soon as the relay
    // has logged something): the feed's own cost is the fewest statements of a few reads.
    const log = system.databases.customs.statements;
    const feedStatements = async (first: number) => {
      const counts: number[] = [];
      for (let read = 0; read < 3; read += 1) {
        log.reset();
        await page(admin, { first });
        counts.push(log.statements.filter((sql) => sql.includes('"PartnerEvent"')).length);
      }
      return Math.min(...counts);
    };
    expect(await feedStatements(1)).toBe(1);
    expect(await feedStatements(50)).toBe(1);
  });
});

describe("the tax list (CEB816) of a list", () => {
  const customs = () => serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders);
  const ofTaxList = (copNo: string) => (event: FeedEvent) => event.kind === "TAX_LIST" && event.documentKey.copNo === copNo;
  const taxListEvents = async (copNo: string, count: number) =>
    (
      await until(
        () => readAll((after) => partnerPage({ after, first: 100 })),
        ({ events }) => events.filter(ofTaxList(copNo)).length >= count,
        `${count} tax list event(s)`,
      )
    ).events.filter(ofTaxList(copNo));
  const head = (xml: string) => new XMLParser({ parseTagValue: false }).parse(xml)["ceb:CEB816Message"]["ceb:Tax"];

  afterEach(() => setClock(null));

  it("is an event when the list is released, its amounts the list's tax to the fen and its xml the CEB816; summarised once; void when returned", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);

    const [issued] = await taxListEvents(p.inventory.copNo, 1);
    const stored = await customs().prisma.inventoryDeclaration.findUniqueOrThrow({
      where: { agentCode_copNo: { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo } },
    });
    const fen = (value: { toFixed(digits: number): string } | null) => value!.toFixed(2);
    expect(issued).toMatchObject({
      department: "customs",
      messageType: "CEB816",
      returnStatus: 1,
      documentKey: { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo },
      receipt: {
        invtNo: stored.invtNo,
        taxNo: stored.invtNo!.replace("I", "T"),
        customsTax: fen(stored.customsTax),
        valueAddedTax: fen(stored.valueAddedTax),
        consumptionTax: fen(stored.consumptionTax),
        taxTotal: fen(stored.taxTotal),
        status: 1,
      },
    });
    expect(Number(stored.taxTotal)).toBeGreaterThan(0);
    // The feed's xml is the tax notice itself: head amounts to the fen, and lines that add up to them.
    const tax = head(issued!.xml!);
    expect(tax["ceb:TaxHeadRd"]).toMatchObject({
      "ceb:invtNo": stored.invtNo,
      "ceb:status": "1",
      "ceb:customsTax": fen(stored.customsTax),
      "ceb:valueAddedTax": fen(stored.valueAddedTax),
      "ceb:consumptionTax": fen(stored.consumptionTax),
    });
    // In the standard's order, though the event's JSON came back from the database with its keys sorted.
    expect(Object.keys(tax["ceb:TaxHeadRd"]).slice(0, 5)).toEqual(["ceb:guid", "ceb:returnTime", "ceb:invtNo", "ceb:taxNo", "ceb:customsTax"]);
    const lines = [tax["ceb:TaxListRd"]].flat() as Array<Record<string, string>>;
    expect(Object.keys(lines[0]!)).toEqual(["ceb:gnum", "ceb:gcode", "ceb:taxPrice", "ceb:customsTax", "ceb:valueAddedTax", "ceb:consumptionTax"]);
    const sum = (field: string) => lines.reduce((total, line) => total + Math.round(Number(line[field]) * 100), 0);
    expect(sum("ceb:valueAddedTax")).toBe(Math.round(Number(stored.valueAddedTax) * 100));
    expect(JSON.stringify(issued)).not.toContain(p.order.buyerName);

    // Once the return window has closed, customs' sweep logs the notice as summarised, once.
    setClock(new Date(Date.now() + 40 * 86_400_000));
    expect(await summariseTaxLists(customs())).toBeGreaterThanOrEqual(1);
    expect(await summariseTaxLists(customs())).toBe(0);
    setClock(null);
    const [, summarised] = await taxListEvents(p.inventory.copNo, 2);
    expect(summarised).toMatchObject({ returnStatus: 2, receipt: { status: 2 } });
    expect(head(summarised!.xml!)["ceb:TaxHeadRd"]["ceb:status"]).toBe("2");

    // Goods returned within the window: the notice is void (3), in the return's own transaction.
    const q = parcel({ goods: [COSMETICS] });
    await file.order(q);
    await file.payment(q);
    await file.waybill(q);
    expect((await file.inventory(q)).data!.declareInventory.returnStatus).toBe(800);
    const [released] = await taxListEvents(q.inventory.copNo, 1);
    const returned = await system.query<{ returnInventory: { returnStatus: number } }>(
      `mutation($r: InventoryReturnInput!) { returnInventory(request: $r) { returnStatus } }`,
      {
        r: {
          guid: randomUUID().toUpperCase(),
          appTime: new Date().toISOString(),
          agentCode: q.inventory.agentCode,
          invtNo: released!.receipt.invtNo,
          reason: "质量问题",
        },
      },
      await file.as(q.inventory.agentCode),
    );
    expect(returned.data!.returnInventory.returnStatus).toBe(700);
    const events = await taxListEvents(q.inventory.copNo, 2);
    expect(events.map((event) => event.returnStatus)).toEqual([1, 3]);
    expect(head(events[1]!.xml!)["ceb:TaxHeadRd"]).toMatchObject({ "ceb:status": "3", "ceb:taxNo": released!.receipt.taxNo });
  });
});
