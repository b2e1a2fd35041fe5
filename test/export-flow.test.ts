import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { now, setClock } from "../lib/clock";
import { chinaDay, chinaMonth, chinaTime } from "../lib/rules/china-time";
import { createFinanceLoaders } from "../subgraphs/finance/loaders";
import { sweepGreenChannel } from "../subgraphs/finance/resolvers/export-rebate";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { exportFactory, exportFiler, FORMULA, offTheNegativeList, OLIVE_OIL, type ExportParcel } from "./helpers/exports";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * The export side end to end, as partners' systems send it: parcels from order to departure in the
 * standard's XML, the month's summary declaration, the payments received, and the rebate paid. The system
 * runs at 23:30 in China on the last day of a month (15:30 UTC): what happens then counts in that China day
 * and month.
 */
const world = buildWorld();
const factory = exportFactory(world);
let system: TestSystem;
const file = exportFiler(() => system);
let financeStaff: Credentials;
const guid = () => randomUUID().toUpperCase();
/** Now as China time with its offset: the XML carries China time (C14) and the endpoint reads it so. */
const cst = () => `${chinaTime(now()).slice(0, 19)}+08:00`;
const LATE_ON_THE_LAST_DAY = new Date("2026-11-30T23:30:00+08:00");
const today = chinaDay(LATE_ON_THE_LAST_DAY);
const month = today.slice(0, 7);
/** Date ranges are half-open: the day after `today` ends one of one day. */
const tomorrow = "2026-12-01";

