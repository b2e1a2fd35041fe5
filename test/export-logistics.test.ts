import { randomUUID } from "node:crypto";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { buildWorld } from "../demo/world";
import { usePostgres } from "./helpers/databases";
import { exportFactory, exportFiler } from "./helpers/exports";
import { startTestSystem, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";
import { ARRIVAL_STATUS, DEPARTURE_STATUS } from "../subgraphs/logistics/rules/export-movement";
import { EXPORT_WAYBILL_STATUS } from "../subgraphs/logistics/rules/export-waybill";

const world = buildWorld();
let system: TestSystem;

const byRole = (role: string) => world.credit.enterprises.filter((e) => e.roles?.toString().includes(role));
const carrier = byRole("LOGISTICS")[0]!;
const otherCarrier = byRole("LOGISTICS")[1]!;
const exporter = byRole("ECOMMERCE")[0]!;
const agent = byRole("AGENT")[0]!;
const exportParcels = exportFactory(world);
const exportDocuments = exportFiler(() => system);
const as = (uscc: string): Promise<Credentials> => system.security.token({ sub: `clerk-${uscc}`, role: "enterprise", uscc }).then((token) => ({ token }));

beforeAll(async () => {
  system = await startTestSystem("export-logistics");
});

afterAll(async () => {
  await system?.stop();
});

const guid = () => randomUUID().toUpperCase();
let serial = 0;
const number = (prefix: string) => `${prefix}${Date.now() % 10_000_000_000}${++serial}`;

function newWaybill(overrides: Record<string, unknown> = {}) {
  return {
    guid: guid(),
    appType: "1",
    appTime: "2026-11-20T12:00:00+08:00",
    appStatus: "2",
    logisticsCode: carrier.uscc,
    logisticsName: carrier.name,
    logisticsNo: number("EX"),
    freight: "12.50",
    insuredFee: "0",
    currency: "502",
    grossWeight: "1.2",
    packNo: 1,
    goodsInfo: "绿茶 250g",
    ebcCode: exporter.uscc,
    ebcName: exporter.name,
    ...overrides,
  };
}

const parcelItems = (...logisticsNos: string[]) => logisticsNos.map((logisticsNo, index) => ({ gnum: index + 1, logisticsNo, totalPackageNo: "PLT-01" }));

function newArrival(logisticsNos: string[], overrides: Record<string, unknown> = {}) {
  return {
    guid: guid(),
    appType: "1",
    appTime: "2026-11-21T09:00:00+08:00",
    appStatus: "2",
    customsCode: "6407",
    copNo: number("A"),
    operatorCode: agent.uscc,
    operatorName: "美兰机场监管场所",
    loctNo: "6407A",
    ieFlag: "E",
    trafMode: "5",
    logisticsCode: carrier.uscc,
    logisticsName: carrier.name,
    items: parcelItems(...logisticsNos),
    ...overrides,
  };
}

function newDeparture(logisticsNos: string[], overrides: Record<string, unknown> = {}) {
  return {
    guid: guid(),
    appType: "1",
    appTime: "2026-11-22T09:00:00+08:00",
    appStatus: "2",
    customsCode: "6407",
    copNo: number("D"),
    logisticsCode: carrier.uscc,
    logisticsName: carrier.name,
    trafMode: "5",
    trafName: "HU7001",
    voyageNo: "20261122",
    billNo: "880-12345675",
    leaveTime: "2026-11-22T08:30:00+08:00",
    items: parcelItems(...logisticsNos),
    ...overrides,
  };
}

const RECEIPT = "{ messageType guid version returnStatus returnInfo returnTime }";
const SUBMIT = `mutation($waybill: ExportWaybillInput!) { submitExportWaybill(waybill: $waybill) ${RECEIPT} }`;
const ARRIVE = `mutation($arrival: ExportArrivalInput!) { recordExportArrival(arrival: $arrival) ${RECEIPT} }`;
const DEPART = `mutation($departure: ExportDepartureInput!) { recordExportDeparture(departure: $departure) ${RECEIPT} }`;
const READ = `query($c: String!, $n: String!) {
  exportWaybill(logisticsCode: $c, logisticsNo: $n) { logisticsNo status version returnStatus arrivedAt departedAt freight currency receipts { messageType guid returnStatus } }
}`;

const submit = async (waybill: ReturnType<typeof newWaybill>, credentials?: Credentials) =>
  system.query(SUBMIT, { waybill }, credentials ?? (await as(waybill.logisticsCode)));
const arrive = async (arrival: ReturnType<typeof newArrival>, credentials?: Credentials) =>
  system.query(ARRIVE, { arrival }, credentials ?? (await as(arrival.logisticsCode)));
const depart = async (departure: ReturnType<typeof newDeparture>, credentials?: Credentials) =>
  system.query(DEPART, { departure }, credentials ?? (await as(departure.logisticsCode)));
const read = async (logisticsNo: string, logisticsCode = carrier.uscc) =>
  (await system.query(READ, { c: logisticsCode, n: logisticsNo }, await as(logisticsCode))).data!.exportWaybill;

/** Declared export waybills of the test carrier, filed one by one. */
async function filedWaybills(count: number, overrides: Record<string, unknown> = {}): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const waybill = newWaybill(overrides);
    const { errors } = await submit(waybill);
    expect(errors).toBeUndefined();
    numbers.push(waybill.logisticsNo);
  }
  return numbers;
}

