/**
 * Issue #14, items 3 to 5, through the gateway: a list's declaration date within the window of the day it is
 * filed and the buyer's quota by the China year of acceptance; every enterprise a list names (the agent, the
 * guarantor and the warehouse operator too) admitted like the others, and export lists of listed enterprises
 * refused; a list waiting for a document finally rejected after its deadline. The clock is fixed per step.
 */
import { buildWorld } from "../demo/world";
import { now, setClock } from "../lib/clock";
import { chinaDay } from "../lib/rules/china-time";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { sweepCustoms } from "../subgraphs/customs/resolvers/sweep";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { exportFactory, exportFiler } from "./helpers/exports";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed, newBuyer, enterprise } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const exportParcels = exportFactory(world);
const fileExport = exportFiler(() => system);

/** Skin care (3304990099), filed by an enterprise off the negative list. */
const COSMETICS = filed("CIQ46000000100041", "1000.00");
/** Watches filed by an enterprise on the negative list. */
const LISTED_WATCH = filed("CIQ46000000100015", "800.00");
const HOUR = 3_600_000;

beforeAll(async () => {
  setClock(new Date("2026-12-16T00:30:00+08:00"));
  system = await startTestSystem("declaration-gates");
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

const sweep = () => sweepCustoms(serviceContext(system, "customs", createCustomsLoaders));

const declaration = async (p: Parcel) =>
  (
    await system.query(
      `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { returnStatus returnInfo decision receipts { returnStatus returnInfo } } }`,
      { a: p.inventory.agentCode, c: p.inventory.copNo },
    )
  ).data!.declaration;

async function fileDocuments(p: Parcel, which: Array<"order" | "payment" | "waybill"> = ["order", "payment", "waybill"]) {
  for (const document of which) expect((await file[document](p)).errors).toBeUndefined();
}

/** Puts an enterprise on the credit negative list, in force since 2026-01-01 (straight in credit's table; addToNegativeList is tested in negative-list.test.ts). */
const putOnNegativeList = (uscc: string) =>
  system.databases.credit.sql.query(
    `INSERT INTO "NegativeListEntry" (id, uscc, reason, authority, "listedAt", "removedAt", "effectiveFrom") VALUES ($1, $2, '申报不实', '海口海关', now(), NULL, DATE '2026-01-01')`,
    [`T${uscc}`, uscc],
  );

describe("the declaration date (declTime) against the day the list is filed, in China", () => {
  it("takes today's date just after midnight in China (still yesterday in UTC) and refuses a future or too early one, storing nothing", async () => {
    setClock(new Date("2026-12-16T00:30:00+08:00"));
    const p = parcel({ goods: [COSMETICS] });
    expect(p.inventory.declTime).toBe("2026-12-16");
    await fileDocuments(p);

    const before = await system.rowCounts();
    for (const [declTime, message] of [
      ["2026-12-17", /declTime: is 2026-12-17, after the day it is filed \(2026-12-16 in China\)/],
      ["2027-01-02", /a list cannot be declared in the future/],
      ["2026-12-08", /declTime: is 2026-12-08: a list filed on 2026-12-16 is declared on a day from 2026-12-09 to 2026-12-16/],
    ] as const) {
      const { errors } = await file.inventory({ ...p, inventory: { ...p.inventory, declTime } });
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.declTime", returnStatus: -621002 });
      expect(errors![0]!.message).toMatch(message);
    }
    expect(await system.rowCounts()).toEqual(before);

    // The earliest day of the window is still taken; the list's own date is today in China.
    const early = parcel({ goods: [COSMETICS] });
    await fileDocuments(early);
    expect([800, 500]).toContain(
      (await file.inventory({ ...early, inventory: { ...early.inventory, declTime: "2026-12-09" } })).data!.declareInventory.returnStatus,
    );
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
  });
});

describe("every enterprise a list names is admitted like the others", () => {
  beforeAll(() => setClock(new Date("2026-12-18T10:00:00+08:00")));

  it("rejects (100) a list of a declaring agent on the negative list, naming the agent's field", async () => {
    const agent = enterprise("AGENT", 2);
    await putOnNegativeList(agent.uscc);
    const p = parcel({ goods: [COSMETICS] });
    p.inventory.agentCode = agent.uscc;
    p.inventory.agentName = agent.name;
    await fileDocuments(p);
    const { data } = await file.inventory(p);
    expect(data!.declareInventory.returnStatus).toBe(100);
    expect(data!.declareInventory.returnInfo).toMatch(/inventory\.agentCode -621015 no enterprise on the negative list: is on the negative list/);
    expect(data!.declareInventory.returnInfo).not.toMatch(/inventory\.(ebpCode|ebcCode|logisticsCode|assureCode|areaCode)/);
  });

  it("rejects a list whose guarantor is on the negative list, naming the guarantee", async () => {
    const p = parcel({ goods: [LISTED_WATCH] });
    p.inventory.assureCode = p.inventory.ebcCode;
    await fileDocuments(p);
    const { data } = await file.inventory(p);
    expect(data!.declareInventory.returnStatus).toBe(100);
    expect(data!.declareInventory.returnInfo).toMatch(/inventory\.assureCode -621015 no enterprise on the negative list: is on the negative list/);
  });

  it("rejects a bonded list whose warehouse operator is not filed with CIQ as one, and refuses one that names none", async () => {
    const p = parcel({ goods: [COSMETICS] });
    p.inventory.areaCode = enterprise("LOGISTICS", 1).uscc;
    await fileDocuments(p);
    const { data } = await file.inventory(p);
    expect(data!.declareInventory.returnStatus).toBe(100);
    expect(data!.declareInventory.returnInfo).toMatch(/inventory\.areaCode -621015 enterprises are filed with CIQ: is not filed as WAREHOUSE/);
    expect(JSON.parse((await declaration(p)).decision).findings).toEqual([
      {
        rule: "enterprises are filed with CIQ",
        document: "inventory",
        field: "areaCode",
        code: -621015,
        finding: "is not filed as WAREHOUSE",
        expected: "filed as WAREHOUSE",
        actual: "not filed",
      },
    ]);

    const none = parcel({ goods: [COSMETICS] });
    const { areaCode: _, ...withoutWarehouse } = none.inventory;
    const { errors } = await system.query(
      `mutation($d: InventoryInput!) { declareInventory(inventory: $d) { returnStatus } }`,
      { d: withoutWarehouse },
      await file.as(none.inventory.agentCode),
    );
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.areaCode", returnStatus: -621001 });
  });

  it("releases the demo world's lists: its agents, guarantors and warehouse operators are registered and filed", async () => {
    const p = parcel({ goods: [COSMETICS] });
    await fileDocuments(p);
    expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
  });

  it("refuses an export list of an exporter on the negative list with the import lists' rule, storing nothing", async () => {
    const p = exportParcels.parcel({ exporterClass: "DISHONEST", ieDate: chinaDay(now()) });
    expect((await fileExport.order(p)).errors).toBeUndefined();
    expect((await fileExport.waybill(p)).errors).toBeUndefined();
    const before = await system.rowCounts();
    const { errors } = await fileExport.inventory(p);
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "inventory.ebcCode",
      returnStatus: -603030,
      problems: [
        { field: "inventory.ebcCode", returnStatus: -603030, message: "no enterprise on the negative list" },
        // The exporter is also the list's producer (ownerCode).
        { field: "inventory.ownerCode", returnStatus: -603030, message: "no enterprise on the negative list" },
      ],
    });
    expect(await system.rowCounts()).toEqual(before);

    const clean = exportParcels.parcel({ exporterClass: "GENERAL", ieDate: chinaDay(now()) });
    await fileExport.order(clean);
    await fileExport.waybill(clean);
    expect((await fileExport.inventory(clean)).data!.declareExportInventory.returnStatus).toBe(800);
  });
});

