import { randomUUID } from "node:crypto";
import { buildWorld } from "../demo/world";
import { createFinanceLoaders } from "../subgraphs/finance/loaders";
import { sweepGreenChannel } from "../subgraphs/finance/resolvers/export-rebate";
import { weightOf } from "../subgraphs/credit/rules/credit-evaluation";
import { now } from "../lib/clock";
import { chinaDay } from "../lib/rules/china-time";
import { exportFactory, exportFiler, FORMULA, offTheNegativeList, OLIVE_OIL, summaryApplication, type ExportGoods, type ExportParcel } from "./helpers/exports";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const factory = exportFactory(world);
const file = exportFiler(() => system);
const staff: Record<string, Credentials> = {};
const guid = () => randomUUID().toUpperCase();

const APPLICATION = `ebcCode applicationNo entryId status creditClass greenChannel reviewDeadline exportDate valueCny rebateAmount
  summaryResult { entryId ebcCode }
  items { gcode currency totalPrice referenceRate valueCny rebateRate rateConfidence rebateAmount }
  lists { invtNo orderNo goodsValue currency received }
  history { fromStatus toStatus reason decidedBy automatic decidedAt }`;

// Lists are released now, so the month they are declared, released and paid in is this one in China.
const today = chinaDay(now());
const period = today.slice(0, 7);

beforeAll(async () => {
  system = await startTestSystem("export-finance");
  for (const department of ["finance", "customs", "ciq"] as const) {
    staff[department] = { token: await system.security.token({ sub: `${department}-clerk`, role: "staff", department }) };
  }
  staff.analyst = { token: await system.security.token({ sub: "export-analyst", role: "analyst" }) };
});

afterAll(async () => {
  await system?.stop();
});

/** Runs finance's minute sweep now, as the finance service. */
const sweep = () => sweepGreenChannel(serviceContext(system, "finance", createFinanceLoaders));

const parcel = (options: { goods?: ExportGoods[]; exporterClass?: string; currency?: string; statisticsFlag?: "A" | "B" } = {}) =>
  factory.parcel({ ieDate: today, ...options });

type ReceiptInput = ReturnType<ExportParcel["receipt"]> & Record<string, unknown>;
/** The parcel's receipt, accounted now, with any field changed. */
const receiptOf = (p: ExportParcel, overrides: Record<string, unknown> = {}): ReceiptInput => ({
  ...p.receipt(),
  accountingDate: new Date().toISOString(),
  ...overrides,
});
const SUBMIT = `mutation($r: ExportReceiptInput!) { submitExportReceipt(receipt: $r) { messageType version returnStatus returnInfo } }`;
const submit = async (receipt: ReceiptInput, as?: string) => system.query(SUBMIT, { r: receipt }, await file.as(as ?? receipt.payCode));

const RECEIPT_FIELDS = `payCode payNo charge currency exchangeRate rmbAmount rmbSettlement returnStatus version receipts { messageType returnStatus } order { ebpCode orderNo }`;
const readReceipt = (receipt: { payCode: string; payNo: string }, credentials?: Credentials) =>
  system.query(
    `query($p: String!, $n: String!) { exportReceipt(payCode: $p, payNo: $n) { ${RECEIPT_FIELDS} } }`,
    { p: receipt.payCode, n: receipt.payNo },
    credentials,
  );

async function released(p: ExportParcel): Promise<string> {
  await file.released(p);
  const { data } = await system.query(`query($a: String!, $c: String!) { exportDeclaration(agentCode: $a, copNo: $c) { invtNo returnStatus } }`, {
    a: p.inventory.agentCode,
    c: p.inventory.copNo,
  });
  expect(data!.exportDeclaration.returnStatus).toBe(800);
  return data!.exportDeclaration.invtNo;
}