async function arrivedWaybills(count: number): Promise<string[]> {
  const numbers = await filedWaybills(count);
  const { errors } = await arrive(newArrival(numbers));
  expect(errors).toBeUndefined();
  return numbers;
}

describe("filing an export waybill (CEB505)", () => {
  it("stores a valid waybill, answers with a CEB506 receipt and shows it as FILED", async () => {
    const waybill = newWaybill();
    const { data, errors } = await submit(waybill);
    expect(errors).toBeUndefined();
    expect(data!.submitExportWaybill).toMatchObject({ messageType: "CEB506", guid: waybill.guid, version: 1, returnStatus: 120 });
    expect(await read(waybill.logisticsNo)).toEqual({
      logisticsNo: waybill.logisticsNo,
      status: "FILED",
      version: 1,
      returnStatus: 120,
      arrivedAt: null,
      departedAt: null,
      freight: "12.5",
      currency: "502",
      receipts: [{ messageType: "CEB506", guid: waybill.guid, returnStatus: 120 }],
    });
  });

  it("is idempotent: the same message again, with another time and spelling of amounts, returns the first receipt and stores nothing", async () => {
    const waybill = newWaybill();
    const first = await submit(waybill);
    const before = await system.rowCounts();
    const again = await submit({ ...waybill, appTime: "2026-11-21T09:00:00+08:00", freight: "12.5" });
    expect(again.data!.submitExportWaybill).toEqual(first.data!.submitExportWaybill);
    const renewed = await submit({ ...waybill, guid: guid() });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "waybill.logisticsNo", returnStatus: EXPORT_WAYBILL_STATUS.duplicate });
    expect(await system.rowCounts()).toEqual(before);
  });

  it(`stores a message sent 20 times at once once, all with the same receipt (${usePostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const waybill = newWaybill();
    const company = await as(waybill.logisticsCode);
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(waybill, company)));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(new Set(results.map((result) => JSON.stringify(result.data!.submitExportWaybill))).size).toBe(1);
    const [stored] = await system.databases.logistics.sql.query<{ waybills: number; receipts: number }>(
      `SELECT (SELECT count(*)::int FROM "ExportWaybill" WHERE "logisticsNo" = $1) AS waybills,
              (SELECT count(*)::int FROM "ExportWaybillReceipt" WHERE "logisticsNo" = $1) AS receipts`,
      [waybill.logisticsNo],
    );
    expect(stored).toEqual({ waybills: 1, receipts: 1 });
  });

  it(`refuses other content under the same number as a duplicate (${EXPORT_WAYBILL_STATUS.duplicate}), changing nothing`, async () => {
    const waybill = newWaybill();
    await submit(waybill);
    const before = await system.rowCounts();
    const { data, errors } = await submit({ ...waybill, guid: guid(), grossWeight: "3" });
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "waybill.logisticsNo", returnStatus: EXPORT_WAYBILL_STATUS.duplicate });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("keeps a change (appType 2) as a new version while the parcel has not arrived", async () => {
    const waybill = newWaybill();
    await submit(waybill);
    const change = { ...waybill, guid: guid(), appType: "2", grossWeight: "1.5" };
    expect((await submit(change)).data!.submitExportWaybill).toMatchObject({ version: 2, returnStatus: 120, guid: change.guid });
    const [kept] = await system.databases.logistics.sql.query<{ version: number; grossWeight: string }>(
      `SELECT version, content->>'grossWeight' AS "grossWeight" FROM "ExportWaybillVersion" WHERE "logisticsCode" = $1 AND "logisticsNo" = $2`,
      [waybill.logisticsCode, waybill.logisticsNo],
    );
    expect(kept).toEqual({ version: 1, grossWeight: "1.2" });
    expect((await read(waybill.logisticsNo)).receipts.map((receipt: { guid: string }) => receipt.guid)).toEqual([change.guid, waybill.guid]);
  });

  it("files a saved waybill (appStatus 1) again when it is declared", async () => {
    const waybill = newWaybill({ appStatus: "1" });
    expect((await submit(waybill)).data!.submitExportWaybill).toMatchObject({ version: 1, returnStatus: 1 });
    expect((await submit({ ...waybill, guid: guid(), appStatus: "2" })).data!.submitExportWaybill).toMatchObject({ version: 2, returnStatus: 120 });
  });

  it(`refuses to change the waybill of a parcel that has arrived (${EXPORT_WAYBILL_STATUS.unchangeable}), changing nothing`, async () => {
    const [logisticsNo] = await arrivedWaybills(1);
    const before = await system.rowCounts();
    const { errors } = await submit(newWaybill({ appType: "2", logisticsNo, grossWeight: "9" }));
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "waybill.logisticsNo", returnStatus: EXPORT_WAYBILL_STATUS.unchangeable });
    expect(errors![0]!.message).toMatch(/ARRIVED/);
    expect(await system.rowCounts()).toEqual(before);
  });

  it.each([
    ["another logistics company", () => as(otherCarrier.uscc)],
    ["the exporter itself", () => as(exporter.uscc)],
    ["logistics staff", async () => ({ token: await system.security.staffToken("logistics") })],
  ])("refuses a waybill sent by %s (FORBIDDEN), changing nothing", async (_, credentials) => {
    const before = await system.rowCounts();
    const { errors } = await submit(newWaybill(), await credentials());
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "waybill.logisticsCode" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("runs the registered operation SubmitExportWaybill for a partner, which files only in its own role (the demo partner is a platform, not a carrier)", async () => {
    const operations = buildManifest().operations;
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(["SubmitExportWaybill", "RecordExportArrival", "RecordExportDeparture"]),
    );
    const operation = operations.find((candidate) => candidate.name === "SubmitExportWaybill")!;
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers({ apiKey: system.security.partnerKey }),
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
        variables: { waybill: newWaybill({ logisticsCode: system.partnerUscc, logisticsName: "测试伙伴" }) },
      }),
    });
    const answer = (await response.json()) as GraphQLResponse<any>;
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "waybill.logisticsCode", reason: "SENDER_ROLE" });
  });
});

describe("an export waybill that breaks a rule is refused, naming the field, and nothing is stored", () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await system.rowCounts();
  });
  afterAll(async () => {
    expect(await system.rowCounts()).toEqual(before);
  });

  it.each([
    ["a currency outside the table", { currency: "999" }, "waybill.currency", EXPORT_WAYBILL_STATUS.invalid],
    ["a zero gross weight", { grossWeight: "0" }, "waybill.grossWeight", EXPORT_WAYBILL_STATUS.invalid],
    ["no package", { packNo: 0 }, "waybill.packNo", EXPORT_WAYBILL_STATUS.invalid],
    ["no goods description", { goodsInfo: "" }, "waybill.goodsInfo", EXPORT_WAYBILL_STATUS.invalid],
    ["a 61-character waybill number", { logisticsNo: "E".repeat(61) }, "waybill.logisticsNo", EXPORT_WAYBILL_STATUS.invalid],
    ["a GUID that is not an upper-case UUID", { guid: "abc" }, "waybill.guid", EXPORT_WAYBILL_STATUS.invalid],
    ["an exporter code with a wrong check character", { ebcCode: "91460100MA5T00002Q" }, "waybill.ebcCode", -10102],
    ["a change (appType 2) of a waybill never filed", { appType: "2" }, "waybill.logisticsNo", EXPORT_WAYBILL_STATUS.invalid],
  ])("%s", async (_, overrides, field, returnStatus) => {
    const { data, errors } = await submit(newWaybill(overrides));
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus });
  });

  it("lists every problem at once", async () => {
    const { errors } = await submit(newWaybill({ currency: "999", packNo: 0, goodsInfo: "" }));
    const fields = (errors![0]!.extensions!.problems as Array<{ field: string }>).map((problem) => problem.field);
    expect(fields).toEqual(["waybill.currency", "waybill.packNo", "waybill.goodsInfo"]);
  });
});

describe("arrival at the supervised site (CEB507)", () => {
  it("records every parcel as ARRIVED and answers with CEB508, on the message and on each waybill", async () => {
    const numbers = await filedWaybills(2);
    const arrival = newArrival(numbers);
    const { data, errors } = await arrive(arrival);
    expect(errors).toBeUndefined();
    expect(data!.recordExportArrival).toMatchObject({ messageType: "CEB508", guid: arrival.guid, version: 1, returnStatus: 120 });
    for (const logisticsNo of numbers) {
      const waybill = await read(logisticsNo);
      expect(waybill).toMatchObject({ status: "ARRIVED", arrivedAt: "2026-11-21T01:00:00.000Z", departedAt: null });
      expect(waybill.receipts.map((receipt: { messageType: string }) => receipt.messageType)).toEqual(["CEB508", "CEB506"]);
    }
  });

  it("answers the same message again (its GUID) with the same receipt and stores nothing; another under its copNo is a duplicate", async () => {
    const arrival = newArrival(await filedWaybills(1));
    const first = await arrive(arrival);
    const before = await system.rowCounts();
    const again = await arrive({ ...arrival, appTime: "2026-11-21T10:00:00+08:00" });
    expect(again.data!.recordExportArrival).toEqual(first.data!.recordExportArrival);
    const renewed = await arrive({ ...arrival, guid: guid() });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "arrival.copNo", returnStatus: ARRIVAL_STATUS.duplicate });
    const other = await arrive({ ...arrival, guid: guid(), loctNo: "6407B" });
    expect(other.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "arrival.copNo", returnStatus: ARRIVAL_STATUS.duplicate });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses the whole message, naming every failing parcel, and moves none of them", async () => {
    const [good, arrived] = await filedWaybills(2);
    await arrive(newArrival([arrived!]));
    const [saved] = await filedWaybills(1, { appStatus: "1" });
    const theirs = newWaybill({ logisticsCode: otherCarrier.uscc, logisticsName: otherCarrier.name });
    await submit(theirs);
    const before = await system.rowCounts();
    const { data, errors } = await arrive(newArrival([good!, saved!, arrived!, "NO-SUCH-WAYBILL", theirs.logisticsNo]));
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "arrival.items[1].logisticsNo", returnStatus: ARRIVAL_STATUS.notDeclared });
    const problems = (errors![0]!.extensions!.problems as Array<{ field: string; returnStatus: number }>).map(({ field, returnStatus }) => [
      field,
      returnStatus,
    ]);
    expect(problems).toEqual([
      ["arrival.items[1].logisticsNo", ARRIVAL_STATUS.notDeclared],
      ["arrival.items[2].logisticsNo", ARRIVAL_STATUS.alreadyArrived],
      ["arrival.items[3].logisticsNo", ARRIVAL_STATUS.unknownWaybill],
      ["arrival.items[4].logisticsNo", ARRIVAL_STATUS.unknownWaybill],
    ]);
    expect(await system.rowCounts()).toEqual(before);
    expect((await read(good!)).status).toBe("FILED");
  });

  it.each([
    ["the same waybill twice", (n: string[]) => newArrival([n[0]!, n[0]!]), "arrival.items[1].logisticsNo"],
    ["no parcel", () => newArrival([]), "arrival.items"],
    ["more than 500 parcels", (n: string[]) => newArrival(Array.from({ length: 501 }, (_, i) => `${n[0]}-${i}`)), "arrival.items"],
    ["ieFlag I", (n: string[]) => newArrival(n, { ieFlag: "I" }), "arrival.ieFlag"],
    ["a customs district outside the table", (n: string[]) => newArrival(n, { customsCode: "5100" }), "arrival.customsCode"],
    ["a transport mode outside the table", (n: string[]) => newArrival(n, { trafMode: "Q" }), "arrival.trafMode"],
  ])(`refuses an arrival with %s (${ARRIVAL_STATUS.invalid}), changing nothing`, async (_, make, field) => {
    const numbers = await filedWaybills(1);
    const before = await system.rowCounts();
    const { errors } = await arrive(make(numbers));
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, returnStatus: ARRIVAL_STATUS.invalid });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("lets only the logistics company report its parcels' arrival (FORBIDDEN), changing nothing", async () => {
    const arrival = newArrival(await filedWaybills(1));
    const before = await system.rowCounts();
    const { errors } = await arrive(arrival, await as(otherCarrier.uscc));
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "arrival.logisticsCode" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("lets only one of two arrivals racing for the same parcel record it", async () => {
    const [logisticsNo] = await filedWaybills(1);
    const results = await Promise.all([arrive(newArrival([logisticsNo!])), arrive(newArrival([logisticsNo!]))]);
    expect(results.filter((result) => result.data?.recordExportArrival)).toHaveLength(1);
    const refused = results.find((result) => result.errors)!;
    expect(refused.errors![0]!.extensions).toMatchObject({ field: "arrival.items[0].logisticsNo", returnStatus: ARRIVAL_STATUS.alreadyArrived });
  });
});

describe("departure from the country (CEB509)", () => {
  it(`is refused before the parcel's arrival is recorded (${DEPARTURE_STATUS.notArrived}), changing nothing`, async () => {
    const [logisticsNo] = await filedWaybills(1);
    const before = await system.rowCounts();
    const { data, errors } = await depart(newDeparture([logisticsNo!]));
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "departure.items[0].logisticsNo",
      returnStatus: DEPARTURE_STATUS.notArrived,
    });
    expect(await system.rowCounts()).toEqual(before);
    expect((await read(logisticsNo!)).status).toBe("FILED");
  });

  it(`is refused when customs has released no export list for the parcel (${DEPARTURE_STATUS.notReleased}), changing nothing`, async () => {
    const [logisticsNo] = await arrivedWaybills(1);
    const before = await system.rowCounts();
    const { errors } = await depart(newDeparture([logisticsNo!]));
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "departure.items[0].logisticsNo",
      returnStatus: DEPARTURE_STATUS.notReleased,
    });
    expect(errors![0]!.message).toMatch(/no export list/);
    expect(await system.rowCounts()).toEqual(before);
    expect((await read(logisticsNo!)).status).toBe("ARRIVED");
  });

  it("asks customs once for all parcels, names every failing parcel, and moves none", async () => {
    const [filed] = await filedWaybills(1);
    const arrived = await arrivedWaybills(2);
    const before = await system.rowCounts();
    const { errors } = await depart(newDeparture([arrived[0]!, filed!, arrived[1]!]));
    const problems = (errors![0]!.extensions!.problems as Array<{ field: string; returnStatus: number }>).map(({ field, returnStatus }) => [
      field,
      returnStatus,
    ]);
    expect(problems).toEqual([
      ["departure.items[0].logisticsNo", DEPARTURE_STATUS.notReleased],
      ["departure.items[1].logisticsNo", DEPARTURE_STATUS.notArrived],
      ["departure.items[2].logisticsNo", DEPARTURE_STATUS.notReleased],
    ]);
    expect(await system.rowCounts()).toEqual(before);
  });

  it(`is refused while the parcel's export list is only saved, not released (${DEPARTURE_STATUS.notReleased})`, async () => {
    const parcel = exportParcels.parcel();
    parcel.inventory.appStatus = "1";
    await exportDocuments.released(parcel);
    const { logisticsNo } = parcel.waybill;
    expect((await arrive(newArrival([logisticsNo]))).errors).toBeUndefined();
    const before = await system.rowCounts();
    const { errors } = await depart(newDeparture([logisticsNo]));
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "departure.items[0].logisticsNo",
      returnStatus: DEPARTURE_STATUS.notReleased,
    });
    expect(errors![0]!.message).toMatch(/status 1\)/);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("asks customs the same for 1 parcel as for 10: one request for all of them", async () => {
    const one = await arrivedWaybills(1);
    const ten = await arrivedWaybills(10);
    const forOne = await system.countStatements(() => depart(newDeparture(one)));
    const forTen = await system.countStatements(() => depart(newDeparture(ten)));
    expect(forTen.customs).toBe(forOne.customs);
    expect(forTen.logistics).toBe(forOne.logistics);
  });

  it("is refused with SUBGRAPH_UNAVAILABLE naming customs when customs cannot be asked, and nothing is stored", async () => {
    const [logisticsNo] = await arrivedWaybills(1);
    const before = await system.rowCounts();
    await system.stopService("customs");
    try {
      const { errors } = await depart(newDeparture([logisticsNo!]));
      expect(errors![0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "customs" });
      expect(errors![0]!.message).toMatch(/^departure: customs cannot be asked/);
    } finally {
      await system.startService("customs");
    }
    expect(await system.rowCounts()).toEqual(before);
    expect((await read(logisticsNo!)).status).toBe("ARRIVED");
  });

  it("records arrived parcels whose export lists customs released as DEPARTED, once", async () => {
    const parcels = [exportParcels.parcel(), exportParcels.parcel()];
    for (const parcel of parcels) await exportDocuments.released(parcel);
    const numbers = parcels.map((parcel) => parcel.waybill.logisticsNo);
    expect(new Set(parcels.map((parcel) => parcel.waybill.logisticsCode))).toEqual(new Set([carrier.uscc]));
    expect((await arrive(newArrival(numbers))).errors).toBeUndefined();
    const departure = newDeparture(numbers);
    const { data, errors } = await depart(departure);
    expect(errors).toBeUndefined();
    expect(data!.recordExportDeparture).toMatchObject({ messageType: "CEB510", guid: departure.guid, version: 1, returnStatus: 120 });
    for (const logisticsNo of numbers) {
      const waybill = await read(logisticsNo);
      expect(waybill).toMatchObject({ status: "DEPARTED", departedAt: "2026-11-22T00:30:00.000Z" });
      expect(waybill.receipts.map((receipt: { messageType: string }) => receipt.messageType)).toEqual(["CEB510", "CEB508", "CEB506"]);
    }

    const before = await system.rowCounts();
    const again = await depart(departure);
    expect(again.data!.recordExportDeparture).toEqual(data!.recordExportDeparture);
    const renewed = await depart({ ...departure, guid: guid() });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "departure.copNo", returnStatus: DEPARTURE_STATUS.duplicate });
    const twice = await depart(newDeparture([numbers[0]!]));
    expect(twice.errors![0]!.extensions).toMatchObject({ field: "departure.items[0].logisticsNo", returnStatus: DEPARTURE_STATUS.alreadyDeparted });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("lets only the logistics company report its parcels' departure (FORBIDDEN)", async () => {
    const { errors } = await depart(newDeparture(["ANY"]), await as(otherCarrier.uscc));
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "departure.logisticsCode" });
  });
});

