import { GraphQLError } from "graphql";
import { ErrorCode, badUserInput, forbidden } from "../../../lib/graphql/errors";
import { enterpriseCode } from "../../../lib/graphql/filters";
import type { Identity } from "../../../lib/auth/identity";
import type { ExportReceipt } from "../../../prisma/finance/generated/client";
import type { FinanceContext } from "../context";
import { coverage, expectedPayment, monthWindow } from "../rules/coverage";

/** What finance needs of a released list: its key, its order's key and what the order is worth. */
interface ReleasedList {
  agentCode: string;
  copNo: string;
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  returnStatus: number;
  goodsValue: string;
  currency: string;
  order: { goodsValue: string; freight: string; currency: string } | null;
}

const RELEASED = 800;
const PAGE = 100;

const RELEASED_LISTS = `
  query ReleasedExportLists($filter: ExportDeclarationFilter, $first: Int, $after: String) {
    exportDeclarations(first: $first, after: $after, filter: $filter) {
      nodes { agentCode copNo ebpCode orderNo ebcCode returnStatus goodsValue currency order { goodsValue freight currency } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type ListsPage = { exportDeclarations: { nodes: ReleasedList[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** The exporter itself, finance and customs staff, analysts and administrators. */
function requireReconciliationReader(identity: Identity, ebcCode: string): void {
  if (identity.role === "admin" || identity.role === "analyst") return;
  if (identity.role === "staff" && (identity.department === "finance" || identity.department === "customs")) return;
  if ((identity.role === "enterprise" || identity.role === "partner") && identity.usccs.includes(ebcCode)) return;
  throw forbidden("an exporter's reconciliation is for the exporter itself, finance and customs staff, analysts and administrators");
}

/** Every released list of the exporter declared in the month, page by page, as finance's own service. */
async function releasedLists(context: FinanceContext, ebcCode: string, from: string, to: string): Promise<ReleasedList[]> {
  const lists: ReleasedList[] = [];
  let after: string | null = null;
  do {
    const answer: { data?: ListsPage | null; errors?: unknown[] } = await context.graph.request<ListsPage>(RELEASED_LISTS, {
      filter: { enterprise: ebcCode, returnStatus: RELEASED, from, to },
      first: PAGE,
      after,
    });
    if (answer.errors?.length || !answer.data) {
      throw new GraphQLError("exportReconciliation: customs cannot be asked for the released lists; ask again later", {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "customs" },
      });
    }
    const page = answer.data.exportDeclarations;
    // The enterprise filter matches every party to a list; only the lists of this consignor are its exports.
    lists.push(...page.nodes.filter((list) => list.ebcCode === ebcCode && list.returnStatus === RELEASED));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return lists;
}

const orderKey = (row: { ebpCode: string; orderNo: string }) => JSON.stringify([row.ebpCode, row.orderNo]);

export async function exportReconciliation(ebcCodeArgument: string, period: string, context: FinanceContext) {
  const ebcCode = enterpriseCode("ebcCode", ebcCodeArgument);
  requireReconciliationReader(context.identity, ebcCode);
  const window = monthWindow(period);
  if (!window) throw badUserInput("period", "must be a month, YYYY-MM");

  const lists = await releasedLists(context, ebcCode, window.firstDay, window.nextFirstDay);
  const [byOrder, accounted] = await Promise.all([
    context.loaders.exportReceiptsByOrder.loadMany(lists.map((list) => ({ ebpCode: list.ebpCode, orderNo: list.orderNo }))),
    context.prisma.exportReceipt.findMany({
      where: { ebcCode, accountingDate: { gte: window.from, lt: window.to } },
      orderBy: [{ accountingDate: "asc" }, { payCode: "asc" }, { payNo: "asc" }],
    }),
  ]);

  const matched = [];
  const unmatchedDeclarations = [];
  for (const [index, list] of lists.entries()) {
    const found = byOrder[index];
    if (found instanceof Error) throw found;
    const receipts: ExportReceipt[] = found ?? [];
    const { expected, currency } = expectedPayment(list);
    const covered = coverage(expected, currency, receipts, ebcCode);
    const row = {
      declaration: { agentCode: list.agentCode, copNo: list.copNo },
      ebpCode: list.ebpCode,
      orderNo: list.orderNo,
      receipts,
      expected,
      received: covered.received,
      currency,
    };
    if (covered.status === "COVERED") matched.push(row);
    else {
      const reason = covered.status === "NONE" ? ("NO_RECEIPT" as const) : covered.status;
      unmatchedDeclarations.push({ ...row, reason, shortBy: covered.status === "SHORT" ? covered.shortBy : null });
    }
  }
  const released = new Set(lists.map(orderKey));
  return { ebcCode, period, matched, unmatchedDeclarations, unmatchedReceipts: accounted.filter((receipt) => !released.has(orderKey(receipt))) };
}
