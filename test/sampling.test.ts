import { randomUUID } from "node:crypto";
import { buildWorld } from "../demo/world";
import { setClock } from "../lib/clock";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * Issue #14 items 2 and 8 through the gateway: the inspection draw cannot be chosen or re-rolled, a list
 * under inspection cannot be cancelled, a list of 2016 is sampled, and failed inspections raise a product's
 * risk level (and so its rate), shown to CIQ staff on the risk-warning list. The test systems sample at a
 * rate of 0 for low and medium risk and 1 for high risk (test/helpers/sampling.ts).
 */
const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const guid = () => randomUUID().toUpperCase();

/** 23:30 in China on the last day of a month. */
const LATE_ON_THE_LAST_DAY = new Date("2026-11-30T23:30:00+08:00");

beforeAll(async () => {
  setClock(LATE_ON_THE_LAST_DAY);
  system = await startTestSystem("sampling");
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

/** Infant formula (high risk) and nuts (medium risk), both filed by the same enterprise of the general class. */
const FORMULA = filed("CIQ46000000100003", "300.00");
const NUTS = filed("CIQ46000000100005", "100.00");

const worldFiling = (goods: typeof FORMULA) => world.ciq.productFilings.find((filing) => filing.filingNo === goods.filingNo)!;

const staff = (department: string): Promise<Credentials> => system.security.staffToken(department as "ciq").then((token) => ({ token }));

async function declared(p: Parcel): Promise<{ returnStatus: number; sampling: Record<string, any> | undefined }> {
  for (const step of [file.order, file.payment, file.waybill]) expect((await step(p)).errors).toBeUndefined();
  const { data, errors } = await file.inventory(p);
  expect(errors).toBeUndefined();
  const stored = await system.query(`query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus decision } }`, {
    a: p.inventory.agentCode,
    c: p.inventory.copNo,
  });
  const decision = stored.data!.declaration.decision;
  return { returnStatus: data!.declareInventory.returnStatus, sampling: decision ? JSON.parse(decision).sampling : undefined };
}

describe("the sampling draw", () => {
  const DECIDE = `mutation($r: InspectionRequest!) { decideInspection(request: $r) { selected rate draw riskLevel reason inspection { id } } }`;

  it("is the order's: any number of copNos for the same order get the same draw and the same decision", async () => {
    const customs = await staff("customs");
    const order = { ebpCode: system.partnerUscc, orderNo: `SAMPLING${Date.now()}`, buyerIdHash: "a".repeat(64) };
    const request = (copNo: string) => ({
      agentCode: "91460000SAMPLING01",
      copNo,
      ebcCode: worldFiling(FORMULA).ownerUscc,
      declTime: "2026-11-30",
      filingNos: [FORMULA.filingNo, NUTS.filingNo],
      ...order,
    });
    const copNos = Array.from({ length: 12 }, (_, attempt) => `TRY${attempt}T${Date.now()}`.slice(0, 20));
    const answers = [];
    for (const copNo of copNos) {
      const answer = await system.query(DECIDE, { r: request(copNo) }, customs);
      expect(answer.errors).toBeUndefined();
      answers.push(answer.data!.decideInspection);
    }
    const draws = new Set(answers.map((answer) => answer.draw));
    expect(draws.size).toBe(1);
    expect(answers[0].draw).toMatch(/^0\.\d{9}$/);
    expect(new Set(answers.map((answer) => answer.selected))).toEqual(new Set([true]));

    // Another order gets a draw of its own, drawn at random (equal to this one once in 10⁹).
    const other = await system.query(DECIDE, { r: { ...request(`OTHER${Date.now()}`), orderNo: `${order.orderNo}B` } }, customs);
    expect(other.data!.decideInspection.draw).not.toBe(answers[0].draw);

    // CIQ keeps one draw per order and each decision's inputs, the buyer only as a hash.
    const ciq = system.databases.ciq.sql;
    expect((await ciq.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SamplingDraw" WHERE "orderNo" = $1`, [order.orderNo]))[0]!.n).toBe(1);
    const audit = await ciq.query<Record<string, unknown>>(
      `SELECT d.draw::text AS draw, d.rate::text AS rate, d."riskLevel"::text AS "riskLevel", d.rule, d."creditClass", d."buyerIdHash", d."orderNo",
              (SELECT string_agg(f."filingNo" || ':' || f."riskLevel" || '/' || f."originRiskLevel", ',' ORDER BY f."filingNo") FROM "SamplingDecisionFiling" f
                WHERE f."agentCode" = d."agentCode" AND f."copNo" = d."copNo") AS goods
       FROM "SamplingDecision" d WHERE d."agentCode" = $1 AND d."copNo" = $2`,
      ["91460000SAMPLING01", copNos[0]],
    );
    expect(audit).toEqual([
      {
        draw: answers[0].draw,
        rate: "1.000000000",
        riskLevel: "HIGH",
        rule: "2018-05-01",
        creditClass: "GENERAL",
        buyerIdHash: order.buyerIdHash,
        orderNo: order.orderNo,
        goods: `${FORMULA.filingNo}:HIGH/LOW,${NUTS.filingNo}:MEDIUM/LOW`,
      },
    ]);
  });
});

describe("a list under inspection", () => {
  const CANCEL = `mutation($r: InventoryCancelInput!) { cancelInventory(request: $r) { messageType returnStatus returnInfo } }`;

  it("cannot be cancelled (-623002), nor its order declared again under another copNo (-621004)", async () => {
    const p = parcel({ goods: [FORMULA] });
    const first = await declared(p);
    expect(first).toMatchObject({ returnStatus: 500, sampling: { selected: true, rate: "1", riskLevel: "HIGH" } });
    const agent = await file.as(p.inventory.agentCode);
    const before = await system.rowCounts();
    const cancel = await system.query(
      CANCEL,
      { r: { guid: guid(), appTime: "2026-11-30T23:40:00+08:00", agentCode: p.inventory.agentCode, copNo: p.inventory.copNo, reason: "消费者取消订单" } },
      agent,
    );
    expect(cancel.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", returnStatus: -623002, field: "request.copNo" });
    expect(cancel.errors![0]!.message).toMatch(/under inspection/);
    expect(await system.rowCounts()).toEqual(before);

    const again = await file.inventory({ ...p, inventory: { ...p.inventory, guid: guid(), copNo: `${p.inventory.copNo}R` } });
    expect(again.errors![0]!.extensions).toMatchObject({ returnStatus: -621004 });

    // Customs sent CIQ the order and a hash of the buyer's identity, never the number itself.
    const [decision] = await system.databases.ciq.sql.query<{ ebpCode: string; orderNo: string; buyerIdHash: string }>(
      `SELECT "ebpCode", "orderNo", "buyerIdHash" FROM "SamplingDecision" WHERE "agentCode" = $1 AND "copNo" = $2`,
      [p.inventory.agentCode, p.inventory.copNo],
    );
    expect(decision).toMatchObject({ ebpCode: p.order.ebpCode, orderNo: p.order.orderNo, buyerIdHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const everything = JSON.stringify(
      await system.databases.ciq.sql.query(`SELECT * FROM "SamplingDecision" d JOIN "SamplingDraw" w USING ("ebpCode", "orderNo")`),
    );
    expect(everything).not.toContain(p.order.buyerIdNumber);
  });
});

describe("a list of the zone plan's own period", () => {
  afterEach(() => setClock(LATE_ON_THE_LAST_DAY));

  it("declared in 2016 is sampled like any other (no longer waiting for a rule)", async () => {
    setClock(new Date("2016-06-30T23:30:00+08:00"));
    // The world's products were filed in 2024: CIQ staff file the seller's formula and nuts again, in force
    // from this day, as the products of the 2016 lists.
    const officer = await staff("ciq");
    const filedToday = async (goods: typeof FORMULA): Promise<string> => {
      const product = worldFiling(goods);
      const application = {
        reference: `Y2016-${goods.filingNo}-${Date.now()}`,
        ownerUscc: product.ownerUscc,
        hsCode: product.hsCode,
        goodsName: product.goodsName,
        originCountry: product.originCountry,
        manufacturer: product.manufacturer,
        unit: product.unit,
        regPrice: product.regPrice.toString(),
        businessType: product.businessType,
        riskLevel: product.riskLevel,
      };
      const applied = await system.query(`mutation($a: ProductFilingInput!) { fileProduct(application: $a) { id } }`, { a: application }, officer);
      expect(applied.errors).toBeUndefined();
      const approved = await system.query(
        `mutation($id: String!) { approveProductFiling(id: $id, effectiveFrom: "2016-06-30") { filing { filingNo effectiveFrom } } }`,
        { id: applied.data!.fileProduct.id },
        officer,
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.approveProductFiling.filing.effectiveFrom).toBe("2016-06-30");
      return approved.data!.approveProductFiling.filing.filingNo;
    };
    const formula = await filedToday(FORMULA);
    const nuts = await filedToday(NUTS);
    const at = (time: string) => `2016-06-30T${time}:00+08:00`;
    const dated = (p: Parcel, filingNo: string): Parcel => ({
      ...p,
      order: { ...p.order, appTime: at("10:00") },
      payment: { ...p.payment, appTime: at("10:02"), payTime: at("10:01") },
      waybill: { ...p.waybill, appTime: at("12:00") },
      inventory: { ...p.inventory, appTime: at("13:00"), declTime: "2016-06-30", lines: p.inventory.lines.map((line) => ({ ...line, filingNo })) },
    });
    const inspected = await declared(dated(parcel({ goods: [FORMULA] }), formula));
    expect(inspected).toMatchObject({ returnStatus: 500, sampling: { selected: true, rate: "1", reason: expect.stringMatching(/rule of 2014-12-01/) } });
    const released = await declared(dated(parcel({ goods: [NUTS] }), nuts));
    expect(released).toMatchObject({ returnStatus: 800, sampling: { selected: false, rate: "0", riskLevel: "MEDIUM" } });
  });
});

describe("risk monitoring", () => {
  const RECORD = `mutation($id: String!) { recordInspectionResult(id: $id, result: FAILED, disposal: RETURN, reason: "检出霉变") { result } }`;
  const WARNINGS = `{ riskWarnings(first: 10, filter: { subject: PRODUCT }) { nodes { subject subjectKey fromLevel toLevel currentLevel rule reason changedBy changedAt inspection { id result } productFiling { filingNo riskLevel } } } }`;

  it("raises a product's risk level after two failed inspections, which moves its rate; CIQ staff see it on the risk-warning list", async () => {
    const before = await declared(parcel({ goods: [NUTS] }));
    expect(before).toMatchObject({ returnStatus: 800, sampling: { selected: false, rate: "0", riskLevel: "MEDIUM" } });

    const officer = await staff("ciq");
    const failed: string[] = [];
    for (let round = 0; round < 2; round++) {
      const mixed = await declared(parcel({ goods: [FORMULA, NUTS] }));
      expect(mixed.returnStatus).toBe(500);
      const id = mixed.sampling!.inspection.id as string;
      expect((await system.query(RECORD, { id }, officer)).errors).toBeUndefined();
      failed.push(id);
    }

    const level = await system.query(`query($f: String!) { productFiling(filingNo: $f) { riskLevel } }`, { f: NUTS.filingNo }, officer);
    expect(level.data!.productFiling.riskLevel).toBe("HIGH");
    const after = await declared(parcel({ goods: [NUTS] }));
    expect(after).toMatchObject({ returnStatus: 500, sampling: { selected: true, rate: "1", riskLevel: "HIGH" } });

    const warnings = await system.query(WARNINGS, {}, officer);
    expect(warnings.errors).toBeUndefined();
    const mine = warnings.data!.riskWarnings.nodes.filter((warning: { subjectKey: string }) => warning.subjectKey === NUTS.filingNo);
    expect(mine).toEqual([
      {
        subject: "PRODUCT",
        subjectKey: NUTS.filingNo,
        fromLevel: "MEDIUM",
        toLevel: "HIGH",
        currentLevel: "HIGH",
        rule: "2014-12-01",
        reason: expect.stringMatching(new RegExp(`^2 failed inspections within 180 days \\(raised at 2\\); inspection ${failed[1]}`)),
        changedBy: "demo-ciq-officer",
        changedAt: expect.any(String),
        inspection: { id: failed[1], result: "FAILED" },
        productFiling: { filingNo: NUTS.filingNo, riskLevel: "HIGH" },
      },
    ]);
    // The formula was already HIGH: nothing to raise, no warning.
    expect(warnings.data!.riskWarnings.nodes.some((warning: { subjectKey: string }) => warning.subjectKey === FORMULA.filingNo)).toBe(false);
  });

  it("is read by CIQ staff only", async () => {
    const others: Credentials[] = [
      await staff("customs"),
      await staff("credit"),
      { token: system.adminToken },
      { token: await system.security.token({ sub: "analyst", role: "analyst" }) },
      await file.as(system.partnerUscc),
    ];
    for (const credentials of others) {
      const answer = await system.query(`{ riskWarnings { nodes { subjectKey } } }`, {}, credentials);
      expect(answer.data).toBeNull();
      expect(answer.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
