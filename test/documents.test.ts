import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { buildWorld } from "../demo/world";
import { residentIdCheckChar } from "../lib/rules/resident-id";
import { usePostgres } from "./helpers/databases";
import { startTestSystem, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
let platformUser: Credentials;

beforeAll(async () => {
  system = await startTestSystem("documents");
  platformUser = { token: await system.security.token({ sub: "platform-clerk", role: "enterprise", uscc: system.partnerUscc }) };
});

afterAll(async () => {
  await system?.stop();
});

const buyerId = (() => {
  const first17 = "46010619900101123";
  return first17 + residentIdCheckChar(first17);
})();

let serial = 0;
/** A valid CEB311 order of the test platform: two lines, 1 × 100.00 and 2 × 50.50. */
function newOrder(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const payer = world.credit.enterprises.find((e) => e.roles?.toString().includes("PAYMENT"))!;
  return {
    guid: randomUUID().toUpperCase(),
    appType: "1",
    appTime: "2026-11-20T10:00:00+08:00",
    appStatus: "2",
    orderNo: `T${Date.now()}${serial}`,
    ebpCode: system.partnerUscc,
    ebpName: "测试平台",
    ebcCode: world.customs.orders[1]!.ebcCode,
    ebcName: "测试电商企业",
    goodsValue: "201.00",
    freight: "10.00",
    discount: "5.00",
    taxTotal: "19.20",
    acturalPaid: "225.20",
    currency: "142",
    buyerRegNo: "tester01",
    buyerName: "张三",
    buyerTelephone: "13800138000",
    buyerIdType: "1",
    buyerIdNumber: buyerId,
    payCode: payer.uscc,
    payName: payer.name,
    payTransactionId: `PAY${Date.now()}${serial}`,
    consignee: "张三",
    consigneeTelephone: "13800138000",
    consigneeAddress: "海南省海口市龙华区滨海大道1号",
    consigneeDistrict: "460106",
    lines: [
      { gnum: 1, itemNo: "SKU1", itemName: "婴儿奶粉", unit: "122", qty: "1", price: "100.00", totalPrice: "100.00", currency: "142", country: "601" },
      { gnum: 2, itemNo: "SKU2", itemName: "保湿面霜", unit: "140", qty: "2", price: "50.50", totalPrice: "101.00", currency: "142", country: "116" },
    ],
    ...overrides,
  };
}

const SUBMIT = `mutation($order: OrderInput!) { submitOrder(order: $order) { messageType guid version returnStatus returnInfo returnTime } }`;
const submit = (order: object, credentials: Credentials = platformUser) => system.query(SUBMIT, { order }, credentials);

describe("filing an order (CEB311)", () => {
  it("stores a valid order and answers with a CEB312 receipt the platform can read again", async () => {
    const order = newOrder();
    const { data, errors } = await submit(order);
    expect(errors).toBeUndefined();
    expect(data!.submitOrder).toMatchObject({ messageType: "CEB312", guid: order.guid, version: 1, returnStatus: 120 });
    const stored = await system.query(
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo acturalPaid lines { gnum totalPrice } receipts { guid returnStatus } } }`,
      { e: order.ebpCode, o: order.orderNo },
      platformUser,
    );
    expect(stored.data!.order).toEqual({
      orderNo: order.orderNo,
      acturalPaid: "225.2",
      lines: [
        { gnum: 1, totalPrice: "100" },
        { gnum: 2, totalPrice: "101" },
      ],
      receipts: [{ guid: order.guid, returnStatus: 120 }],
    });
  });

  it("is idempotent: the same message again (its GUID, another time and spelling of amounts) returns the first receipt and stores nothing", async () => {
    const order = newOrder();
    const first = await submit(order);
    const before = await system.rowCounts();
    const again = await submit({ ...order, appTime: "2026-11-21T09:00:00+08:00", goodsValue: "201" });
    expect(again.data!.submitOrder).toEqual(first.data!.submitOrder);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses a second 新增 of the order number under a new GUID as a duplicate (-301010), even with the same content", async () => {
    const order = newOrder();
    const first = await submit(order);
    const before = await system.rowCounts();
    const { errors } = await submit({ ...order, guid: randomUUID().toUpperCase() });
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "order.orderNo", returnStatus: -301010 });
    expect(await system.rowCounts()).toEqual(before);
    // The first message, sent again, still gets its receipt.
    expect((await submit(order)).data!.submitOrder).toEqual(first.data!.submitOrder);
  });

  it("refuses other content under the same order number as a duplicate (-301010), changing nothing", async () => {
    const order = newOrder();
    await submit(order);
    const before = await system.rowCounts();
    const { errors } = await submit({ ...order, guid: randomUUID().toUpperCase(), freight: "20.00", acturalPaid: "235.20" });
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "order.orderNo", returnStatus: -301010 });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("keeps a change (appType 2) as a new version, with the earlier content on record", async () => {
    const order = newOrder();
    await submit(order);
    const change = { ...order, guid: randomUUID().toUpperCase(), appType: "2", freight: "20.00", acturalPaid: "235.20" };
    const { data } = await submit(change);
    expect(data!.submitOrder).toMatchObject({ version: 2, returnStatus: 120, guid: change.guid });
    const [version] = await system.databases.customs.sql.query<{ version: number; freight: string }>(
      `SELECT version, content->>'freight' AS freight FROM "OrderVersion" WHERE "ebpCode" = $1 AND "orderNo" = $2`,
      [order.ebpCode, order.orderNo],
    );
    expect(version).toEqual({ version: 1, freight: "10" });
    const receipts = await system.query(
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { freight receipts { version } } }`,
      { e: order.ebpCode, o: order.orderNo },
      platformUser,
    );
    expect(receipts.data!.order).toEqual({ freight: "20", receipts: [{ version: 2 }, { version: 1 }] });
  });

  it("files a saved order (appStatus 1) again when it is declared (appStatus 2)", async () => {
    const order = newOrder({ appStatus: "1" });
    expect((await submit(order)).data!.submitOrder).toMatchObject({ version: 1, returnStatus: 1 });
    expect((await submit({ ...order, guid: randomUUID().toUpperCase(), appStatus: "2" })).data!.submitOrder).toMatchObject({ version: 2, returnStatus: 120 });
  });

  it("refuses to change an order that is on a declared list (-301011)", async () => {
    const declared = world.customs.declarations.find((d) => d.ebpCode === system.partnerUscc && d.returnStatus === 800)!;
    const { errors } = await submit(newOrder({ appType: "2", orderNo: declared.orderNo }));
    expect(errors![0]!.extensions).toMatchObject({ field: "order.orderNo", returnStatus: -301011 });
  });

  it("lets a partner file through its registered operation", async () => {
    const operation = buildManifest().operations.find((candidate) => candidate.name === "SubmitOrder")!;
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers({ apiKey: system.security.partnerKey }),
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } }, variables: { order: newOrder() } }),
    });
    expect(((await response.json()) as GraphQLResponse<any>).data!.submitOrder.returnStatus).toBe(120);
  });

  it.each([
    [
      "anyone for another platform",
      async () => ({ token: await system.security.token({ sub: "other", role: "enterprise", uscc: world.customs.orders[1]!.ebcCode }) }),
    ],
    ["department staff", async () => ({ token: await system.security.staffToken("customs") })],
    ["an analyst", async () => ({ token: await system.security.token({ sub: "a", role: "analyst" }) })],
  ])("refuses %s, changing nothing", async (_, credentials) => {
    const before = await system.rowCounts();
    const { errors } = await submit(newOrder(), await credentials());
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "order.ebpCode" });
    expect(await system.rowCounts()).toEqual(before);
  });
});

