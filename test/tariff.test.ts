import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { setClock } from "../lib/clock";
import { SAMPLE_TARIFF_FILE } from "../lib/rules/tariff";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { syntheticTariff } from "../demo/tariff";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";
import type { UserClaims } from "../gateway/security/auth";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);

/** 23:30 in China on the day before the new tariff: lists declared now are dated 30 November. */
const LATE_THE_DAY_BEFORE = new Date("2026-11-30T23:30:00+08:00");
const NEW_TARIFF_DAY = "2026-12-01";
/** Skin care (3304990099): consumption tax 15% in the sample tariff, 0 in the new one. */
const COSMETICS = filed("CIQ46000000100041", "1000.00");
/** A code the sample does not hold; the new tariff adds it. */
const NEW_CODE = "0101210010";

const sample = readFileSync(SAMPLE_TARIFF_FILE, "utf8");
const newTariff = `${sample.replace(/^(3304990099,[^,]*,[^,]*,13,standard,)15,/m, "$10,").trimEnd()}\n${NEW_CODE},改良种用马,Pure-bred breeding horses,9,reduced,0,0,,001 千克,unknown,V,test,\n`;

const LOAD = `mutation($csv: String!, $from: Date!) { loadTariff(csv: $csv, effectiveFrom: $from) { id effectiveFrom rowCount loadedBy created } }`;
const load = (csv: string, from: string, credentials?: Credentials) => system.query(LOAD, { csv, from }, credentials);

const declaration = (p: Parcel) =>
  system.query(`query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus consumptionTax taxTotal } }`, {
    a: p.inventory.agentCode,
    c: p.inventory.copNo,
  });

/** Files a parcel's four documents; the order withholds `tax` when given (the tax of a tariff the demo's parcels do not know). */
async function fileParcel(p: Parcel, tax?: string) {
  if (tax !== undefined) {
    const paid = new Decimal(p.order.goodsValue).plus(p.order.freight).plus(tax).toFixed(2);
    Object.assign(p.order, { taxTotal: tax, acturalPaid: paid });
    p.payment.amountPaid = paid;
  }
  expect((await file.order(p)).data?.submitOrder.returnStatus).toBe(120);
  expect((await file.payment(p)).data?.submitPayment.returnStatus).toBe(120);
  expect((await file.waybill(p)).data?.submitWaybill.returnStatus).toBe(120);
  return file.inventory(p);
}

