import { randomUUID } from "node:crypto";
import { buildWorld } from "../demo/world";
import { now } from "../lib/clock";
import { chinaDay, chinaTime } from "../lib/rules/china-time";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { exportFactory, exportFiler, offTheNegativeList, summaryApplication, type ExportParcel } from "./helpers/exports";
import { startTestSystem, type TestSystem } from "./helpers/system";

/**
 * One parcel, one departure, one rebate: the export side tried as a dishonest exporter would, through the
 * gateway (GraphQL and /ceb), each attack with its refusal. Races are fired with Promise.all, many times.
 */
const world = buildWorld();
const factory = exportFactory(world);
let system: TestSystem;
const file = exportFiler(() => system);
const guid = () => randomUUID().toUpperCase();
const today = chinaDay(now());
const month = today.slice(0, 7);
/** Now as China time with its offset: the XML carries China time (C14) and the endpoint reads it so. */
const cst = () => `${chinaTime(new Date()).slice(0, 19)}+08:00`;

beforeAll(async () => {
  system = await startTestSystem("export-parcel");
});

afterAll(async () => {
  await system?.stop();
});

const parcel = (options: Parameters<typeof factory.parcel>[0] = {}) => factory.parcel({ ieDate: today, ...options });

/** Another order of the same exporter, declared on a list that names `on`'s waybill. */
function secondListOn(on: ExportParcel, overrides: Record<string, unknown> = {}): ExportParcel {
  const other = parcel();
  return {
    ...other,
    inventory: { ...other.inventory, logisticsCode: on.waybill.logisticsCode, logisticsNo: on.waybill.logisticsNo, ...overrides },
  };
}

const listOf = async (p: ExportParcel) =>
  (
    await system.query(`query($a: String!, $c: String!) { exportDeclaration(agentCode: $a, copNo: $c) { invtNo returnStatus sumNo departureCopNo } }`, {
      a: p.inventory.agentCode,
      c: p.inventory.copNo,
    })
  ).data!.exportDeclaration;
const waybillOf = async (p: ExportParcel) =>
  (
    await system.query(`query($c: String!, $n: String!) { exportWaybill(logisticsCode: $c, logisticsNo: $n) { status declaration { copNo returnStatus } } }`, {
      c: p.waybill.logisticsCode,
      n: p.waybill.logisticsNo,
    })
  ).data!.exportWaybill;

const cancel = async (p: ExportParcel) =>
  system.query(
    `mutation($r: ExportCancelInput!) { cancelExportInventory(request: $r) { returnStatus } }`,
    { r: { guid: guid(), appTime: new Date().toISOString(), agentCode: p.inventory.agentCode, copNo: p.inventory.copNo, reason: "buyer withdrew" } },
    await file.as(p.inventory.agentCode),
  );

async function summarise(p: ExportParcel, invtNos?: string[]) {
  return system.query(
    `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { returnStatus returnInfo } }`,
    { a: summaryApplication(p.inventory, month, invtNos ? { invtNos } : {}) },
    await file.as(p.inventory.agentCode),
  );
}

/** An unexpected server error is a defect: every answer is data or a refusal with a stable code. */
function noServerError(answers: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>): void {
  for (const answer of answers) for (const error of answer.errors ?? []) expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
}

