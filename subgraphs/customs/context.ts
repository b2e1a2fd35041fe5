import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/customs/generated/client";
import type { CustomsLoaders } from "./loaders";

export type CustomsContext = SubgraphContext<PrismaClient, CustomsLoaders>;

/** A waybill as customs knows it: only its key (logistics owns the rest). */
export type WaybillRef = { logisticsCode: string; logisticsNo: string };

/** A product filing as customs knows it: its number (CIQ owns the rest). */
export type ProductFilingRef = { filingNo: string };
