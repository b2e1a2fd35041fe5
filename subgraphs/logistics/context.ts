import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/logistics/generated/client";
import type { LogisticsLoaders } from "./loaders";

export type LogisticsContext = SubgraphContext<PrismaClient, LogisticsLoaders>;