describe("an order that breaks a rule is refused, naming the field, and nothing is stored", () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await system.rowCounts();
  });
  afterAll(async () => {
    expect(await system.rowCounts()).toEqual(before);
  });

  const line = (index: number, overrides: Record<string, unknown>) => {
    const order = newOrder();
    order.lines = order.lines.map((l, i) => (i === index ? { ...l, ...overrides } : l));
    return order;
  };

  it.each([
    ["a GUID that is not an upper-case UUID", () => newOrder({ guid: "abc" }), "order.guid", -301001],
    ["appType 3 (withdrawal goes through a cancel request)", () => newOrder({ appType: "3" }), "order.appType", -301001],
    [
      "a buyer ID with a wrong check digit",
      () => newOrder({ buyerIdNumber: buyerId.slice(0, 17) + (buyerId[17] === "1" ? "2" : "1") }),
      "order.buyerIdNumber",
      -301001,
    ],
    ["an e-commerce enterprise code with a wrong check character", () => newOrder({ ebcCode: "91460100MA5T00002Q" }), "order.ebcCode", -10102],
    ["a currency other than 142", () => newOrder({ currency: "502" }), "order.currency", -301001],
    ["acturalPaid ≠ goodsValue + freight + taxTotal − discount", () => newOrder({ acturalPaid: "225.21" }), "order.acturalPaid", -301001],
    ["Σ line totals ≠ goodsValue", () => newOrder({ goodsValue: "200.00", acturalPaid: "224.20" }), "order.goodsValue", -301001],
    ["totalPrice ≠ price × qty", () => line(1, { totalPrice: "100.00" }), "order.lines[1].totalPrice", -301001],
    ["a unit outside the JGS-20 table", () => line(0, { unit: "999" }), "order.lines[0].unit", -301001],
    ["a country outside the table", () => line(0, { country: "999" }), "order.lines[0].country", -301001],
    ["lines not numbered 1..n", () => line(1, { gnum: 3 }), "order.lines[1].gnum", -301001],
    ["a 7-digit district", () => newOrder({ consigneeDistrict: "4601061" }), "order.consigneeDistrict", -301001],
  ])("%s", async (_, make, field, returnStatus) => {
    const { data, errors } = await submit(make());
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus });
    expect(errors![0]!.message.startsWith(`${field}: `)).toBe(true);
  });

  it("lists every problem of a document at once", async () => {
    const { errors } = await submit(newOrder({ currency: "502", buyerIdType: "2", consigneeDistrict: "x" }));
    const fields = (errors![0]!.extensions!.problems as Array<{ field: string }>).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(["order.currency", "order.buyerIdType", "order.consigneeDistrict"]));
  });
});

