import { insertAll } from "../insert";
import { inTimeOrder, type World } from "../world";
import type { PrismaClient } from "../../prisma/ciq/generated/client";
import { chinaDay } from "../../lib/rules/china-time";
import { applyForEnterpriseFiling, approveEnterpriseApplication, checkedEnterpriseApplication } from "../../subgraphs/ciq/resolvers/enterprise-filings";
import { applyForProductFiling, approveProductApplication, checkedProductApplication } from "../../subgraphs/ciq/resolvers/product-filings";

/** The demo's CIQ staff: the subject the demo gateway's CIQ staff tokens carry (gateway/demo.ts). */
export const DEMO_CIQ_OFFICER = "demo-ciq-officer";

/** A filing's application as the demo's CIQ staff took it: its reference (`prefix`-filing number), three days before approval. */
function demoApplication(prefix: string, filing: { filingNo: string; filedAt?: Date | string }) {
  const filedAt = new Date(filing.filedAt!);
  return { reference: `${prefix}-${filing.filingNo}`, appliedAt: new Date(filedAt.getTime() - 3 * 86400_000), filedAt };
}

/** An enterprise filing's application as the demo's CIQ staff took it. */
export const demoEnterpriseApplication = (filing: World["ciq"]["enterpriseFilings"][number]) => demoApplication("QYSQ", filing);

/** A product filing's application as the demo's CIQ staff took it for the enterprise. */
export const demoProductApplication = (filing: World["ciq"]["productFilings"][number]) => demoApplication("SPSQ", filing);

/** Lists customs refused (三单对碰 / admission) never reach CIQ; every other list was decided. */
const REFUSED = 100;

/**
 * The demo world's sampling decisions, consistent with its inspections: every list customs accepted was
 * decided, three hours after its declaration date (when the world's inspections were); those with an
 * inspection were selected; the class is the e-commerce enterprise's in the world's credit profiles.
 */
export function seededDecisions({ ciq, customs, credit }: World) {
  const classOf = new Map(credit.creditProfiles.map((profile) => [profile.uscc, profile.creditClass as string]));
  const inspected = new Set(ciq.inspections.map((inspection) => `${inspection.agentCode}|${inspection.copNo}`));
  const decided = customs.declarations.filter((list) => list.returnStatus !== REFUSED);
  const keys = new Set(decided.map((list) => `${list.agentCode}|${list.copNo}`));
  const decisions = decided.map((list) => ({
    agentCode: list.agentCode,
    copNo: list.copNo,
    decidedAt: new Date(new Date(list.declTime).getTime() + 3 * 3600_000),
    selected: inspected.has(`${list.agentCode}|${list.copNo}`),
    creditClass: classOf.get(list.ebcCode) ?? null,
  }));
  const filings = new Map<string, { agentCode: string; copNo: string; filingNo: string }>();
  for (const line of customs.inventoryLines) {
    if (!line.filingNo || !keys.has(`${line.agentCode}|${line.copNo}`)) continue;
    filings.set(`${line.agentCode}|${line.copNo}|${line.filingNo}`, { agentCode: line.agentCode, copNo: line.copNo, filingNo: line.filingNo });
  }
  return { decisions, filings: [...filings.values()] };
}

export async function seedCiq(prisma: PrismaClient, world: World): Promise<void> {
  const { ciq } = world;
  // Applied for and approved as CIQ staff file enterprises and (for each e-commerce enterprise, as the live flow
  // allows them) products: each step at the world's instant and all in time order, so the filings keep their
  // history, their events run in time order and the approvals take the numbers the world gave (by date).
  const steps: Array<{ at: Date; run: () => Promise<void> }> = [];
  /** A filing's two steps: applied for at `appliedAt`, approved at `filedAt` from that China day, with the world's number. */
  const applyThenApprove = (
    filing: { filingNo: string },
    { appliedAt, filedAt }: { appliedAt: Date; filedAt: Date },
    apply: (at: Date) => Promise<{ id: string }>,
    approve: (args: { id: string; effectiveFrom: Date }, at: Date) => Promise<{ filingNo: string | null }>,
  ) => {
    let id = "";
    steps.push({ at: appliedAt, run: async () => void (id = (await apply(appliedAt)).id) });
    steps.push({
      at: filedAt,
      run: async () => {
        const approved = await approve({ id, effectiveFrom: new Date(chinaDay(filedAt)) }, filedAt);
        if (approved.filingNo !== filing.filingNo)
          throw new Error(`CIQ numbered ${filing.filingNo} of the demo world ${approved.filingNo}: its numbering did not start afresh`);
      },
    });
  };
  for (const filing of ciq.enterpriseFilings) {
    const application = demoEnterpriseApplication(filing);
    const checked = checkedEnterpriseApplication({ reference: application.reference, uscc: filing.uscc, role: filing.role, ciqOrgCode: filing.ciqOrgCode });
    applyThenApprove(
      filing,
      application,
      (at) => applyForEnterpriseFiling(prisma, DEMO_CIQ_OFFICER, checked, at),
      (args, at) => approveEnterpriseApplication(prisma, DEMO_CIQ_OFFICER, args, at),
    );
  }
  for (const filing of ciq.productFilings) {
    const application = demoProductApplication(filing);
    const checked = checkedProductApplication({
      reference: application.reference,
      ownerUscc: filing.ownerUscc,
      hsCode: filing.hsCode,
      itemNo: filing.itemNo,
      cusGoodsNo: filing.cusGoodsNo,
      barCode: filing.barCode,
      goodsName: filing.goodsName,
      goodsStyle: filing.goodsStyle,
      brand: filing.brand,
      originCountry: filing.originCountry,
      manufacturer: filing.manufacturer,
      unit: filing.unit,
      regPrice: filing.regPrice.toString(),
      businessType: filing.businessType,
      riskLevel: filing.riskLevel,
    });
    applyThenApprove(
      filing,
      application,
      (at) => applyForProductFiling(prisma, DEMO_CIQ_OFFICER, checked, at),
      (args, at) => approveProductApplication(prisma, DEMO_CIQ_OFFICER, args, at),
    );
  }
  for (const step of inTimeOrder(steps, (step) => step.at)) await step.run();
  await insertAll(ciq.inspections, (data) => prisma.inspection.createMany({ data }));
  const { decisions, filings } = seededDecisions(world);
  await insertAll(decisions, (data) => prisma.samplingDecision.createMany({ data }));
  await insertAll(filings, (data) => prisma.samplingDecisionFiling.createMany({ data }));
}
