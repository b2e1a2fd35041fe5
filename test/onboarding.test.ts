/**
 * Issue #13, "Done when", first part, through the gateway: five parties the demo world does not have (a
 * platform, an e-commerce enterprise, a payment company, a carrier and a declaring agent) join the zone and
 * declare their first parcel, in the order docs/partner-guide.md#onboarding-step-by-step walks a partner
 * through: registration with credit → CIQ enterprise filing → product filing → partner key → first parcel,
 * once as GraphQL operations and once as CEB XML messages. Only the bonded warehouse (areaCode) is the demo
 * world's: a new partner stores its goods in the zone's existing warehouse.
 */
import Decimal from "decimal.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildWorld } from "../demo/world";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { setClock } from "../lib/clock";
import { usccCheckChar } from "../lib/rules/uscc";
import type { PrismaClient } from "../prisma/credit/generated/client";
import type { PrismaClient as CustomsClient } from "../prisma/customs/generated/client";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { relayEvents } from "../subgraphs/customs/relay";
import { addPartner } from "../scripts/operator";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { parcelFiler } from "./helpers/parcels";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, withoutRequestId, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

const TODAY = "2026-12-15";
const world = buildWorld();
let system: TestSystem;
let directory: string;
const users = parcelFiler(() => system);

/** A USCC no demo enterprise has, with its GB 32100 check character. */
const newUscc = (serial: string) => {
  const first17 = `9146010${serial.padStart(10, "0")}`;
  return first17 + usccCheckChar(first17);
};

/** The five new parties; the seller and the agent also have a 10-character customs code. */
const PARTIES = {
  platform: { uscc: newUscc("88001"), name: "海南新跨境平台有限公司", role: "PLATFORM" },
  seller: { uscc: newUscc("88002"), name: "海南新优品电子商务有限公司", role: "ECOMMERCE", customsCode: "4601880002" },
  payer: { uscc: newUscc("88003"), name: "海南新支付科技有限公司", role: "PAYMENT" },
  carrier: { uscc: newUscc("88004"), name: "海南新速递物流有限公司", role: "LOGISTICS" },
  agent: { uscc: newUscc("88005"), name: "海南新报关代理有限公司", role: "AGENT", customsCode: "4601880005" },
} as const;
type Party = keyof typeof PARTIES;

/** The product the new seller files: skin care, a code of the tariff in force with consumption tax. */
const PRODUCT = {
  reference: "first-product",
  ownerUscc: PARTIES.seller.uscc,
  hsCode: "3304990099",
  itemNo: "NEW-SKU-0001",
  barCode: "6901234567892",
  goodsName: "保湿面霜",
  goodsStyle: "50ml",
  brand: "海之蓝",
  originCountry: "116",
  manufacturer: "Umi Cosmetics K.K.",
  unit: "011",
  regPrice: "1000.00",
  businessType: "BONDED_ZONE",
  riskLevel: "LOW",
};

let creditStaff: Credentials;
let ciqStaff: Credentials;
const keys = {} as Record<Party, Credentials>;

const operations = buildManifest().operations;
/** A partner's registered operation, by its id, with its key: the only way a partner key reaches the graph. */
async function partnerOperation<Data = Record<string, any>>(name: string, variables: Record<string, unknown>, party: Party): Promise<GraphQLResponse<Data>> {
  const operation = operations.find((candidate) => candidate.name === name)!;
  const response = await fetch(system.gatewayUrl, {
    method: "POST",
    headers: system.headers(keys[party]),
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } }, variables }),
  });
  return withoutRequestId((await response.json()) as GraphQLResponse<Data>);
}

beforeAll(async () => {
  setClock(new Date(`${TODAY}T10:00:00+08:00`));
  directory = mkdtempSync(path.join(tmpdir(), "onboarding-keys-"));
  system = await startTestSystem("onboarding", { partnerKeysFile: path.join(directory, "partner-keys.json") });
  creditStaff = { token: await system.security.staffToken("credit") };
  ciqStaff = { token: await system.security.staffToken("ciq") };
});

afterAll(async () => {
  await system?.stop();
  rmSync(directory, { recursive: true, force: true });
  setClock(null);
});

