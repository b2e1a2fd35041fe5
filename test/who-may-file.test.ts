import { randomUUID } from "node:crypto";
import { buildWorld } from "../demo/world";
import { parcelFactory } from "../demo/parcels";
import { now } from "../lib/clock";
import { chinaDay, chinaMonth } from "../lib/rules/china-time";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { exportFactory, exportFiler, type ExportParcel } from "./helpers/exports";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

/**
 * Tracker issue #18: who may file what, and what an answer may reveal. Each case is an attack a dishonest
 * enterprise made through the gateway (GraphQL and /ceb), now refused, with none of the other party's
 * values in any answer.
 */
const world = buildWorld();
let system: TestSystem;
const guid = () => randomUUID().toUpperCase();
const file = parcelFiler(() => system);
const exportFile = exportFiler(() => system);
const exportParcels = exportFactory(world);
const partner = (): Credentials => ({ apiKey: system.security.partnerKey });

const byRole = (role: string) => world.credit.enterprises.filter((e) => e.roles?.toString().includes(role));
const [agent0, agent1] = byRole("AGENT") as [(typeof world.credit.enterprises)[number], (typeof world.credit.enterprises)[number]];
const platforms = byRole("PLATFORM");

beforeAll(async () => {
  system = await startTestSystem("who-may-file");
});

afterAll(async () => {
  await system?.stop();
});

/** Every value must be absent from every answer: no identifier, name or number of the other party. */
function expectNoneOf(answer: unknown, values: Array<string | null | undefined>): void {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer);
  for (const value of values) if (value) expect(text).not.toContain(value);
}

const DECLARE = `mutation($d: InventoryInput!) { declareInventory(inventory: $d) { messageType returnStatus returnInfo } }`;
const inventoryXml = (inventory: object) => cebMessage("CEB621Message", "Inventory", "InventoryHead", "InventoryList", [inventory as Record<string, unknown>]);

describe("1. nobody files a list against another platform's order to read its buyer and payer", () => {
  // A list the demo world rejected, of a platform other than the partner's, declared by its own agent.
  const rejected = world.customs.declarations.find(
    (d) => d.returnStatus === 100 && d.ebpCode !== world.customs.orders[0]!.ebpCode && d.agentCode === agent0.uscc,
  )!;
  const order = world.customs.orders.find((o) => o.ebpCode === rejected.ebpCode && o.orderNo === rejected.orderNo)!;
  const payment = world.finance.payments.find((p) => p.ebpCode === rejected.ebpCode && p.orderNo === rejected.orderNo);
  const foreign = [
    payment?.payerIdNumber,
    payment?.payerName,
    order.buyerIdNumber,
    order.buyerName,
    order.buyerTelephone,
    order.consignee,
    order.consigneeTelephone,
    order.consigneeAddress,
    rejected.copNo,
    rejected.agentCode,
  ];
  const attackOf = (agent: { uscc: string }) => {
    const { parcel, filed } = parcelFactory(world, () => rejected.ebpCode);
    const p = parcel({ goods: [filed("CIQ46000000100041", "1000.00")] });
    // A made-up buyer: the attack wanted the match to print the real one.
    return { ...p.inventory, orderNo: rejected.orderNo, agentCode: agent.uscc, agentName: "declaring as" };
  };

  it("refuses a platform that names itself declaring agent, through GraphQL and /ceb, storing nothing", async () => {
    const before = await system.rowCounts();
    const list = attackOf({ uscc: system.partnerUscc });
    const viaGraphQL = await system.query(DECLARE, { d: list }, await file.as(system.partnerUscc));
    expect(viaGraphQL.data).toBeNull();
    expect(viaGraphQL.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "inventory.agentCode", reason: "SENDER_ROLE" });
    expect(viaGraphQL.errors![0]!.message).toMatch(/registered in the zone as AGENT; this one is registered as PLATFORM/);
    const viaXml = await postCeb(system, inventoryXml({ ...list, guid: guid() }), partner());
    expect(returnStatuses(viaXml.text)).toEqual([-10102]);
    expectNoneOf(viaGraphQL, foreign);
    expectNoneOf(viaXml.text, foreign);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses a registered agent a list for an order another agent's rejected list holds, without naming that list", async () => {
    const before = await system.rowCounts();
    const list = attackOf(agent1);
    const viaGraphQL = await system.query(DECLARE, { d: list }, await file.as(agent1.uscc));
    expect(viaGraphQL.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.orderNo", returnStatus: -621004 });
    expect(viaGraphQL.errors![0]!.message).toBe("inventory.orderNo: the order is already declared on another list");
    const viaXml = await postCeb(system, inventoryXml({ ...list, guid: guid() }), await file.as(agent1.uscc));
    expect(returnStatuses(viaXml.text)).toEqual([-621004]);
    expectNoneOf(viaGraphQL, foreign);
    expectNoneOf(viaXml.text, foreign);
    expect(await system.rowCounts()).toEqual(before);
  });
});