beforeAll(async () => {
  setClock(LATE_ON_THE_LAST_DAY);
  system = await startTestSystem("export-flow");
  financeStaff = { token: await system.security.token({ sub: "finance-clerk", role: "staff", department: "finance" }) };
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

const carrier = () => factory.byRole("LOGISTICS");

/** Sends one message and expects one return status per node. */
async function send(xml: string, sender: string, expected: number[]): Promise<string> {
  const answer = await postCeb(system, xml, await file.as(sender));
  expect(answer.status).toBe(200);
  expect(returnStatuses(answer.text)).toEqual(expected);
  return answer.text;
}

/** Every document of the parcels as XML messages, from order to departure. */
async function exportByXml(parcels: ExportParcel[]): Promise<void> {
  const [first] = parcels;
  await send(
    cebMessage(
      "CEB303Message",
      "Order",
      "OrderHead",
      "OrderList",
      parcels.map((p) => p.order),
    ),
    first!.order.ebpCode,
    parcels.map(() => 120),
  );
  await send(
    cebMessage(
      "CEB505Message",
      "Logistics",
      "LogisticsHead",
      null,
      parcels.map((p) => p.waybill),
    ),
    carrier().uscc,
    parcels.map(() => 120),
  );
  const lists = await send(
    cebMessage(
      "CEB603Message",
      "Inventory",
      "InventoryHead",
      "InventoryList",
      parcels.map((p) => p.inventory),
    ),
    first!.inventory.agentCode,
    parcels.map(() => 800),
  );
  expect(lists).toMatch(/<ceb:CEB604Message/);
  const receipts = parcels.map((p) => ({ ...p.receipt("7.1"), accountingDate: cst() }));
  await send(
    cebMessage("CEB403Message", "Receipts", null, null, receipts),
    receipts[0]!.payCode,
    parcels.map(() => 120),
  );

  const items = parcels.map((p, index) => ({ gnum: index + 1, logisticsNo: p.waybill.logisticsNo }));
  const movement = {
    guid: guid(),
    appType: "1",
    appStatus: "2",
    customsCode: "6407",
    logisticsCode: carrier().uscc,
    logisticsName: carrier().name,
    trafMode: "5",
    items,
  };
  const departBefore = {
    ...movement,
    copNo: `D${Date.now()}`,
    appTime: cst(),
    trafName: "HU7001",
    voyageNo: "20261127",
    billNo: "880-12345675",
    leaveTime: cst(),
  };
  // Leaving before arriving is refused, parcel by parcel.
  await send(cebMessage("CEB509Message", "Departure", "DepartureHead", "DepartureList", [departBefore], "items"), carrier().uscc, [-510003]);
  const arrival = {
    ...movement,
    copNo: `A${Date.now()}`,
    appTime: cst(),
    operatorCode: first!.inventory.agentCode,
    operatorName: "美兰机场监管场所",
    loctNo: "6407A",
    ieFlag: "E",
  };
  await send(cebMessage("CEB507Message", "Arrival", "ArrivalHead", "ArrivalList", [arrival], "items"), carrier().uscc, [120]);
  await send(
    cebMessage(
      "CEB509Message",
      "Departure",
      "DepartureHead",
      "DepartureList",
      [{ ...departBefore, guid: guid(), copNo: `D2${Date.now()}`, leaveTime: cst() }],
      "items",
    ),
    carrier().uscc,
    [120],
  );
}

/** Summarises the exporter's lists of the month it is now in China. */
async function summarise(exporter: { uscc: string; name: string }): Promise<string[]> {
  const agent = factory.byRole("AGENT");
  const month = chinaMonth(now());
  const [year, monthNo] = month.split("-").map(Number) as [number, number];
  const { data, errors } = await system.query(
    `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { returnStatus returnInfo } }`,
    {
      a: {
        guid: guid(),
        appTime: now().toISOString(),
        customsCode: "6407",
        copNo: `S${Date.now()}`,
        agentCode: agent.uscc,
        agentName: agent.name,
        ebcCode: exporter.uscc,
        ebcName: exporter.name,
        declAgentCode: agent.uscc,
        declAgentName: agent.name,
        startTime: `${month}-01`,
        endTime: chinaDay(new Date(Date.UTC(year, monthNo, 0))),
        summaryFlag: "1",
      },
    },
    await file.as(agent.uscc),
  );
  expect(errors).toBeUndefined();
  expect(data!.applySummaryDeclaration.returnStatus).toBe(120);
  return [...(data!.applySummaryDeclaration.returnInfo as string).matchAll(/\d{18}/g)].map((match) => match[0]);
}

const REBATE = `ebcCode applicationNo status greenChannel rebateAmount valueCny items { gcode totalPrice referenceRate rebateRate rebateAmount } history { toStatus reason automatic }`;

async function apply(exporter: { uscc: string }, entryId: string) {
  const { data, errors } = await system.query(
    `mutation($a: ExportRebateInput!) { applyExportRebate(application: $a) { ${REBATE} } }`,
    { a: { ebcCode: exporter.uscc, applicationNo: `R${Date.now()}`, entryId, appTime: now().toISOString() } },
    await file.as(exporter.uscc),
  );
  expect(errors).toBeUndefined();
  return data!.applyExportRebate;
}

const step = async (
  name: "reviewExportRebate" | "payExportRebate" | "decideExportRebate",
  application: { ebcCode: string; applicationNo: string },
  extra = "",
) =>
  system.query(
    `mutation($e: String!, $n: String!) { ${name}(ebcCode: $e, applicationNo: $n, reason: "checked against the lists and receipts"${extra}) { ${REBATE} } }`,
    { e: application.ebcCode, n: application.applicationNo },
    financeStaff,
  );

describe("an export from order to rebate", () => {
  it("exports parcels by XML, departs them after arrival and release, summarises the month, reconciles the receipts and pays the rebate", async () => {
    const exporterClass = "GENERAL";
    const parcels = [factory.parcel({ exporterClass, ieDate: today, goods: [FORMULA, OLIVE_OIL] }), factory.parcel({ exporterClass, ieDate: today })];
    await exportByXml(parcels);
    for (const parcel of parcels) {
      const { data } = await system.query(
        `query($c: String!, $n: String!) { exportWaybill(logisticsCode: $c, logisticsNo: $n) { status declaration { returnStatus } } }`,
        {
          c: parcel.waybill.logisticsCode,
          n: parcel.waybill.logisticsNo,
        },
      );
      expect(data!.exportWaybill).toEqual({ status: "DEPARTED", declaration: { returnStatus: 800 } });
    }

    const exporter = parcels[0]!.exporter;
    const [entryId] = await summarise(exporter);
    const reconciliation = await system.query(
      `query($e: String!, $p: Month!) { exportReconciliation(ebcCode: $e, period: $p) { matched { orderNo expected received currency } unmatchedDeclarations { reason } } }`,
      { e: exporter.uscc, p: month },
      await file.as(exporter.uscc),
    );
    expect(reconciliation.data!.exportReconciliation.unmatchedDeclarations).toEqual([]);
    expect(reconciliation.data!.exportReconciliation.matched.map((row: { orderNo: string }) => row.orderNo).sort()).toEqual(
      parcels.map((p) => p.order.orderNo).sort(),
    );

    const applied = await apply(exporter, entryId!);
    expect(applied).toMatchObject({ status: "SUBMITTED", greenChannel: false });
    // 13% of the formula's CNY value (120 USD at the reference rate, to the fen) and nothing for olive oil, whose rebate rate is 0.
    const formula = applied.items.find((item: { gcode: string }) => item.gcode === FORMULA.gcode);
    expect(formula).toMatchObject({ totalPrice: "120", rebateRate: "13" });
    const fen = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const expected = fen(fen(new Decimal(120).times(formula.referenceRate)).times("0.13"));
    expect(new Decimal(applied.rebateAmount).equals(expected)).toBe(true);

    await sweepGreenChannel(serviceContext(system, "finance", createFinanceLoaders));
    expect((await step("reviewExportRebate", applied)).data!.reviewExportRebate.status).toBe("REVIEWED");
    expect((await step("payExportRebate", applied)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
    expect((await step("decideExportRebate", applied, ", approve: true")).data!.decideExportRebate.status).toBe("APPROVED");
    const paid = (await step("payExportRebate", applied)).data!.payExportRebate;
    expect(paid.status).toBe("PAID");
    expect(paid.history.map((entry: { toStatus: string; automatic: boolean }) => [entry.toStatus, entry.automatic])).toEqual([
      ["SUBMITTED", false],
      ["REVIEWED", false],
      ["APPROVED", false],
      ["PAID", false],
    ]);
    expect(paid.history.slice(1).every((entry: { reason: string }) => entry.reason === "checked against the lists and receipts")).toBe(true);

    const { data } = await system.query(
      `query($f: ExportRebateStatisticsFilter!, $d: Date!, $e: Date!) { exportRebateStatistics(groupBy: [MONTH], filter: $f) { month applications paid } zoneDashboard(from: $d, to: $e) { rebatesPaid rebatePayments exportParcels } }`,
      { f: { from: today, to: tomorrow }, d: today, e: tomorrow },
    );
    expect(data!.exportRebateStatistics).toEqual([{ month, applications: 1, paid: applied.rebateAmount }]);
    expect(data!.zoneDashboard).toMatchObject({ rebatesPaid: applied.rebateAmount, rebatePayments: 1, exportParcels: 2 });
    // The next China day and month begin at midnight in China (16:00 UTC): nothing of the above counts in them.
    const next = await system.query(
      `query($f: ExportRebateStatisticsFilter!, $d: Date!, $e: Date!) { exportRebateStatistics(groupBy: [MONTH], filter: $f) { month applications } zoneDashboard(from: $d, to: $e) { rebatesPaid rebatePayments exportParcels } }`,
      { f: { from: "2026-12-01", to: "2027-01-01" }, d: "2026-12-01", e: "2026-12-02" },
    );
    expect(next.data!.exportRebateStatistics).toEqual([]);
    expect(next.data!.zoneDashboard).toMatchObject({ rebatesPaid: "0", rebatePayments: 0, exportParcels: 0 });
  });

  it("counts a rebate paid at 00:30 in China on the first of a month in that China day and month, not in the UTC day before", async () => {
    const firstOfDecember = new Date("2026-12-01T00:30:00+08:00");
    setClock(firstOfDecember);
    try {
      const parcel = factory.parcel({ exporterClass: "GENERAL", ieDate: chinaDay(firstOfDecember) });
      await exportByXml([parcel]);
      const [entryId] = await summarise(parcel.exporter);
      const applied = await apply(parcel.exporter, entryId!);
      await step("reviewExportRebate", applied);
      await step("decideExportRebate", applied, ", approve: true");
      expect((await step("payExportRebate", applied)).data!.payExportRebate.status).toBe("PAID");
      const DAY = `query($f: ExportRebateStatisticsFilter!, $d: Date!, $e: Date!) { exportRebateStatistics(groupBy: [MONTH], filter: $f) { month applications paid } zoneDashboard(from: $d, to: $e) { rebatesPaid rebatePayments exportParcels } }`;
      const december = await system.query(DAY, { f: { from: "2026-12-01", to: "2026-12-02" }, d: "2026-12-01", e: "2026-12-02" });
      expect(december.data!.exportRebateStatistics).toEqual([{ month: "2026-12", applications: 1, paid: applied.rebateAmount }]);
      expect(december.data!.zoneDashboard).toMatchObject({ rebatesPaid: applied.rebateAmount, rebatePayments: 1, exportParcels: 1 });
      // 30 November in UTC, but 1 December in China: the day before keeps only its own rebate.
      const lastDay = await system.query(DAY, { f: { from: today, to: tomorrow }, d: today, e: tomorrow });
      expect(lastDay.data!.exportRebateStatistics).toEqual([{ month, applications: 1, paid: expect.any(String) }]);
      expect(lastDay.data!.zoneDashboard).toMatchObject({ rebatePayments: 1, exportParcels: 2 });
    } finally {
      setClock(LATE_ON_THE_LAST_DAY);
    }
  });

  it("approves a trustworthy exporter's rebate in the green channel at finance's next sweep", async () => {
    const parcel = factory.parcel({ exporterClass: "ADVANCED_CERTIFIED", ieDate: today });
    await exportByXml([parcel]);
    const [entryId] = await summarise(parcel.exporter);
    const applied = await apply(parcel.exporter, entryId!);
    expect(applied).toMatchObject({ status: "SUBMITTED", greenChannel: true });
    await sweepGreenChannel(serviceContext(system, "finance", createFinanceLoaders));
    const { data } = await system.query(`query($e: String!, $n: String!) { exportRebateApplication(ebcCode: $e, applicationNo: $n) { ${REBATE} } }`, {
      e: applied.ebcCode,
      n: applied.applicationNo,
    });
    expect(data!.exportRebateApplication.status).toBe("APPROVED");
    expect(
      data!.exportRebateApplication.history.filter((entry: { automatic: boolean }) => entry.automatic).map((entry: { toStatus: string }) => entry.toStatus),
    ).toEqual(["REVIEWED", "APPROVED"]);
  });

  it("refuses a negative-listed exporter's rebate and stores nothing", async () => {
    const parcel = factory.parcel({ exporterClass: "DISHONEST", ieDate: today });
    // Listed after its list was released and summarised: a listed exporter's list is refused.
    const [entryId] = await offTheNegativeList(system, parcel.exporter.uscc, async () => {
      await exportByXml([parcel]);
      return summarise(parcel.exporter);
    });
    const before = await system.rowCounts();
    const { errors } = await system.query(
      `mutation($a: ExportRebateInput!) { applyExportRebate(application: $a) { status } }`,
      { a: { ebcCode: parcel.exporter.uscc, applicationNo: `R${Date.now()}`, entryId, appTime: now().toISOString() } },
      await file.as(parcel.exporter.uscc),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NEGATIVE_LIST" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("carries a parcel with two lists: the second is refused while the first is live, declared once the first is cancelled, and leaves and is summarised alone", async () => {
    const exporterClass = "GENERAL_CERTIFIED";
    const first = factory.parcel({ exporterClass, ieDate: today });
    await file.released(first);
    const other = factory.parcel({ exporterClass, ieDate: today });
    const second: ExportParcel = { ...other, waybill: first.waybill, inventory: { ...other.inventory, logisticsNo: first.waybill.logisticsNo } };
    expect((await file.order(second)).errors).toBeUndefined();
    const agent = second.inventory.agentCode;
    const listXml = () => cebMessage("CEB603Message", "Inventory", "InventoryHead", "InventoryList", [{ ...second.inventory, guid: guid() }]);
    await send(listXml(), agent, [-603004]);

    const cancelled = await system.query(
      `mutation($r: ExportCancelInput!) { cancelExportInventory(request: $r) { returnStatus } }`,
      { r: { guid: guid(), appTime: new Date().toISOString(), agentCode: first.inventory.agentCode, copNo: first.inventory.copNo, reason: "order replaced" } },
      await file.as(first.inventory.agentCode),
    );
    expect(cancelled.data!.cancelExportInventory.returnStatus).toBe(399);
    await send(listXml(), agent, [800]);

    const items = [{ gnum: 1, logisticsNo: first.waybill.logisticsNo }];
    const movement = {
      guid: guid(),
      appType: "1",
      appStatus: "2",
      customsCode: "6407",
      logisticsCode: carrier().uscc,
      logisticsName: carrier().name,
      trafMode: "5",
      items,
    };
    const arrival = {
      ...movement,
      copNo: `A${Date.now()}`,
      appTime: cst(),
      operatorCode: agent,
      operatorName: "美兰机场监管场所",
      loctNo: "6407A",
      ieFlag: "E",
    };
    await send(cebMessage("CEB507Message", "Arrival", "ArrivalHead", "ArrivalList", [arrival], "items"), carrier().uscc, [120]);
    const departure = {
      ...movement,
      guid: guid(),
      copNo: `D${Date.now()}`,
      appTime: cst(),
      trafName: "HU7001",
      voyageNo: "20261127",
      billNo: "880-12345675",
      leaveTime: cst(),
    };
    await send(cebMessage("CEB509Message", "Departure", "DepartureHead", "DepartureList", [departure], "items"), carrier().uscc, [120]);
    const { data } = await system.query(
      `query($c: String!, $n: String!) { exportWaybill(logisticsCode: $c, logisticsNo: $n) { status declaration { copNo returnStatus } } }`,
      {
        c: first.waybill.logisticsCode,
        n: first.waybill.logisticsNo,
      },
    );
    expect(data!.exportWaybill).toEqual({ status: "DEPARTED", declaration: { copNo: second.inventory.copNo, returnStatus: 800 } });

    await summarise(first.exporter);
    const sumNoOf = async (p: ExportParcel) =>
      (
        await system.query(`query($a: String!, $c: String!) { exportDeclaration(agentCode: $a, copNo: $c) { sumNo } }`, {
          a: p.inventory.agentCode,
          c: p.inventory.copNo,
        })
      ).data!.exportDeclaration.sumNo;
    expect(await sumNoOf(first)).toBeNull();
    expect(await sumNoOf(second)).not.toBeNull();
  });

  it("counts rebates by HS chapter, destination and status exactly as the stored items add up", async () => {
    const { sql } = system.databases.finance;
    const stored = await sql.query<{ app: string; chapter: string; country: string; status: string; amount: string; createdAt: Date }>(
      `SELECT i."ebcCode" || '|' || i."applicationNo" AS app, left(i.gcode, 2) AS chapter, i.country, a.status::text AS status, i."rebateAmount"::text AS amount, a."createdAt"
       FROM "ExportRebateItem" i JOIN "ExportRebateApplication" a ON a."ebcCode" = i."ebcCode" AND a."applicationNo" = i."applicationNo"`,
    );
    const items = stored.filter((item) => chinaDay(new Date(item.createdAt)) === today);
    expect(new Set(items.map((item) => item.app)).size).toBeGreaterThanOrEqual(2);
    const groups = new Map<string, { apps: Set<string>; claimed: Decimal; paid: Decimal }>();
    for (const item of items) {
      const key = [item.chapter, item.country, item.status].join("|");
      const group = groups.get(key) ?? { apps: new Set<string>(), claimed: new Decimal(0), paid: new Decimal(0) };
      group.apps.add(item.app);
      groups.set(key, { apps: group.apps, claimed: group.claimed.plus(item.amount), paid: item.status === "PAID" ? group.paid.plus(item.amount) : group.paid });
    }
    const { data } = await system.query(
      `query($f: ExportRebateStatisticsFilter!) { exportRebateStatistics(groupBy: [HS_CHAPTER, DESTINATION_COUNTRY, STATUS], filter: $f) { hsChapter destinationCountry status applications claimed paid } }`,
      { f: { from: today, to: tomorrow } },
    );
    expect(data!.exportRebateStatistics).toEqual(
      [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, group]) => {
          const [hsChapter, destinationCountry, status] = key.split("|");
          return { hsChapter, destinationCountry, status, applications: group.apps.size, claimed: group.claimed.toFixed(), paid: group.paid.toFixed() };
        }),
    );
  });
});
