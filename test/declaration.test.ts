import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { now, setClock } from "../lib/clock";
import { chinaDay, chinaMonth, chinaTime } from "../lib/rules/china-time";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { sweepCustoms } from "../subgraphs/customs/resolvers/sweep";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed, newBuyer, ownerOf, enterprise, next } = parcelFactory(world, () => system.partnerUscc);
const guid = () => randomUUID().toUpperCase();
const file = parcelFiler(() => system);
const as = file.as;

/** The system runs at 23:30 in China on the last day of a month (15:30 UTC): lists released now are November's. */
const LATE_ON_THE_LAST_DAY = new Date("2026-11-30T23:30:00+08:00");

beforeAll(async () => {
  setClock(LATE_ON_THE_LAST_DAY);
  system = await startTestSystem("declaration");
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

/** Runs customs' minute sweep now, as the customs service. */
const sweep = () => sweepCustoms(serviceContext(system, "customs", createCustomsLoaders));

const declaration = (p: Parcel) =>
  system.query(
    `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus returnInfo invtNo preNo dutiableValue customsTax valueAddedTax consumptionTax taxTotal decision receipts { returnStatus } } }`,
    { a: p.inventory.agentCode, c: p.inventory.copNo },
  );

/** Skin care (3304990099): consumption tax 15%, low risk, filed by an advanced-certified enterprise. */
const COSMETICS = filed("CIQ46000000100041", "1000.00");
/** Infant formula: high risk, filed by an enterprise of the general class. */
const FORMULA = filed("CIQ46000000100003", "300.00");
/** Watches filed by an enterprise on the negative list. */
const LISTED_WATCH = filed("CIQ46000000100015", "800.00");

describe("one parcel from order to delivery, through the gateway", () => {
  it("is filed, matched, taxed, released, billed, paid and delivered", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    expect((await file.payment(p)).data!.submitPayment.returnStatus).toBe(120);
    expect((await file.waybill(p)).data!.submitWaybill.returnStatus).toBe(120);
    expect((await file.inventory(p)).data!.declareInventory).toMatchObject({ messageType: "CEB622", returnStatus: 800 });
    const list = (await declaration(p)).data!.declaration;
    expect(list).toMatchObject({ taxTotal: "235.2", invtNo: expect.stringMatching(/^64092026I/) });

    const period = chinaMonth(now());
    const bill = await system.query(`query($g: String!, $p: Month!) { taxBill(guarantorUscc: $g, period: $p) { total paymentStatus } }`, {
      g: p.inventory.assureCode,
      p: period,
    });
    expect(new Decimal(bill.data!.taxBill.total).greaterThanOrEqualTo("235.20")).toBe(true);

    const carrier = await as(p.waybill.logisticsCode);
    const track = (status: string, at: string) =>
      system.query(
        `mutation($e: TrackingEventInput!) { recordTrackingEvent(event: $e) { status } }`,
        { e: { logisticsCode: p.waybill.logisticsCode, logisticsNo: p.waybill.logisticsNo, status, occurredAt: at, description: status } },
        carrier,
      );
    for (const [status, at] of [
      ["ARRIVED", "2026-11-20T14:00:00+08:00"],
      ["RELEASED", "2026-11-20T16:00:00+08:00"],
      ["DEPARTED", "2026-11-20T17:00:00+08:00"],
      ["DELIVERED", "2026-11-22T10:00:00+08:00"],
    ]) {
      expect((await track(status!, at!)).errors).toBeUndefined();
    }
    const parcelView = await system.query(
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { payment { amountPaid } waybill { status } declaration { returnStatus taxTotal } } }`,
      { e: p.order.ebpCode, o: p.order.orderNo },
      await as(p.order.ebpCode),
    );
    expect(parcelView.data!.order).toEqual({ payment: { amountPaid: "1255.2" }, waybill: null, declaration: { returnStatus: 800, taxTotal: "235.2" } });
  });
});

describe("an inventory list through the three-document match", () => {
  it("waits for missing documents, then is accepted and released when they arrive, taxed per the rules of its date", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
    const declared = await file.inventory(p);
    expect(declared.data!.declareInventory).toMatchObject({ messageType: "CEB622", returnStatus: 2 });
    expect(declared.data!.declareInventory.returnInfo).toMatch(/waiting for the payment, waybill/);

    expect((await file.payment(p)).errors).toBeUndefined();
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 2, returnInfo: expect.stringMatching(/waiting for the waybill/) });

    expect((await file.waybill(p)).errors).toBeUndefined();
    const accepted = (await declaration(p)).data!.declaration;
    // P = 1000 + 20 freight = 1020; cosmetics CT 15%, VAT 13%, 70% within the limits
    // (docs/domain.md#tax-within-the-limits).
    expect(accepted).toMatchObject({
      returnStatus: 800,
      invtNo: expect.stringMatching(/^64092026I\d{9}$/),
      preNo: expect.stringMatching(new RegExp(`^B${p.inventory.declTime.replaceAll("-", "")}\\d{9}$`)),
      dutiableValue: "1020",
      customsTax: "0",
      consumptionTax: "126",
      valueAddedTax: "109.2",
      taxTotal: "235.2",
      receipts: [{ returnStatus: 800 }, { returnStatus: 120 }, { returnStatus: 2 }, { returnStatus: 2 }],
    });
    // The platform withheld the assessed tax: paid 1000 + 20 + 235.20.
    expect(JSON.parse(accepted.decision)).toMatchObject({
      outcome: "accepted",
      findings: [],
      match: { outcome: "match", compared: { order: { taxTotal: "235.2" }, payment: { amountPaid: "1255.2" }, waybill: { freight: "20" } } },
      tax: { outcome: "withinLimits", total: "235.20" },
      sampling: { selected: false, rate: "0", riskLevel: "LOW" },
    });
  });

  it("rejects a list whose payment does not match (100), listing every failed rule and keeping what it compared", async () => {
    const p = parcel({ goods: [COSMETICS], amountPaid: "1030.00" });
    p.waybill.consigneeAddress = "北京市朝阳区建国路1号";
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    const { data } = await file.inventory(p);
    expect(data!.declareInventory.returnStatus).toBe(100);
    expect(data!.declareInventory.returnInfo).toMatch(/payment\.amountPaid -621012 amount paid = the order's acturalPaid: differs from the order/);
    // The agent learns which field of the payment disagrees, not the payment itself.
    expect(data!.declareInventory.returnInfo).not.toMatch(/1030|1255/);
    expect(data!.declareInventory.returnInfo).toMatch(/waybill\.consigneeAddress/);
    const stored = (await declaration(p)).data!.declaration;
    expect(stored).toMatchObject({ returnStatus: 100, invtNo: null, taxTotal: null });
    expect(JSON.parse(stored.decision).findings.map((f: { document: string; field: string }) => `${f.document}.${f.field}`)).toEqual([
      "payment.amountPaid",
      "waybill.consigneeAddress",
    ]);
  });

  it("rejects goods without a matching product filing, and enterprises on the negative list (100)", async () => {
    const unfiled = parcel({ goods: [{ ...COSMETICS, filingNo: FORMULA.filingNo }] });
    const listed = parcel({ goods: [LISTED_WATCH] });
    for (const p of [unfiled, listed]) {
      await file.order(p);
      await file.payment(p);
      await file.waybill(p);
    }
    const wrongFiling = (await file.inventory(unfiled)).data!.declareInventory;
    expect(wrongFiling.returnStatus).toBe(100);
    expect(wrongFiling.returnInfo).toMatch(/inventory\.lines\[0\]\.filingNo -621016 goods match a product filing/);
    const onList = (await file.inventory(listed)).data!.declareInventory;
    expect(onList.returnStatus).toBe(100);
    expect(onList.returnInfo).toMatch(/inventory\.ebcCode -621015 no enterprise on the negative list/);
  });

  it("decides a list saved first (appStatus 1) when it is declared (appStatus 2)", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    const saved = await file.inventory({ ...p, inventory: { ...p.inventory, appStatus: "1" } });
    expect(saved.data!.declareInventory).toMatchObject({ returnStatus: 1, version: 1 });
    const declared = await file.inventory({ ...p, inventory: { ...p.inventory, guid: guid() } });
    expect(declared.data!.declareInventory).toMatchObject({ returnStatus: 800, version: 2 });
    expect((await declaration(p)).data!.declaration).toMatchObject({
      returnStatus: 800,
      taxTotal: "235.2",
      receipts: [{ returnStatus: 800 }, { returnStatus: 120 }, { returnStatus: 1 }],
    });
  });

  it("answers a resent list with its receipt and refuses a second 新增 of the list or a second list for the same order (-621004)", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    const first = await file.inventory(p);
    const again = await file.inventory(p);
    expect(again.data!.declareInventory).toEqual(first.data!.declareInventory);
    const renewed = await file.inventory({ ...p, inventory: { ...p.inventory, guid: guid() } });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "inventory.copNo", returnStatus: -621004 });
    const second = await file.inventory({ ...p, inventory: { ...p.inventory, guid: guid(), copNo: `${p.inventory.copNo}X` } });
    expect(second.errors![0]!.extensions).toMatchObject({ field: "inventory.orderNo", returnStatus: -621004 });
  });
});

describe("inspection", () => {
  const ciqOfficer = () => system.security.staffToken("ciq").then((token) => ({ token }));
  const RECORD = `mutation($id: String!, $r: InspectionResult!, $d: Disposal!, $why: String!) { recordInspectionResult(id: $id, result: $r, disposal: $d, reason: $why) { id result disposal } }`;

  async function inspectedList(): Promise<{ p: Parcel; inspectionId: string }> {
    // High-risk goods: inspected at the test systems' rate of 1 (test/helpers/sampling.ts).
    const p = parcel({ goods: [FORMULA] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    const { data } = await file.inventory(p);
    expect(data!.declareInventory.returnStatus).toBe(500);
    const stored = (await declaration(p)).data!.declaration;
    const sampling = JSON.parse(stored.decision).sampling;
    expect(sampling).toMatchObject({ selected: true, rate: "1", riskLevel: "HIGH" });
    return { p, inspectionId: sampling.inspection.id };
  }

  it("holds a sampled list (500) until CIQ passes it, then releases it (800)", async () => {
    const { p, inspectionId } = await inspectedList();
    const recorded = await system.query(RECORD, { id: inspectionId, r: "PASSED", d: "RELEASE", why: "标签合格" }, await ciqOfficer());
    expect(recorded.errors).toBeUndefined();
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 800, returnInfo: expect.stringMatching(/放行 after inspection/) });
  });

  it("returns a list that fails inspection (700) and lowers the e-commerce enterprise's credit", async () => {
    const seller = ownerOf(FORMULA);
    const scoreOf = async () =>
      (
        await system.query(
          `query($u: String!) { enterprise(uscc: $u) { creditProfile { score creditClass } creditEvents(last: 1) { kind sourceDepartment } } }`,
          { u: seller },
        )
      ).data!.enterprise;
    const before = await scoreOf();
    const { p, inspectionId } = await inspectedList();
    await system.query(RECORD, { id: inspectionId, r: "FAILED", d: "RETURN", why: "标签不符合 GB 7718" }, await ciqOfficer());
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 700, returnInfo: expect.stringMatching(/退运: failed inspection/) });
    const after = await scoreOf();
    expect(after.creditProfile.score).toBe(before.creditProfile.score - 10);
    expect(after.creditEvents).toEqual([{ kind: "INSPECTION_FAILED", sourceDepartment: "customs" }]);
  });

  it("applies a result whose report to customs was lost, at customs' next sweep", async () => {
    const { p, inspectionId } = await inspectedList();
    // CIQ recorded the result but the message to customs never arrived.
    await system.databases.ciq.sql.query(
      `UPDATE "Inspection" SET result = 'PASSED', disposal = 'RELEASE', reason = '合格', "inspectedAt" = now() WHERE id = $1`,
      [inspectionId],
    );
    await sweep();
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 800, returnInfo: expect.stringMatching(/放行 after inspection: 合格/) });
  });

  it("reports a failed inspection that credit missed, at customs' next sweep, once", async () => {
    const { p, inspectionId } = await inspectedList();
    await system.query(RECORD, { id: inspectionId, r: "FAILED", d: "DESTROY", why: "检出禁用成分" }, await ciqOfficer());
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 599 });
    // As if credit had been down: the report is still owed and the event never arrived.
    await system.databases.customs.sql.query(`UPDATE "InventoryDeclaration" SET "creditReport" = 'pending' WHERE "agentCode" = $1 AND "copNo" = $2`, [
      p.inventory.agentCode,
      p.inventory.copNo,
    ]);
    const events = async () =>
      (
        await system.databases.credit.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CreditEvent" WHERE description LIKE $1`, [
          `list ${p.inventory.copNo} %`,
        ])
      )[0]!.n;
    await system.databases.credit.sql.query(`DELETE FROM "CreditEvent" WHERE description LIKE $1`, [`list ${p.inventory.copNo} %`]);
    expect(await events()).toBe(0);
    await sweep();
    expect(await events()).toBe(1);
    const [{ creditReport }] = (await system.databases.customs.sql.query<{ creditReport: string }>(
      `SELECT "creditReport" FROM "InventoryDeclaration" WHERE "agentCode" = $1 AND "copNo" = $2`,
      [p.inventory.agentCode, p.inventory.copNo],
    )) as [{ creditReport: string }];
    expect(creditReport).toBe("sent");
  });

  it("takes inspection results only from CIQ staff, and only once", async () => {
    const { inspectionId } = await inspectedList();
    const platform = await as(system.partnerUscc);
    expect((await system.query(RECORD, { id: inspectionId, r: "PASSED", d: "RELEASE", why: "ok" }, platform)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    await system.query(RECORD, { id: inspectionId, r: "PASSED", d: "RELEASE", why: "ok" }, await ciqOfficer());
    const again = await system.query(RECORD, { id: inspectionId, r: "FAILED", d: "RETURN", why: "late" }, await ciqOfficer());
    expect(again.errors![0]!.message).toMatch(/already PASSED/);
  });
});

describe("a list at the turn of the year, in China time", () => {
  const LIST = `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus preNo invtNo declTime ieDate } }`;
  const STATISTICS = `query($f: DeclarationStatisticsFilter!) { declarationStatistics(groupBy: [MONTH], filter: $f) { month declarations released } }`;
  const BILL = `query($g: String!, $p: Month!) { taxBill(guarantorUscc: $g, period: $p) { listCount } }`;
  type Counts = Record<string, { declarations: number; released: number; billed: number }>;

  /** Lists declared and released in December 2026 and January 2027 (by declTime and ieDate), and each month's bill. */
  async function counts(): Promise<Counts> {
    const { data, errors } = await system.query(STATISTICS, { f: { from: "2026-12-01", to: "2027-01-31" } });
    expect(errors).toBeUndefined();
    const groups = data!.declarationStatistics as Array<{ month: string; declarations: number; released: number }>;
    const result: Counts = {};
    for (const month of ["2026-12", "2027-01"]) {
      const group = groups.find((candidate) => candidate.month === month);
      const bill = (await system.query(BILL, { g: system.partnerUscc, p: month })).data!.taxBill;
      result[month] = { declarations: group?.declarations ?? 0, released: group?.released ?? 0, billed: bill?.listCount ?? 0 };
    }
    return result;
  }

  /** A list declared, and released, at `instant` on the system's clock, dated that day in China. */
  async function declaredAt(instant: Date) {
    setClock(instant);
    const p = parcel({ goods: [COSMETICS] });
    p.inventory.declTime = chinaDay(instant);
    p.inventory.appTime = `${chinaTime(new Date(instant.getTime() - 5 * 60_000)).slice(0, 19)}+08:00`;
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
    return (await system.query(LIST, { a: p.inventory.agentCode, c: p.inventory.copNo })).data!.declaration;
  }

  afterEach(() => setClock(LATE_ON_THE_LAST_DAY));

  it("numbers, counts and bills a list of 23:30 on 31 December in that year, and one of 00:30 on 1 January (16:30 UTC) in the next", async () => {
    const before = await counts();
    expect(await declaredAt(new Date("2026-12-31T23:30:00+08:00"))).toMatchObject({
      preNo: expect.stringMatching(/^B20261231\d{9}$/),
      invtNo: expect.stringMatching(/^64092026I\d{9}$/),
      declTime: "2026-12-31",
      ieDate: "2026-12-31",
    });
    const newYear = new Date("2027-01-01T00:30:00+08:00");
    expect(newYear.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(await declaredAt(newYear)).toMatchObject({
      preNo: expect.stringMatching(/^B20270101\d{9}$/),
      invtNo: expect.stringMatching(/^64092027I\d{9}$/),
      declTime: "2027-01-01",
      ieDate: "2027-01-01",
    });
    const after = await counts();
    for (const month of ["2026-12", "2027-01"]) {
      expect({
        declarations: after[month]!.declarations - before[month]!.declarations,
        released: after[month]!.released - before[month]!.released,
        billed: after[month]!.billed - before[month]!.billed,
      }).toEqual({ declarations: 1, released: 1, billed: 1 });
    }
  });
});

describe("aggregated tax (汇总征税)", () => {
  const BILL = `query($g: String!, $p: Month!) { taxBill(guarantorUscc: $g, period: $p) { total valueAddedTax consumptionTax listCount dueDate paidAmount paymentStatus payments { reference amount } } }`;
  const period = () => chinaMonth(now());
  const bill = async () => (await system.query(BILL, { g: system.partnerUscc, p: period() })).data!.taxBill;

  it("adds each released list's tax to its guarantor's bill for the month, due 45 days after it ends", async () => {
    const before = await bill();
    const december = async () => (await system.query(BILL, { g: system.partnerUscc, p: "2026-12" })).data!.taxBill;
    const decemberBefore = await december();
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
    const after = await bill();
    expect(new Decimal(after.total).minus(before?.total ?? 0).toFixed(2)).toBe("235.20");
    expect(after.listCount - (before?.listCount ?? 0)).toBe(1);
    // Released at 23:30 on 30 November in China: November's bill, not December's.
    expect(period()).toBe("2026-11");
    expect(await december()).toEqual(decemberBefore);
    const [year, month] = period().split("-").map(Number) as [number, number];
    expect(after.dueDate).toBe(chinaDay(new Date(Date.UTC(year, month, 0) + 45 * 86_400_000)));
  });

  it("is paid through finance: partly, then fully, each reference once", async () => {
    const finance = { token: await system.security.staffToken("finance") };
    const PAY = `mutation($p: TaxBillPaymentInput!) { recordTaxBillPayment(payment: $p) { reference amount } }`;
    const due = new Decimal((await bill()).total);
    const serial = next();
    const first = { reference: `TB-${serial}-1`, guarantorUscc: system.partnerUscc, period: period(), amount: "100.00", paidAt: "2026-11-26T09:00:00Z" };
    expect((await system.query(PAY, { p: first }, finance)).errors).toBeUndefined();
    expect(await system.query(PAY, { p: first }, finance)).toEqual({ data: { recordTaxBillPayment: { reference: first.reference, amount: "100" } } });
    expect((await bill()).paymentStatus).toBe("PARTIAL");
    await system.query(PAY, { p: { ...first, reference: `TB-${serial}-2`, amount: due.minus(100).toFixed(2) } }, finance);
    expect(await bill()).toMatchObject({ paymentStatus: "PAID", paidAmount: due.toFixed() });
    const platform = await as(system.partnerUscc);
    expect((await system.query(PAY, { p: { ...first, reference: "X" } }, platform)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });
});

describe("a parcel's journey and its trace", () => {
  const TRACK = `mutation($e: TrackingEventInput!) { recordTrackingEvent(event: $e) { status occurredAt } }`;
  const step = async (p: Parcel, status: string, occurredAt: string) =>
    system.query(
      TRACK,
      { e: { logisticsCode: p.waybill.logisticsCode, logisticsNo: p.waybill.logisticsNo, status, occurredAt, description: status } },
      await as(p.waybill.logisticsCode),
    );

  it("leaves the bonded zone only after release, is delivered by CEB513, and then goes nowhere", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    expect((await step(p, "ARRIVED", "2026-11-20T14:00:00+08:00")).errors).toBeUndefined();
    const early = await step(p, "RELEASED", "2026-11-20T15:00:00+08:00");
    expect(early.errors![0]!.extensions).toMatchObject({ field: "event.status", returnStatus: -505001 });
    expect(early.errors![0]!.message).toMatch(/has not released the parcel's list \(no list declared\)/);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
    expect((await step(p, "DEPARTED", "2026-11-20T15:00:00+08:00")).errors![0]!.message).toMatch(/DEPARTED cannot follow ARRIVED/);
    for (const [status, at] of [
      ["RELEASED", "2026-11-20T16:00:00+08:00"],
      ["DEPARTED", "2026-11-20T17:00:00+08:00"],
      ["IN_TRANSIT", "2026-11-21T09:00:00+08:00"],
    ]) {
      expect((await step(p, status!, at!)).errors).toBeUndefined();
    }
    const signed = await system.query(
      `mutation($s: WaybillStatusInput!) { submitWaybillStatus(status: $s) { messageType returnStatus } }`,
      {
        s: {
          guid: guid(),
          appType: "1",
          appTime: "2026-11-22T10:00:00+08:00",
          appStatus: "2",
          logisticsCode: p.waybill.logisticsCode,
          logisticsName: p.waybill.logisticsName,
          logisticsNo: p.waybill.logisticsNo,
          logisticsStatus: "S",
          logisticsTime: "2026-11-22T09:30:00+08:00",
        },
      },
      await as(p.waybill.logisticsCode),
    );
    expect(signed.data!.submitWaybillStatus).toEqual({ messageType: "CEB514", returnStatus: 120 });
    const receipts = await system.query(
      `query($c: String!, $n: String!) { waybill(logisticsCode: $c, logisticsNo: $n) { receipts { messageType } } }`,
      { c: p.waybill.logisticsCode, n: p.waybill.logisticsNo },
      await as(p.waybill.logisticsCode),
    );
    expect(receipts.data!.waybill.receipts).toEqual([{ messageType: "CEB514" }, { messageType: "CEB512" }]);
    expect((await step(p, "IN_TRANSIT", "2026-11-23T09:00:00+08:00")).errors![0]!.message).toMatch(/DELIVERED: nothing follows/);
    const { data } = await system.query(
      `query($c: String!, $n: String!) { waybill(logisticsCode: $c, logisticsNo: $n) { status tracking { status sourceCode } } }`,
      { c: p.waybill.logisticsCode, n: p.waybill.logisticsNo },
      await as(p.waybill.logisticsCode),
    );
    expect(data!.waybill.status).toBe("DELIVERED");
    expect(data!.waybill.tracking.map((event: { status: string }) => event.status)).toEqual([
      "DECLARED",
      "ARRIVED",
      "RELEASED",
      "DEPARTED",
      "IN_TRANSIT",
      "DELIVERED",
    ]);
  });

  it("traces goods from their filing to every district they reached, and a parcel back to its maker", async () => {
    const officer = { token: await system.security.staffToken("customs") };
    const forward = await system.query(
      `query($f: String!) { productFiling(filingNo: $f) { manufacturer destinations { district province parcels } } }`,
      { f: COSMETICS.filingNo },
      officer,
    );
    expect(forward.data!.productFiling.destinations).toEqual(expect.arrayContaining([expect.objectContaining({ district: "310115", province: "310000" })]));
    const released = world.customs.declarations.find((d) => d.returnStatus === 800)!;
    const backward = await system.query(
      `query($c: String!, $n: String!) { waybill(logisticsCode: $c, logisticsNo: $n) { declaration { lines { productFiling { manufacturer originCountry } } order { batchNumbers } } } }`,
      { c: released.logisticsCode, n: released.logisticsNo },
      officer,
    );
    const trace = backward.data!.waybill.declaration;
    expect(trace.order.batchNumbers).toMatch(/^B\d{8}$/);
    expect(trace.lines[0].productFiling).toEqual({ manufacturer: expect.any(String), originCountry: expect.stringMatching(/^\d{3}$/) });
  });
});

describe("the standard's XML messages", () => {
  const message = (root: string, node: string, head: string, list: string | null, documents: Array<Record<string, unknown>>) =>
    cebMessage(root, node, head, list, documents);
  const post = (xml: string, credentials: Credentials) => postCeb(system, xml, credentials);
  const returns = returnStatuses;

  it("files orders, payments, waybills and lists from their messages, answering each node in the receipt message", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const broken = parcel({ goods: [COSMETICS] });
    broken.order.acturalPaid = "1.00";
    const orders = await post(message("CEB311Message", "Order", "OrderHead", "OrderList", [p.order, broken.order]), await as(p.order.ebpCode));
    expect(orders.status).toBe(200);
    expect(orders.text).toMatch(/<ceb:CEB312Message[^>]*xmlns:ceb="http:\/\/www.chinaport.gov.cn\/ceb"/);
    expect(returns(orders.text)).toEqual([120, -301001]);
    expect(orders.text).toContain(`<ceb:orderNo>${p.order.orderNo}</ceb:orderNo>`);
    expect(orders.text).toMatch(/order\.acturalPaid: is 1 but goodsValue \+ freight \+ taxTotal − discount gives 1255.2/);

    const payments = await post(message("CEB411Message", "Payment", "PaymentHead", null, [p.payment]), await as(p.payment.payCode));
    expect(payments.text).toMatch(/<ceb:CEB412Message/);
    expect(returns(payments.text)).toEqual([120]);
    const waybills = await post(message("CEB511Message", "Logistics", "LogisticsHead", null, [p.waybill]), await as(p.waybill.logisticsCode));
    expect(returns(waybills.text)).toEqual([120]);
    const lists = await post(message("CEB621Message", "Inventory", "InventoryHead", "InventoryList", [p.inventory]), await as(p.inventory.agentCode));
    expect(lists.text).toMatch(/<ceb:CEB622Message/);
    expect(returns(lists.text)).toEqual([800]);
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 800, taxTotal: "235.2" });
  });

  it("gives the same answer for a message and for the same document sent as a mutation", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const viaXml = await post(message("CEB311Message", "Order", "OrderHead", "OrderList", [p.order]), await as(p.order.ebpCode));
    // The same message (its GUID) sent again as a mutation is a resend, answered alike.
    const viaGraphQL = await file.order(p);
    expect(returns(viaXml.text)).toEqual([viaGraphQL.data!.submitOrder.returnStatus]);
    expect(viaXml.text).toContain(viaGraphQL.data!.submitOrder.returnInfo);
  });

  it("answers a document sent for another enterprise with -10102", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const response = await post(message("CEB411Message", "Payment", "PaymentHead", null, [p.payment]), await as(p.order.ebpCode));
    expect(returns(response.text)).toEqual([-10102]);
  });

  it.each([
    ["text that is not XML", "<ceb:CEB311Message"],
    ["a message type the endpoint does not take", `<ceb:CEB711Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:Delivery/></ceb:CEB711Message>`],
    ["a message outside the CEB namespace", `<CEB311Message xmlns="urn:other"><Order><OrderHead/></Order></CEB311Message>`],
    ["a message without business nodes", `<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"></ceb:CEB311Message>`],
  ])("answers %s with CEB900, storing nothing", async (_, xml) => {
    const orders = async () => (await system.databases.customs.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order"`))[0]!.n;
    const before = await orders();
    const response = await post(xml, await as(system.partnerUscc));
    expect(await orders()).toBe(before);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/<ceb:CEB900Message/);
    expect(response.text).toMatch(/<ceb:returnInfo>0002 /);
  });

  it("refuses a message that does not fit its schema with CEB900 naming each element, echoing no value and storing nothing", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const { orderNo: _omitted, ...withoutNumber } = p.order;
    const lines = p.order.lines.map((line, index) => (index === 0 ? { ...line, qty: "two" } : line));
    const xml = message("CEB311Message", "Order", "OrderHead", "OrderList", [{ ...withoutNumber, appTime: "2026-11-30T23:3", lines }]);
    const personal = [
      p.order.buyerName,
      p.order.buyerIdNumber,
      p.order.buyerTelephone,
      p.order.consignee,
      p.order.consigneeAddress,
      p.order.consigneeTelephone,
    ];
    const counts = () => system.rowCounts();
    const before = await counts();
    const response = await post(xml, await as(p.order.ebpCode));
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/<ceb:CEB900Message/);
    expect(response.text).toContain("<ceb:oriMessageType>CEB311</ceb:oriMessageType>");
    expect(response.text).toContain("Order[1]/OrderHead/orderNo: missing");
    expect(response.text).toContain("Order[1]/OrderList[1]/qty: not a decimal number");
    expect(response.text).toContain("Order[1]/OrderHead/appTime: not a time YYYYMMDDhhmmss");
    for (const value of [...personal, "two"]) expect(response.text).not.toContain(String(value));
    expect(await counts()).toEqual(before);
  });

  it("refuses a message without credentials", async () => {
    const response = await post(`<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>`, "anonymous");
    expect(response.status).toBe(401);
  });
});

