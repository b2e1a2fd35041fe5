import Decimal from "decimal.js";
import { buildWorld } from "../demo/world";
import { billPeriod } from "../subgraphs/customs/rules/tax-bill";
import { chinaDay } from "../lib/rules/china-time";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/** The export side of the demo world, as `npm start` shows it: read through the gateway, nothing filed. */
const world = buildWorld();
const { customs, finance } = world;
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("export-demo");
});

afterAll(async () => {
  await system?.stop();
});

const orderKey = (row: { ebpCode: string; orderNo: string }) => `${row.ebpCode}|${row.orderNo}`;
const released = customs.exportDeclarations.filter((list) => list.returnStatus === 800);
const lastPeriod = billPeriod(new Date(Math.max(...released.map((list) => new Date(list.releasedAt!).getTime()))));

/** What a month of an exporter should reconcile to, worked out from the world alone. */
function expectedMonth(ebcCode: string, period: string) {
  const lists = released.filter((list) => list.ebcCode === ebcCode && (list.ieDate as Date).toISOString().slice(0, 7) === period);
  const paid = new Set(finance.exportReceipts.map(orderKey));
  const listed = new Set(lists.map(orderKey));
  return {
    matched: lists
      .filter((list) => paid.has(orderKey(list)))
      .map((list) => list.orderNo)
      .sort(),
    unpaid: lists
      .filter((list) => !paid.has(orderKey(list)))
      .map((list) => list.orderNo)
      .sort(),
    unlisted: finance.exportReceipts
      .filter((receipt) => receipt.ebcCode === ebcCode && chinaDay(receipt.accountingDate as Date).startsWith(period) && !listed.has(orderKey(receipt)))
      .map((receipt) => receipt.payNo)
      .sort(),
  };
}

