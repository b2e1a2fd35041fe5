import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/finance/generated/client";
import type { FinanceLoaders } from "./loaders";

export type FinanceContext = SubgraphContext<PrismaClient, FinanceLoaders>;

/** An order as finance knows it: only its key (customs owns the rest). */
export type OrderRef = { ebpCode: string; orderNo: string };

/** A tax bill as finance knows it: its key, and its total when the gateway brings it (@requires). */
export type TaxBillRef = { guarantorUscc: string; period: string; total?: string | null };

/** An export list as finance refers to it: its key (customs owns the rest). */
export type ExportDeclarationRef = { agentCode: string; copNo: string };

/** A declaration form as finance refers to it: its key (customs owns the rest). */
export type SummaryResultRef = { entryId: string };