describe("withdrawing a list", () => {
  const CANCEL = `mutation($r: InventoryCancelInput!) { cancelInventory(request: $r) { messageType guid returnStatus returnInfo } }`;
  const RETURN = `mutation($r: InventoryReturnInput!) { returnInventory(request: $r) { messageType guid returnStatus returnInfo } }`;

  it("cancels a list still waiting (CEB623 → CEB624), freeing its order for a new list", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(2);
    const request = {
      guid: guid(),
      appTime: "2026-11-20T14:00:00+08:00",
      agentCode: p.inventory.agentCode,
      copNo: p.inventory.copNo,
      reason: "消费者取消订单",
    };
    const agent = await as(p.inventory.agentCode);
    const cancelled = await system.query(CANCEL, { r: request }, agent);
    expect(cancelled.data!.cancelInventory).toMatchObject({ messageType: "CEB624", returnStatus: 100, returnInfo: "撤销: 消费者取消订单" });
    expect(await system.query(CANCEL, { r: request }, agent)).toEqual(cancelled);
    const again = parcel({ goods: [COSMETICS] });
    again.inventory = { ...p.inventory, guid: guid(), copNo: `${p.inventory.copNo}B` };
    expect((await file.inventory(again)).data!.declareInventory.returnStatus).toBe(2);
  });

  it("returns released goods within 30 days (CEB625 → CEB626), refunding the tax on the bill, and refuses later returns", async () => {
    const period = chinaMonth(now());
    const BILL = `query($g: String!, $p: Month!) { taxBill(guarantorUscc: $g, period: $p) { total listCount } }`;
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    await file.inventory(p);
    const { invtNo } = (await declaration(p)).data!.declaration;
    const before = (await system.query(BILL, { g: system.partnerUscc, p: period })).data!.taxBill;
    const agent = await as(p.inventory.agentCode);
    const late = await system.query(
      RETURN,
      { r: { guid: guid(), appTime: new Date(now().getTime() + 31 * 86_400_000).toISOString(), agentCode: p.inventory.agentCode, invtNo, reason: "质量问题" } },
      agent,
    );
    expect(late.errors![0]!.extensions).toMatchObject({ field: "request.invtNo", returnStatus: -625001 });
    const returned = await system.query(
      RETURN,
      { r: { guid: guid(), appTime: now().toISOString(), agentCode: p.inventory.agentCode, invtNo, reason: "质量问题" } },
      agent,
    );
    expect(returned.data!.returnInventory).toMatchObject({ messageType: "CEB626", returnStatus: 700 });
    const after = (await system.query(BILL, { g: system.partnerUscc, p: period })).data!.taxBill;
    expect(new Decimal(before.total).minus(after.total).toFixed(2)).toBe("235.20");
    expect(before.listCount - after.listCount).toBe(1);
    const cancel = await system.query(
      CANCEL,
      { r: { guid: guid(), appTime: now().toISOString(), agentCode: p.inventory.agentCode, copNo: p.inventory.copNo, reason: "x" } },
      agent,
    );
    expect(cancel.errors![0]!.extensions).toMatchObject({ returnStatus: -623001 });
  });
});

