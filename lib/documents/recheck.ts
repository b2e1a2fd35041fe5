import type { GraphClient } from "../graph-client";
import { logger } from "../logger";

/**
 * Tells customs that a document of this order has arrived, so that a list waiting for it is decided now.
 * A failure is logged, not passed on: the filing itself succeeded, and the list keeps waiting until the
 * next recheck.
 */
export async function recheckWaitingLists(context: { graph: GraphClient }, orderNo: string): Promise<void> {
  const result = await context.graph.request(`mutation Recheck($orderNo: String) { recheckDeclarations(orderNo: $orderNo) { returnStatus } }`, { orderNo });
  if (result.errors?.length) logger.warn({ orderNo, errors: result.errors.map((error) => error.message) }, "customs not told of a new document");
}
