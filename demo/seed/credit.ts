import { insertAll } from "../insert";
import { inTimeOrder, type World } from "../world";
import type { EnterpriseRole, PrismaClient } from "../../prisma/credit/generated/client";
import { listEnterprise, removeEntry } from "../../subgraphs/credit/resolvers/negative-list";
import { register } from "../../subgraphs/credit/registration";

/** The demo's credit staff: the subject the demo gateway's credit staff tokens carry (gateway/demo.ts). */
export const DEMO_CREDIT_OFFICER = "demo-credit-officer";

/** The registration step the demo's credit staff recorded for a world enterprise: reference, reason and when (10:00 in China on its first day). */
export function demoRegistration(enterprise: World["credit"]["enterprises"][number]) {
  const registeredOn = new Date(enterprise.registeredOn);
  return {
    reference: `REG-${enterprise.uscc}`,
    reason: "首次注册登记：材料齐全，符合登记条件",
    effectiveOn: registeredOn,
    at: new Date(registeredOn.getTime() + 2 * 3600_000),
  };
}

export async function seedCredit(prisma: PrismaClient, { credit }: World): Promise<void> {
  // Registered as credit staff register (versions, REGISTRATION events), at the world's instants and in their
  // order, so the events run in time order.
  for (const enterprise of inTimeOrder(credit.enterprises, (enterprise) => enterprise.registeredOn)) {
    const { reference, reason, effectiveOn, at } = demoRegistration(enterprise);
    await register(
      prisma,
      { subject: DEMO_CREDIT_OFFICER, role: "staff" },
      {
        reference,
        uscc: enterprise.uscc,
        name: enterprise.name,
        roles: enterprise.roles as EnterpriseRole[],
        districtCode: enterprise.districtCode,
        customsCode: enterprise.customsCode,
      },
      { status: "ACTIVE", reason, effectiveOn },
      at,
    );
  }
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