describe("the match with the order: every line, the values and the withheld tax, all failures at once", () => {
  const fileAll = async (p: Parcel) => {
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    return (await file.inventory(p)).data!.declareInventory;
  };
  const lineOf = (p: Parcel, change: Partial<Parcel["inventory"]["lines"][number]>) => (p.inventory.lines = [{ ...p.inventory.lines[0]!, ...change }]);

  it("refuses a list declaring the goods at a tenth of the ordered prices, and the tax it would have dodged", async () => {
    const p = parcel({ goods: [COSMETICS] });
    lineOf(p, { price: "100.00", totalPrice: "100.00" });
    const receipt = await fileAll(p);
    expect(receipt.returnStatus).toBe(100);
    for (const finding of [
      "inventory.goodsValue -621010 goods value (Σ totalPrice) as ordered: differs from the order (expected 1000, got 100)",
      "inventory.lines[0].price -621010 unit price as ordered: differs from the order (expected 1000, got 100)",
      "inventory.lines[0].totalPrice -621010 line total as ordered: differs from the order (expected 1000, got 100)",
      // 1000 + 20 within the limits is taxed 235.20; 100 + 20 would have been 27.67.
      "order.taxTotal -621014 the order withholds the tax customs assesses: differs from the tax assessed on the list (expected 27.67, got 235.2)",
    ]) {
      expect(receipt.returnInfo).toContain(finding);
    }
    expect((await declaration(p)).data!.declaration).toMatchObject({ returnStatus: 100, invtNo: null, taxTotal: null });
  });

  it("refuses 2 items declared against an order for 1", async () => {
    const p = parcel({ goods: [COSMETICS] });
    lineOf(p, { qty: "2", qty1: "2", totalPrice: "2000.00" });
    const receipt = await fileAll(p);
    expect(receipt.returnStatus).toBe(100);
    expect(receipt.returnInfo).toContain("inventory.lines[0].qty -621010 quantity as ordered: differs from the order (expected 1, got 2)");
  });

  it("refuses a list whose order withheld less tax than customs assesses", async () => {
    const p = parcel({ goods: [COSMETICS] });
    // The platform withheld nothing, and the buyer paid goods and freight only: order and payment agree.
    Object.assign(p.order, { taxTotal: "0", acturalPaid: "1020.00" });
    p.payment.amountPaid = "1020.00";
    const receipt = await fileAll(p);
    expect(receipt).toMatchObject({ returnStatus: 100 });
    expect(receipt.returnInfo).toBe(
      "海关退单: order.taxTotal -621014 the order withholds the tax customs assesses: differs from the tax assessed on the list (expected 235.2, got 0)",
    );
  });

  it("reports a list's field problem, its mismatch with the order and its limit together, storing nothing", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    p.inventory.buyerTelephone = "1".repeat(51);
    lineOf(p, { price: "100.00", totalPrice: "100.00" });
    const before = await system.rowCounts();
    const { errors } = await file.inventory(p);
    expect(await system.rowCounts()).toEqual(before);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.buyerTelephone", returnStatus: -621001 });
    const problems = (errors![0]!.extensions!.problems as Array<{ field: string; returnStatus: number }>).map((problem) => [
      problem.field,
      problem.returnStatus,
    ]);
    expect(problems).toEqual([
      ["inventory.buyerTelephone", -621001],
      ["inventory.goodsValue", -621010],
      ["inventory.lines[0].price", -621010],
      ["inventory.lines[0].totalPrice", -621010],
      ["order.taxTotal", -621014],
    ]);

    // The same list at /ceb: one receipt naming every problem.
    const response = await postCeb(
      system,
      cebMessage("CEB621Message", "Inventory", "InventoryHead", "InventoryList", [p.inventory]),
      await as(p.inventory.agentCode),
    );
    expect(returnStatuses(response.text)).toEqual([-621001]);
    expect(response.text).toMatch(/inventory\.buyerTelephone: is longer than 50 characters; inventory\.goodsValue: goods value .*; order\.taxTotal: /);

    // Over the single-transaction limit and mismatched: the limit first, the mismatch with it.
    const over = parcel({
      goods: [
        { ...COSMETICS, price: "3000.00" },
        { ...COSMETICS, price: "2500.00" },
      ],
    });
    await file.order(over);
    over.inventory.lines[1] = { ...over.inventory.lines[1]!, qty: "2", qty1: "2", totalPrice: "5000.00" };
    const refused = await file.inventory(over);
    expect(
      (refused.errors![0]!.extensions!.problems as Array<{ field: string; returnStatus: number }>).map((problem) => [problem.field, problem.returnStatus]),
    ).toEqual([
      ["inventory.lines", -621005],
      ["inventory.goodsValue", -621010],
      ["inventory.lines[1].qty", -621010],
      ["inventory.lines[1].totalPrice", -621010],
    ]);
  });

  it("keeps no personal value in a mismatched list's returnInfo, decision or receipts, whoever reads them", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const payer = { name: "陈志强", id: newBuyer() };
    Object.assign(p.payment, { payerName: payer.name, payerIdNumber: payer.id, telephone: "13976000002" });
    p.waybill.consigneeTelephone = "13976000003";
    lineOf(p, { qty: "2", qty1: "2", totalPrice: "2000.00" });
    expect((await fileAll(p)).returnStatus).toBe(100);
    const personal = [p.order.buyerName, p.order.buyerIdNumber, p.order.buyerTelephone, p.order.consigneeAddress, payer.name, payer.id, "13976000003"];
    const readers: Array<[string, Credentials | undefined]> = [
      ["an administrator", undefined],
      ["an analyst", { token: await system.security.token({ sub: "match-analyst", role: "analyst" }) }],
      ["the declaring agent", await as(p.inventory.agentCode)],
      ["logistics staff", { token: await system.security.token({ sub: "match-logistics", role: "staff", department: "logistics" }) }],
      ["customs staff", { token: await system.security.token({ sub: "match-customs", role: "staff", department: "customs" }) }],
    ];
    for (const [who, credentials] of readers) {
      const { data, errors } = await system.query(
        `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus returnInfo decision receipts { returnInfo } } }`,
        { a: p.inventory.agentCode, c: p.inventory.copNo },
        credentials,
      );
      expect([who, errors]).toEqual([who, undefined]);
      const read = data!.declaration;
      expect([who, read.returnStatus]).toEqual([who, 100]);
      const fields = JSON.parse(read.decision).findings.map((f: { document: string; field: string }) => `${f.document}.${f.field}`);
      expect(fields).toEqual([
        "payment.payerIdNumber",
        "payment.payerName",
        "waybill.consigneeTelephone",
        "inventory.goodsValue",
        "inventory.lines[0].qty",
        "inventory.lines[0].totalPrice",
        "order.taxTotal",
      ]);
      const text = JSON.stringify(read);
      for (const value of personal) expect([who, text.includes(value)]).toEqual([who, false]);
    }
  });
});

