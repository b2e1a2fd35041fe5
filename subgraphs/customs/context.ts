import type { SubgraphContext } from "../../lib/subgraph";
import type { PrismaClient } from "../../prisma/customs/generated/client";
import type { CustomsLoaders } from "./loaders";

export type CustomsContext = SubgraphContext<PrismaClient, CustomsLoaders>;

/** A waybill as customs knows it: only its key (logistics owns the rest). */
export type WaybillRef = { logisticsCode: string; logisticsNo: string };

/** A stored receipt of any customs document, as the Receipt type reads it. */
export type ReceiptRow = { messageType: string; guid: string; version: number; returnStatus: number; returnInfo: string; returnTime: Date };