describe("reading export waybills", () => {
  const LIST = `query($first: Int, $filter: ExportWaybillFilter) {
    exportWaybills(first: $first, filter: $filter) { nodes { logisticsNo ebcCode status receipts { messageType returnStatus } } pageInfo { hasNextPage endCursor } }
  }`;

  it("costs the same SQL statements for 1 waybill as for 20, receipts included", async () => {
    await filedWaybills(20);
    const filter = { enterprise: carrier.uscc };
    let one: GraphQLResponse<any> = {};
    let twenty: GraphQLResponse<any> = {};
    const forOne = await system.countStatements(async () => (one = await system.query(LIST, { first: 1, filter })));
    const forTwenty = await system.countStatements(async () => (twenty = await system.query(LIST, { first: 20, filter })));
    expect(one.data!.exportWaybills.nodes).toHaveLength(1);
    expect(twenty.data!.exportWaybills.nodes).toHaveLength(20);
    expect(forTwenty.logistics).toBe(forOne.logistics);
    expect(forTwenty.logistics).toBe(2);
  });

  it("shows an enterprise only the waybills it is a party to, as carrier or as exporter", async () => {
    const theirs = newWaybill({ logisticsCode: otherCarrier.uscc, logisticsName: otherCarrier.name, ebcCode: byRole("ECOMMERCE")[1]!.uscc });
    await submit(theirs);
    const seen = async (uscc: string) =>
      ((await system.query(LIST, { first: 100 }, await as(uscc))).data!.exportWaybills.nodes as Array<{ logisticsNo: string }>).map((node) => node.logisticsNo);
    expect(await seen(carrier.uscc)).not.toContain(theirs.logisticsNo);
    expect(await seen(otherCarrier.uscc)).toContain(theirs.logisticsNo);
    expect(await seen(theirs.ebcCode)).toEqual([theirs.logisticsNo]);
    const byKey = await system.query(READ, { c: theirs.logisticsCode, n: theirs.logisticsNo }, await as(carrier.uscc));
    expect(byKey.data!.exportWaybill).toBeNull();
  });

  it("filters by status", async () => {
    const [arrived] = await arrivedWaybills(1);
    const { data } = await system.query(LIST, { first: 100, filter: { status: "ARRIVED", enterprise: carrier.uscc } });
    const nodes = data!.exportWaybills.nodes as Array<{ logisticsNo: string; status: string }>;
    expect(nodes.map((node) => node.logisticsNo)).toContain(arrived);
    expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(["ARRIVED"]));
  });
});