beforeAll(async () => {
  setClock(LATE_THE_DAY_BEFORE);
  system = await startTestSystem("tariff");
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

describe("the tariff, loaded as data and in force from its day", () => {
  it("is loaded by an administrator as a new version; the same table again changes nothing", async () => {
    const { data, errors } = await load(newTariff, NEW_TARIFF_DAY);
    expect(errors).toBeUndefined();
    expect(data!.loadTariff).toMatchObject({ effectiveFrom: NEW_TARIFF_DAY, rowCount: 55, loadedBy: "test-admin", created: true });
    const before = await system.rowCounts();
    const again = await load(newTariff, NEW_TARIFF_DAY);
    expect(again.data!.loadTariff).toEqual({ ...data!.loadTariff, created: false });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("taxes a list declared the day before at the old rate, at 23:30 China time", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect((await fileParcel(p)).data!.declareInventory.returnStatus).toBe(800);
    // 1,020 dutiable: consumption tax (1,020 / 0.85 × 15%) and VAT, each at 70% (docs/domain.md).
    expect((await declaration(p)).data!.declaration).toMatchObject({ consumptionTax: "126", taxTotal: "235.2" });
  });

  it("refuses the day before a code only the new tariff holds, naming the tariff of that day", async () => {
    const p = parcel({ goods: [COSMETICS] });
    p.inventory.lines[0]!.gcode = NEW_CODE;
    const { errors } = await fileParcel(p);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.lines[0].gcode" });
    expect(errors![0]!.message).toBe(`inventory.lines[0].gcode: ${NEW_CODE} is not in the tariff in force on 2026-11-30`);
  });

  it("taxes a list declared on the new tariff's first day at the new rate", async () => {
    setClock(new Date(`${NEW_TARIFF_DAY}T00:30:00+08:00`));
    const p = parcel({ goods: [COSMETICS] });
    // No consumption tax any more: VAT 1,020 × 13% × 70%.
    expect((await fileParcel(p, "92.82")).data!.declareInventory.returnStatus).toBe(800);
    expect((await declaration(p)).data!.declaration).toMatchObject({ consumptionTax: "0", taxTotal: "92.82" });
  });

  it("says a code is not in the tariff in force on the list's day", async () => {
    const p = parcel({ goods: [COSMETICS] });
    p.inventory.lines[0]!.gcode = "0101299000";
    const { errors } = await fileParcel(p, "92.82");
    expect(errors![0]!.message).toBe(`inventory.lines[0].gcode: 0101299000 is not in the tariff in force on ${NEW_TARIFF_DAY}`);
  });

  it("is read through the graph by any signed-in caller: the rows in force on a day, one request for a whole list", async () => {
    const enterprise = await file.as(world.credit.enterprises[0]!.uscc);
    const lines = (on: string) =>
      system.query(
        `query($codes: [String!]!, $on: Date!) { tariffLines(codes: $codes, on: $on) { hs10 consumptionTaxRate vatClass effectiveFrom } }`,
        { codes: ["3304990099", NEW_CODE, "0101299000"], on },
        enterprise,
      );
    expect((await lines("2026-11-30")).data!.tariffLines).toEqual([
      { hs10: "3304990099", consumptionTaxRate: "15", vatClass: "standard", effectiveFrom: "2000-01-01" },
      null,
      null,
    ]);
    expect((await lines(NEW_TARIFF_DAY)).data!.tariffLines).toEqual([
      { hs10: "3304990099", consumptionTaxRate: "0", vatClass: "standard", effectiveFrom: NEW_TARIFF_DAY },
      { hs10: NEW_CODE, consumptionTaxRate: "0", vatClass: "reduced", effectiveFrom: NEW_TARIFF_DAY },
      null,
    ]);
  });

  it("refuses a file with any bad row, naming every problem, and loads nothing", async () => {
    const before = await system.rowCounts();
    const broken = newTariff.replace(`${NEW_CODE},`, "01012100,").replace(/^(1901109000,[^,]*,[^,]*,13,standard,0,)15,/m, "$1fifteen,");
    const { errors } = await load(broken, "2026-12-05");
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "csv",
      problems: [
        { line: expect.any(Number), column: "mfn_duty_rate", message: '"fifteen" is not a rate in percent (e.g. 13 or 7.5)' },
        { line: expect.any(Number), column: "hs10", message: '"01012100" is not a 10-digit commodity code' },
      ],
    });
    expect(errors![0]!.message).toMatch(/nothing was loaded$/);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses a version that does not start after the latest one", async () => {
    const { errors } = await load(sample, "2026-11-15");
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "effectiveFrom" });
    expect(errors![0]!.message).toMatch(/a new version must start after 2026-12-01/);
  });

  it.each<[string, Omit<UserClaims, "sub">]>([
    ["customs staff", { role: "staff", department: "customs" }],
    ["an enterprise user", { role: "enterprise", uscc: world.credit.enterprises[0]!.uscc }],
    ["an analyst", { role: "analyst" }],
  ])("may be loaded by administrators only: %s is FORBIDDEN", async (_, claims) => {
    const before = await system.rowCounts();
    const credentials = { token: await system.security.token({ sub: "not-an-admin", ...claims }) };
    const { data, errors } = await load(syntheticTariff(3), "2026-12-10", credentials);
    expect(data?.loadTariff ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("loads a national-size table of 10,000 lines", async () => {
    const before = await system.rowCounts();
    const { data, errors } = await load(syntheticTariff(10_000), "2026-12-10");
    expect(errors).toBeUndefined();
    expect(data!.loadTariff).toMatchObject({ rowCount: 10_000, created: true });
    const after = await system.rowCounts();
    expect(after["customs.TariffLine"]! - before["customs.TariffLine"]!).toBe(10_000);
    expect(after["customs.TariffVersion"]! - before["customs.TariffVersion"]!).toBe(1);
  });
});
