import { requireStaffOf } from "../../../lib/auth/guards";
import { paginate, type PageArgs } from "../../../lib/graphql/pagination";
import { chinaDay } from "../../../lib/rules/china-time";
import type { Prisma, RiskLevelChange } from "../../../prisma/ciq/generated/client";
import type { CiqContext } from "../context";
import { RISK_ORDER, type RiskLevel } from "../rules/inspection-sampling";
import { nextRiskLevel, riskRuleOn, type RiskThresholds } from "../rules/risk-monitoring";

type Transaction = Prisma.TransactionClient;
type Subject = "PRODUCT" | "ORIGIN";

const DAY_MS = 86_400_000;
const NEVER = new Date(0);

/** The column of a concluded inspection's goods that names the subject: the product filing or its origin. */
const SUBJECT_COLUMN: Record<Subject, string> = { PRODUCT: `f."filingNo"`, ORIGIN: `p."originCountry"` };

/**
 * The inspections of one subject's goods concluded since its last change: how many failed within the
 * window, and how many passed since the last of those failures.
 */
async function inspectionCounts(tx: Transaction, subject: Subject, key: string, since: Date, windowStart: Date): Promise<{ failures: number; passes: number }> {
  const [row] = await tx.$queryRawUnsafe<Array<{ failures: number; passes: number }>>(
    `WITH concluded AS (
       SELECT DISTINCT i.id, i.result::text AS result, i."inspectedAt"
       FROM "Inspection" i
       JOIN "SamplingDecisionFiling" f ON f."agentCode" = i."agentCode" AND f."copNo" = i."copNo"
       JOIN "ProductFiling" p ON p."filingNo" = f."filingNo"
       WHERE ${SUBJECT_COLUMN[subject]} = $1 AND i.result <> 'PENDING' AND i."inspectedAt" > $2::timestamptz
     )
     SELECT
       (SELECT count(*)::int FROM concluded WHERE result = 'FAILED' AND "inspectedAt" >= $3::timestamptz) AS failures,
       (SELECT count(*)::int FROM concluded WHERE result = 'PASSED'
          AND "inspectedAt" > COALESCE((SELECT max("inspectedAt") FROM concluded WHERE result = 'FAILED'), $2::timestamptz)) AS passes`,
    key,
    since,
    windowStart,
  );
  return row!;
}

/**
 * Moves the risk levels of a concluded inspection's goods and their origins (risk-monitoring.rules.json,
 * the rule in force on the China day of the conclusion), recording each change with who concluded the
 * inspection, when and why. Runs in the transaction that records the result, so a result and the levels it
 * moves are stored together.
 */
export async function applyRiskMonitoring(tx: Transaction, inspectionId: string, { by, at }: { by: string; at: Date }): Promise<void> {
  const rule = riskRuleOn(chinaDay(at));
  if (!rule) return;
  const inspection = await tx.inspection.findUniqueOrThrow({ where: { id: inspectionId }, select: { agentCode: true, copNo: true } });
  const goods = await tx.samplingDecisionFiling.findMany({
    where: inspection,
    select: { filing: { select: { filingNo: true, riskLevel: true, originCountry: true } } },
    orderBy: { filingNo: "asc" },
  });
  const move = async (subject: Subject, key: string, level: RiskLevel, floorOf: (first: RiskLevelChange | null) => RiskLevel, thresholds: RiskThresholds) => {
    const last = await tx.riskLevelChange.findFirst({ where: { subject, subjectKey: key }, orderBy: [{ changedAt: "desc" }, { id: "desc" }] });
    const first = await tx.riskLevelChange.findFirst({ where: { subject, subjectKey: key }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] });
    const counts = await inspectionCounts(tx, subject, key, last?.changedAt ?? NEVER, new Date(at.getTime() - thresholds.windowDays * DAY_MS));
    const change = nextRiskLevel({ level, floor: floorOf(first), failures: counts.failures, passesInARow: counts.passes }, thresholds);
    if (!change) return null;
    await tx.riskLevelChange.create({
      data: {
        subject,
        subjectKey: key,
        fromLevel: level,
        toLevel: change.toLevel,
        raised: RISK_ORDER.indexOf(change.toLevel) > RISK_ORDER.indexOf(level),
        rule: rule.validFrom,
        reason: `${change.reason}; inspection ${inspectionId} (${rule.source})`,
        inspectionId,
        changedBy: by.slice(0, 128),
        changedAt: at,
      },
    });
    return change.toLevel;
  };
  for (const { filing } of goods) {
    const to = await move("PRODUCT", filing.filingNo, filing.riskLevel, (first) => first?.fromLevel ?? filing.riskLevel, rule.product);
    if (to) await tx.productFiling.update({ where: { filingNo: filing.filingNo }, data: { riskLevel: to } });
  }
  for (const country of [...new Set(goods.map(({ filing }) => filing.originCountry))]) {
    const current = await tx.originRisk.findUnique({ where: { country } });
    const to = await move("ORIGIN", country, current?.riskLevel ?? "LOW", () => "LOW", rule.origin);
    if (to) await tx.originRisk.upsert({ where: { country }, create: { country, riskLevel: to, updatedAt: at }, update: { riskLevel: to, updatedAt: at } });
  }
}

/** Raised risk levels, newest first: the risk-warning list, for CIQ's own staff only. */
export function riskWarnings(args: PageArgs & { filter?: { subject?: Subject | null } | null }, { identity, prisma }: CiqContext) {
  requireStaffOf(identity, ["ciq"], "read the risk-warning list", { departmentOnly: true });
  return paginate<RiskLevelChange, Prisma.RiskLevelChangeWhereInput>(
    args,
    { fields: ["changedAt", "id"], direction: "desc" },
    { raised: true, subject: args.filter?.subject ?? undefined },
    { rows: (query) => prisma.riskLevelChange.findMany(query), count: (where) => prisma.riskLevelChange.count({ where }) },
  );
}
