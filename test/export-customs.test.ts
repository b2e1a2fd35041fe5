import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { now } from "../lib/clock";
import { chinaDay, chinaMonth } from "../lib/rules/china-time";
import { exportFactory, exportFiler, FORMULA, OLIVE_OIL, type ExportParcel } from "./helpers/exports";
import { startTestSystem, type TestSystem } from "./helpers/system";

const world = buildWorld();
const factory = exportFactory(world);
let system: TestSystem;
const file = exportFiler(() => system);

beforeAll(async () => {
  system = await startTestSystem("export-customs");
});

afterAll(async () => {
  await system?.stop();
});

const LIST = `query($agentCode: String!, $copNo: String!) {
  exportDeclaration(agentCode: $agentCode, copNo: $copNo) {
    invtNo returnStatus statisticsFlag goodsValue currency releasedAt sumNo
    lines { gnum gcode totalPrice }
    receipts { messageType returnStatus }
    order { orderNo goodsValue }
    waybill { logisticsNo status }
  }
}`;

const listOf = (p: ExportParcel) => system.query(LIST, { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo });

/** The month lists released today belong to, in China, as customs counts it. */
const thisMonth = () => chinaMonth(now());

describe("export lists (CEB603, 清单核放)", () => {
  it("release a list that matches its order and waybill, with a CEB604 receipt and a list number", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const { data } = await listOf(parcel);
    const list = data!.exportDeclaration;
    expect(list).toMatchObject({
      returnStatus: 800,
      statisticsFlag: "B",
      goodsValue: "60",
      currency: "502",
      sumNo: null,
      lines: [{ gnum: 1, gcode: FORMULA.gcode, totalPrice: "60" }],
      receipts: [{ messageType: "CEB604", returnStatus: 800 }],
      order: { orderNo: parcel.order.orderNo, goodsValue: "60" },
      waybill: { logisticsNo: parcel.waybill.logisticsNo, status: "FILED" },
    });
    expect(list.invtNo).toMatch(/^64072026E\d{9}$/);
    expect(list.releasedAt).not.toBeNull();
  });

  it("answers the same list again with the same receipt and stores it once", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const before = await system.rowCounts();
    const answers = await Promise.all(Array.from({ length: 10 }, () => file.inventory(parcel)));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data)))).toEqual(new Set([JSON.stringify(answers[0]!.data)]));
    expect(answers[0]!.data!.declareExportInventory).toMatchObject({ messageType: "CEB604", returnStatus: 800 });
    const renewed = await file.inventory({ ...parcel, inventory: { ...parcel.inventory, guid: randomUUID().toUpperCase() } });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "inventory.copNo", returnStatus: -603004 });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("stores an export order sent twice at the same time once", async () => {
    const parcel = factory.parcel();
    const answers = await Promise.all(Array.from({ length: 20 }, () => file.order(parcel)));
    expect(answers.every((answer) => answer.data?.submitExportOrder.returnStatus === 120)).toBe(true);
    const { data } = await system.query(`query($e: String!, $o: String!) { exportOrder(ebpCode: $e, orderNo: $o) { version receipts { messageType } } }`, {
      e: parcel.order.ebpCode,
      o: parcel.order.orderNo,
    });
    expect(data!.exportOrder).toEqual({ version: 1, receipts: [{ messageType: "CEB304" }] });
  });

  /** Files what the parcel needs before its list, then expects the list refused with one problem, storing nothing. */
  async function expectRefused(
    parcel: ExportParcel,
    expected: { field: string; returnStatus: number; message?: RegExp },
    steps: Array<"order" | "waybill"> = ["order", "waybill"],
  ) {
    for (const step of steps) expect((await file[step](parcel)).errors).toBeUndefined();
    const before = await system.rowCounts();
    const answer = await file.inventory(parcel);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: `inventory.${expected.field}`, returnStatus: expected.returnStatus });
    if (expected.message) expect(answer.errors![0]!.message).toMatch(expected.message);
    expect(await system.rowCounts()).toEqual(before);
  }

  it("refuses a list whose order was never filed", async () => {
    await expectRefused(factory.parcel(), { field: "orderNo", returnStatus: -603010, message: /no export order/ }, ["waybill"]);
  });

  it("refuses a list whose waybill logistics does not hold", async () => {
    await expectRefused(factory.parcel(), { field: "logisticsNo", returnStatus: -603010, message: /no export waybill/ }, ["order"]);
  });

  it("refuses a list whose quantity differs from the order's", async () => {
    const parcel = factory.parcel();
    const line = parcel.inventory.lines[0]!;
    parcel.inventory.lines[0] = { ...line, qty: "3", totalPrice: new Decimal(line.price).times(3).toFixed(2) };
    await expectRefused(parcel, { field: "lines[0].qty", returnStatus: -603010, message: /not as the order line says/ });
  });

  it("refuses statisticsFlag A for goods with an export rebate and allows it for goods without", async () => {
    await expectRefused(factory.parcel({ statisticsFlag: "A" }), { field: "lines[0].gcode", returnStatus: -603020, message: /export rebate of 13%/ });
    const oil = factory.parcel({ statisticsFlag: "A", goods: [{ ...OLIVE_OIL, gcode: "1509" }] });
    await file.released(oil);
    expect((await listOf(oil)).data!.exportDeclaration).toMatchObject({ returnStatus: 800, statisticsFlag: "A", lines: [{ gcode: "1509" }] });
  });

  it("refuses a second live list of the same order", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const again = { ...parcel, inventory: { ...parcel.inventory, guid: randomUUID().toUpperCase(), copNo: `${parcel.inventory.copNo.slice(0, 18)}X2` } };
    await expectRefused(again, { field: "orderNo", returnStatus: -603004 }, []);
  });

  it("lets only the declaring agent file a list, as itself", async () => {
    const parcel = factory.parcel();
    const stranger = await file.as(factory.byRole("AGENT", 1).uscc);
    const answer = await system.query(
      `mutation($d: ExportInventoryInput!) { declareExportInventory(inventory: $d) { returnStatus } }`,
      { d: parcel.inventory },
      stranger,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "inventory.agentCode" });
  });

  it("shows a list to its parties only", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const variables = { agentCode: parcel.inventory.agentCode, copNo: parcel.inventory.copNo };
    const mine = await system.query(
      `query($agentCode: String!, $copNo: String!) { exportDeclaration(agentCode: $agentCode, copNo: $copNo) { copNo } }`,
      variables,
      await file.as(parcel.exporter.uscc),
    );
    const theirs = await system.query(
      `query($agentCode: String!, $copNo: String!) { exportDeclaration(agentCode: $agentCode, copNo: $copNo) { copNo } }`,
      variables,
      await file.as(factory.byRole("PLATFORM", 2).uscc),
    );
    expect(mine.data!.exportDeclaration).toEqual({ copNo: parcel.inventory.copNo });
    expect(theirs.data!.exportDeclaration).toBeNull();
  });
});

