import { insertAll } from "../insert";
import type { World } from "../world";
import type { PrismaClient } from "../../prisma/credit/generated/client";
import { listEnterprise, removeEntry } from "../../subgraphs/credit/resolvers/negative-list";

/** The demo's credit staff: the subject the demo gateway's credit staff tokens carry (gateway/demo.ts). */
export const DEMO_CREDIT_OFFICER = "demo-credit-officer";

export async function seedCredit(prisma: PrismaClient, { credit }: World): Promise<void> {
  await insertAll(credit.enterprises, (data) => prisma.enterprise.createMany({ data }));
  await insertAll(credit.creditProfiles, (data) => prisma.creditProfile.createMany({ data }));
  await insertAll(credit.creditEvents, (data) => prisma.creditEvent.createMany({ data }));
  // Listed and removed as credit staff list and remove, at the world's instants: the entries keep who and when.
  for (const entry of credit.negativeList) {
    const listed = await listEnterprise(
      prisma,
      DEMO_CREDIT_OFFICER,
      {
        reference: entry.id,
        uscc: entry.uscc,
        reason: entry.reason,
        legalBasis: entry.legalBasis!,
        authority: entry.authority,
        evidenceRef: entry.evidenceRef!,
        effectiveFrom: new Date(entry.effectiveFrom),
      },
      new Date(entry.listedAt),
    );
    if (entry.removedOn) {
      await removeEntry(
        prisma,
        DEMO_CREDIT_OFFICER,
        { id: listed.id, reason: entry.removalReason!, removedOn: new Date(entry.removedOn) },
        new Date(entry.removedAt!),
      );
    }
  }
}
