import Decimal from "decimal.js";
import { now } from "../lib/clock";
import { chinaDay } from "../lib/rules/china-time";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * CIQ's and credit's statistics are SQL over their own tables; these tests add up the stored rows
 * themselves and expect the same figures from the graph.
 */
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("statscc");
});

afterAll(async () => {
  await system?.stop();
});

// Ten years around the demo world's dates (and today's), within the longest period a query may cover.
const PERIOD = { from: "2020-01-01", to: "2030-01-01" };
const D = (value: unknown) => new Decimal(String(value ?? 0));
const share = (part: number, whole: number) => (whole === 0 ? D(0) : D(part).dividedBy(whole).toDecimalPlaces(4));
const enterprise = async (uscc: string): Promise<Credentials> => ({ token: await system.security.token({ sub: `stats-${uscc}`, role: "enterprise", uscc }) });

interface DecisionRow {
  agentCode: string;
  copNo: string;
  creditClass: string | null;
  decidedAt: Date;
  result: string | null;
}

/** The stored decisions with their inspection's result, and each list's goods (chapter, origin, owner). */
async function storedDecisions() {
  const { sql } = system.databases.ciq;
  const decisions = await sql.query<DecisionRow>(
    `SELECT d."agentCode", d."copNo", d."creditClass", d."decidedAt", i."result"::text AS "result"
     FROM "SamplingDecision" d LEFT JOIN "Inspection" i ON i."agentCode" = d."agentCode" AND i."copNo" = d."copNo"`,
  );
  const goods = await sql.query<{ agentCode: string; copNo: string; chapter: string; origin: string; owner: string }>(
    `SELECT f."agentCode", f."copNo", left(p."hsCode", 2) AS chapter, p."originCountry" AS origin, p."ownerUscc" AS owner
     FROM "SamplingDecisionFiling" f JOIN "ProductFiling" p ON p."filingNo" = f."filingNo"`,
  );
  const goodsOf = new Map<string, typeof goods>();
  for (const row of goods) goodsOf.set(`${row.agentCode}|${row.copNo}`, [...(goodsOf.get(`${row.agentCode}|${row.copNo}`) ?? []), row]);
  return { decisions, goodsOf };
}

interface Tally {
  decided: number;
  inspected: number;
  passed: number;
  failed: number;
}
const tally = (): Tally => ({ decided: 0, inspected: 0, passed: 0, failed: 0 });
function count(group: Tally, decision: DecisionRow) {
  group.decided += 1;
  if (decision.result) group.inspected += 1;
  if (decision.result === "PASSED") group.passed += 1;
  if (decision.result === "FAILED") group.failed += 1;
}
function expectFigures(got: Record<string, any>, want: Tally) {
  expect({ decided: got.decided, inspected: got.inspected, passed: got.passed, failed: got.failed }).toEqual(want);
  expect(D(got.inspectionRate).equals(share(want.inspected, want.decided))).toBe(true);
  expect(D(got.passRate).equals(share(want.passed, want.passed + want.failed))).toBe(true);
}

const INSPECTION_FIELDS = "decided inspected inspectionRate passed failed passRate";

