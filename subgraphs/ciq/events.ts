import { recordEvents, type OutboxWriter } from "../../lib/service/outbox";

/** A step in the history of a filing application or a filing, as both kinds' change tables hold it. */
export interface FilingStep {
  applicationId: string | null;
  filingNo?: string | null;
  action: string;
  reason?: string | null;
  effectiveFrom?: Date | null;
  changedAt: Date;
}

/**
 * Writes the event of a filing step, in the step's transaction: the applicant (the product's owner, the
 * enterprise filed) reads it (ProductFilingApplication, EnterpriseFilingApplication @access parties). The
 * application's id names the document while there is one; a filing without an application by its number.
 */
export function recordFilingEvent(tx: OutboxWriter, kind: "PRODUCT_FILING" | "ENTERPRISE_FILING", owner: string, step: FilingStep) {
  return recordEvents(tx, [
    {
      kind,
      documentKey: step.applicationId ? { applicationId: step.applicationId } : { filingNo: step.filingNo! },
      enterprises: [owner],
      receipt: {
        applicationId: step.applicationId,
        filingNo: step.filingNo ?? null,
        status: step.action,
        reason: step.reason ?? null,
        effectiveFrom: step.effectiveFrom ?? null,
        changedAt: step.changedAt,
      },
      occurredAt: step.changedAt,
    },
  ]);
}
