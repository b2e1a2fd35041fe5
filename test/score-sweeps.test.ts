/**
 * Issue #13 item 3, the facts found by looking rather than when something is recorded
 * (docs/domain.md#the-score-model-as-rules), through the gateway with a fixed clock: customs' sweep reports an
 * export month with no summary by its due date (SUMMARY_LATE) and a tax bill unpaid after its due date
 * (TAX_ARREARS), credit's sweep awards a clean quarter (CLEAN_RECORD); each once, weighed by the rules, and the
 * day (or quarter) turns at midnight in China, not in UTC.
 */
import { buildWorld } from "../demo/world";
import { parcelFactory } from "../demo/parcels";
import { setClock } from "../lib/clock";
import type { PrismaClient as CreditPrisma } from "../prisma/credit/generated/client";
import type { PrismaClient as CustomsPrisma } from "../prisma/customs/generated/client";
import { weightOf } from "../subgraphs/credit/rules/credit-evaluation";
import { createCreditLoaders } from "../subgraphs/credit/loaders";
import { sweepCredit } from "../subgraphs/credit/resolvers/credit-sweep";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { sweepCustoms } from "../subgraphs/customs/resolvers/sweep";
import { parcelFiler } from "./helpers/parcels";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const COSMETICS = filed("CIQ46000000100041", "1000.00");
/** The demo's last month of export lists (2026-10) is due on 10 November: its last half hour in China. */
const SUMMARY_DUE_LAST_HALF_HOUR = new Date("2026-11-10T23:30:00+08:00");

const CREDIT = `query($u: String!) { enterprise(uscc: $u) { creditProfile { score } creditEvents(last: 50) { kind scoreDelta description occurredAt } } }`;
type Event = { kind: string; scoreDelta: number; description: string; occurredAt: string };
async function creditOf(uscc: string): Promise<{ score: number; events: Event[] }> {
  const { data, errors } = await system.query(CREDIT, { u: uscc });
  expect(errors).toBeUndefined();
  return { score: data!.enterprise.creditProfile?.score ?? 70, events: data!.enterprise.creditEvents };
}
const ofKind = (events: Event[], kind: string) => events.filter((event) => event.kind === kind);
const sweepAsCustoms = () => sweepCustoms(serviceContext(system, "customs", createCustomsLoaders));
const sweepAsCredit = () => sweepCredit(serviceContext(system, "credit", createCreditLoaders));
const customsDb = () => system.databases.customs.prisma as CustomsPrisma;

let staff: Credentials;
let exporters: string[];
let guarantor: string;

beforeAll(async () => {
  setClock(SUMMARY_DUE_LAST_HALF_HOUR);
  system = await startTestSystem("score-sweeps");
  staff = { token: await system.security.staffToken("customs") };
  const due = await system.query(`{ summaryDeclarationsDue { ebcCode period overdue } }`, {}, staff);
  expect(due.errors).toBeUndefined();
  const rows = due.data!.summaryDeclarationsDue as Array<{ ebcCode: string; period: string; overdue: boolean }>;
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.period === "2026-10" && !row.overdue)).toBe(true);
  exporters = [...new Set(rows.map((row) => row.ebcCode))].sort();
  // A parcel released now: its guarantor's bill of 2026-11 is due on 14 January 2027, and nobody pays it.
  const p = parcel({ goods: [COSMETICS] });
  for (const document of ["order", "payment", "waybill"] as const) expect((await file[document](p)).errors).toBeUndefined();
  expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
  guarantor = p.inventory.assureCode;
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

