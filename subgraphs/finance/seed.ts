import { insertAll } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/finance/generated/client";

export async function seedFinance(prisma: PrismaClient, { finance }: World): Promise<void> {
  await insertAll(finance.payments, (data) => prisma.payment.createMany({ data }));
}