describe("one live list per parcel (issue #19 items 1 and 2)", () => {
  it("refuses a new list on a waybill whose parcel departed: no second summary, no second rebate for one parcel", async () => {
    const first = parcel();
    await file.released(first);
    await file.departed([first]);
    expect(await waybillOf(first)).toMatchObject({ status: "DEPARTED" });

    const second = secondListOn(first);
    expect((await file.order(second)).errors).toBeUndefined();
    const before = await system.rowCounts();
    const { errors } = await file.inventory(second);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.logisticsNo", returnStatus: -603004 });
    expect(errors![0]!.message).toMatch(/already carries export list/);
    // The same list as XML at /ceb is refused the same way.
    const xml = cebMessage("CEB603Message", "Inventory", "InventoryHead", "InventoryList", [{ ...second.inventory, guid: guid() }]);
    const answer = await postCeb(system, xml, await file.as(second.inventory.agentCode));
    expect(returnStatuses(answer.text)).toEqual([-603004]);
    expect(await system.rowCounts()).toEqual(before);
  });

  it("refuses a second list, saved or declared, on a waybill that already carries one, so no parcel departs with an unreleased list", async () => {
    const first = parcel();
    await file.released(first);
    const saved = secondListOn(first, { appStatus: "1" });
    expect((await file.order(saved)).errors).toBeUndefined();
    const { errors } = await file.inventory(saved);
    expect(errors![0]!.extensions).toMatchObject({ field: "inventory.logisticsNo", returnStatus: -603004 });
    // Two different lists for one waybill at the same moment: one live list at most, the other refused.
    const rivals = [secondListOn(first), secondListOn(first)];
    const fresh = parcel();
    expect((await file.waybill(fresh)).errors).toBeUndefined();
    for (const rival of rivals) {
      rival.inventory.logisticsNo = fresh.waybill.logisticsNo;
      expect((await file.order(rival)).errors).toBeUndefined();
    }
    const answers = await Promise.all(rivals.map((rival) => file.inventory(rival)));
    noServerError(answers);
    expect(answers.filter((answer) => answer.data?.declareExportInventory?.returnStatus === 800)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === "BAD_USER_INPUT")).toHaveLength(1);
  });

  it("accepts a new list on the waybill once the first is cancelled, and the parcel departs with the new one", async () => {
    const first = parcel();
    await file.released(first);
    expect((await cancel(first)).errors).toBeUndefined();
    // The waybill is filed already: only the new order and its list.
    const second = secondListOn(first);
    expect((await file.order(second)).errors).toBeUndefined();
    expect((await file.inventory(second)).data!.declareExportInventory.returnStatus).toBe(800);
    expect(await waybillOf(first)).toMatchObject({ declaration: { copNo: second.inventory.copNo, returnStatus: 800 } });
    await file.departed([first]);
    expect(await waybillOf(first)).toMatchObject({ status: "DEPARTED" });
  });
});