describe("a list waiting for a document", () => {
  it("is finally rejected (100) once its deadline passes, naming only the document that never arrived, and not before", async () => {
    const start = new Date("2026-12-20T10:00:00+08:00");
    setClock(start);
    const p = parcel({ goods: [COSMETICS] });
    await fileDocuments(p, ["order"]);
    expect((await file.inventory(p)).data!.declareInventory).toMatchObject({
      returnStatus: 2,
      returnInfo: expect.stringMatching(/waiting for the payment, waybill/),
    });

    // The payment arrives in time; the deadline still runs from when the list began to wait.
    setClock(new Date(start.getTime() + 40 * HOUR));
    await fileDocuments(p, ["payment"]);
    expect(await declaration(p)).toMatchObject({ returnStatus: 2, returnInfo: expect.stringMatching(/waiting for the waybill$/) });

    setClock(new Date(start.getTime() + 71 * HOUR));
    await sweep();
    expect((await declaration(p)).receipts.map((receipt: { returnStatus: number }) => receipt.returnStatus)).toEqual([2, 2]);

    setClock(new Date(start.getTime() + 72 * HOUR + 60_000));
    await sweep();
    const final = await declaration(p);
    expect(final.returnStatus).toBe(100);
    expect(final.returnInfo).toBe("海关退单: the waybill never arrived; the list waited for its documents until 2026-12-23T10:00 China time");
    expect(JSON.parse(final.decision)).toEqual({ outcome: "expired", missing: ["waybill"], deadline: expect.stringMatching(/^2026-12-23T02:00/) });
    expect(final.receipts.map((receipt: { returnStatus: number }) => receipt.returnStatus)).toEqual([100, 2, 2]);
    for (const personal of [p.inventory.buyerName, p.inventory.buyerIdNumber, p.inventory.buyerTelephone, p.inventory.consigneeAddress]) {
      expect(JSON.stringify(final)).not.toContain(personal);
    }

    // The answer is final: the waybill arriving late changes nothing.
    await fileDocuments(p, ["waybill"]);
    await sweep();
    expect(await declaration(p)).toMatchObject({ returnStatus: 100, receipts: [{ returnStatus: 100 }, { returnStatus: 2 }, { returnStatus: 2 }] });
  });
});

describe("the buyer's annual quota, by the China year in which each list is accepted", () => {
  it("counts lists accepted at 23:30 on 31 December in that year, and a list accepted at 00:30 on 1 January (still 31 December in UTC, declared on the 31st) in the new one", async () => {
    setClock(new Date("2026-12-31T23:30:00+08:00"));
    const buyer = newBuyer();
    for (let i = 0; i < 5; i++) {
      const p = parcel({ goods: [{ ...COSMETICS, price: "4980.00" }], buyer });
      await fileDocuments(p);
      expect([800, 500]).toContain((await file.inventory(p)).data!.declareInventory.returnStatus);
    }
    // 5 × 5,000 accepted in 2026: 1,020 more is over the 26,000 of that year.
    const late = parcel({ goods: [COSMETICS], buyer });
    expect(late.inventory.declTime).toBe("2026-12-31");
    await fileDocuments(late);
    const refused = await file.inventory(late);
    expect(refused.errors![0]!.extensions).toMatchObject({ field: "inventory.buyerIdNumber", returnStatus: -621018 });

    setClock(new Date("2027-01-01T00:30:00+08:00"));
    expect(now().getUTCFullYear()).toBe(2026);
    const accepted = await file.inventory(late);
    expect(accepted.errors).toBeUndefined();
    expect([800, 500]).toContain(accepted.data!.declareInventory.returnStatus);
  });
});