describe("inspection statistics", () => {
  it("seeds a decision for every list customs accepted, consistent with the seeded inspections", async () => {
    const { decisions } = await storedDecisions();
    const [inspections] = await system.databases.ciq.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Inspection"`);
    const [accepted] = await system.databases.customs.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "InventoryDeclaration" WHERE "returnStatus" <> 100`,
    );
    expect(decisions.length).toBe(accepted!.n);
    expect(decisions.filter((decision) => decision.result).length).toBe(inspections!.n);
    expect(inspections!.n).toBeGreaterThan(0);
    expect(inspections!.n).toBeLessThan(decisions.length);
  });

  it("count decided, inspected, passed and failed lists exactly as stored, by product category (HS chapter) and credit class", async () => {
    const { decisions, goodsOf } = await storedDecisions();
    const expected = new Map<string, Tally>();
    for (const decision of decisions) {
      const chapters = new Set((goodsOf.get(`${decision.agentCode}|${decision.copNo}`) ?? []).map((row) => row.chapter));
      for (const chapter of chapters) {
        const key = `${chapter}|${decision.creditClass}`;
        const group = expected.get(key) ?? tally();
        count(group, decision);
        expected.set(key, group);
      }
    }
    const { data, errors } = await system.query(
      `query($f: InspectionStatisticsFilter!) { inspectionStatistics(groupBy: [PRODUCT_CATEGORY, CREDIT_CLASS], filter: $f) { productCategory creditClass ${INSPECTION_FIELDS} } }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    const groups = data!.inspectionStatistics as Array<Record<string, any>>;
    expect(groups.map((group) => `${group.productCategory}|${group.creditClass}`).sort()).toEqual([...expected.keys()].sort());
    for (const group of groups) expectFigures(group, expected.get(`${group.productCategory}|${group.creditClass}`)!);
    expect(groups.some((group) => group.failed > 0)).toBe(true);
  });

  it("by origin, and one row of totals when not grouped", async () => {
    const { decisions, goodsOf } = await storedDecisions();
    const byOrigin = new Map<string, Tally>();
    const total = tally();
    for (const decision of decisions) {
      count(total, decision);
      for (const origin of new Set((goodsOf.get(`${decision.agentCode}|${decision.copNo}`) ?? []).map((row) => row.origin))) {
        const group = byOrigin.get(origin) ?? tally();
        count(group, decision);
        byOrigin.set(origin, group);
      }
    }
    const { data, errors } = await system.query(
      `query($f: InspectionStatisticsFilter!) {
        byOrigin: inspectionStatistics(groupBy: [ORIGIN_COUNTRY], filter: $f) { originCountry ${INSPECTION_FIELDS} }
        total: inspectionStatistics(filter: $f) { productCategory ${INSPECTION_FIELDS} }
      }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    expect(data!.byOrigin.map((group: any) => group.originCountry)).toEqual([...byOrigin.keys()].sort());
    for (const group of data!.byOrigin) expectFigures(group, byOrigin.get(group.originCountry)!);
    expect(data!.total).toHaveLength(1);
    expect(data!.total[0].productCategory).toBeNull();
    expectFigures(data!.total[0], total);
  });

  it("counts for an enterprise only the lists with goods it filed", async () => {
    const { decisions, goodsOf } = await storedDecisions();
    const [{ owner }] = (await system.databases.ciq.sql.query<{ owner: string }>(
      `SELECT "ownerUscc" AS owner FROM "ProductFiling" ORDER BY "filingNo" LIMIT 1`,
    )) as [{ owner: string }];
    const own = tally();
    for (const decision of decisions)
      if ((goodsOf.get(`${decision.agentCode}|${decision.copNo}`) ?? []).some((row) => row.owner === owner)) count(own, decision);
    expect(own.decided).toBeGreaterThan(0);
    expect(own.decided).toBeLessThan(decisions.length);
    const { data, errors } = await system.query(
      `query($f: InspectionStatisticsFilter!) { inspectionStatistics(filter: $f) { ${INSPECTION_FIELDS} } }`,
      { f: PERIOD },
      await enterprise(owner),
    );
    expect(errors).toBeUndefined();
    expectFigures(data!.inspectionStatistics[0], own);
  });

  it("counts a list customs asks about twice once", async () => {
    const [filing] = await system.databases.ciq.sql.query<{ filingNo: string; ownerUscc: string }>(
      `SELECT "filingNo", "ownerUscc" FROM "ProductFiling" ORDER BY "filingNo" LIMIT 1`,
    );
    const customs: Credentials = { token: await system.security.token({ sub: "customs-officer", role: "staff", department: "customs" }) };
    const request = {
      agentCode: "91460000STATSCC01X",
      copNo: `SC${Date.now()}`.slice(0, 20),
      ebcCode: filing!.ownerUscc,
      ebpCode: "91460000STATSCC01X",
      orderNo: `SO${Date.now()}`,
      buyerIdHash: "0".repeat(64),
      declTime: chinaDay(now()),
      filingNos: [filing!.filingNo],
    };
    const total = async () =>
      (await system.query(`query($f: InspectionStatisticsFilter!) { inspectionStatistics(filter: $f) { decided inspected } }`, { f: PERIOD })).data!
        .inspectionStatistics[0];
    const before = await total();
    const decide = () =>
      system.query(`mutation($r: InspectionRequest!) { decideInspection(request: $r) { selected draw inspection { id } } }`, { r: request }, customs);
    const first = await decide();
    const second = await decide();
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    const after = await total();
    expect(after.decided).toBe(before.decided + 1);
    expect(after.inspected).toBe(before.inspected + (first.data!.decideInspection.selected ? 1 : 0));
    const stored = await system.databases.ciq.sql.query<{ n: number; filings: number }>(
      `SELECT count(*)::int AS n, (SELECT count(*)::int FROM "SamplingDecisionFiling" WHERE "agentCode" = $1 AND "copNo" = $2) AS filings FROM "SamplingDecision" WHERE "agentCode" = $1 AND "copNo" = $2`,
      [request.agentCode, request.copNo],
    );
    expect(stored[0]).toEqual({ n: 1, filings: 1 });
  });
});

describe("credit statistics", () => {
  const BAND = (score: number) => (score >= 90 ? "90-100" : `${Math.floor(score / 10) * 10}-${Math.floor(score / 10) * 10 + 9}`);

  it("count the enterprises and average their scores by class and score band, and by role", async () => {
    const rows = await system.databases.credit.sql.query<{ uscc: string; roles: string; creditClass: string | null; score: number | null }>(
      `SELECT e."uscc", array_to_string(e."roles", ',') AS roles, c."creditClass"::text AS "creditClass", c."score" FROM "Enterprise" e LEFT JOIN "CreditProfile" c ON c."uscc" = e."uscc"`,
    );
    const expected = new Map<string, { enterprises: number; scores: number[] }>();
    const byRole = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.creditClass}|${row.score == null ? null : BAND(row.score)}`;
      const group = expected.get(key) ?? { enterprises: 0, scores: [] };
      group.enterprises += 1;
      if (row.score != null) group.scores.push(row.score);
      expected.set(key, group);
      for (const role of row.roles.split(",").filter(Boolean)) byRole.set(role, (byRole.get(role) ?? 0) + 1);
    }
    const { data, errors } = await system.query(`{
      byClass: creditStatistics(groupBy: [CREDIT_CLASS, SCORE_BAND]) { creditClass scoreBand enterprises averageScore }
      byRole: creditStatistics(groupBy: [ROLE]) { role enterprises }
      total: creditStatistics { enterprises }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.byClass.map((group: any) => `${group.creditClass}|${group.scoreBand}`).sort()).toEqual([...expected.keys()].sort());
    for (const group of data!.byClass) {
      const want = expected.get(`${group.creditClass}|${group.scoreBand}`)!;
      expect(group.enterprises).toBe(want.enterprises);
      const mean = want.scores.length
        ? want.scores
            .reduce((sum, score) => sum.plus(score), D(0))
            .dividedBy(want.scores.length)
            .toDecimalPlaces(2)
        : null;
      expect(group.averageScore == null ? null : D(group.averageScore).toString()).toBe(mean?.toString() ?? null);
    }
    expect(new Map(data!.byRole.map((group: any) => [group.role, group.enterprises]))).toEqual(byRole);
    expect(data!.total).toEqual([{ enterprises: rows.length }]);
  });

  it("counts the negative list's additions, removals and enterprises listed month by month", async () => {
    const entries = await system.databases.credit.sql.query<{ uscc: string; listedAt: Date; removedAt: Date | null }>(
      `SELECT "uscc", "listedAt", "removedAt" FROM "NegativeListEntry"`,
    );
    expect(entries.some((entry) => entry.removedAt)).toBe(true);
    // 2024-01 … 2026-12: the demo world's entries and removals fall in it.
    const months = Array.from({ length: 36 }, (_, index) => `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
    const expected = months.map((period) => {
      const start = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)) - 1, 1);
      const end = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)), 1);
      const at = (value: Date | null) => (value == null ? null : new Date(value).getTime());
      return {
        period,
        added: entries.filter((entry) => at(entry.listedAt)! >= start && at(entry.listedAt)! < end).length,
        removed: entries.filter((entry) => entry.removedAt && at(entry.removedAt)! >= start && at(entry.removedAt)! < end).length,
        listedAtEnd: new Set(
          entries.filter((entry) => at(entry.listedAt)! < end && (entry.removedAt == null || at(entry.removedAt)! >= end)).map((entry) => entry.uscc),
        ).size,
      };
    });
    const { data, errors } = await system.query(`{ negativeListMonths(fromPeriod: "2024-01", toPeriod: "2027-01") { period added removed listedAtEnd } }`);
    expect(errors).toBeUndefined();
    expect(data!.negativeListMonths).toEqual(expected);
    expect(expected.some((month) => month.added > 0) && expected.some((month) => month.removed > 0)).toBe(true);
  });
});