describe("cancel and departure of one parcel serialise (issue #19 item 3)", () => {
  it("lets exactly one of a cancel and a departure fired together win, every time, and leaves list and parcel agreeing", async () => {
    for (let round = 0; round < 8; round++) {
      const p = parcel();
      await file.released(p);
      expect((await file.arrival([p])).errors).toBeUndefined();
      const [cancelled, departed] = await Promise.all([cancel(p), file.departure([p])]);
      noServerError([cancelled, departed]);
      const winners = [cancelled.data?.cancelExportInventory, departed.data?.recordExportDeparture].filter(Boolean);
      expect(winners).toHaveLength(1);
      const [list, waybill] = await Promise.all([listOf(p), waybillOf(p)]);
      if (cancelled.data?.cancelExportInventory) {
        expect(departed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departure.items[0].logisticsNo" });
        expect([list.returnStatus, list.departureCopNo, waybill.status]).toEqual([cancelled.data.cancelExportInventory.returnStatus, null, "ARRIVED"]);
      } else {
        expect(cancelled.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "request.copNo" });
        expect([list.returnStatus, waybill.status]).toEqual([800, "DEPARTED"]);
        expect(list.departureCopNo).not.toBeNull();
      }
    }
  });

  it("lets one of several different departures of one parcel fired together win, without a server error; the same departure resent is answered alike", async () => {
    for (let round = 0; round < 6; round++) {
      const p = parcel();
      await file.released(p);
      expect((await file.arrival([p])).errors).toBeUndefined();
      const answers = await Promise.all([file.departure([p]), file.departure([p]), file.departure([p])]);
      noServerError(answers);
      expect(answers.filter((answer) => answer.data?.recordExportDeparture)).toHaveLength(1);
      for (const refused of answers.filter((answer) => answer.errors)) {
        expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departure.items[0].logisticsNo" });
      }
      // The loser's hold was freed or never taken: the winner holds the list.
      expect((await listOf(p)).departureCopNo).toMatch(/^D/);
    }
    const p = parcel();
    await file.released(p);
    expect((await file.arrival([p])).errors).toBeUndefined();
    const copNo = `DS${Date.now()}`;
    const same = { guid: guid(), copNo, leaveTime: new Date().toISOString() };
    const resent = await Promise.all([file.departure([p], same), file.departure([p], same)]);
    noServerError(resent);
    expect(resent.map((answer) => answer.data?.recordExportDeparture?.returnStatus)).toEqual([120, 120]);
    // The same departure under a new GUID is another message under the copNo: a duplicate.
    expect((await file.departure([p], { ...same, guid: guid() })).errors![0]!.extensions).toMatchObject({ field: "departure.copNo", returnStatus: -510012 });
  });

  it("refuses a cancel once the parcel departed, through the XML endpoint's departure too", async () => {
    const p = parcel();
    await file.released(p);
    // The XML carries whole seconds: the parcel arrived a minute ago, so that it leaves after it arrived.
    expect((await file.arrival([p], { appTime: new Date(Date.now() - 60_000).toISOString() })).errors).toBeUndefined();
    const carrier = p.waybill;
    const departure = {
      guid: guid(),
      appType: "1",
      appTime: cst(),
      appStatus: "2",
      customsCode: "6407",
      copNo: `DX${Date.now()}`,
      logisticsCode: carrier.logisticsCode,
      logisticsName: carrier.logisticsName,
      trafMode: "5",
      trafName: "HU7001",
      voyageNo: "20261127",
      billNo: "880-12345675",
      leaveTime: cst(),
      items: [{ gnum: 1, logisticsNo: carrier.logisticsNo }],
    };
    const answer = await postCeb(
      system,
      cebMessage("CEB509Message", "Departure", "DepartureHead", "DepartureList", [departure], "items"),
      await file.as(carrier.logisticsCode),
    );
    expect(returnStatuses(answer.text)).toEqual([120]);
    const { errors } = await cancel(p);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "request.copNo", returnStatus: -605002 });
    expect((await listOf(p)).returnStatus).toBe(800);
  });
});