describe("the demo world's export side", () => {
  const RECONCILE = `query($e: String!, $p: Month!) { exportReconciliation(ebcCode: $e, period: $p) {
    matched { orderNo expected received currency declaration { invtNo returnStatus } receipts { payNo } }
    unmatchedDeclarations { orderNo reason receipts { payNo } }
    unmatchedReceipts { payNo orderNo }
  } }`;

  it("reconciles a seeded month of an exporter into paid lists, lists without a receipt and receipts without a list", async () => {
    const months = [...new Set(released.map((list) => `${list.ebcCode}|${(list.ieDate as Date).toISOString().slice(0, 7)}`))].sort();
    const [ebcCode, period] = months
      .map((key) => key.split("|") as [string, string])
      .find(([e, p]) => {
        const month = expectedMonth(e, p);
        return month.matched.length > 0 && month.unpaid.length > 0 && month.unlisted.length > 0;
      })!;
    const expected = expectedMonth(ebcCode, period);
    const exporter: Credentials = { token: await system.security.token({ sub: "demo-exporter", role: "enterprise", uscc: ebcCode }) };

    const { data, errors } = await system.query(RECONCILE, { e: ebcCode, p: period }, exporter);
    expect(errors).toBeUndefined();
    const result = data!.exportReconciliation;
    expect(result.matched.map((row: { orderNo: string }) => row.orderNo).sort()).toEqual(expected.matched);
    for (const row of result.matched) {
      expect(new Decimal(row.received).equals(row.expected)).toBe(true);
      expect(row.declaration.returnStatus).toBe(800);
      expect(row.receipts).toHaveLength(1);
    }
    expect(result.unmatchedDeclarations.map((row: { orderNo: string }) => row.orderNo).sort()).toEqual(expected.unpaid);
    expect(new Set(result.unmatchedDeclarations.map((row: { reason: string }) => row.reason))).toEqual(new Set(["NO_RECEIPT"]));
    expect(result.unmatchedReceipts.map((row: { payNo: string }) => row.payNo).sort()).toEqual(expected.unlisted);
  });

  it("reminds customs of the last month's flag-B lists, and only of those: every earlier month is summarised", async () => {
    const staff: Credentials = { token: await system.security.token({ sub: "customs-clerk", role: "staff", department: "customs" }) };
    const waiting = released.filter((list) => list.statisticsFlag === "B" && billPeriod(list.releasedAt as Date) === lastPeriod);
    const exporters = [...new Set(waiting.map((list) => list.ebcCode))].sort();
    expect(exporters.length).toBeGreaterThan(0);

    const due = async (asOf: string) => {
      const { data, errors } = await system.query(
        `query($d: Date) { summaryDeclarationsDue(asOf: $d) { ebcCode period currency lists goodsValue dueDate overdue } }`,
        { d: asOf },
        staff,
      );
      expect(errors).toBeUndefined();
      return data!.summaryDeclarationsDue as Array<{
        ebcCode: string;
        period: string;
        currency: string;
        lists: number;
        goodsValue: string;
        dueDate: string;
        overdue: boolean;
      }>;
    };
    const rows = await due("2026-11-05");
    // One row per exporter and currency: no figure adds currencies.
    expect(rows.map((row) => `${row.ebcCode}|${row.currency}`).sort()).toEqual([...new Set(waiting.map((list) => `${list.ebcCode}|${list.currency}`))].sort());
    expect([...new Set(rows.map((row) => row.ebcCode))].sort()).toEqual(exporters);
    for (const row of rows) {
      const lists = waiting.filter((list) => list.ebcCode === row.ebcCode && list.currency === row.currency);
      expect(row).toMatchObject({ period: lastPeriod, lists: lists.length, dueDate: "2026-11-10", overdue: false });
      expect(new Decimal(row.goodsValue).equals(lists.reduce((sum, list) => sum.plus(String(list.goodsValue)), new Decimal(0)))).toBe(true);
    }
    expect((await due("2026-11-11")).every((row) => row.overdue)).toBe(true);
  });

  it("shows a summarised list with its summary, its declaration form, its departed waybill and its receipts", async () => {
    const list = released.find((candidate) => candidate.sumNo && finance.exportReceipts.some((receipt) => orderKey(receipt) === orderKey(candidate)))!;
    const { data, errors } = await system.query(
      `query($a: String!, $c: String!, $s: String!) {
        exportDeclaration(agentCode: $a, copNo: $c) { invtNo sumNo receipts { messageType returnStatus } order { orderNo receipts { messageType } } waybill { status } }
        summaryDeclaration(sumNo: $s) { ebcCode filedLate results { entryId declarations { copNo } } }
      }`,
      { a: list.agentCode, c: list.copNo, s: list.sumNo },
    );
    expect(errors).toBeUndefined();
    expect(data!.exportDeclaration).toEqual({
      invtNo: list.invtNo,
      sumNo: list.sumNo,
      receipts: [{ messageType: "CEB604", returnStatus: 800 }],
      order: { orderNo: list.orderNo, receipts: [{ messageType: "CEB304" }] },
      waybill: { status: "DEPARTED" },
    });
    const summary = data!.summaryDeclaration;
    expect(summary).toMatchObject({ ebcCode: list.ebcCode, filedLate: false });
    expect(summary.results.flatMap((form: { declarations: Array<{ copNo: string }> }) => form.declarations.map((d) => d.copNo))).toContain(list.copNo);
  });

  it("shows a cancelled list released first and then withdrawn, its waybill never departed", async () => {
    const list = customs.exportDeclarations.find((candidate) => candidate.returnStatus === 399)!;
    const { data, errors } = await system.query(
      `query($a: String!, $c: String!) { exportDeclaration(agentCode: $a, copNo: $c) { returnStatus sumNo receipts { messageType returnStatus } waybill { status } } }`,
      { a: list.agentCode, c: list.copNo },
    );
    expect(errors).toBeUndefined();
    expect(data!.exportDeclaration).toMatchObject({ returnStatus: 399, sumNo: null, waybill: { status: "FILED" } });
    expect(data!.exportDeclaration.receipts).toEqual(
      expect.arrayContaining([
        { messageType: "CEB604", returnStatus: 800 },
        { messageType: "CEB606", returnStatus: 399 },
      ]),
    );
  });
});
