import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { parcelFactory } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * Statistics are each department's SQL over its own tables; these tests add up the stored rows
 * themselves (with exact decimals) and expect the same figures from the graph.
 */
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("statistics");
});

afterAll(async () => {
  await system?.stop();
});

// Ten years around the demo world's dates, within the longest period a query may cover.
const PERIOD = { from: "2020-01-01", to: "2030-01-01" };
const D = (value: unknown) => new Decimal(String(value ?? 0));

interface ListRow {
  agentCode: string;
  copNo: string;
  month: string;
  tradeMode: string;
  ebpCode: string;
  returnStatus: number;
  taxTotal: string | null;
}
interface LineRow {
  agentCode: string;
  copNo: string;
  chapter: string;
  totalPrice: string;
}

async function storedLists() {
  const { sql } = system.databases.customs;
  const lists = await sql.query<ListRow>(
    `SELECT "agentCode", "copNo", to_char("declTime", 'YYYY-MM') AS month, "tradeMode", "ebpCode", "returnStatus", "taxTotal"::text AS "taxTotal" FROM "InventoryDeclaration"`,
  );
  const lines = await sql.query<LineRow>(`SELECT "agentCode", "copNo", left("gcode", 2) AS chapter, "totalPrice"::text AS "totalPrice" FROM "InventoryLine"`);
  return { lists, lines };
}