describe("purchase limits at list time", () => {
  it("refuses an order of several items over the single-transaction limit (-621005), storing nothing", async () => {
    const p = parcel({
      goods: [
        { ...COSMETICS, price: "3000.00" },
        { ...COSMETICS, price: "2500.00" },
      ],
    });
    await file.order(p);
    const { errors } = await file.inventory(p);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.lines", returnStatus: -621005 });
    expect((await declaration(p)).data!.declaration).toBeNull();
  });

  it("refuses the list that would take a buyer over the annual limit of 26,000 (-621018)", async () => {
    const buyer = newBuyer();
    for (let i = 0; i < 5; i++) {
      const p = parcel({ goods: [{ ...COSMETICS, price: "4980.00" }], buyer });
      await file.order(p);
      await file.payment(p);
      await file.waybill(p);
      expect([800, 500]).toContain((await file.inventory(p)).data!.declareInventory.returnStatus);
    }
    const over = parcel({ goods: [{ ...COSMETICS, price: "1000.00" }], buyer });
    await file.order(over);
    const { errors } = await file.inventory(over);
    expect(errors![0]!.extensions).toMatchObject({ field: "inventory.buyerIdNumber", returnStatus: -621018 });
    expect(errors![0]!.message).toMatch(/26000/);
  });
});