describe("the zone dashboard", () => {
  const period = { from: "2025-01-01", to: "2026-01-01" };

  it("answers customs', CIQ's and credit's figures in one request through the gateway", async () => {
    const { decisions } = await storedDecisions();
    const inPeriod = decisions.filter(
      (decision) => new Date(decision.decidedAt) >= new Date("2025-01-01") && new Date(decision.decidedAt) < new Date("2026-01-01"),
    );
    const [customs] = await system.databases.customs.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "InventoryDeclaration" WHERE "declTime" >= '2025-01-01' AND "declTime" < '2026-01-01'`,
    );
    const [credit] = await system.databases.credit.sql.query<{ enterprises: number; listed: number; added: number }>(
      `SELECT (SELECT count(*)::int FROM "Enterprise" WHERE "registeredOn" < '2026-01-01') AS enterprises,
              (SELECT count(DISTINCT "uscc")::int FROM "NegativeListEntry" WHERE "listedAt" < '2026-01-01' AND ("removedAt" IS NULL OR "removedAt" >= '2026-01-01')) AS listed,
              (SELECT count(*)::int FROM "NegativeListEntry" WHERE "listedAt" >= '2025-01-01' AND "listedAt" < '2026-01-01') AS added`,
    );
    const { data, errors } = await system.query(
      `query($from: Date!, $to: Date!) { zoneDashboard(from: $from, to: $to) { from to declarations inspectionsDecided inspected failedInspections enterprises onNegativeList negativeListAdditions } }`,
      period,
    );
    expect(errors).toBeUndefined();
    expect(data!.zoneDashboard).toEqual({
      ...period,
      declarations: customs!.n,
      inspectionsDecided: inPeriod.length,
      inspected: inPeriod.filter((decision) => decision.result).length,
      failedInspections: inPeriod.filter((decision) => decision.result === "FAILED").length,
      enterprises: credit!.enterprises,
      onNegativeList: credit!.listed,
      negativeListAdditions: credit!.added,
    });
    expect(data!.zoneDashboard.inspectionsDecided).toBeGreaterThan(0);
  });
});

describe("who may read them", () => {
  it.each([
    ["creditStatistics", `{ creditStatistics { enterprises } }`],
    ["negativeListMonths", `{ negativeListMonths(fromPeriod: "2025-01", toPeriod: "2026-01") { added } }`],
    ["zoneDashboard", `{ zoneDashboard(from: "2025-01-01", to: "2026-01-01") { inspectionsDecided enterprises } }`],
  ])("refuses an enterprise %s with FORBIDDEN", async (_, query) => {
    const { errors } = await system.query(query, {}, await enterprise(system.partnerUscc));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("bad input", () => {
  it.each([
    [`{ inspectionStatistics(groupBy: [ORIGIN_COUNTRY, ORIGIN_COUNTRY], filter: { from: "2025-01-01", to: "2026-01-01" }) { decided } }`, "groupBy"],
    [`{ inspectionStatistics(filter: { from: "2026-02-01", to: "2026-01-01" }) { decided } }`, "filter.to"],
    [`{ inspectionStatistics(filter: { from: "2000-01-01", to: "2026-01-01" }) { decided } }`, "filter.to"],
    [`{ creditStatistics(groupBy: [ROLE, ROLE]) { enterprises } }`, "groupBy"],
    [`{ negativeListMonths(fromPeriod: "2025-13", toPeriod: "2025-12") { added } }`, "fromPeriod"],
    [`{ negativeListMonths(fromPeriod: "2025-01", toPeriod: "2024-12") { added } }`, "toPeriod"],
    [`{ negativeListMonths(fromPeriod: "2000-01", toPeriod: "2025-12") { added } }`, "toPeriod"],
  ])("%s is refused, naming %s", async (query, field) => {
    const { data, errors } = await system.query(query);
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
