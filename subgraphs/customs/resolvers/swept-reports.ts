import { now } from "../../../lib/clock";
import { chinaDay, chinaDayStart } from "../../../lib/rules/china-time";
import { CREDIT_REPORT, reportToCredit, type CreditReport } from "../../../lib/service/credit-report";
import type { CustomsContext } from "../context";
import { summaryDueDate } from "../rules/export-summary";
import { unsummarisedMonths } from "./export";

const DAY = 86_400_000;
/** How many facts one sweep reports at most; the next minute's sweep takes the rest. */
const BATCH = 100;
/** The mark of a bill the sweep judged paid: nothing owed to credit, and not judged again. */
const NOTHING_OWED = "none";

/** The first instant after a due day (China): the fact that something was not done by then occurs at it. */
const afterDueDay = (dueDate: Date): Date => chinaDayStart(new Date(dueDate.getTime() + DAY));

const overdue = (dueDate: Date, today: string): boolean => today > chinaDay(dueDate);

/**
 * Facts customs finds by looking rather than when recording something (docs/domain.md#the-score-model-as-rules):
 * - SUMMARY_LATE: an exporter's month of released flag-B lists that has no summary by its due date
 *   (summaryDueDate), or whose summary was filed late: once per (exporter, month).
 * - TAX_ARREARS: a guarantor's tax bill not paid in full after its due date: once per bill. The payments are
 *   finance's, asked through the graph in one request for the whole batch.
 * Each fact is stored as owing a report (SweptCreditReport, pending) before it is sent through reportToCredit,
 * so a later sweep neither loses nor repeats it.
 */
export async function sweepLateFacts(context: CustomsContext): Promise<void> {
  const today = chinaDay(now());
  const found = [...(await lateSummaries(context, today)), ...(await unpaidBills(context, today))];
  if (found.length > 0) await context.prisma.sweptCreditReport.createMany({ data: found, skipDuplicates: true });
  const owed = await context.prisma.sweptCreditReport.findMany({ where: { creditReport: CREDIT_REPORT.pending }, orderBy: { reference: "asc" }, take: BATCH });
  for (const { reference, uscc, kind, occurredAt, description } of owed) {
    await reportToCredit(context.graph, { reference, uscc, kind: kind as CreditReport["kind"], occurredAt, description }, (outcome) =>
      context.prisma.sweptCreditReport.updateMany({ where: { reference, creditReport: CREDIT_REPORT.pending }, data: { creditReport: outcome } }),
    );
  }
}

type Found = CreditReport & { creditReport: string };

async function unknown(prisma: CustomsContext["prisma"], references: string[]): Promise<Set<string>> {
  const known = await prisma.sweptCreditReport.findMany({ where: { reference: { in: references } }, select: { reference: true } });
  const seen = new Set(known.map((row) => row.reference));
  return new Set(references.filter((reference) => !seen.has(reference)));
}

async function lateSummaries({ prisma }: CustomsContext, today: string): Promise<Found[]> {
  const facts = new Map<string, Found>();
  const late = (ebcCode: string, period: string, how: string) => {
    const reference = `customs:summary-late:${ebcCode}|${period}`;
    facts.set(reference, {
      reference,
      uscc: ebcCode,
      kind: "SUMMARY_LATE",
      occurredAt: afterDueDay(summaryDueDate(period)),
      description: `export summary of ${period} ${how} by its due date ${chinaDay(summaryDueDate(period))}`,
      creditReport: CREDIT_REPORT.pending,
    });
  };
  for (const row of await unsummarisedMonths(prisma, null)) if (overdue(summaryDueDate(row.period), today)) late(row.ebcCode, row.period, "not filed");
  // Summaries filed after their due day that no sweep has judged yet (a filed summary's month does not change).
  const filedLate = await prisma.$queryRawUnsafe<Array<{ ebcCode: string; period: string }>>(
    `SELECT DISTINCT s."ebcCode", to_char(s."startTime", 'YYYY-MM') AS period FROM "SummaryDeclaration" s
     WHERE s."filedLate"
       AND NOT EXISTS (SELECT 1 FROM "SweptCreditReport" r WHERE r.reference = 'customs:summary-late:' || s."ebcCode" || '|' || to_char(s."startTime", 'YYYY-MM'))
     ORDER BY 2, 1 LIMIT ${BATCH}`,
  );
  for (const summary of filedLate) late(summary.ebcCode, summary.period, "filed after");
  const fresh = await unknown(prisma, [...facts.keys()]);
  return [...facts.values()].filter((fact) => fresh.has(fact.reference)).slice(0, BATCH);
}

const PAYMENTS = (count: number) =>
  `query Payments(${Array.from({ length: count }, (_, i) => `$g${i}: String!, $p${i}: Month!`).join(", ")}) { ${Array.from(
    { length: count },
    (_, i) => `b${i}: taxBill(guarantorUscc: $g${i}, period: $p${i}) { paymentStatus }`,
  ).join(" ")} }`;

async function unpaidBills({ prisma, graph }: CustomsContext, today: string): Promise<Found[]> {
  // Bills past their due date the sweep has not judged yet (a row under the bill's reference, owed or not).
  const bills = await prisma.$queryRawUnsafe<Array<{ guarantorUscc: string; period: string; dueDate: Date }>>(
    `SELECT b."guarantorUscc", b.period, b."dueDate" FROM "TaxBill" b
     WHERE b."dueDate" < $1::date
       AND NOT EXISTS (SELECT 1 FROM "SweptCreditReport" r WHERE r.reference = 'customs:tax-arrears:' || b."guarantorUscc" || '|' || b.period)
     ORDER BY b.period, b."guarantorUscc" LIMIT ${BATCH}`,
    today,
  );
  if (bills.length === 0) return [];
  // One request for the batch: the gateway fetches every bill's payment status from finance at once.
  const variables = Object.fromEntries(
    bills.flatMap((bill, i) => [
      [`g${i}`, bill.guarantorUscc],
      [`p${i}`, bill.period],
    ]),
  );
  const answer = await graph.request<Record<string, { paymentStatus: string } | null>>(PAYMENTS(bills.length), variables);
  // Without finance's answer nothing is judged: the next sweep asks again.
  if (answer.errors?.length || !answer.data) return [];
  return bills.map((bill, i) => taxBillJudgement(bill, answer.data![`b${i}`]?.paymentStatus === "PAID"));
}

/**
 * What the sweep records of a bill past its due date: TAX_ARREARS owed to credit when it is not paid in full,
 * nothing owed when it is. The demo seed records its bills, paid on time, the same way.
 */
export function taxBillJudgement(bill: { guarantorUscc: string; period: string; dueDate: Date }, paid: boolean): Found {
  return {
    reference: `customs:tax-arrears:${bill.guarantorUscc}|${bill.period}`,
    uscc: bill.guarantorUscc,
    kind: "TAX_ARREARS",
    occurredAt: afterDueDay(bill.dueDate),
    description: `tax bill of ${bill.period} ${paid ? "paid" : "not paid in full"} by its due date ${chinaDay(bill.dueDate)}`,
    creditReport: paid ? NOTHING_OWED : CREDIT_REPORT.pending,
  };
}