describe("a list that breaks a rule is refused, naming the field", () => {
  it.each([
    ["a commodity code not in the tariff table", (p: Parcel) => (p.inventory.lines[0]!.gcode = "0101210010"), "inventory.lines[0].gcode", -621001],
    ["a malformed commodity code", (p: Parcel) => (p.inventory.lines[0]!.gcode = "33049900"), "inventory.lines[0].gcode", -621001],
    ["a gnum twice", (p: Parcel) => p.inventory.lines.push({ ...p.inventory.lines[0]! }), "inventory.lines[1].gnum", -621027],
    ["a guarantor that is not party to the list", (p: Parcel) => (p.inventory.assureCode = enterprise("AGENT").uscc), "inventory.assureCode", -621001],
    ["a customs district outside the table", (p: Parcel) => (p.inventory.customsCode = "9999"), "inventory.customsCode", -621001],
    ["a trade mode that is not CBEC import", (p: Parcel) => (p.inventory.tradeMode = "0110"), "inventory.tradeMode", -621001],
    ["a transport mode outside the table", (p: Parcel) => (p.inventory.trafMode = "Q"), "inventory.trafMode", -621001],
  ])("%s, leaving every database as it was", async (_, spoil, field, returnStatus) => {
    const p = parcel({ goods: [COSMETICS] });
    spoil(p);
    const before = await system.rowCounts();
    const { errors } = await file.inventory(p);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("lets only the declaring agent file a list, as itself", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const { errors } = await system.query(
      `mutation($d: InventoryInput!) { declareInventory(inventory: $d) { returnStatus } }`,
      { d: p.inventory },
      await as(p.order.ebpCode),
    );
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "inventory.agentCode" });
  });
});

describe("a department that cannot answer", () => {
  it("leaves the list waiting, saying which department, instead of losing or rejecting it", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await file.order(p);
    await file.payment(p);
    await file.waybill(p);
    await system.stopService("finance");
    const { data } = await file.inventory(p);
    expect(data!.declareInventory).toMatchObject({ returnStatus: 2, returnInfo: expect.stringMatching(/finance could not be read/) });
  });
});
