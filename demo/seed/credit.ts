import { insertAll } from "../insert";
import type { World } from "../world";
import type { PrismaClient } from "../../prisma/credit/generated/client";

export async function seedCredit(prisma: PrismaClient, { credit }: World): Promise<void> {
  await insertAll(credit.enterprises, (data) => prisma.enterprise.createMany({ data }));
  await insertAll(credit.creditProfiles, (data) => prisma.creditProfile.createMany({ data }));
  await insertAll(credit.creditEvents, (data) => prisma.creditEvent.createMany({ data }));
  await insertAll(credit.negativeList, (data) => prisma.negativeListEntry.createMany({ data }));
}