/** A parcel of the new parties: the factory's consistent documents, every party replaced by a new one, lines naming no filingNo. */
const { parcel, filed } = parcelFactory(world, () => PARTIES.platform.uscc);
function firstParcel(): Parcel {
  // The demo goods only lend the factory its shape and tax; every party and product field is replaced below.
  const p = parcel({ goods: [{ ...filed("CIQ46000000100041", "1000.00"), gcode: PRODUCT.hsCode, name: PRODUCT.goodsName }] });
  const { platform, seller, payer, carrier, agent } = PARTIES;
  Object.assign(p.order, { ebpName: platform.name, ebcCode: seller.uscc, ebcName: seller.name, payCode: payer.uscc, payName: payer.name });
  p.order.lines = p.order.lines.map((line) => ({ ...line, itemNo: PRODUCT.itemNo }));
  Object.assign(p.payment, { payCode: payer.uscc, payName: payer.name, ebpName: platform.name });
  Object.assign(p.waybill, { logisticsCode: carrier.uscc, logisticsName: carrier.name });
  const lines = p.inventory.lines.map(({ filingNo: _, ...line }) => ({ ...line, itemNo: PRODUCT.itemNo, barCode: PRODUCT.barCode }));
  Object.assign(p.inventory, {
    ebpName: platform.name,
    ebcCode: seller.uscc,
    ebcName: seller.name,
    logisticsCode: carrier.uscc,
    logisticsName: carrier.name,
    agentCode: agent.uscc,
    agentName: agent.name,
    lines,
  });
  for (const code of [p.order.ebpCode, p.payment.ebpCode, p.inventory.ebpCode, p.inventory.assureCode]) expect(code).toBe(platform.uscc);
  expect(JSON.stringify(p)).not.toContain("CIQ46");
  return p;
}

/**
 * The tax customs assesses on 1000.00 of skin care with 20.00 freight, from the tariff line in force: within
 * the limits, no duty, 70% of the VAT and of the consumption tax (levied on the price including it).
 */
async function expectedTax(): Promise<{ consumptionTax: string; valueAddedTax: string; taxTotal: string }> {
  const { data, errors } = await system.query(`query($c: [String!]!, $on: Date!) { tariffLines(codes: $c, on: $on) { vatRate consumptionTaxRate } }`, {
    c: [PRODUCT.hsCode],
    on: TODAY,
  });
  expect(errors).toBeUndefined();
  const line = data!.tariffLines[0] as { vatRate: string; consumptionTaxRate: string };
  // The tariff states its rates in percent.
  const [vatRate, consumptionRate] = [line.vatRate, line.consumptionTaxRate].map((percent) => new Decimal(percent).div(100)) as [Decimal, Decimal];
  expect(consumptionRate.isZero()).toBe(false);
  const dutiable = new Decimal("1020.00");
  const consumption = dutiable.div(new Decimal(1).minus(consumptionRate)).times(consumptionRate);
  const vat = dutiable.plus(consumption).times(vatRate);
  const fen = (amount: Decimal) => amount.times("0.7").toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    consumptionTax: fen(consumption).toFixed(2),
    valueAddedTax: fen(vat).toFixed(2),
    taxTotal: fen(consumption).plus(fen(vat)).toFixed(2),
  };
}

async function expectReleasedWithTax(p: Parcel) {
  const answer = await partnerOperation("PartnerDeclaration", { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo }, "agent");
  expect(answer.errors).toBeUndefined();
  const list = answer.data!.declaration;
  const tax = await expectedTax();
  expect(new Decimal(list.consumptionTax).toFixed(2)).toBe(tax.consumptionTax);
  expect(new Decimal(list.valueAddedTax).toFixed(2)).toBe(tax.valueAddedTax);
  expect(new Decimal(list.taxTotal).toFixed(2)).toBe(tax.taxTotal);
  expect(new Decimal(list.customsTax).toFixed(2)).toBe("0.00");
  expect(list).toMatchObject({ returnStatus: 800, invtNo: expect.stringMatching(/^64092026I/) });
  expect(list.receipts.map((receipt: { returnStatus: number }) => receipt.returnStatus)).toContain(800);
}