describe("only goods that left are summarised (issue #19 item 4)", () => {
  it("refuses to summarise a released list whose parcel never arrived or departed, named or not, and summarises it once it left", async () => {
    const p = parcel({ exporterClass: "GENERAL_CERTIFIED" });
    await file.released(p);
    const { invtNo } = await listOf(p);
    const named = await summarise(p, [invtNo]);
    expect(named.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.invtNos[0]", returnStatus: -701001 });
    expect(named.errors![0]!.message).toMatch(/has not left the country/);
    expect((await file.arrival([p])).errors).toBeUndefined();
    const arrivedOnly = await summarise(p, [invtNo]);
    expect(arrivedOnly.errors![0]!.message).toMatch(/has not left the country/);
    expect((await listOf(p)).sumNo).toBeNull();

    expect((await file.departure([p])).errors).toBeUndefined();
    const summarised = await summarise(p, [invtNo]);
    expect(summarised.errors).toBeUndefined();
    expect((await listOf(p)).sumNo).not.toBeNull();
  });
});

describe("a payment is certified by a payment institution, not by the exporter (issue #19 item 5)", () => {
  it("refuses a CEB403 whose payment institution is the exporter itself, by GraphQL and by XML, and takes the institution's own", async () => {
    const p = parcel();
    await file.released(p);
    const self = { ...p.receipt(), accountingDate: new Date().toISOString(), payCode: p.exporter.uscc, payName: p.exporter.name };
    const before = await system.rowCounts();
    const answer = await system.query(
      `mutation($r: ExportReceiptInput!) { submitExportReceipt(receipt: $r) { returnStatus } }`,
      { r: self },
      await file.as(p.exporter.uscc),
    );
    expect(answer.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.payCode", returnStatus: -403010 });
    const xml = await postCeb(system, cebMessage("CEB403Message", "Receipts", null, null, [{ ...self, guid: guid() }]), await file.as(p.exporter.uscc));
    expect(returnStatuses(xml.text)).toEqual([-403010]);

    expect(await system.rowCounts()).toEqual(before);

    expect((await file.receipt(p)).errors).toBeUndefined();
  });
});

describe("times are the platform's (issue #19 item 6)", () => {
  it("refuses an export date outside the window around today, or before every rule, as a refusal and not a server error", async () => {
    for (const ieDate of ["2027-03-15", "2015-01-01", "2020-06-30"]) {
      const p = parcel({ ieDate });
      expect((await file.order(p)).errors).toBeUndefined();
      expect((await file.waybill(p)).errors).toBeUndefined();
      const { errors } = await file.inventory(p);
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.ieDate", returnStatus: -603001 });
    }
  });

  it("refuses an arrival dated in the future and a departure dated before its parcel arrived or in the future", async () => {
    const p = parcel();
    await file.released(p);
    const future = await file.arrival([p], { appTime: "2027-06-01T09:00:00+08:00" });
    expect(future.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "arrival.appTime", returnStatus: -508001 });
    expect((await file.arrival([p])).errors).toBeUndefined();
    const backdated = await file.departure([p], { leaveTime: "2020-01-01T09:00:00+08:00" });
    expect(backdated.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departure.items[0].logisticsNo", returnStatus: -510007 });
    const ahead = await file.departure([p], { leaveTime: "2027-06-01T09:00:00+08:00" });
    expect(ahead.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departure.leaveTime", returnStatus: -510001 });
    expect(await waybillOf(p)).toMatchObject({ status: "ARRIVED" });
  });

  it("refuses a summary application dated in the future", async () => {
    const p = parcel();
    await file.released(p);
    await file.departed([p]);
    const agent = p.inventory;
    const { errors } = await system.query(
      `mutation($a: SummaryApplyInput!) { applySummaryDeclaration(application: $a) { returnStatus } }`,
      { a: summaryApplication(agent, month, { appTime: "2099-01-01T00:00:00Z", copNo: `SF${Date.now()}` }) },
      await file.as(agent.agentCode),
    );
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.appTime", returnStatus: -701001 });
  });
});

describe("list and waybill agree, and the waybill is frozen once a list is released (issue #19 item 6)", () => {
  it("refuses a list whose freight, freight currency, gross weight or packages differ from its waybill's", async () => {
    for (const [field, value] of [
      ["freight", "6.00"],
      ["fCurrency", "142"],
      ["grossWeight", "30"],
      ["packNo", 2],
    ] as const) {
      const p = parcel();
      expect((await file.order(p)).errors).toBeUndefined();
      expect((await file.waybill(p)).errors).toBeUndefined();
      const { errors } = await file.inventory({ ...p, inventory: { ...p.inventory, [field]: value } });
      const problems = errors![0]!.extensions!.problems as Array<{ field: string; returnStatus: number }>;
      expect(problems).toContainEqual(expect.objectContaining({ field: `inventory.${field}`, returnStatus: -603010 }));
    }
  });

  it("refuses to change a waybill (another exporter, 30 kg) after customs released its list", async () => {
    const p = parcel();
    await file.released(p);
    const other = factory.ofClass("GENERAL_CERTIFIED");
    const changed = { ...p.waybill, guid: guid(), appType: "2", grossWeight: "30", ebcCode: other.uscc, ebcName: other.name };
    const before = await system.rowCounts();
    const { errors } = await system.query(
      `mutation($d: ExportWaybillInput!) { submitExportWaybill(waybill: $d) { returnStatus } }`,
      { d: changed },
      await file.as(p.waybill.logisticsCode),
    );
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "waybill.logisticsNo", returnStatus: -506002 });
    expect(await system.rowCounts()).toEqual(before);
  });
});

describe("money per currency, and rates near the reference (issue #19 items 6 and 7)", () => {
  it("puts lists of different currencies on different declaration forms, each total in its currency, and splits the summaries due by currency", async () => {
    // An exporter no other test of this file (nor the demo world) ships for, so that its summaries due are
    // these two lists; it is on the negative list, which refuses its lists, so it is taken off while they are filed.
    const exporterClass = "DISHONEST";
    const usd = parcel({ exporterClass, country: "110" });
    const eur = parcel({ exporterClass, country: "110", currency: "300" });
    await offTheNegativeList(system, usd.exporter.uscc, async () => {
      for (const p of [usd, eur]) await file.released(p);
    });
    await file.departed([usd, eur]);
    const due = await system.query(`{ summaryDeclarationsDue { ebcCode currency lists goodsValue } }`, {}, await file.as(usd.exporter.uscc));
    const mine = (due.data!.summaryDeclarationsDue as Array<{ ebcCode: string; currency: string; lists: number; goodsValue: string }>).filter(
      (row) => row.ebcCode === usd.exporter.uscc,
    );
    expect(mine.map((row) => [row.currency, row.lists, row.goodsValue]).sort()).toEqual([
      ["300", 1, "60"],
      ["502", 1, "60"],
    ]);

    const invtNos = [(await listOf(usd)).invtNo, (await listOf(eur)).invtNo];
    expect((await summarise(usd, invtNos)).errors).toBeUndefined();
    const { sumNo } = await listOf(usd);
    const { data } = await system.query(
      `query($s: String!) { summaryDeclaration(sumNo: $s) { results { currency totalPrice items { currency totalPrice } } } }`,
      { s: sumNo },
    );
    const forms = data!.summaryDeclaration.results as Array<{ currency: string; totalPrice: string; items: Array<{ currency: string }> }>;
    expect(forms.map((form) => [form.currency, form.totalPrice]).sort()).toEqual([
      ["300", "60"],
      ["502", "60"],
    ]);
    for (const form of forms) expect(form.items.every((item) => item.currency === form.currency)).toBe(true);
  });

  it("refuses a receipt whose exchange rate is far from the reference rate (0.0001, 999), by GraphQL and by XML", async () => {
    const p = parcel();
    await file.released(p);
    for (const exchangeRate of ["0.0001", "999"]) {
      const receipt = { ...p.receipt(exchangeRate), accountingDate: new Date().toISOString() };
      const { errors } = await system.query(
        `mutation($r: ExportReceiptInput!) { submitExportReceipt(receipt: $r) { returnStatus } }`,
        { r: receipt },
        await file.as(receipt.payCode),
      );
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "receipt.exchangeRate", returnStatus: -403001 });
      const xml = await postCeb(
        system,
        cebMessage("CEB403Message", "Receipts", null, null, [{ ...receipt, guid: guid(), accountingDate: cst() }]),
        await file.as(receipt.payCode),
      );
      expect(returnStatuses(xml.text)).toEqual([-403001]);
    }
  });
});

