import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/ciq/generated/client";
import type { CiqLoaders } from "./loaders";

export type CiqContext = SubgraphContext<PrismaClient, CiqLoaders>;

/** An inventory list as CIQ knows it: only its key (customs owns the rest). */
export type DeclarationRef = { agentCode: string; copNo: string };
/** An enterprise as CIQ knows it: only its USCC (credit owns the rest). */
export type EnterpriseRef = { uscc: string };
