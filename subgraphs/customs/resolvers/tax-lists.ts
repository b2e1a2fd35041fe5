import { now } from "../../../lib/clock";
import { badUserInput } from "../../../lib/graphql/errors";
import { dayWindow, documentNo, enterpriseCode } from "../../../lib/graphql/filters";
import { paginate, type Connection } from "../../../lib/graphql/pagination";
import type { InventoryDeclaration, Prisma } from "../../../prisma/customs/generated/client";
import type { TaxListFilter } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { hasTaxList, TAX_LIST_STATUS, taxListOf, type TaxList } from "../rules/tax-list";
import { lastReleaseWithClosedWindow, RETURNABLE } from "../rules/withdrawal";
import { recordEvents } from "../../../lib/service/outbox";
import { TAX_LIST_LINES, taxListEvent } from "../events";

/** The lists that have a tax list: released, so numbered, dated and on a bill. */
const RELEASED: Prisma.InventoryDeclarationWhereInput = { invtNo: { not: null }, ieDate: { not: null }, taxBillPeriod: { not: null } };

/** The tax lists of stored lists, their lines read in one batch (the loader) for a whole page. */
async function taxListsOf(lists: InventoryDeclaration[], { loaders }: CustomsContext): Promise<TaxList[]> {
  const at = now();
  const lines = await Promise.all(lists.map((list) => loaders.declarationLines.load(list)));
  return lists.map((list, index) => taxListOf({ ...list, lines: lines[index]! }, at));
}

export async function taxList(
  args: { agentCode?: string | null; copNo?: string | null; invtNo?: string | null },
  context: CustomsContext,
): Promise<TaxList | null> {
  const byKey = args.agentCode != null || args.copNo != null;
  if (byKey === (args.invtNo != null)) throw badUserInput("invtNo", "give either agentCode and copNo, or invtNo");
  let list: InventoryDeclaration | null;
  if (byKey) {
    if (args.agentCode == null || args.copNo == null) throw badUserInput(args.agentCode == null ? "agentCode" : "copNo", "is needed with the other");
    list = await context.loaders.declarationByKey.load({ agentCode: enterpriseCode("agentCode", args.agentCode), copNo: documentNo("copNo", args.copNo, 20) });
  } else {
    list = await context.prisma.inventoryDeclaration.findUnique({ where: { invtNo: documentNo("invtNo", args.invtNo!, 18) } });
  }
  if (!list || !hasTaxList(list)) return null;
  const [tax] = await taxListsOf([list], context);
  return tax!;
}

/** The lists of one CEB816 status as of `at`, as a condition (the same rule as taxListStatus, in SQL). */
function statusWhere(status: number | null | undefined, at: Date): Prisma.InventoryDeclarationWhereInput {
  if (status == null) return {};
  const closed = lastReleaseWithClosedWindow(at);
  const released = { returnStatus: { in: [...RETURNABLE] } };
  switch (status) {
    case TAX_LIST_STATUS.issued:
      return { ...released, ieDate: { gt: closed } };
    case TAX_LIST_STATUS.summarised:
      return { ...released, ieDate: { lte: closed } };
    case TAX_LIST_STATUS.void:
      return { returnStatus: { notIn: [...RETURNABLE] } };
    default:
      throw badUserInput("filter.status", "must be 1 (issued), 2 (summarised) or 3 (void)");
  }
}

export async function taxLists(
  args: { first?: number | null; after?: string | null; filter?: TaxListFilter | null },
  context: CustomsContext,
): Promise<Connection<TaxList>> {
  const filter = args.filter ?? {};
  const where: Prisma.InventoryDeclarationWhereInput = {
    ...RELEASED,
    AND: [{ ieDate: dayWindow("filter", filter.from, filter.to, "date") }, statusWhere(filter.status, now())],
  };
  const page = await paginate<InventoryDeclaration, Prisma.InventoryDeclarationWhereInput>(
    args,
    { fields: ["ieDate", "agentCode", "copNo"], direction: "desc" },
    { AND: [where, context.readable("TaxList")] },
    { rows: (query) => context.prisma.inventoryDeclaration.findMany(query), count: (query) => context.prisma.inventoryDeclaration.count({ where: query }) },
  );
  return { ...page, nodes: await taxListsOf(page.nodes, context) };
}

/** A tax bill's items: the tax lists of the lists released onto it. */
export async function billTaxLists(bill: { guarantorUscc: string; period: string }, context: CustomsContext): Promise<TaxList[]> {
  const lists = await context.loaders.declarationsByTaxBill.load({ assureUscc: bill.guarantorUscc, taxBillPeriod: bill.period });
  return taxListsOf(lists, context);
}

/** Tax lists summarised per sweep: the rest wait for the next one. */
const SUMMARISED_PER_SWEEP = 200;

/**
 * Customs' sweep: the tax lists whose return window has closed are summarised (CEB816 status 2; their tax is
 * final on the bill) by the passing of time alone, so the sweep logs each one's event once: the list's mark
 * (taxListSummarisedAt) and its event are written together, and a list already marked, or returned meanwhile,
 * is left alone. Returns how many it logged.
 */
export async function summariseTaxLists({ prisma }: Pick<CustomsContext, "prisma">): Promise<number> {
  const at = now();
  const due: Prisma.InventoryDeclarationWhereInput = {
    ...RELEASED,
    returnStatus: { in: [...RETURNABLE] },
    ieDate: { lte: lastReleaseWithClosedWindow(at) },
    taxListSummarisedAt: null,
  };
  const lists = await prisma.inventoryDeclaration.findMany({ where: due, include: TAX_LIST_LINES, orderBy: { ieDate: "asc" }, take: SUMMARISED_PER_SWEEP });
  let logged = 0;
  for (const list of lists) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.inventoryDeclaration.updateMany({
        where: { ...due, agentCode: list.agentCode, copNo: list.copNo },
        data: { taxListSummarisedAt: at },
      });
      if (count === 0) return;
      await recordEvents(tx, [taxListEvent(taxListOf(list, at), list, at)]);
      logged += 1;
    });
  }
  return logged;
}