describe("declaration statistics", () => {
  it("count, sum and share exactly what the stored lists hold, grouped by month and trade mode", async () => {
    const { lists, lines } = await storedLists();
    const goods = new Map<string, Decimal>();
    for (const line of lines) goods.set(`${line.agentCode}|${line.copNo}`, (goods.get(`${line.agentCode}|${line.copNo}`) ?? D(0)).plus(line.totalPrice));
    const expected = new Map<string, { declarations: number; released: number; goodsValue: Decimal; tax: Decimal }>();
    for (const list of lists) {
      const key = `${list.month}|${list.tradeMode}`;
      const group = expected.get(key) ?? { declarations: 0, released: 0, goodsValue: D(0), tax: D(0) };
      group.declarations += 1;
      group.goodsValue = group.goodsValue.plus(goods.get(`${list.agentCode}|${list.copNo}`) ?? 0);
      if (list.returnStatus === 800) {
        group.released += 1;
        group.tax = group.tax.plus(D(list.taxTotal));
      }
      expected.set(key, group);
    }

    const { data, errors } = await system.query(
      `query($f: DeclarationStatisticsFilter!) { declarationStatistics(groupBy: [MONTH, TRADE_MODE], filter: $f) { month tradeMode declarations goodsValue released releasedShare tax } }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    const groups = data!.declarationStatistics as Array<Record<string, any>>;
    expect(groups.length).toBe(expected.size);
    for (const group of groups) {
      const want = expected.get(`${group.month}|${group.tradeMode}`)!;
      expect(group.declarations).toBe(want.declarations);
      expect(group.released).toBe(want.released);
      expect(D(group.goodsValue).equals(want.goodsValue)).toBe(true);
      expect(D(group.tax).equals(want.tax)).toBe(true);
      expect(group.releasedShare).toBe(D(want.released).dividedBy(want.declarations).toDecimalPlaces(4).toString());
    }
    expect(groups.map((group) => `${group.month}|${group.tradeMode}`)).toEqual([...expected.keys()].sort());
  });

  it("by HS chapter sums the lines' value exactly and shares the tax over lines without losing more than a fen per group", async () => {
    const { lists, lines } = await storedLists();
    const byChapter = new Map<string, Decimal>();
    for (const line of lines) byChapter.set(line.chapter, (byChapter.get(line.chapter) ?? D(0)).plus(line.totalPrice));
    const { data } = await system.query(
      `query($f: DeclarationStatisticsFilter!) { declarationStatistics(groupBy: [HS_CHAPTER], filter: $f) { hsChapter declarations goodsValue tax } }`,
      { f: PERIOD },
    );
    const groups = data!.declarationStatistics as Array<Record<string, any>>;
    expect(new Map(groups.map((group) => [group.hsChapter, D(group.goodsValue).toString()]))).toEqual(
      new Map([...byChapter].map(([chapter, value]) => [chapter, value.toString()])),
    );
    const releasedTax = lists.filter((list) => list.returnStatus === 800).reduce((sum, list) => sum.plus(D(list.taxTotal)), D(0));
    const sharedTax = groups.reduce((sum, group) => sum.plus(group.tax), D(0));
    expect(sharedTax.minus(releasedTax).abs().lessThanOrEqualTo(D("0.01").times(groups.length))).toBe(true);
  });

  it("names the platforms with their credit, and gives one row of totals when not grouped", async () => {
    const { lists } = await storedLists();
    const { data, errors } = await system.query(
      `query($f: DeclarationStatisticsFilter!) {
        byPlatform: declarationStatistics(groupBy: [PLATFORM], filter: $f) { platformCode platform { uscc name } declarations }
        total: declarationStatistics(filter: $f) { declarations released }
      }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    for (const group of data!.byPlatform) expect(group.platform).toEqual({ uscc: group.platformCode, name: expect.any(String) });
    expect(data!.total).toEqual([{ declarations: lists.length, released: lists.filter((list) => list.returnStatus === 800).length }]);
  });

  it("counts for an enterprise only the lists it is a party to", async () => {
    const { lists } = await storedLists();
    const platform: Credentials = { token: await system.security.token({ sub: "stats-platform", role: "enterprise", uscc: system.partnerUscc }) };
    const { data, errors } = await system.query(
      `query($f: DeclarationStatisticsFilter!) { declarationStatistics(filter: $f) { declarations } }`,
      { f: PERIOD },
      platform,
    );
    expect(errors).toBeUndefined();
    const own = lists.filter((list) => list.ebpCode === system.partnerUscc).length;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(lists.length);
    expect(data!.declarationStatistics[0].declarations).toBeGreaterThanOrEqual(own);
    expect(data!.declarationStatistics[0].declarations).toBeLessThan(lists.length);
  });

  it.each([
    [`groupBy: [MONTH, MONTH]`, PERIOD, "groupBy"],
    [`groupBy: [MONTH, DAY, PLATFORM, TRADE_MODE]`, PERIOD, "groupBy"],
    [`groupBy: [MONTH]`, { from: "2026-02-01", to: "2026-01-01" }, "filter.to"],
    [`groupBy: [MONTH]`, { from: "2000-01-01", to: "2026-01-01" }, "filter.to"],
  ])("refuses %s over %j, naming %s", async (args, filter, field) => {
    const { data, errors } = await system.query(`query($f: DeclarationStatisticsFilter!) { declarationStatistics(${args}, filter: $f) { declarations } }`, {
      f: filter,
    });
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

describe("a list declared through the graph", () => {
  const { parcel, filed } = parcelFactory(buildWorld(), () => system.partnerUscc);
  const file = parcelFiler(() => system);
  const chapter = async (hsChapter: string) => {
    const { data, errors } = await system.query(
      `query($f: DeclarationStatisticsFilter!) { declarationStatistics(groupBy: [HS_CHAPTER], filter: $f) { hsChapter declarations goodsValue released tax } }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    return (
      (data!.declarationStatistics as Array<Record<string, any>>).find((group) => group.hsChapter === hsChapter) ?? {
        declarations: 0,
        goodsValue: "0",
        released: 0,
        tax: "0",
      }
    );
  };

  it("counts once in its goods' chapter with both lines' value, and its tax once released", async () => {
    const cosmetics = filed("CIQ46000000100041", "1000.00");
    const hsChapter = cosmetics.gcode.slice(0, 2);
    const before = await chapter(hsChapter);
    const p = parcel({ goods: [cosmetics, { ...cosmetics, price: "200.00" }] });
    for (const send of [file.order, file.payment, file.waybill, file.inventory]) expect((await send(p)).errors).toBeUndefined();
    const [list] = await system.databases.customs.sql.query<{ returnStatus: number; taxTotal: string }>(
      `SELECT "returnStatus", "taxTotal"::text AS "taxTotal" FROM "InventoryDeclaration" WHERE "agentCode" = $1 AND "copNo" = $2`,
      [p.inventory.agentCode, p.inventory.copNo],
    );
    expect(list!.returnStatus).toBe(800);
    const after = await chapter(hsChapter);
    expect(after.declarations - before.declarations).toBe(1);
    expect(after.released - before.released).toBe(1);
    expect(D(after.goodsValue).minus(before.goodsValue).toString()).toBe("1200");
    expect(D(after.tax).minus(before.tax).minus(list!.taxTotal).abs().lessThanOrEqualTo("0.01")).toBe(true);
  });
});

describe("the zone dashboard", () => {
  it("measures the period's released trade against the plan's yearly target, pro rata for its days", async () => {
    const period = { from: "2025-01-01", to: "2026-01-01" };
    const [stored] = await system.databases.customs.sql.query<{ lists: number; tradeValue: string }>(
      `SELECT count(*)::int AS lists, COALESCE(sum("goodsValue") FILTER (WHERE "returnStatus" = 800), 0)::text AS "tradeValue"
       FROM "InventoryDeclaration" WHERE "declTime" >= $1::date AND "declTime" < $2::date`,
      [period.from, period.to],
    );
    const { data, errors } = await system.query(
      `query($f: Date!, $t: Date!) { zoneDashboard(from: $f, to: $t) { declarations tradeValue annualTradeTarget periodTradeTarget shareOfTarget } }`,
      { f: period.from, t: period.to },
    );
    expect(errors).toBeUndefined();
    expect(stored!.lists).toBeGreaterThan(0);
    expect(data!.zoneDashboard).toEqual({
      declarations: stored!.lists,
      tradeValue: D(stored!.tradeValue).toString(),
      annualTradeTarget: "10000000000",
      // 365 days of a 365-day year: the whole target.
      periodTradeTarget: "10000000000",
      shareOfTarget: D(stored!.tradeValue).dividedBy("10000000000").toDecimalPlaces(6).toString(),
    });
    const quarter = await system.query(`{ zoneDashboard(from: "2025-01-01", to: "2025-04-01") { periodTradeTarget } }`);
    expect(quarter.data!.zoneDashboard.periodTradeTarget).toBe(D("10000000000").times(90).dividedBy(365).toDecimalPlaces(2).toString());
  });
});

describe("tax bill totals", () => {
  it("add up the stored bills month by month", async () => {
    const bills = await system.databases.customs.sql.query<{ period: string; total: string; listCount: number }>(
      `SELECT "period", "total"::text AS total, "listCount" FROM "TaxBill"`,
    );
    const periods = [...new Set(bills.map((bill) => bill.period))].sort();
    const last = new Date(`${periods.at(-1)!}-01T00:00:00Z`);
    const { data, errors } = await system.query(`query($a: Month!, $b: Month!) { taxBillTotals(fromPeriod: $a, toPeriod: $b) { period lists total } }`, {
      a: periods[0],
      // Month ranges are half-open: the month after the last bill's.
      b: new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1)).toISOString().slice(0, 7),
    });
    expect(errors).toBeUndefined();
    expect(data!.taxBillTotals).toEqual(
      periods.map((period) => {
        const month = bills.filter((bill) => bill.period === period);
        return { period, lists: month.reduce((n, bill) => n + bill.listCount, 0), total: month.reduce((sum, bill) => sum.plus(bill.total), D(0)).toString() };
      }),
    );
  });
});