describe("2. the sender's role is checked for every document", () => {
  const PAYMENT = `mutation($d: PaymentInput!) { submitPayment(payment: $d) { returnStatus } }`;
  const WAYBILL = `mutation($d: WaybillInput!) { submitWaybill(waybill: $d) { returnStatus } }`;
  const RECEIPT = `mutation($d: ExportReceiptInput!) { submitExportReceipt(receipt: $d) { returnStatus } }`;
  const EXPORT_WAYBILL = `mutation($d: ExportWaybillInput!) { submitExportWaybill(waybill: $d) { returnStatus } }`;
  const EXPORT_LIST = `mutation($d: ExportInventoryInput!) { declareExportInventory(inventory: $d) { returnStatus } }`;

  it("refuses a platform-only enterprise as payment institution, carrier, declaring agent and proof-of-payment issuer", async () => {
    const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
    const p = parcel({ goods: [filed("CIQ46000000100041", "1000.00")] });
    const e = exportParcels.parcel();
    const me = system.partnerUscc;
    const platformUser = await file.as(me);
    const before = await system.rowCounts();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [PAYMENT, { ...p.payment, payCode: me }, "payment.payCode"],
      [WAYBILL, { ...p.waybill, logisticsCode: me }, "waybill.logisticsCode"],
      [DECLARE, { ...p.inventory, agentCode: me }, "inventory.agentCode"],
      [RECEIPT, { ...e.receipt(), payCode: me }, "receipt.payCode"],
      [EXPORT_WAYBILL, { ...e.waybill, logisticsCode: me }, "waybill.logisticsCode"],
      [EXPORT_LIST, { ...e.inventory, agentCode: me }, "inventory.agentCode"],
    ];
    for (const [mutation, document, field] of cases) {
      const { errors } = await system.query(mutation, { d: document }, platformUser);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field, reason: "SENDER_ROLE" });
    }
    const viaXml = await postCeb(system, cebMessage("CEB403Message", "Receipts", null, null, [{ ...e.receipt(), payCode: me }]), partner());
    expect(returnStatuses(viaXml.text)).toEqual([-10102]);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("no longer lets a platform block another platform's undeclared order with a list of its own", async () => {
    const other = platforms.find((platform) => platform.uscc !== system.partnerUscc)!;
    const { parcel, filed } = parcelFactory(world, () => other.uscc);
    const p = parcel({ goods: [filed("CIQ46000000100041", "1000.00")] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    const blocking = await postCeb(system, inventoryXml({ ...p.inventory, guid: guid(), agentCode: system.partnerUscc, copNo: `X${Date.now()}` }), partner());
    expect(returnStatuses(blocking.text)).toEqual([-10102]);
    // The platform's own agent declares it: the list waits for the payment and the waybill, it is not "already declared".
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(2);
  });
});

const month = () => chinaMonth(now());
const SUMMARY = `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { returnStatus returnInfo } }`;
const EXPORT_LIST_READ = `query($a: String!, $c: String!) { exportDeclaration(agentCode: $a, copNo: $c) { copNo invtNo sumNo returnStatus waybill { status } } }`;
const exportListOf = (p: ExportParcel, credentials?: Credentials) =>
  system.query(EXPORT_LIST_READ, { a: p.inventory.agentCode, c: p.inventory.copNo }, credentials) as Promise<GraphQLResponse<any>>;

describe("3. a summary (CEB701) takes only the agent's own lists of its consignor", () => {
  it("answers another agent's consignor's lists as not found, and leaves them to their own agent", async () => {
    const p = exportParcels.parcel({ exporterClass: "GENERAL_CERTIFIED" });
    await exportFile.released(p);
    const { invtNo } = (await exportListOf(p)).data!.exportDeclaration as { invtNo: string };
    const [year, monthNo] = month().split("-").map(Number) as [number, number];
    const application = (overrides: Record<string, unknown>) => ({
      guid: guid(),
      appTime: new Date().toISOString(),
      customsCode: "6407",
      copNo: `S${Date.now()}`.slice(0, 20),
      agentCode: agent1.uscc,
      agentName: agent1.name,
      ebcCode: p.exporter.uscc,
      ebcName: p.exporter.name,
      declAgentCode: agent1.uscc,
      declAgentName: agent1.name,
      startTime: `${month()}-01`,
      endTime: chinaDay(new Date(Date.UTC(year, monthNo, 0))),
      summaryFlag: "1",
      ...overrides,
    });
    const before = await system.rowCounts();
    const named = await system.query(SUMMARY, { a: application({ invtNos: [invtNo] }) }, await file.as(agent1.uscc));
    expect(named.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.invtNos[0]", returnStatus: -701001 });
    expect(named.errors![0]!.message).toBe(`application.invtNos[0]: you declared no export list ${invtNo} for consignor ${p.exporter.uscc}`);
    const missing = await system.query(SUMMARY, { a: application({ invtNos: ["640720269999999999"] }) }, await file.as(agent1.uscc));
    expect(missing.errors![0]!.message).toBe(`application.invtNos[0]: you declared no export list 640720269999999999 for consignor ${p.exporter.uscc}`);
    const all = await system.query(SUMMARY, { a: application({}) }, await file.as(agent1.uscc));
    expect(all.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.startTime" });
    for (const answer of [named, all]) expectNoneOf(answer, [p.inventory.copNo, agent0.uscc, "800", "sumNo"]);
    expect(await system.rowCounts()).toEqual(before);
    expect((await exportListOf(p)).data!.exportDeclaration.sumNo).toBeNull();
  });
});

describe("4. refusals disclose no other enterprise's records", () => {
  it("answers a CEB603 naming another consignor's export order and waybill exactly as one naming none", async () => {
    const p = exportParcels.parcel();
    await exportFile.released(p);
    const stranger = byRole("ECOMMERCE").find((e) => e.uscc !== p.exporter.uscc)!;
    const attack = {
      ...p.inventory,
      guid: guid(),
      copNo: `EA${Date.now()}`.slice(0, 20),
      agentCode: agent1.uscc,
      agentName: agent1.name,
      ebcCode: stranger.uscc,
      ebcName: stranger.name,
      ownerCode: stranger.uscc,
      ownerName: stranger.name,
      lines: p.inventory.lines.map((line) => ({ ...line, gname: "样品", qty: "9", qty1: "9", totalPrice: "270" })),
    };
    const made = { ...attack, guid: guid(), orderNo: `NONE${Date.now()}`, logisticsNo: `NONE${Date.now()}` };
    const as1 = await file.as(agent1.uscc);
    const EXPORT_LIST = `mutation($d: ExportInventoryInput!) { declareExportInventory(inventory: $d) { returnStatus } }`;
    const foreign = await system.query(EXPORT_LIST, { d: attack }, as1);
    const none = await system.query(EXPORT_LIST, { d: made }, as1);
    const shape = (answer: GraphQLResponse) => answer.errors![0]!.extensions!.problems as Array<{ field: string; message: string; returnStatus: number }>;
    expect(shape(foreign)).toEqual(shape(none));
    expect(shape(foreign).map((problem) => problem.field)).toEqual(["inventory.orderNo", "inventory.logisticsNo"]);
    expectNoneOf(foreign, [p.exporter.uscc, p.exporter.name, p.order.lines[0]!.itemName, p.inventory.copNo, agent0.uscc]);

    // The consignor's own order, but another agent's live list declares it: refused without that list's number.
    const duplicate = await system.query(
      EXPORT_LIST,
      { d: { ...p.inventory, guid: guid(), copNo: `EB${Date.now()}`.slice(0, 20), agentCode: agent1.uscc, agentName: agent1.name } },
      as1,
    );
    expect(duplicate.errors![0]!.message).toBe("inventory.orderNo: the order is already declared on another export list");
    const viaXml = await postCeb(system, cebMessage("CEB603Message", "Inventory", "InventoryHead", "InventoryList", [attack]), as1);
    expectNoneOf(viaXml.text, [p.exporter.uscc, p.exporter.name, p.order.lines[0]!.itemName, p.inventory.copNo, agent0.uscc]);
  });

  it("answers a rebate application for another consignor's form exactly as one for a missing form", async () => {
    const form = world.customs.summaryResults[0]!;
    const applicant = byRole("ECOMMERCE").find((e) => e.uscc !== form.ebcCode)!;
    const APPLY = `mutation($a: ExportRebateInput!) { applyExportRebate(application: $a) { status } }`;
    const credentials = await file.as(applicant.uscc);
    const ask = (entryId: string) =>
      system.query(APPLY, { a: { ebcCode: applicant.uscc, applicationNo: `R${Date.now()}`, entryId, appTime: new Date().toISOString() } }, credentials);
    const others = await ask(form.entryId);
    const missing = await ask("640720260000000000");
    expect(others.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "FORM_NOT_FOUND", field: "application.entryId" });
    expect(others.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(others.errors![0]!.extensions).toEqual(missing.errors![0]!.extensions);
    expectNoneOf(others, [form.ebcCode]);
  });

  it("answers a cancel replayed with another agent's GUID as a new request of the caller, never with that agent's receipt", async () => {
    const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
    const p = parcel({ goods: [filed("CIQ46000000100041", "1000.00")] });
    await file.order(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(2);
    const CANCEL = `mutation($r: InventoryCancelInput!) { cancelInventory(request: $r) { messageType guid returnStatus returnInfo } }`;
    const reason = "消费者取消订单-私密原因";
    const request = { guid: guid(), appTime: "2026-11-20T14:00:00+08:00", agentCode: agent0.uscc, copNo: p.inventory.copNo, reason };
    expect((await system.query(CANCEL, { r: request }, await file.as(agent0.uscc))).data!.cancelInventory.messageType).toBe("CEB624");
    const replay = await system.query(CANCEL, { r: { ...request, agentCode: agent1.uscc, reason: "x" } }, await file.as(agent1.uscc));
    expect(replay.errors![0]!.message).toBe("request.copNo: there is no such list");
    expectNoneOf(replay, [reason, agent0.uscc]);

    const e = exportParcels.parcel();
    await exportFile.released(e);
    const EXPORT_CANCEL = `mutation($r: ExportCancelInput!) { cancelExportInventory(request: $r) { messageType returnStatus returnInfo } }`;
    const exportRequest = { guid: guid(), appTime: new Date().toISOString(), agentCode: agent0.uscc, copNo: e.inventory.copNo, reason };
    expect((await system.query(EXPORT_CANCEL, { r: exportRequest }, await file.as(agent0.uscc))).data!.cancelExportInventory.messageType).toBe("CEB606");
    const exportReplay = await system.query(EXPORT_CANCEL, { r: { ...exportRequest, agentCode: agent1.uscc, reason: "x" } }, await file.as(agent1.uscc));
    expect(exportReplay.errors![0]!.message).toBe("request.copNo: there is no such export list");
    expectNoneOf(exportReplay, [reason, agent0.uscc]);
  });
});

describe("5. no oracle of a person's cross-border spending", () => {
  it("answers the annual limit only for the order's own buyer, and never with the running total", async () => {
    const { parcel, filed, newBuyer } = parcelFactory(world, () => system.partnerUscc);
    const cosmetics = (price: string) => filed("CIQ46000000100041", price);
    const buyer = newBuyer();
    for (let i = 0; i < 5; i++) {
      const p = parcel({ goods: [cosmetics("4980.00")], buyer });
      await file.order(p);
      await file.payment(p);
      await file.waybill(p);
      expect([800, 500]).toContain((await file.inventory(p)).data!.declareInventory.returnStatus);
      // Nor does the decision the list's agent reads keep the buyer's purchases of the year.
      const read = await system.query(
        `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { decision } }`,
        { a: p.inventory.agentCode, c: p.inventory.copNo },
        await file.as(p.inventory.agentCode),
      );
      expect(read.data!.declaration.decision).toMatch(/"tax"/);
      expect(read.data!.declaration.decision).not.toMatch(/annualTotal/);
    }
    // A stranger's list of a made-up order with the buyer's identity number learns nothing of the buyer.
    const probe = parcel({ goods: [cosmetics("1000.00")], buyer });
    const probed = await system.query(DECLARE, { d: { ...probe.inventory, agentCode: agent1.uscc, agentName: agent1.name } }, await file.as(agent1.uscc));
    expect(probed.errors).toBeUndefined();
    expect(probed.data!.declareInventory).toMatchObject({ returnStatus: 2 });
    expect(JSON.stringify(probed)).not.toMatch(/annual|limit/);

    // The agent of the buyer's real order is told "over the annual limit", and not the total.
    const over = parcel({ goods: [cosmetics("1000.00")], buyer });
    await file.order(over);
    const { errors } = await file.inventory(over);
    expect(errors![0]!.extensions).toMatchObject({ field: "inventory.buyerIdNumber", returnStatus: -621018 });
    expect(errors![0]!.message).toMatch(/over the annual limit of 26000/);
    expect(errors![0]!.message).not.toMatch(/would reach|2[4-9]\d{3}\.\d\d/);
  });
});

describe("6. guards, audit and robustness", () => {
  const staffOf = async (department: string) => ({
    token: await system.security.token({ sub: `${department}-clerk`, role: "staff", department: department as never }),
  });

  it("lets only customs staff and the services recheck declarations", async () => {
    const RECHECK = `mutation { recheckDeclarations(orderNo: "NO-SUCH-ORDER") { returnStatus } }`;
    const logistics = await system.query(RECHECK, {}, await staffOf("logistics"));
    expect(logistics.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    const customs = await system.query(RECHECK, {}, await staffOf("customs"));
    expect(customs.errors).toBeUndefined();
  });

  it("lets no administrator review, decide or pay an export rebate", async () => {
    for (const mutation of [
      `mutation { reviewExportRebate(ebcCode: "91460100MA5T000001", applicationNo: "A1", reason: "ok") { status } }`,
      `mutation { decideExportRebate(ebcCode: "91460100MA5T000001", applicationNo: "A1", approve: true, reason: "ok") { status } }`,
      `mutation { payExportRebate(ebcCode: "91460100MA5T000001", applicationNo: "A1", reason: "ok") { status } }`,
    ]) {
      const { errors } = await system.query(mutation);
      expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
      expect(errors![0]!.message).toMatch(/only finance staff/);
    }
  });

  it("records in the audit log the user a service read personal data for", async () => {
    const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
    const p = parcel({ goods: [filed("CIQ46000000100041", "1000.00")] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers(await file.as(agent0.uscc)),
      body: JSON.stringify({
        query: `mutation DeclareForAudit($d: InventoryInput!) { declareInventory(inventory: $d) { returnStatus } }`,
        operationName: "DeclareForAudit",
        variables: { d: p.inventory },
      }),
    });
    expect(((await response.json()) as GraphQLResponse<any>).data!.declareInventory.returnStatus).toBeGreaterThan(100);
    const reads = await system.query(
      `{ financePersonalDataReads(first: 100, filter: { subject: "service:customs" }) { nodes { subject role operation onBehalfOf requestId field } } }`,
    );
    const mine = (reads.data!.financePersonalDataReads.nodes as Array<{ onBehalfOf: string | null; operation: string | null; field: string }>).filter(
      (read) => read.operation === "DeclareForAudit",
    );
    expect(mine.map((read) => read.field)).toEqual(expect.arrayContaining(["payerIdNumber", "payerName"]));
    for (const read of mine) expect(read.onBehalfOf).toBe(`clerk-${agent0.uscc}`);
  });

  it("refuses a crafted cursor with values of the wrong type as BAD_USER_INPUT", async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");
    for (const after of [cursor(["not a time", "not an id"]), cursor([{ d: "2026-01-01T00:00:00Z" }, "not a uuid"]), cursor([1, 2])]) {
      const { errors } = await system.query(`query($after: String) { customsPersonalDataReads(first: 1, after: $after) { nodes { id } } }`, { after });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });

  it("shows the declaring agent its export list even though the carrier's waybill is not its to read", async () => {
    const e = exportParcels.parcel();
    await exportFile.released(e);
    const answer = await exportListOf(e, await file.as(agent0.uscc));
    expect(answer.errors ?? []).toEqual([]);
    expect(answer.data!.exportDeclaration).toMatchObject({ copNo: e.inventory.copNo, returnStatus: 800, waybill: null });
  });
});
