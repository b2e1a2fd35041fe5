import { logger } from "../../../lib/logger";
import type { CustomsContext } from "../context";
import { CREDIT_REPORT } from "../../../lib/service/credit-report";
import { applyInspectionResult, reportListToCredit } from "./conclude-inspection";
import { recheckDeclarations } from "./declare-inventory";
import { summariseTaxLists } from "./tax-lists";
import { sweepLateFacts } from "./swept-reports";

const INSPECTION = `query Inspection($id: String!) { inspection(id: $id) { result disposal reason } }`;

/**
 * What customs does by itself every minute, so that nothing waits forever on a message that was lost:
 * lists still waiting for a document are decided again (and finally rejected once their deadline has
 * passed, naming what never arrived), lists under inspection learn a result CIQ
 * recorded but could not deliver, credit gets the failed inspections and rejected lists it has not been
 * told of, the tax lists whose return window has closed are logged as summarised (CEB816 status 2), and the
 * summaries and tax bills whose due date has passed undone are reported (swept-reports.ts). Each step is a
 * conditional update or a keyed insert, so a run beside another changes nothing twice; `signal` (its job's)
 * stops a run that is no longer its job's between steps.
 */
export async function sweepCustoms(context: CustomsContext, signal?: AbortSignal): Promise<void> {
  await recheckDeclarations(undefined, context);
  signal?.throwIfAborted();
  const inspected = await context.prisma.inventoryDeclaration.findMany({
    where: { returnStatus: 500 },
    select: { agentCode: true, copNo: true, decision: true },
    take: 200,
  });
  for (const list of inspected) {
    const id = (list.decision as { sampling?: { inspection?: { id?: string } } } | null)?.sampling?.inspection?.id;
    if (!id) continue;
    const answer = await context.graph.request<{ inspection: { result: string; disposal: string | null; reason: string } | null }>(INSPECTION, { id });
    const inspection = answer.data?.inspection;
    if (!inspection || inspection.result === "PENDING") continue;
    signal?.throwIfAborted();
    await applyInspectionResult(
      {
        agentCode: list.agentCode,
        copNo: list.copNo,
        passed: inspection.result === "PASSED",
        disposal: inspection.disposal ?? "RETURN",
        reason: inspection.reason,
      },
      context,
    ).catch((error: unknown) => logger.warn({ err: error, list: list.copNo }, "inspection result not applied"));
  }
  const owed = await context.prisma.inventoryDeclaration.findMany({
    where: { creditReport: CREDIT_REPORT.pending },
    select: { agentCode: true, copNo: true, ebcCode: true, returnStatus: true, returnInfo: true },
    take: 200,
  });
  for (const list of owed) {
    signal?.throwIfAborted();
    await reportListToCredit(list, context);
  }
  signal?.throwIfAborted();
  await summariseTaxLists(context);
  signal?.throwIfAborted();
  await sweepLateFacts(context);
}
