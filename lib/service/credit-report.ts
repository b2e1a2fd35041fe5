import type { GraphClient } from "../graph-client";
import { ErrorCode } from "../graphql/errors";
import { logger } from "../logger";

/**
 * A fact a department reports to credit (docs/domain.md#the-score-model-as-rules): credit weighs it by its
 * score rules. No personal data: the description names documents and reasons, never buyers.
 */
export interface CreditReport {
  /** One event per reference: a report sent twice counts once. */
  reference: string;
  /** The enterprise's USCC or its registered customs code. */
  uscc: string;
  kind: "INSPECTION_FAILED" | "LIST_REJECTED" | "REBATE_REFUSED" | "SUMMARY_LATE" | "LOGISTICS_ANOMALY" | "TAX_ARREARS";
  occurredAt: Date;
  description: string;
}

/** What became of a report: credit has it, credit refused it for good (e.g. the enterprise is not registered), or it is still owed. */
export type ReportOutcome = "sent" | "refused" | "pending";

/** The owed-report marker's values, in the column each department keeps beside the record the fact is about. */
export const CREDIT_REPORT = { pending: "pending", sent: "sent", refused: "refused" } as const;

const REPORT = `mutation Report($event: CreditEventInput!) { recordCreditEvent(event: $event) { id } }`;

/**
 * The one way a department tells credit of a fact. The department marks the record as owing the report
 * (CREDIT_REPORT.pending) in the same transaction that records the fact, then calls this; `settle` clears the
 * mark once credit has answered for good, and the department's sweep calls this again for every mark still
 * pending, so that no fact is lost when credit cannot be reached.
 */
export async function reportToCredit(
  graph: GraphClient,
  report: CreditReport,
  settle: (outcome: Exclude<ReportOutcome, "pending">) => Promise<unknown>,
): Promise<ReportOutcome> {
  const answer = await graph.request(REPORT, { event: { ...report, occurredAt: report.occurredAt.toISOString() } });
  const errors = answer.errors ?? [];
  if (errors.length > 0 && !errors.every((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT)) {
    logger.warn({ reference: report.reference, kind: report.kind, errors: errors.map((error) => error.message) }, "credit not told yet; the sweep retries");
    return "pending";
  }
  const outcome = errors.length === 0 ? "sent" : "refused";
  // Refused for good (an enterprise credit does not know, say): retrying would only be refused again.
  if (outcome === "refused")
    logger.warn({ reference: report.reference, kind: report.kind, errors: errors.map((error) => error.message) }, "credit refused a report");
  await settle(outcome);
  return outcome;
}