describe("a rebate is judged again when approved and when paid (issue #19, rebates only for goods that left)", () => {
  it("refuses to approve, and to pay, while the exporter is on the negative list, and proceeds once it is off", async () => {
    const p = parcel({ exporterClass: "GENERAL_CERTIFIED" });
    await file.released(p);
    await file.departed([p]);
    expect((await file.receipt(p)).errors).toBeUndefined();
    const { invtNo } = await listOf(p);
    expect((await summarise(p, [invtNo])).errors).toBeUndefined();
    const { sumNo } = await listOf(p);
    const form = await system.query(`query($s: String!) { summaryDeclaration(sumNo: $s) { results { entryId } } }`, { s: sumNo });
    const [{ entryId }] = form.data!.summaryDeclaration.results;
    const application = { ebcCode: p.exporter.uscc, applicationNo: `R${Date.now()}`, entryId, appTime: new Date().toISOString() };
    const applied = await system.query(
      `mutation($a: ExportRebateInput!) { applyExportRebate(application: $a) { status } }`,
      { a: application },
      await file.as(p.exporter.uscc),
    );
    expect(applied.errors).toBeUndefined();

    const finance = { token: await system.security.token({ sub: "finance-clerk", role: "staff", department: "finance" }) };
    const step = (name: string, extra = "") =>
      system.query(
        `mutation($e: String!, $n: String!) { ${name}(ebcCode: $e, applicationNo: $n, reason: "checked"${extra}) { status } }`,
        { e: application.ebcCode, n: application.applicationNo },
        finance,
      );
    expect((await step("reviewExportRebate")).data!.reviewExportRebate.status).toBe("REVIEWED");

    // The exporter is put on the negative list after it applied (in force since 2020), and taken off (from a day long past), straight in
    // credit's table to toggle one entry.
    const { sql } = system.databases.credit;
    const listed = (removed: string | null) =>
      sql.query(
        `INSERT INTO "NegativeListEntry" (id, uscc, reason, authority, "listedAt", "removedAt", "effectiveFrom", "removedOn")
         VALUES ($1, $2, 'test', 'customs', now(), $3::text::timestamptz, DATE '2020-01-01', $3::text::date)
         ON CONFLICT (id) DO UPDATE SET "removedAt" = EXCLUDED."removedAt", "removedOn" = EXCLUDED."removedOn"`,
        [`T${application.applicationNo}`.slice(0, 32), p.exporter.uscc, removed && "2020-01-02"],
      );
    await listed(null);
    const approve = await step("decideExportRebate", ", approve: true");
    expect(approve.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "applicationNo", reason: "NEGATIVE_LIST" });
    await listed("removed");
    expect((await step("decideExportRebate", ", approve: true")).data!.decideExportRebate.status).toBe("APPROVED");
    await listed(null);
    const pay = await step("payExportRebate");
    expect(pay.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NEGATIVE_LIST" });
    await listed("removed");
    expect((await step("payExportRebate")).data!.payExportRebate.status).toBe("PAID");
  });
});