/** The declaration form customs makes of these lists (one consignor, one month, same route) once their parcels left, by its entry number. */
async function formOf(parcels: ExportParcel[]): Promise<string> {
  const invtNos = await Promise.all(parcels.map(released));
  // Only goods that left the country are summarised.
  await file.departed(parcels);
  const [first] = parcels;
  const agent = first!.inventory;
  const applied = await system.query(
    `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { returnStatus returnInfo } }`,
    { a: summaryApplication(agent, period, { invtNos }) },
    await file.as(agent.agentCode),
  );
  expect(applied.errors).toBeUndefined();
  const { data } = await system.query(`query($n: String!) { exportDeclarationByInvtNo(invtNo: $n) { sumNo } }`, { n: invtNos[0] });
  const summary = await system.query(`query($s: String!) { summaryDeclaration(sumNo: $s) { results { entryId } } }`, {
    s: data!.exportDeclarationByInvtNo.sumNo,
  });
  const [form] = summary.data!.summaryDeclaration.results;
  return form.entryId;
}

describe("CEB403 receipts of payment for export orders", () => {
  it("store a foreign-currency receipt with the institution's rate and its RMB equivalent, answered with CEB404", async () => {
    const p = parcel();
    const receipt = receiptOf(p, { exchangeRate: "7.12345" });
    const { data, errors } = await submit(receipt);
    expect(errors).toBeUndefined();
    expect(data!.submitExportReceipt).toMatchObject({ messageType: "CEB404", version: 1, returnStatus: 120 });
    const read = await readReceipt(receipt);
    // 65 USD × 7.12345 = 463.02425 → 463.02 (half up to the fen)
    expect(read.data!.exportReceipt).toMatchObject({
      charge: "65",
      currency: "502",
      exchangeRate: "7.12345",
      rmbAmount: "463.02",
      rmbSettlement: false,
      returnStatus: 120,
      version: 1,
      receipts: [{ messageType: "CEB404", returnStatus: 120 }],
      order: { ebpCode: p.order.ebpCode, orderNo: p.order.orderNo },
    });
  });

  it("store an RMB receipt as RMB settlement at rate 1, never limited", async () => {
    const p = parcel({ currency: "142" });
    const receipt = receiptOf(p, { charge: "400000" });
    expect((await submit(receipt)).errors).toBeUndefined();
    expect((await readReceipt(receipt)).data!.exportReceipt).toMatchObject({ exchangeRate: "1", rmbAmount: "400000", rmbSettlement: true });
  });

  it("answer the same message again with the same CEB404 and store nothing; another 新增 or content under the number is a duplicate", async () => {
    const receipt = receiptOf(parcel());
    const first = await submit(receipt);
    const before = await system.rowCounts();
    const again = await submit({ ...receipt, appTime: new Date().toISOString() });
    expect(again.data!.submitExportReceipt).toEqual(first.data!.submitExportReceipt);
    expect(await system.rowCounts()).toEqual(before);
    const renewed = await submit({ ...receipt, guid: guid() });
    expect(renewed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.payNo", returnStatus: -403007 });
    const other = await submit({ ...receipt, charge: "66" });
    expect(other.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.payNo", returnStatus: -403007 });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuse a charge over USD 50,000 by the reference rates, naming the limit and the rule, storing nothing", async () => {
    const before = await system.rowCounts();
    const usd = await submit(receiptOf(parcel(), { charge: "50000.01" }));
    expect(usd.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.charge", returnStatus: -403005 });
    expect(usd.errors![0]!.message).toMatch(/limit of 50000 in currency 502.*汇发〔2015〕7号/);
    const eur = await submit(receiptOf(parcel({ currency: "300" }), { charge: "48000", exchangeRate: "7.6" }));
    expect(eur.errors![0]!.extensions).toMatchObject({ field: "receipt.charge", returnStatus: -403005 });
    expect(eur.errors![0]!.message).toMatch(/51020\.98/);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuse a foreign-currency receipt without a valid rate, and an RMB one with a rate other than 1, storing nothing", async () => {
    const before = await system.rowCounts();
    const { exchangeRate: _dropped, ...withoutRate } = receiptOf(parcel());
    for (const [receipt, message] of [
      [withoutRate, /is required/],
      [receiptOf(parcel(), { exchangeRate: "0" }), /greater than 0/],
      [receiptOf(parcel({ currency: "142" }), { exchangeRate: "7.1" }), /absent or 1/],
    ] as const) {
      const { errors } = await submit(receipt as ReceiptInput);
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.exchangeRate", returnStatus: -403001 });
      expect(errors![0]!.message).toMatch(message);
    }
    expect(await system.rowCounts()).toEqual(before);
  });

  it("are filed only by the payment institution and read by its parties and finance staff", async () => {
    const p = parcel();
    const receipt = receiptOf(p);
    const byExporter = await submit(receipt, p.exporter.uscc);
    expect(byExporter.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "receipt.payCode" });
    await submit(receipt);
    for (const reader of [await file.as(p.exporter.uscc), await file.as(receipt.ebpCode), staff.finance!]) {
      expect((await readReceipt(receipt, reader)).data!.exportReceipt).toMatchObject({ payNo: receipt.payNo });
    }
    const stranger = factory.ofClass("GENERAL_CERTIFIED").uscc;
    expect((await readReceipt(receipt, await file.as(stranger))).data!.exportReceipt).toBeNull();
    expect((await readReceipt(receipt, staff.ciq!)).data!.exportReceipt).toBeNull();
    const page = await system.query(
      `query($f: ExportReceiptFilter) { exportReceipts(first: 100, filter: $f) { nodes { payNo ebcCode } } }`,
      { f: { enterprise: p.exporter.uscc, period } },
      await file.as(p.exporter.uscc),
    );
    expect(page.data!.exportReceipts.nodes.map((node: { payNo: string }) => node.payNo)).toContain(receipt.payNo);
  });
});

describe("the monthly export reconciliation", () => {
  // One exporter of its own, so that the month holds only this test's lists and receipts.
  const exporterClass = "GENERAL_CERTIFIED";
  const RECONCILE = `query($e: String!, $p: Month!) { exportReconciliation(ebcCode: $e, period: $p) {
    ebcCode period
    matched { orderNo expected received currency declaration { invtNo returnStatus ebcCode } receipts { payNo } }
    unmatchedDeclarations { orderNo reason shortBy expected received currency declaration { invtNo returnStatus } receipts { payNo currency } }
    unmatchedReceipts { payNo orderNo }
  } }`;

  it("matches released lists with receipts by platform and order, and says why the rest do not match", async () => {
    const [paid, unpaid, wrongCurrency, short, unlisted] = Array.from({ length: 5 }, () => parcel({ exporterClass }));
    for (const p of [paid!, unpaid!, wrongCurrency!, short!]) await released(p);
    await file.order(unlisted!);
    for (const receipt of [
      receiptOf(paid!),
      receiptOf(wrongCurrency!, { currency: "142", exchangeRate: undefined, charge: "461.5" }),
      receiptOf(short!, { charge: "60" }),
      receiptOf(unlisted!),
    ]) {
      expect((await submit(receipt)).errors).toBeUndefined();
    }
    const exporter = paid!.exporter.uscc;

    const { data, errors } = await system.query(RECONCILE, { e: exporter, p: period }, await file.as(exporter));
    expect(errors).toBeUndefined();
    const result = data!.exportReconciliation;
    expect(result.matched).toEqual([
      {
        orderNo: paid!.order.orderNo,
        expected: "65",
        received: "65",
        currency: "502",
        declaration: { invtNo: expect.any(String), returnStatus: 800, ebcCode: exporter },
        receipts: [{ payNo: receiptOf(paid!).payNo }],
      },
    ]);
    const gaps = Object.fromEntries(result.unmatchedDeclarations.map((row: { orderNo: string }) => [row.orderNo, row]));
    expect(Object.keys(gaps).sort()).toEqual([unpaid!, wrongCurrency!, short!].map((p) => p.order.orderNo).sort());
    expect(gaps[unpaid!.order.orderNo]).toMatchObject({ reason: "NO_RECEIPT", shortBy: null, expected: "65", received: "0", receipts: [] });
    expect(gaps[wrongCurrency!.order.orderNo]).toMatchObject({ reason: "WRONG_CURRENCY", shortBy: null, received: "0", receipts: [{ currency: "142" }] });
    expect(gaps[short!.order.orderNo]).toMatchObject({ reason: "SHORT", shortBy: "5", expected: "65", received: "60", declaration: { returnStatus: 800 } });
    expect(result.unmatchedReceipts).toEqual([{ payNo: receiptOf(unlisted!).payNo, orderNo: unlisted!.order.orderNo }]);

    // Finance reads its side in two statements (the lists' receipts, the month's receipts), however many lists the month holds.
    const statements = await system.countStatements(() => system.query(RECONCILE, { e: exporter, p: period }, staff.finance!));
    expect(statements.finance).toBe(2);

    // Finance and customs staff and analysts may read it too; the same month for another exporter is another's business.
    for (const reader of [staff.finance!, staff.customs!, staff.analyst!]) {
      const seen = await system.query(RECONCILE, { e: exporter, p: period }, reader);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.exportReconciliation.matched).toHaveLength(1);
    }
    for (const reader of [staff.ciq!, await file.as(factory.ofClass("GENERAL").uscc)]) {
      const refused = await system.query(RECONCILE, { e: exporter, p: period }, reader);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    const malformed = await system.query(RECONCILE, { e: exporter, p: "2026-13" }, staff.finance!);
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });
});

describe("export VAT rebates", () => {
  const APPLY = `mutation($a: ExportRebateInput!) { applyExportRebate(application: $a) { ${APPLICATION} } }`;
  const STEP = {
    review: `mutation($e: String!, $n: String!, $r: String!) { reviewExportRebate(ebcCode: $e, applicationNo: $n, reason: $r) { status } }`,
    approve: `mutation($e: String!, $n: String!, $r: String!) { decideExportRebate(ebcCode: $e, applicationNo: $n, approve: true, reason: $r) { status } }`,
    reject: `mutation($e: String!, $n: String!, $r: String!) { decideExportRebate(ebcCode: $e, applicationNo: $n, approve: false, reason: $r) { status } }`,
    pay: `mutation($e: String!, $n: String!, $r: String!) { payExportRebate(ebcCode: $e, applicationNo: $n, reason: $r) { status } }`,
  };
  let serial = 0;
  const application = (p: ExportParcel, entryId: string) => ({
    ebcCode: p.exporter.uscc,
    applicationNo: `RB${Date.now()}${++serial}`,
    entryId,
    appTime: new Date().toISOString(),
  });
  const apply = async (input: ReturnType<typeof application>, as = input.ebcCode) => system.query(APPLY, { a: input }, await file.as(as));
  const step = (name: keyof typeof STEP, input: { ebcCode: string; applicationNo: string }, reason: string, credentials = staff.finance!) =>
    system.query(STEP[name], { e: input.ebcCode, n: input.applicationNo, r: reason }, credentials);
  const read = (input: { ebcCode: string; applicationNo: string }) =>
    system.query(`query($e: String!, $n: String!) { exportRebateApplication(ebcCode: $e, applicationNo: $n) { ${APPLICATION} } }`, {
      e: input.ebcCode,
      n: input.applicationNo,
    });

  /** A form of released, paid lists of the exporter. */
  async function paidForm(options: { exporterClass?: string; goods?: ExportGoods[] } = {}) {
    const parcels = [parcel(options), parcel(options)];
    const entryId = await formOf(parcels);
    for (const p of parcels) expect((await submit(receiptOf(p))).errors).toBeUndefined();
    return { parcels, entryId };
  }

  it("computes the rebate of every item, then goes SUBMITTED → REVIEWED → APPROVED → PAID by finance staff, each step on record", async () => {
    const { parcels, entryId } = await paidForm({ goods: [FORMULA, OLIVE_OIL] });
    const input = application(parcels[0]!, entryId);
    const { data, errors } = await apply(input);
    expect(errors).toBeUndefined();
    const applied = data!.applyExportRebate;
    expect(applied).toMatchObject({ status: "SUBMITTED", greenChannel: false, reviewDeadline: null, creditClass: "GENERAL", exportDate: today });
    // Two lists: formula 2 × 60 USD, olive oil 2 × 12.5 USD, at the reference rate 7.15 CNY per USD; formula earns 13%, olive oil 0%.
    expect([...applied.items].sort((a: { gcode: string }, b: { gcode: string }) => a.gcode.localeCompare(b.gcode))).toEqual([
      {
        gcode: OLIVE_OIL.gcode,
        currency: "502",
        totalPrice: "25",
        referenceRate: "7.15",
        valueCny: "178.75",
        rebateRate: "0",
        rateConfidence: "V",
        rebateAmount: "0",
      },
      {
        gcode: FORMULA.gcode,
        currency: "502",
        totalPrice: "120",
        referenceRate: "7.15",
        valueCny: "858",
        rebateRate: "13",
        rateConfidence: "V",
        rebateAmount: "111.54",
      },
    ]);
    expect([applied.valueCny, applied.rebateAmount]).toEqual(["1036.75", "111.54"]);
    expect(applied.lists).toHaveLength(2);
    expect(applied.summaryResult).toEqual({ entryId, ebcCode: input.ebcCode });

    // The same application again is the stored one; another application for the form is refused.
    expect((await apply({ ...input, appTime: new Date().toISOString() })).data!.applyExportRebate.history).toHaveLength(1);
    const second = await apply(application(parcels[0]!, entryId));
    expect(second.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.entryId", reason: "ALREADY_APPLIED" });

    // Steps out of order, or by anyone but finance staff, are refused.
    const early = await step("pay", input, "too early");
    expect(early.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", reason: "INVALID_TRANSITION", status: "SUBMITTED", requested: "PAID" });
    expect((await step("review", input, "mine", await file.as(input.ebcCode))).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await step("review", input, "customs", staff.customs!)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });

    expect((await step("review", input, "documents complete")).data!.reviewExportRebate.status).toBe("REVIEWED");
    expect((await step("approve", input, "receipts cover every order")).data!.decideExportRebate.status).toBe("APPROVED");
    expect((await step("approve", input, "twice")).errors![0]!.extensions).toMatchObject({ code: "CONFLICT", reason: "INVALID_TRANSITION" });
    expect((await step("pay", input, "transfer TR-001")).data!.payExportRebate.status).toBe("PAID");
    const { history } = (await read(input)).data!.exportRebateApplication;
    expect(
      history.map((h: { fromStatus: string | null; toStatus: string; reason: string; decidedBy: string; automatic: boolean }) => [
        h.fromStatus,
        h.toStatus,
        h.reason,
        h.decidedBy,
        h.automatic,
      ]),
    ).toEqual([
      [null, "SUBMITTED", "submitted by the exporter; waits for finance staff", `clerk-${input.ebcCode}`, false],
      ["SUBMITTED", "REVIEWED", "documents complete", "finance-clerk", false],
      ["REVIEWED", "APPROVED", "receipts cover every order", "finance-clerk", false],
      ["APPROVED", "PAID", "transfer TR-001", "finance-clerk", false],
    ]);
    expect(history.every((h: { decidedAt: string }) => !Number.isNaN(Date.parse(h.decidedAt)))).toBe(true);

    // The receipts the rebate was granted on can no longer change.
    const changed = await submit({ ...receiptOf(parcels[0]!), appType: "2", charge: "64" });
    expect(changed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.payNo", returnStatus: -403001 });
  });

  it("opens a rejected form for a new application, and a rejected application is never paid", async () => {
    const { parcels, entryId } = await paidForm();
    const first = application(parcels[0]!, entryId);
    await apply(first);
    await step("review", first, "checked");
    expect((await step("reject", first, "goods description does not match")).data!.decideExportRebate.status).toBe("REJECTED");
    // The refusal counts against the exporter's credit, weighed by credit's score rules.
    const credit = await system.query(`query($u: String!) { enterprise(uscc: $u) { creditEvents(last: 50) { kind scoreDelta description } } }`, {
      u: first.ebcCode,
    });
    expect(credit.data!.enterprise.creditEvents).toContainEqual({
      kind: "REBATE_REFUSED",
      scoreDelta: weightOf("REBATE_REFUSED", new Date())!,
      description: `export rebate application ${first.applicationNo} rejected: goods description does not match`,
    });
    expect((await step("pay", first, "no")).errors![0]!.extensions).toMatchObject({ code: "CONFLICT", reason: "INVALID_TRANSITION", status: "REJECTED" });
    const again = await apply(application(parcels[0]!, entryId));
    expect(again.errors).toBeUndefined();
    expect(again.data!.applyExportRebate.status).toBe("SUBMITTED");
  });

  it("puts the best credit class on the green channel: the sweep reviews and approves it before its deadline, and leaves others to staff", async () => {
    const green = await paidForm({ exporterClass: "ADVANCED_CERTIFIED" });
    const greenInput = application(green.parcels[0]!, green.entryId);
    const applied = (await apply(greenInput)).data!.applyExportRebate;
    expect(applied).toMatchObject({ status: "SUBMITTED", greenChannel: true, creditClass: "ADVANCED_CERTIFIED" });
    const submittedAt = Date.parse(applied.history[0].decidedAt);
    expect(Date.parse(applied.reviewDeadline) - submittedAt).toBe(30 * 60_000);

    const plain = await paidForm();
    const plainInput = application(plain.parcels[0]!, plain.entryId);
    await apply(plainInput);

    await sweep();
    const decided = (await read(greenInput)).data!.exportRebateApplication;
    expect(decided.status).toBe("APPROVED");
    expect(decided.history.map((h: { toStatus: string; decidedBy: string; automatic: boolean }) => [h.toStatus, h.decidedBy, h.automatic])).toEqual([
      ["SUBMITTED", `clerk-${greenInput.ebcCode}`, false],
      ["REVIEWED", "service:finance", true],
      ["APPROVED", "service:finance", true],
    ]);
    expect(decided.history[2].reason).toMatch(/^approved automatically: green channel \(credit class ADVANCED_CERTIFIED/);
    expect(Date.parse(decided.history[2].decidedAt)).toBeLessThan(Date.parse(decided.reviewDeadline));
    expect((await read(plainInput)).data!.exportRebateApplication.status).toBe("SUBMITTED");
  });

  it("refuses a negative-listed applicant with FORBIDDEN, reason NEGATIVE_LIST, storing nothing", async () => {
    const listed = factory.ofClass("DISHONEST").uscc;
    const { parcels, entryId } = await offTheNegativeList(system, listed, () => paidForm({ exporterClass: "DISHONEST" }));
    const before = await system.rowCounts();
    const { errors } = await apply(application(parcels[0]!, entryId));
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "application.ebcCode", reason: "NEGATIVE_LIST" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses another's form, an unknown form, an unpaid order and a form without a rebate rate, storing nothing", async () => {
    const unpaid = [parcel(), parcel()];
    const unpaidForm = await formOf(unpaid);
    await submit(receiptOf(unpaid[0]!));
    // The rebate asks, as the reconciliation does, that the order be paid as it states: 60 USD of goods and 5 of freight, 50 received.
    await submit(receiptOf(unpaid[1]!, { charge: "50" }));
    const oil = await paidForm({ goods: [OLIVE_OIL] });
    const mine = factory.ofClass("GENERAL_CERTIFIED");

    const before = await system.rowCounts();
    const cases: Array<[ReturnType<typeof application>, string, string]> = [
      [{ ...application(unpaid[0]!, unpaidForm), ebcCode: mine.uscc }, "FORM_NOT_FOUND", "application.entryId"],
      [application(unpaid[0]!, "640720260000000000"), "FORM_NOT_FOUND", "application.entryId"],
      [application(unpaid[0]!, unpaidForm), "PAYMENT_NOT_RECEIVED", "application.entryId"],
      [application(oil.parcels[0]!, oil.entryId), "NO_REBATE_RATE", "application.entryId"],
    ];
    for (const [input, reason, field] of cases) {
      const { errors } = await apply(input);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    }
    const { errors } = await apply(application(unpaid[0]!, unpaidForm));
    expect(errors![0]!.message).toMatch(/short by 15 \(currency 502\)/);
    expect(await system.rowCounts()).toEqual(before);
  });
});
