import { insertAll } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/ciq/generated/client";

export async function seedCiq(prisma: PrismaClient, { ciq }: World): Promise<void> {
  await insertAll(ciq.enterpriseFilings, (data) => prisma.enterpriseFiling.createMany({ data }));
  await insertAll(ciq.productFilings, (data) => prisma.productFiling.createMany({ data }));
  await insertAll(ciq.inspections, (data) => prisma.inspection.createMany({ data }));
}