describe("50 concurrent filings of one order", () => {
  it(`store it exactly once: the winning message and its resends get its receipt, every other message -301010 (${usePostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const order = newOrder();
    // Half are one message sent again and again, half are 新增 messages of the same order under their own GUIDs.
    const sent = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? order : { ...order, guid: randomUUID().toUpperCase() }));
    const results = await Promise.all(sent.map((message) => submit(message)));
    const accepted = results.flatMap((result) => (result.data?.submitOrder ? [result.data.submitOrder as { guid: string }] : []));
    const winner = accepted[0]!.guid;
    expect(accepted).toHaveLength(sent.filter((message) => message.guid === winner).length);
    expect(new Set(accepted.map((receipt) => JSON.stringify(receipt))).size).toBe(1);
    const refused = results.filter((result) => result.errors).map((result) => result.errors![0]!.extensions!.returnStatus);
    expect(refused).toEqual(Array.from({ length: 50 - accepted.length }, () => -301010));
    const [stored] = await system.databases.customs.sql.query<{ orders: number; receipts: number; lines: number }>(
      `SELECT (SELECT count(*)::int FROM "Order" WHERE "orderNo" = $1) AS orders,
              (SELECT count(*)::int FROM "OrderReceipt" WHERE "orderNo" = $1) AS receipts,
              (SELECT count(*)::int FROM "OrderLine" WHERE "orderNo" = $1) AS lines`,
      [order.orderNo],
    );
    expect(stored).toEqual({ orders: 1, receipts: 1, lines: 2 });
  });
});

describe("filing payments (CEB411) and waybills (CEB511)", () => {
  const payer = () => world.credit.enterprises.find((e) => e.roles?.toString().includes("PAYMENT"))!;
  const carrier = () => world.credit.enterprises.find((e) => e.roles?.toString().includes("LOGISTICS"))!;
  const as = async (uscc: string) => ({ token: await system.security.token({ sub: `clerk-${uscc}`, role: "enterprise", uscc }) });

  const newPayment = (overrides: Record<string, unknown> = {}) => ({
    guid: randomUUID().toUpperCase(),
    appType: "1",
    appTime: "2026-11-20T10:05:00+08:00",
    appStatus: "2",
    payCode: payer().uscc,
    payName: payer().name,
    payTransactionId: `PAY${Date.now()}${++serial}`,
    orderNo: `T${serial}`,
    ebpCode: system.partnerUscc,
    ebpName: "测试平台",
    payerIdType: "1",
    payerIdNumber: buyerId,
    payerName: "张三",
    telephone: "13800138000",
    amountPaid: "225.20",
    currency: "142",
    payTime: "2026-11-20T10:04:00+08:00",
    ...overrides,
  });
  const newWaybill = (overrides: Record<string, unknown> = {}) => ({
    guid: randomUUID().toUpperCase(),
    appType: "1",
    appTime: "2026-11-20T12:00:00+08:00",
    appStatus: "2",
    logisticsCode: carrier().uscc,
    logisticsName: carrier().name,
    logisticsNo: `WB${Date.now()}${++serial}`,
    orderNo: `T${serial}`,
    freight: "10.00",
    insuredFee: "0",
    currency: "142",
    weight: "1.2",
    packNo: 1,
    consignee: "张三",
    consigneeAddress: "海南省海口市龙华区滨海大道1号",
    consigneeTelephone: "13800138000",
    ...overrides,
  });
  const SUBMIT_PAYMENT = `mutation($payment: PaymentInput!) { submitPayment(payment: $payment) { messageType guid version returnStatus } }`;
  const SUBMIT_WAYBILL = `mutation($waybill: WaybillInput!) { submitWaybill(waybill: $waybill) { messageType guid version returnStatus } }`;

  it("answers a payment company's voucher with CEB412, the same message again with the same receipt, another 新增 with -401007", async () => {
    const payment = newPayment();
    const company = await as(payment.payCode);
    const first = await system.query(SUBMIT_PAYMENT, { payment }, company);
    expect(first.data!.submitPayment).toMatchObject({ messageType: "CEB412", guid: payment.guid, version: 1, returnStatus: 120 });
    const again = await system.query(SUBMIT_PAYMENT, { payment }, company);
    expect(again.data!.submitPayment).toEqual(first.data!.submitPayment);
    const renewed = await system.query(SUBMIT_PAYMENT, { payment: { ...payment, guid: randomUUID().toUpperCase() } }, company);
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "payment.payTransactionId", returnStatus: -401007 });
    const other = await system.query(SUBMIT_PAYMENT, { payment: { ...payment, amountPaid: "1.00" } }, company);
    expect(other.errors![0]!.extensions).toMatchObject({ field: "payment.payTransactionId", returnStatus: -401007 });
    const changed = await system.query(SUBMIT_PAYMENT, { payment: { ...payment, appType: "2", amountPaid: "1.00" } }, company);
    expect(changed.data!.submitPayment).toMatchObject({ version: 2 });
  });

  it("lets a payment company file vouchers only as itself", async () => {
    const { errors } = await system.query(SUBMIT_PAYMENT, { payment: newPayment() }, platformUser);
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "payment.payCode" });
  });

  it.each([
    ["a payer ID with a wrong check digit", { payerIdNumber: "110105194912310021" }, "payment.payerIdNumber"],
    ["a zero amount", { amountPaid: "0" }, "payment.amountPaid"],
    ["a currency other than 142", { currency: "300" }, "payment.currency"],
  ])("refuses a voucher with %s (-401001)", async (_, overrides, field) => {
    const payment = newPayment(overrides);
    const { errors } = await system.query(SUBMIT_PAYMENT, { payment }, await as(payment.payCode));
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus: -401001 });
  });

  it("answers a logistics company's waybill with CEB512, records it as DECLARED, and refuses another under the same number (-504012)", async () => {
    const waybill = newWaybill();
    const company = await as(waybill.logisticsCode);
    const first = await system.query(SUBMIT_WAYBILL, { waybill }, company);
    expect(first.data!.submitWaybill).toMatchObject({ messageType: "CEB512", version: 1, returnStatus: 120 });
    const stored = await system.query(
      `query($c: String!, $n: String!) { waybill(logisticsCode: $c, logisticsNo: $n) { status tracking { status } receipts { guid } } }`,
      { c: waybill.logisticsCode, n: waybill.logisticsNo },
      company,
    );
    expect(stored.data!.waybill).toEqual({ status: "DECLARED", tracking: [{ status: "DECLARED" }], receipts: [{ guid: waybill.guid }] });
    const other = await system.query(SUBMIT_WAYBILL, { waybill: { ...waybill, weight: "9" } }, company);
    expect(other.errors![0]!.extensions).toMatchObject({ field: "waybill.logisticsNo", returnStatus: -504012 });
    const renewed = await system.query(SUBMIT_WAYBILL, { waybill: { ...waybill, guid: randomUUID().toUpperCase() } }, company);
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "waybill.logisticsNo", returnStatus: -504012 });
    expect((await system.query(SUBMIT_WAYBILL, { waybill }, company)).data!.submitWaybill).toEqual(first.data!.submitWaybill);
  });

  it("refuses to change the waybill of a parcel already on its way", async () => {
    const moving = world.logistics.waybills.find((w) => w.status === "DELIVERED")!;
    const waybill = newWaybill({ appType: "2", logisticsCode: moving.logisticsCode, logisticsNo: moving.logisticsNo });
    const { errors } = await system.query(SUBMIT_WAYBILL, { waybill }, await as(moving.logisticsCode));
    expect(errors![0]!.extensions).toMatchObject({ field: "waybill.logisticsNo", returnStatus: -504001 });
    expect(errors![0]!.message).toMatch(/DELIVERED/);
  });

  it.each([
    ["packNo other than 1", { packNo: 2 }, "waybill.packNo"],
    ["a zero weight", { weight: "0" }, "waybill.weight"],
    ["a currency other than 142", { currency: "502" }, "waybill.currency"],
  ])("refuses a waybill with %s (-504001)", async (_, overrides, field) => {
    const waybill = newWaybill(overrides);
    const { errors } = await system.query(SUBMIT_WAYBILL, { waybill }, await as(waybill.logisticsCode as string));
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus: -504001 });
  });
});

describe("the arithmetic of the test order itself", () => {
  it("is right, so the rejections above are about the one thing each changes", () => {
    const order = newOrder();
    const goods = order.lines.reduce((sum, l) => sum.plus(l.totalPrice), new Decimal(0));
    expect(goods.equals(order.goodsValue)).toBe(true);
    expect(goods.plus(order.freight).plus(order.taxTotal).minus(order.discount).equals(order.acturalPaid)).toBe(true);
  });
});