describe("five new parties join the zone", () => {
  it("register with credit: three apply and are approved, two are registered by credit staff", async () => {
    for (const party of ["platform", "seller", "payer"] as const) {
      const { uscc, name, role } = PARTIES[party];
      const customsCode = party === "seller" ? PARTIES.seller.customsCode : null;
      const applied = await system.query(
        `mutation($a: RegistrationInput!) { applyForRegistration(application: $a) { uscc status } }`,
        { a: { reference: `apply-${party}`, uscc, name, roles: [role], districtCode: "460100", customsCode } },
        await users.as(uscc),
      );
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applyForRegistration).toEqual({ uscc, status: "PENDING" });
      const decided = await system.query(
        `mutation($d: RegistrationDecisionInput!) { decideRegistration(decision: $d) { uscc status } }`,
        { d: { reference: `approve-${party}`, uscc, status: "ACTIVE", effectiveOn: TODAY, reason: "documents checked" } },
        creditStaff,
      );
      expect(decided.errors).toBeUndefined();
      expect(decided.data!.decideRegistration).toEqual({ uscc, status: "ACTIVE" });
    }
    for (const party of ["carrier", "agent"] as const) {
      const { uscc, name, role } = PARTIES[party];
      const registered = await system.query(
        `mutation($r: RegistrationInput!, $why: String!, $on: Date!) { registerEnterprise(registration: $r, reason: $why, effectiveOn: $on) { uscc status customsCode } }`,
        {
          r: {
            reference: `desk-${party}`,
            uscc,
            name,
            roles: [role],
            districtCode: "460100",
            customsCode: party === "agent" ? PARTIES.agent.customsCode : null,
          },
          why: "paper application",
          on: TODAY,
        },
        creditStaff,
      );
      expect(registered.errors).toBeUndefined();
      expect(registered.data!.registerEnterprise).toMatchObject({ uscc, status: "ACTIVE" });
    }
    const agent = await system.query(`query($c: String!) { enterpriseByCustomsCode(customsCode: $c) { uscc status } }`, { c: PARTIES.agent.customsCode });
    expect(agent.data!.enterpriseByCustomsCode).toEqual({ uscc: PARTIES.agent.uscc, status: "ACTIVE" });
  });

  it("get their partner keys from the operator's `npm run partner -- add`, one per enterprise", async () => {
    const prisma = system.databases.credit.prisma as PrismaClient;
    for (const party of Object.keys(PARTIES) as Party[]) {
      const { key } = await addPartner(prisma, path.join(directory, "partner-keys.json"), { name: PARTIES[party].name, usccs: [PARTIES[party].uscc] });
      keys[party] = { apiKey: key };
    }
  });

  it("are filed with CIQ for their roles (CIQ files no declaring agent), each applying with its own key", async () => {
    for (const party of ["platform", "seller", "payer", "carrier"] as const) {
      const { uscc, role } = PARTIES[party];
      const applied = await partnerOperation("FileEnterprise", { application: { reference: `ciq-${party}`, uscc, role, ciqOrgCode: "460000" } }, party);
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.fileEnterprise).toMatchObject({ role, status: "PENDING", filing: null });
      const approved = await system.query(
        `mutation($id: String!, $on: Date!) { approveEnterpriseFiling(id: $id, effectiveFrom: $on) { status filing { filingNo status effectiveFrom } } }`,
        { id: applied.data!.fileEnterprise.id, on: TODAY },
        ciqStaff,
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.approveEnterpriseFiling).toEqual({
        status: "APPROVED",
        filing: { filingNo: expect.stringMatching(/^QY46\d{10}$/), status: "FILED", effectiveFrom: TODAY },
      });
    }
  });

  it("file their product, which CIQ approves", async () => {
    const applied = await partnerOperation("FileProduct", { application: PRODUCT }, "seller");
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.fileProduct).toMatchObject({ status: "PENDING", filing: null });
    const approved = await system.query(
      `mutation($id: String!, $on: Date!) { approveProductFiling(id: $id, effectiveFrom: $on) { status filing { filingNo status effectiveFrom } } }`,
      { id: applied.data!.fileProduct.id, on: TODAY },
      ciqStaff,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveProductFiling).toEqual({
      status: "APPROVED",
      filing: { filingNo: expect.stringMatching(/^CIQ46\d{12}$/), status: "FILED", effectiveFrom: TODAY },
    });
  });

  it("declare their first parcel through the graph's operations: 120 for order, payment and waybill, 800 for the list, with the right tax", async () => {
    const p = firstParcel();
    const order = await partnerOperation("SubmitOrder", { order: p.order }, "platform");
    expect(order.data!.submitOrder).toMatchObject({ messageType: "CEB312", returnStatus: 120 });
    const payment = await partnerOperation("SubmitPayment", { payment: p.payment }, "payer");
    expect(payment.data!.submitPayment).toMatchObject({ messageType: "CEB412", returnStatus: 120 });
    const waybill = await partnerOperation("SubmitWaybill", { waybill: p.waybill }, "carrier");
    expect(waybill.data!.submitWaybill).toMatchObject({ messageType: "CEB512", returnStatus: 120 });
    const list = await partnerOperation("DeclareInventory", { inventory: p.inventory }, "agent");
    expect(list.errors).toBeUndefined();
    expect(list.data!.declareInventory).toMatchObject({ messageType: "CEB622", returnStatus: 800, returnInfo: expect.stringMatching(/^放行/) });
    await expectReleasedWithTax(p);
  });

  it("declare their next parcel as CEB XML messages, with the same answers", async () => {
    const p = firstParcel();
    const post = (root: string, node: string, head: string, list: string | null, document: Record<string, unknown>, party: Party) =>
      postCeb(system, cebMessage(root, node, head, list, [document]), keys[party]);
    const order = await post("CEB311Message", "Order", "OrderHead", "OrderList", p.order, "platform");
    expect(order.status).toBe(200);
    expect(returnStatuses(order.text)).toEqual([120]);
    expect(returnStatuses((await post("CEB411Message", "Payment", "PaymentHead", null, p.payment, "payer")).text)).toEqual([120]);
    expect(returnStatuses((await post("CEB511Message", "Logistics", "LogisticsHead", null, p.waybill, "carrier")).text)).toEqual([120]);
    const list = await post("CEB621Message", "Inventory", "InventoryHead", "InventoryList", p.inventory, "agent");
    expect(list.text).toMatch(/<ceb:CEB622Message/);
    expect(returnStatuses(list.text)).toEqual([800]);
    await expectReleasedWithTax(p);
  });

  it("declare a parcel naming the e-commerce enterprise (also the guarantor) and the agent by their customs codes: credit resolves them, 800", async () => {
    const p = firstParcel();
    p.order.ebcCode = PARTIES.seller.customsCode;
    Object.assign(p.inventory, { ebcCode: PARTIES.seller.customsCode, assureCode: PARTIES.seller.customsCode, agentCode: PARTIES.agent.customsCode });
    expect((await partnerOperation("SubmitOrder", { order: p.order }, "platform")).data!.submitOrder.returnStatus).toBe(120);
    expect((await partnerOperation("SubmitPayment", { payment: p.payment }, "payer")).data!.submitPayment.returnStatus).toBe(120);
    expect((await partnerOperation("SubmitWaybill", { waybill: p.waybill }, "carrier")).data!.submitWaybill.returnStatus).toBe(120);
    const list = await partnerOperation("DeclareInventory", { inventory: p.inventory }, "agent");
    expect(list.errors).toBeUndefined();
    expect(list.data!.declareInventory).toMatchObject({ returnStatus: 800, returnInfo: expect.stringMatching(/^放行/) });
    // The parties named by customs code are the enterprises of their USCCs: they read the list, its tax list and
    // the guarantor's one bill, and their receipts reach their feeds.
    const key = { agentCode: p.inventory.agentCode, copNo: p.inventory.copNo };
    expect((await partnerOperation("PartnerDeclaration", key, "agent")).data!.declaration).toMatchObject({ ...key, returnStatus: 800 });
    const taxList = await partnerOperation("PartnerTaxList", key, "seller");
    expect(taxList.errors).toBeUndefined();
    expect(taxList.data!.taxList).toMatchObject({
      assureCode: PARTIES.seller.customsCode,
      entDutyNo: expect.stringMatching(new RegExp(`^${PARTIES.seller.uscc}\\d{6}$`)),
    });
    const bills = await partnerOperation("PartnerTaxBills", { first: 5 }, "seller");
    expect(bills.errors).toBeUndefined();
    const billed = bills.data!.taxBills.nodes.filter((bill: { taxLists: Array<{ copNo: string }> }) => bill.taxLists.some((list) => list.copNo === key.copNo));
    expect(billed.map((bill: { guarantorUscc: string }) => bill.guarantorUscc)).toEqual([PARTIES.seller.uscc]);
    // The relay (run here, as `npm start` runs it every second) publishes the list's receipts to its parties' feeds.
    await relayEvents(serviceContext<CustomsClient, ReturnType<typeof createCustomsLoaders>>(system, "customs", createCustomsLoaders));
    for (const party of ["agent", "seller"] as const) {
      const feed = await partnerOperation("PartnerReceipts", { first: 100, kinds: ["INVENTORY_RECEIPT"] }, party);
      expect(feed.errors).toBeUndefined();
      const events = feed.data!.receipts.nodes as Array<{ documentKey: { copNo: string }; returnStatus: number }>;
      expect(events.filter((event) => event.documentKey.copNo === key.copNo).map((event) => event.returnStatus)).toEqual([120, 800]);
    }
    // Another agent's key may not declare under this agent's customs code.
    const other = firstParcel();
    Object.assign(other.inventory, { agentCode: PARTIES.agent.customsCode });
    expect((await partnerOperation("DeclareInventory", { inventory: other.inventory }, "carrier")).errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("a code that is neither a USCC nor a customs code is refused before credit is asked", async () => {
    const p = firstParcel();
    p.inventory.ebcCode = "4601-88002";
    const list = await partnerOperation("DeclareInventory", { inventory: p.inventory }, "agent");
    expect(list.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inventory.ebcCode" });
  });
});
