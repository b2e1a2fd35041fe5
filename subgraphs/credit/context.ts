import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/credit/generated/client";
import type { CreditLoaders } from "./loaders";

export type CreditContext = SubgraphContext<PrismaClient, CreditLoaders>;