describe("a waybill changing while its list is released (issue #19 item 6)", () => {
  it("never lets a parcel leave on a waybill other than the one its list was released against, whichever of change and release comes first", async () => {
    for (let round = 0; round < 6; round++) {
      const p = parcel();
      expect((await file.order(p)).errors).toBeUndefined();
      expect((await file.waybill(p)).errors).toBeUndefined();
      const change = { ...p.waybill, guid: guid(), appType: "2", grossWeight: "30" };
      const [declared, changed] = await Promise.all([
        file.inventory(p),
        system.query(
          `mutation($d: ExportWaybillInput!) { submitExportWaybill(waybill: $d) { returnStatus } }`,
          { d: change },
          await file.as(p.waybill.logisticsCode),
        ),
      ]);
      noServerError([declared, changed]);
      if (declared.errors) continue;
      expect((await file.arrival([p])).errors).toBeUndefined();
      const departed = await file.departure([p]);
      noServerError([departed]);
      const { data } = await system.query(
        `query($c: String!, $n: String!) { exportWaybill(logisticsCode: $c, logisticsNo: $n) { version status declaration { waybillVersion } } }`,
        {
          c: p.waybill.logisticsCode,
          n: p.waybill.logisticsNo,
        },
      );
      const waybill = data!.exportWaybill;
      if (waybill.status === "DEPARTED") expect(waybill.declaration.waybillVersion).toBe(waybill.version);
      else expect(departed.errors![0]!.extensions).toMatchObject({ field: "departure.items[0].logisticsNo", returnStatus: -510008 });
    }
  });
});