describe("facts the sweeps find", () => {
  it("reports a month with no summary once its due day has ended in China, once per exporter and month", async () => {
    const before = await Promise.all(exporters.map(creditOf));
    await sweepAsCustoms();
    for (const [i, exporter] of exporters.entries())
      expect(ofKind((await creditOf(exporter)).events, "SUMMARY_LATE")).toEqual(ofKind(before[i]!.events, "SUMMARY_LATE"));

    // 00:30 on 11 November in China is still 10 November in UTC: China's day decides.
    setClock(new Date("2026-11-11T00:30:00+08:00"));
    await sweepAsCustoms();
    const weight = weightOf("SUMMARY_LATE", new Date("2026-11-11T00:30:00+08:00"))!;
    for (const [i, exporter] of exporters.entries()) {
      const after = await creditOf(exporter);
      const late = ofKind(after.events, "SUMMARY_LATE");
      expect(late).toEqual([{ kind: "SUMMARY_LATE", scoreDelta: weight, description: expect.stringContaining("2026-10"), occurredAt: expect.any(String) }]);
      expect(new Date(late[0]!.occurredAt).toISOString()).toBe(new Date("2026-11-11T00:00:00+08:00").toISOString());
      expect(after.score).toBe(Math.max(0, before[i]!.score + weight));
    }

    await sweepAsCustoms();
    for (const exporter of exporters) expect(ofKind((await creditOf(exporter)).events, "SUMMARY_LATE")).toHaveLength(1);
    const marks = await customsDb().sweptCreditReport.findMany({ where: { kind: "SUMMARY_LATE" } });
    expect(marks.map((mark) => mark.uscc).sort()).toEqual(exporters);
    expect(marks.every((mark) => mark.creditReport === "sent")).toBe(true);
  });

  it("awards a clean quarter once it has ended in China, to enterprises without a fact against them in it, once", async () => {
    const creditDb = system.databases.credit.prisma as CreditPrisma;
    const awards = async () => (await creditDb.creditEvent.findMany({ where: { kind: "CLEAN_RECORD" }, orderBy: { uscc: "asc" } })).map((event) => event);
    setClock(new Date("2026-12-31T23:30:00+08:00"));
    await sweepAsCredit();
    // Still 2026's last quarter in China: the quarter that has ended is the third.
    expect((await awards()).every((event) => event.description.includes("from 2026-07"))).toBe(true);
    const third = (await awards()).length;
    expect(third).toBeGreaterThan(0);

    setClock(new Date("2027-01-01T00:30:00+08:00"));
    const profiles = new Map((await creditDb.creditProfile.findMany()).map((profile) => [profile.uscc, profile.score]));
    await sweepAsCredit();
    const fourth = (await awards()).filter((event) => event.description.includes("from 2026-10"));
    expect(fourth.length).toBeGreaterThan(0);
    // The exporters late with October's summary had a fact against them in the quarter.
    for (const exporter of exporters) expect(fourth.some((event) => event.uscc === exporter)).toBe(false);
    const weight = weightOf("CLEAN_RECORD", new Date("2027-01-01T00:30:00+08:00"))!;
    const one = fourth[0]!;
    const seen = await creditOf(one.uscc);
    expect(ofKind(seen.events, "CLEAN_RECORD").filter((event) => event.description.includes("from 2026-10"))).toEqual([
      { kind: "CLEAN_RECORD", scoreDelta: weight, description: expect.any(String), occurredAt: expect.any(String) },
    ]);
    expect(seen.score).toBe(Math.min(100, (profiles.get(one.uscc) ?? 70) + weight));

    await sweepAsCredit();
    expect((await awards()).length).toBe(third + fourth.length);
  });

  it("reports a tax bill not paid in full once its due day has ended in China, once, asking finance for the payments", async () => {
    const bill = await customsDb().taxBill.findUniqueOrThrow({ where: { guarantorUscc_period: { guarantorUscc: guarantor, period: "2026-11" } } });
    expect(bill.dueDate.toISOString().slice(0, 10)).toBe("2027-01-14");
    const before = await creditOf(guarantor);
    setClock(new Date("2027-01-14T23:30:00+08:00"));
    await sweepAsCustoms();
    expect(ofKind((await creditOf(guarantor)).events, "TAX_ARREARS")).toEqual([]);

    setClock(new Date("2027-01-15T00:30:00+08:00"));
    await sweepAsCustoms();
    const weight = weightOf("TAX_ARREARS", new Date("2027-01-15T00:30:00+08:00"))!;
    const after = await creditOf(guarantor);
    expect(ofKind(after.events, "TAX_ARREARS")).toEqual([
      { kind: "TAX_ARREARS", scoreDelta: weight, description: expect.stringContaining("2026-11"), occurredAt: expect.any(String) },
    ]);
    expect(after.score).toBe(Math.max(0, before.score + weight));
    // The demo's own bills were paid on time: none of them is in arrears.
    expect(await customsDb().sweptCreditReport.count({ where: { kind: "TAX_ARREARS", creditReport: { not: "none" } } })).toBe(1);

    await sweepAsCustoms();
    expect(ofKind((await creditOf(guarantor)).events, "TAX_ARREARS")).toHaveLength(1);
  });
});
