import { buildWorld } from "../demo/world";
import { DEPARTMENTS } from "../lib/departments";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/** The graph's conventions for clients, through the gateway: counts, one date-range rule, code labels, hidden relations. */
const world = buildWorld();
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("conventions");
});

afterAll(async () => {
  await system?.stop();
});

const enterpriseUser = async (uscc: string): Promise<Credentials> => ({
  token: await system.security.token({ sub: `conventions-${uscc}`, role: "enterprise", uscc }),
});

describe("totalCount", () => {
  it("counts every item the filter matches, on every page, in every department", async () => {
    const released = world.customs.declarations.filter((d) => d.returnStatus === 800).length;
    const { data, errors } = await system.query(`{
      orders(first: 2) { totalCount nodes { orderNo } }
      declarations(first: 1, filter: { returnStatus: 800 }) { totalCount }
      payments(first: 1) { totalCount }
      waybills(first: 0) { totalCount nodes { logisticsNo } }
      inspections(first: 1) { totalCount }
      enterprises(first: 1) { totalCount }
      customsPersonalDataReads(first: 1) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.orders.nodes).toHaveLength(2);
    expect(data!.orders.totalCount).toBe(world.customs.orders.length);
    expect(data!.declarations.totalCount).toBe(released);
    expect(data!.payments.totalCount).toBe(world.finance.payments.length);
    expect(data!.waybills).toEqual({ totalCount: world.logistics.waybills.length, nodes: [] });
    expect(data!.inspections.totalCount).toBe(world.ciq.inspections.length);
    expect(data!.enterprises.totalCount).toBe(world.credit.enterprises.length);
    expect(data!.customsPersonalDataReads.totalCount).toBeGreaterThanOrEqual(0);

    const second = await system.query(`query($after: String) { orders(first: 2, after: $after) { totalCount } }`, {
      after: (await system.query(`{ orders(first: 2) { pageInfo { endCursor } } }`)).data!.orders.pageInfo.endCursor,
    });
    expect(second.data!.orders.totalCount).toBe(world.customs.orders.length);
  });

  it("counts only what the caller may read", async () => {
    const platform = world.customs.orders[0]!.ebpCode;
    const own = world.customs.orders.filter((o) => [o.ebpCode, o.ebcCode, o.payCode].includes(platform)).length;
    const { data, errors } = await system.query(`{ orders(first: 1) { totalCount } }`, {}, await enterpriseUser(platform));
    expect(errors).toBeUndefined();
    expect(data!.orders.totalCount).toBe(own);
    expect(own).toBeLessThan(world.customs.orders.length);
  });

  it("costs one count statement when asked for and none when not", async () => {
    const PAGE = `{ orders(first: 5) { nodes { orderNo } pageInfo { hasNextPage } } }`;
    const COUNTED = `{ orders(first: 5) { totalCount nodes { orderNo } pageInfo { hasNextPage } } }`;
    const without = await system.countStatements(() => system.query(PAGE));
    const counted = await system.countStatements(() => system.query(COUNTED));
    expect(counted.customs).toBe(without.customs + 1);
    for (const department of DEPARTMENTS.filter((d) => d !== "customs")) expect(counted[department]).toBe(without[department]);
  });
});

describe("one date-range convention: [from, to) in China days", () => {
  // 23:30 China time on 10 March is 15:30 UTC the same day; 00:30 on 11 March is 16:30 UTC on the 10th,
  // which a filter by UTC days would count on the 10th.
  const LATE_ON_THE_10TH = "2026-03-10T15:30:00.000Z";
  const EARLY_ON_THE_11TH = "2026-03-10T16:30:00.000Z";
  const late = world.customs.orders[1]!;
  const early = world.customs.orders.find((o) => o.ebpCode === late.ebpCode && o.orderNo !== late.orderNo)!;
  const payment = world.finance.payments[0]!;

  beforeAll(async () => {
    const customs = system.databases.customs.sql;
    await customs.query(`UPDATE "Order" SET "appTime" = $1 WHERE "ebpCode" = $2 AND "orderNo" = $3`, [LATE_ON_THE_10TH, late.ebpCode, late.orderNo]);
    await customs.query(`UPDATE "Order" SET "appTime" = $1 WHERE "ebpCode" = $2 AND "orderNo" = $3`, [EARLY_ON_THE_11TH, early.ebpCode, early.orderNo]);
    await system.databases.finance.sql.query(`UPDATE "Payment" SET "payTime" = $1 WHERE "payCode" = $2 AND "payTransactionId" = $3`, [
      LATE_ON_THE_10TH,
      payment.payCode,
      payment.payTransactionId,
    ]);
  });

  const ordersOn = async (from: string, to: string): Promise<string[]> => {
    const { data, errors } = await system.query(`query($filter: OrderFilter) { orders(first: 100, filter: $filter) { nodes { orderNo } } }`, {
      filter: { enterprise: late.ebpCode, from, to },
    });
    expect(errors).toBeUndefined();
    return data!.orders.nodes.map((node: { orderNo: string }) => node.orderNo);
  };

  it("takes an order filed at 23:30 China time on the day before `to`, not on `to` itself", async () => {
    expect(await ordersOn("2026-03-10", "2026-03-11")).toContain(late.orderNo);
    expect(await ordersOn("2026-03-09", "2026-03-10")).not.toContain(late.orderNo);
    expect(await ordersOn("2026-03-10", "2026-03-11")).not.toContain(early.orderNo);
    expect(await ordersOn("2026-03-11", "2026-03-12")).toContain(early.orderNo);
  });

  it("reads declaration dates, list filters and statistics periods the same way", async () => {
    const list = world.customs.declarations.find((d) => d.returnStatus === 800)!;
    const day = new Date(list.declTime as Date).toISOString().slice(0, 10);
    const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    const lists = async (from: string, to: string) =>
      (
        await system.query(`query($filter: DeclarationFilter) { declarations(first: 100, filter: $filter) { nodes { copNo } } }`, {
          filter: { enterprise: list.agentCode, from, to },
        })
      ).data!.declarations.nodes.map((node: { copNo: string }) => node.copNo);
    expect(await lists(day, next)).toContain(list.copNo);
    expect(await lists(new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10), day)).not.toContain(list.copNo);

    // The payment paid at 23:30 on the 10th: in the list and in the statistics of [10th, 11th), in neither of [9th, 10th).
    for (const [from, to, counted] of [
      ["2026-03-10", "2026-03-11", true],
      ["2026-03-09", "2026-03-10", false],
    ] as const) {
      const { data, errors } = await system.query(
        `query($from: Date!, $to: Date!) {
          payments(first: 100, filter: { from: $from, to: $to }) { totalCount nodes { payTransactionId } }
          paymentStatistics(filter: { from: $from, to: $to }) { payments }
        }`,
        { from, to },
      );
      expect(errors).toBeUndefined();
      const ids = data!.payments.nodes.map((node: { payTransactionId: string }) => node.payTransactionId);
      expect(ids.includes(payment.payTransactionId)).toBe(counted);
      expect(data!.paymentStatistics[0]?.payments ?? 0).toBe(data!.payments.totalCount);
    }
  });

  it("refuses an empty or reversed range, for days and for months", async () => {
    for (const [query, field] of [
      [`{ orders(filter: { from: "2026-03-10", to: "2026-03-10" }) { totalCount } }`, "filter.to"],
      [`{ declarations(filter: { from: "2026-03-10", to: "2026-03-09" }) { totalCount } }`, "filter.to"],
      [`{ paymentStatistics(filter: { from: "2026-03-10", to: "2026-03-10" }) { payments } }`, "filter.to"],
      [`{ taxBillTotals(fromPeriod: "2026-03", toPeriod: "2026-03") { total } }`, "toPeriod"],
      [`{ taxBills(filter: { fromPeriod: "2026-03", toPeriod: "2026-02" }) { totalCount } }`, "filter.toPeriod"],
    ] as const) {
      const { data, errors } = await system.query(query);
      expect(data?.orders ?? data?.declarations ?? data?.paymentStatistics ?? data?.taxBillTotals ?? data?.taxBills ?? null).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("takes a month range as [fromPeriod, toPeriod)", async () => {
    const { data, errors } = await system.query(`{ taxBillTotals(fromPeriod: "2025-01", toPeriod: "2025-04") { period } }`);
    expect(errors).toBeUndefined();
    expect(data!.taxBillTotals.map((month: { period: string }) => month.period)).toEqual(["2025-01", "2025-02", "2025-03"]);
  });
});

describe("code labels", () => {
  it("names every code in Chinese and English beside the bare code, from the code table", async () => {
    const { data, errors } = await system.query(`{
      declarations(first: 1, filter: { returnStatus: 800 }) { nodes {
        currency currencyLabel { code name nameEn }
        tradeMode tradeModeLabel { code name nameEn }
        returnStatus returnStatusLabel { code name nameEn }
        customsCode customsCodeLabel { name }
        lines { country countryLabel { code name nameEn } unit unitLabel { code nameEn } }
      } }
      declarationStatistics(groupBy: [TRADE_MODE], filter: { from: "2020-01-01", to: "2030-01-01" }) { tradeMode tradeModeLabel { name nameEn } }
    }`);
    expect(errors).toBeUndefined();
    const [list] = data!.declarations.nodes;
    expect(list.currency).toBe("142");
    expect(list.currencyLabel).toEqual({ code: "142", name: "人民币", nameEn: "Renminbi (CNY)" });
    expect(list.returnStatus).toBe(800);
    expect(list.returnStatusLabel).toEqual({ code: "800", name: "放行", nameEn: "released" });
    expect(list.tradeModeLabel.code).toBe(list.tradeMode);
    expect(list.tradeModeLabel.name).toMatch(/跨境/);
    expect(list.customsCodeLabel.name).toMatch(/海口|三亚|洋浦|八所|清澜|美兰/);
    for (const line of list.lines) {
      expect(line.countryLabel.code).toBe(line.country);
      expect(line.countryLabel.nameEn).toMatch(/^[A-Z]/);
      expect(line.unitLabel.code).toBe(line.unit);
    }
    const direct = data!.declarationStatistics.find((group: { tradeMode: string }) => group.tradeMode === "9610");
    expect(direct.tradeModeLabel).toEqual({ name: "跨境贸易电子商务", nameEn: "cross-border e-commerce, direct purchase" });
  });
});

describe("a relation the caller may not read", () => {
  it("is null without an error: a platform reads its own order, whose waybill belongs to the carrier", async () => {
    const released = world.customs.declarations.find((d) => d.returnStatus === 800 && d.logisticsCode !== d.ebpCode)!;
    const response = await system.query(
      `query($ebpCode: String!, $orderNo: String!) { order(ebpCode: $ebpCode, orderNo: $orderNo) { orderNo waybill { logisticsNo logisticsName status } declaration { copNo } } }`,
      { ebpCode: released.ebpCode, orderNo: released.orderNo },
      await enterpriseUser(released.ebpCode),
    );
    expect(response.errors).toBeUndefined();
    expect((response as { extensions?: Record<string, unknown> }).extensions?.valueCompletion).toBeUndefined();
    expect(response.data!.order).toEqual({ orderNo: released.orderNo, waybill: null, declaration: { copNo: released.copNo } });

    // The carrier, whose waybill it is, reads it through the same relation.
    const carrier = await system.query(
      `query($invtNo: String!) { declaration: declarationByInvtNo(invtNo: $invtNo) { waybill { logisticsNo } } }`,
      { invtNo: released.invtNo },
      await enterpriseUser(released.logisticsCode),
    );
    expect(carrier.errors).toBeUndefined();
    expect(carrier.data!.declaration.waybill).toEqual({ logisticsNo: released.logisticsNo });
  });
});