describe("cancelling an export list (CEB605)", () => {
  const cancel = async (p: ExportParcel, guid = randomUUID().toUpperCase()) =>
    system.query(
      `mutation($r: ExportCancelInput!) { cancelExportInventory(request: $r) { messageType returnStatus returnInfo } }`,
      { r: { guid, appTime: new Date().toISOString(), agentCode: p.inventory.agentCode, copNo: p.inventory.copNo, reason: "buyer withdrew" } },
      await file.as(p.inventory.agentCode),
    );

  it("withdraws a released list, answers the same request the same way, and frees the order for a new list", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const guid = randomUUID().toUpperCase();
    const first = await cancel(parcel, guid);
    expect(first.data!.cancelExportInventory).toMatchObject({ messageType: "CEB606", returnStatus: 399 });
    expect(await cancel(parcel, guid)).toEqual(first);
    const refused = await cancel(parcel);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", returnStatus: -605001 });
    const again = { ...parcel, inventory: { ...parcel.inventory, guid: randomUUID().toUpperCase(), copNo: `${parcel.inventory.copNo.slice(0, 18)}R2` } };
    expect((await file.inventory(again)).data!.declareExportInventory.returnStatus).toBe(800);
  });
});

describe("summary declarations (CEB701 → CEB792, 汇总申报)", () => {
  const exporterClass = "GENERAL_CERTIFIED";
  const apply = async (overrides: Record<string, unknown> = {}) => {
    const agent = factory.byRole("AGENT");
    const exporter = factory.ofClass(exporterClass);
    const month = thisMonth();
    const [year, monthNo] = month.split("-").map(Number) as [number, number];
    const application = {
      guid: randomUUID().toUpperCase(),
      appTime: new Date().toISOString(),
      customsCode: "6407",
      copNo: `S${Date.now()}`.slice(0, 20),
      agentCode: agent.uscc,
      agentName: agent.name,
      ebcCode: exporter.uscc,
      ebcName: exporter.name,
      declAgentCode: agent.uscc,
      declAgentName: agent.name,
      startTime: `${month}-01`,
      endTime: chinaDay(new Date(Date.UTC(year, monthNo, 0))),
      summaryFlag: "1",
      ...overrides,
    };
    const answer = await system.query(
      `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { messageType returnStatus returnInfo } }`,
      { a: application },
      await file.as(agent.uscc),
    );
    return { application, answer };
  };
  const due = async () =>
    (
      (await system.query(`{ summaryDeclarationsDue { ebcCode period lists goodsValue dueDate overdue } }`)).data!.summaryDeclarationsDue as Array<{
        ebcCode: string;
      }>
    ).filter((row) => row.ebcCode === factory.ofClass(exporterClass).uscc);

  it("groups a month's released flag-B lists into declaration forms, merges their lines, and clears the reminder", async () => {
    const toUs = [factory.parcel({ exporterClass, goods: [FORMULA, OLIVE_OIL] }), factory.parcel({ exporterClass })];
    const toJapan = factory.parcel({ exporterClass, country: "116" });
    const simplified = factory.parcel({ exporterClass, statisticsFlag: "A", goods: [OLIVE_OIL] });
    for (const parcel of [...toUs, toJapan, simplified]) await file.released(parcel);
    await file.departed([...toUs, toJapan, simplified]);

    const [reminder] = await due();
    expect(reminder).toMatchObject({ period: thisMonth(), lists: 3, goodsValue: "192.5", overdue: false });

    const invtNoOf = async (p: ExportParcel) => (await listOf(p)).data!.exportDeclaration.invtNo as string;
    const refusedA = await apply({ invtNos: [await invtNoOf(simplified)] });
    expect(refusedA.answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.invtNos[0]", returnStatus: -701001 });

    const { application, answer } = await apply();
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.applySummaryDeclaration).toMatchObject({ messageType: "CEB702", returnStatus: 120 });
    const sumNo = (await listOf(toJapan)).data!.exportDeclaration.sumNo as string;
    expect(sumNo).toMatch(/^64072026S\d{9}$/);
    expect((await listOf(simplified)).data!.exportDeclaration.sumNo).toBeNull();

    const { data } = await system.query(
      `query($s: String!) { summaryDeclaration(sumNo: $s) { dueDate filedLate results { entryId country totalPrice items { gnum gcode totalPrice lineCount } declarations { copNo } } } }`,
      { s: sumNo },
    );
    const summary = data!.summaryDeclaration;
    expect(summary.filedLate).toBe(false);
    const us = summary.results.find((form: { country: string }) => form.country === "502");
    const japan = summary.results.find((form: { country: string }) => form.country === "116");
    expect(us.entryId).toMatch(/^640720260\d{9}$/);
    expect(us.totalPrice).toBe("132.5");
    expect(us.items).toEqual([
      { gnum: 1, gcode: OLIVE_OIL.gcode, totalPrice: "12.5", lineCount: 1 },
      { gnum: 2, gcode: FORMULA.gcode, totalPrice: "120", lineCount: 2 },
    ]);
    expect(us.declarations.map((list: { copNo: string }) => list.copNo).sort()).toEqual(toUs.map((p) => p.inventory.copNo).sort());
    expect(japan.declarations).toEqual([{ copNo: toJapan.inventory.copNo }]);
    expect(await due()).toEqual([]);

    // The same message again (its GUID) is answered with its receipt, nothing new; a new GUID is another application.
    const send = async (a: typeof application) =>
      system.query(
        `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { messageType returnStatus returnInfo } }`,
        { a },
        await file.as(application.agentCode),
      );
    expect(await send({ ...application, appTime: new Date().toISOString() })).toEqual(answer);
    const renewed = await send({ ...application, guid: randomUUID().toUpperCase() });
    expect(renewed.errors![0]!.extensions).toMatchObject({ field: "application.copNo", returnStatus: -701001 });
    const nothingLeft = await apply();
    expect(nothingLeft.answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.startTime", returnStatus: -701001 });

    const cancelHeld = await system.query(
      `mutation($r: ExportCancelInput!) { cancelExportInventory(request: $r) { returnStatus } }`,
      {
        r: {
          guid: randomUUID().toUpperCase(),
          appTime: new Date().toISOString(),
          agentCode: toJapan.inventory.agentCode,
          copNo: toJapan.inventory.copNo,
          reason: "too late",
        },
      },
      await file.as(toJapan.inventory.agentCode),
    );
    expect(cancelHeld.errors?.[0]?.message).toMatch(/held by summary/);
  });

  it("refuses a period that is not one whole month", async () => {
    const { answer } = await apply({ endTime: `${thisMonth()}-15` });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.endTime", returnStatus: -701001 });
  });
});

describe("reading export lists", () => {
  it("costs the same number of statements for 5 lists as for 25, order and receipts included", async () => {
    for (let i = 0; i < 25; i++) await file.released(factory.parcel());
    const page = (first: number) =>
      system.countStatements(() =>
        system.query(
          `query($n: Int!) { exportDeclarations(first: $n) { nodes { copNo lines { gcode } receipts { returnStatus } order { orderNo lines { gnum } } waybill { declaration { copNo } } } } }`,
          { n: first },
        ),
      );
    const five = await page(5);
    const many = await page(25);
    expect(many.customs).toBe(five.customs);
  });
});

describe("export statistics", () => {
  const year = { from: "2026-01-01", to: "2027-01-01" };
  type Stored = { agentCode: string; copNo: string; currency: string; country: string; returnStatus: number; goodsValue: string };

  it("count parcels and sum FOB value per destination and currency, and per HS chapter, exactly as the stored lists hold", async () => {
    const { sql } = system.databases.customs;
    const lists = await sql.query<Stored>(
      `SELECT "agentCode", "copNo", currency, country, "returnStatus", "goodsValue"::text AS "goodsValue" FROM "ExportDeclaration" WHERE "ieDate" BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    const lines = await sql.query<{ agentCode: string; copNo: string; chapter: string; totalPrice: string }>(
      `SELECT "agentCode", "copNo", left(gcode, 2) AS chapter, "totalPrice"::text AS "totalPrice" FROM "ExportInventoryLine"`,
    );
    expect(lists.length).toBeGreaterThan(20);

    const byDestination = new Map<string, { parcels: number; released: number; value: Decimal }>();
    for (const list of lists) {
      const key = `${list.country}|${list.currency}`;
      const group = byDestination.get(key) ?? { parcels: 0, released: 0, value: new Decimal(0) };
      byDestination.set(key, {
        parcels: group.parcels + 1,
        released: group.released + (list.returnStatus === 800 ? 1 : 0),
        value: group.value.plus(list.goodsValue),
      });
    }
    const { data } = await system.query(
      `query($f: ExportStatisticsFilter!) { exportStatistics(groupBy: [DESTINATION_COUNTRY], filter: $f) { destinationCountry currency parcels released goodsValue } }`,
      { f: year },
    );
    expect(data!.exportStatistics).toEqual(
      [...byDestination.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, group]) => {
          const [destinationCountry, currency] = key.split("|");
          return { destinationCountry, currency, parcels: group.parcels, released: group.released, goodsValue: group.value.toFixed() };
        }),
    );

    const currencyOf = new Map(lists.map((list) => [`${list.agentCode}|${list.copNo}`, list.currency]));
    const byChapter = new Map<string, { lists: Set<string>; value: Decimal }>();
    for (const line of lines) {
      const listKey = `${line.agentCode}|${line.copNo}`;
      if (!currencyOf.has(listKey)) continue;
      const key = `${line.chapter}|${currencyOf.get(listKey)}`;
      const group = byChapter.get(key) ?? { lists: new Set<string>(), value: new Decimal(0) };
      group.lists.add(listKey);
      byChapter.set(key, { lists: group.lists, value: group.value.plus(line.totalPrice) });
    }
    const chapters = await system.query(
      `query($f: ExportStatisticsFilter!) { exportStatistics(groupBy: [HS_CHAPTER], filter: $f) { hsChapter currency parcels goodsValue } }`,
      { f: year },
    );
    expect(chapters.data!.exportStatistics).toEqual(
      [...byChapter.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, group]) => {
          const [hsChapter, currency] = key.split("|");
          return { hsChapter, currency, parcels: group.lists.size, goodsValue: group.value.toFixed() };
        }),
    );
  });

  it("put the period's released exports on the zone dashboard, per currency", async () => {
    const { sql } = system.databases.customs;
    const released = await sql.query<{ currency: string; amount: string; n: number }>(
      `SELECT currency, sum("goodsValue")::text AS amount, count(*)::int AS n FROM "ExportDeclaration" WHERE "returnStatus" = 800 AND "ieDate" BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY currency ORDER BY currency`,
    );
    const { data } = await system.query(`{ zoneDashboard(from: "2026-01-01", to: "2027-01-01") { exportParcels exportValues { currency amount } } }`);
    expect(data!.zoneDashboard).toEqual({
      exportParcels: released.reduce((sum, row) => sum + row.n, 0),
      exportValues: released.map(({ currency, amount }) => ({ currency, amount: new Decimal(amount).toFixed() })),
    });
  });

  it("are for the parties of the lists only, when an enterprise asks", async () => {
    const exporter = factory.ofClass("GENERAL");
    const { sql } = system.databases.customs;
    const [own] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ExportDeclaration" WHERE "ebcCode" = $1 OR "ownerCode" = $1`, [
      exporter.uscc,
    ]);
    const { data } = await system.query(
      `query($f: ExportStatisticsFilter!) { exportStatistics(filter: $f) { parcels } }`,
      { f: year },
      await file.as(exporter.uscc),
    );
    expect(data!.exportStatistics.reduce((sum: number, row: { parcels: number }) => sum + row.parcels, 0)).toBe(own!.n);
  });
});

describe("looking export lists up by waybill", () => {
  const LOOKUP = `query($w: [ExportWaybillKeyInput!]!) { exportDeclarationsOfWaybills(waybills: $w) { copNo returnStatus } }`;

  it("answers logistics staff position by position, null where no list names the waybill", async () => {
    const parcel = factory.parcel();
    await file.released(parcel);
    const staff = { token: await system.security.token({ sub: "logistics-clerk", role: "staff", department: "logistics" }) };
    const keys = [
      { logisticsCode: parcel.waybill.logisticsCode, logisticsNo: "NO-SUCH-PARCEL" },
      { logisticsCode: parcel.waybill.logisticsCode, logisticsNo: parcel.waybill.logisticsNo },
    ];
    const { data } = await system.query(LOOKUP, { w: keys }, staff);
    expect(data!.exportDeclarationsOfWaybills).toEqual([null, { copNo: parcel.inventory.copNo, returnStatus: 800 }]);
  });

  it("is refused to an enterprise, whose unreadable answers would otherwise shift the positions", async () => {
    const { errors } = await system.query(LOOKUP, { w: [] }, await file.as(factory.byRole("PLATFORM").uscc));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
