/**
 * Issue #13, item 2, through the gateway: an e-commerce enterprise files a product, CIQ approves, rejects or
 * revokes it (effective-dated, with its history), and a CEB621 line that names no filingNo finds its filing
 * by the enterprise, the commodity code and the item number. The clock is fixed per step.
 */
import { buildWorld } from "../demo/world";
import { setClock } from "../lib/clock";
import { chinaDay } from "../lib/rules/china-time";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { demoProductApplication } from "../demo/seed/ciq";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { relayEvents } from "../subgraphs/customs/relay";
import { serviceContext } from "./helpers/service-context";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);

/** Skin care (3304990099) filed in the demo world; its owner files the new products below. */
const COSMETICS = filed("CIQ46000000100041", "100.00");
const seller = world.ciq.productFilings.find((filing) => filing.filingNo === COSMETICS.filingNo)!.ownerUscc;
const TODAY = "2026-12-16";
const TOMORROW = "2026-12-17";

const APPLICATION = `id reference ownerUscc cusGoodsNo status filing { filingNo cusGoodsNo status effectiveFrom revokedFrom } history { action effectiveFrom reason changedBy changedAt }`;
const FILE = `mutation($a: ProductFilingInput!) { fileProduct(application: $a) { ${APPLICATION} } }`;
const APPROVE = `mutation($id: String!, $on: Date!) { approveProductFiling(id: $id, effectiveFrom: $on) { ${APPLICATION} } }`;
const REJECT = `mutation($id: String!, $reason: String!) { rejectProductFiling(id: $id, reason: $reason) { ${APPLICATION} } }`;
const REVOKE = `mutation($no: String!, $reason: String!, $on: Date!) { revokeProductFiling(filingNo: $no, reason: $reason, effectiveFrom: $on) { filingNo status statusOn(date: "${TOMORROW}") revokedFrom } }`;

let serial = 0;
/** A product of the seller, with its own item number and reference unless told otherwise. */
function product(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    reference: `REF-${Date.now()}-${serial}`,
    ownerUscc: seller,
    hsCode: COSMETICS.gcode,
    itemNo: `SKU-${Date.now()}-${serial}`,
    cusGoodsNo: `CUS6409${String(serial).padStart(8, "0")}`,
    barCode: "6901234567892",
    goodsName: "保湿面霜",
    goodsStyle: "50ml",
    brand: "海之蓝",
    originCountry: "116",
    manufacturer: "Umi Cosmetics K.K.",
    unit: "011",
    regPrice: "120.00",
    businessType: "BONDED_ZONE",
    riskLevel: "LOW",
    ...overrides,
  };
}

let officer: Credentials;
const asSeller = () => file.as(seller);

async function fileAndApprove(item: ReturnType<typeof product>, on = TODAY) {
  const filedAnswer = await system.query(FILE, { a: item }, await asSeller());
  expect(filedAnswer.errors).toBeUndefined();
  const approved = await system.query(APPROVE, { id: filedAnswer.data!.fileProduct.id, on }, officer);
  expect(approved.errors).toBeUndefined();
  return approved.data!.approveProductFiling;
}

/** A parcel of the seller's goods whose line names no filingNo, only the item number (standard CEB621 fields). */
function unnamedParcel(itemNo: string): Parcel {
  const p = parcel({ goods: [COSMETICS] });
  p.order.lines = p.order.lines.map((line) => ({ ...line, itemNo }));
  // The demo world's lines carry filingNo (the zone's extra field); these leave it out, as CEB621 does.
  const lines = p.inventory.lines.map(({ filingNo: _, ...line }) => ({ ...line, itemNo }));
  return { ...p, inventory: { ...p.inventory, lines } } as unknown as Parcel;
}

async function declare(p: Parcel) {
  for (const document of ["order", "payment", "waybill"] as const) expect((await file[document](p)).errors).toBeUndefined();
  const { data, errors } = await file.inventory(p);
  expect(errors).toBeUndefined();
  return data!.declareInventory as { returnStatus: number; returnInfo: string };
}

beforeAll(async () => {
  setClock(new Date(`${TODAY}T10:00:00+08:00`));
  system = await startTestSystem("product-filings");
  officer = { token: await system.security.staffToken("ciq") };
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

beforeEach(() => setClock(new Date(`${TODAY}T10:00:00+08:00`)));

describe("filing a product", () => {
  it("refuses a barcode with a wrong EAN-13 check digit and a code not in the tariff in force, storing nothing", async () => {
    const before = await system.rowCounts();
    const badBarcode = await system.query(FILE, { a: product({ barCode: "6901234567893" }) }, await asSeller());
    expect(badBarcode.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.barCode" });
    expect(badBarcode.errors![0]!.message).toBe("application.barCode: has a wrong check digit 3 (EAN-13 gives 2)");
    const unknownCode = await system.query(FILE, { a: product({ hsCode: "0101210010" }) }, await asSeller());
    expect(unknownCode.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.hsCode" });
    expect(unknownCode.errors![0]!.message).toBe(`application.hsCode: 0101210010 is not in the tariff in force on ${TODAY}`);
    const shortGoodsNo = await system.query(FILE, { a: product({ cusGoodsNo: "CUS64090000001" }) }, await asSeller());
    expect(shortGoodsNo.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.cusGoodsNo" });
    expect(shortGoodsNo.errors![0]!.message).toBe(
      "application.cusGoodsNo: must be CUS, a 4-digit customs district code and an 8-digit serial (e.g. CUS640900000001)",
    );
    const otherDistrict = await system.query(FILE, { a: product({ cusGoodsNo: "CUS220100000001" }) }, await asSeller());
    expect(otherDistrict.errors![0]!.message).toBe("application.cusGoodsNo: names customs district 2201, which is not in the code table CUSTOMS_DISTRICT");
    expect(await system.rowCounts()).toEqual(before);
  });

  it("lets an enterprise file only for itself, and only CIQ staff decide", async () => {
    const other = await system.query(FILE, { a: product({ ownerUscc: system.partnerUscc }) }, await asSeller());
    expect(other.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "application.ownerUscc" });
    const { data } = await system.query(FILE, { a: product() }, await asSeller());
    const customs = { token: await system.security.staffToken("customs") };
    const approval = await system.query(APPROVE, { id: data!.fileProduct.id, on: TODAY }, customs);
    expect(approval.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const self = await system.query(APPROVE, { id: data!.fileProduct.id, on: TODAY }, await asSeller());
    expect(self.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("answers the same application again under the same reference, and refuses other content under it", async () => {
    const item = product();
    const first = await system.query(FILE, { a: item }, await asSeller());
    expect(first.data!.fileProduct).toMatchObject({ status: "PENDING", filing: null, history: [{ action: "APPLIED", changedBy: `clerk-${seller}` }] });
    const before = await system.rowCounts();
    const again = await system.query(FILE, { a: item }, await asSeller());
    expect(again.data!.fileProduct.id).toBe(first.data!.fileProduct.id);
    const other = await system.query(FILE, { a: { ...item, goodsName: "另一种面霜" } }, await asSeller());
    expect(other.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.reference" });
    expect(await system.rowCounts()).toEqual(before);
  });

  it("is rejected with a reason the applicant reads in its history", async () => {
    const { data } = await system.query(FILE, { a: product() }, await asSeller());
    const blank = await system.query(REJECT, { id: data!.fileProduct.id, reason: "  " }, officer);
    expect(blank.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const rejected = await system.query(REJECT, { id: data!.fileProduct.id, reason: "成分表缺失" }, officer);
    expect(rejected.errors).toBeUndefined();
    const read = await system.query(
      `query($id: String!) { productFilingApplication(id: $id) { ${APPLICATION} } }`,
      { id: data!.fileProduct.id },
      await asSeller(),
    );
    expect(read.data!.productFilingApplication).toMatchObject({
      status: "REJECTED",
      filing: null,
      history: [{ action: "APPLIED" }, { action: "REJECTED", reason: "成分表缺失", changedBy: expect.stringMatching(/\S/) }],
    });
    const approval = await system.query(APPROVE, { id: data!.fileProduct.id, on: TODAY }, officer);
    expect(approval.errors![0]!.message).toMatch(/is REJECTED, not PENDING/);
  });
});

describe("a list line without filingNo", () => {
  it("finds the approved filing by the enterprise, commodity code and item number, and the list is accepted", async () => {
    const item = product();
    const approved = await fileAndApprove(item);
    expect(approved).toMatchObject({
      status: "APPROVED",
      cusGoodsNo: item.cusGoodsNo,
      filing: { filingNo: expect.stringMatching(/^CIQ46\d{12}$/), cusGoodsNo: item.cusGoodsNo, status: "FILED", effectiveFrom: TODAY },
    });
    const answer = await declare(unnamedParcel(item.itemNo));
    expect(answer).toMatchObject({ returnStatus: 800, returnInfo: expect.stringMatching(/^放行/) });
  });

  it("is refused when no filing matches, or when several do, naming the candidates", async () => {
    const none = await declare(unnamedParcel("SKU-NEVER-FILED"));
    expect(none.returnStatus).toBe(100);
    const finding = "lines[0].filingNo -621016 goods match a product filing: is not one product filing found by ebcCode, gcode and itemNo or barCode";
    expect(none.returnInfo).toContain(`${finding} (expected one product filing found by ebcCode, gcode and itemNo or barCode, got none)`);
    const twice = product();
    const a = await fileAndApprove(twice);
    const b = await fileAndApprove({ ...twice, reference: `${twice.reference}-2`, goodsStyle: "100ml" });
    const both = await declare(unnamedParcel(twice.itemNo));
    expect(both.returnStatus).toBe(100);
    expect(both.returnInfo).toContain(
      `${finding} (expected one product filing found by ebcCode, gcode and itemNo or barCode, got 2 filings: ${[a.filing.filingNo, b.filing.filingNo].sort().join(", ")})`,
    );
  });

  it("stops finding a filing revoked from tomorrow only from tomorrow, and the revocation is in its history", async () => {
    const item = product();
    const approved = await fileAndApprove(item);
    const filingNo = approved.filing.filingNo as string;
    const early = await system.query(REVOKE, { no: filingNo, reason: "召回", on: "2026-12-15" }, officer);
    expect(early.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "effectiveFrom" });
    const revoked = await system.query(REVOKE, { no: filingNo, reason: "召回: 标签不符", on: TOMORROW }, officer);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeProductFiling).toEqual({ filingNo, status: "FILED", statusOn: "REVOKED", revokedFrom: TOMORROW });

    expect((await declare(unnamedParcel(item.itemNo))).returnStatus).toBe(800);

    setClock(new Date(`${TOMORROW}T00:30:00+08:00`));
    const refused = await declare(unnamedParcel(item.itemNo));
    expect(refused.returnStatus).toBe(100);
    expect(refused.returnInfo).toMatch(/lines\[0\]\.filingNo -\d+ goods match a product filing: is not FILED/);

    const history = await system.query(`query($id: String!) { productFilingApplication(id: $id) { ${APPLICATION} } }`, { id: approved.id }, officer);
    expect(history.data!.productFilingApplication.history).toMatchObject([
      { action: "APPLIED", changedBy: `clerk-${seller}` },
      { action: "APPROVED", effectiveFrom: TODAY },
      { action: "REVOKED", effectiveFrom: TOMORROW, reason: "召回: 标签不符" },
    ]);
  });
});

describe("enterprise filings (经营主体备案), effective-dated like product filings", () => {
  const ENTERPRISE_APPLICATION = `id uscc role status filing { filingNo status effectiveFrom revokedFrom } history { action effectiveFrom reason changedBy }`;
  const FILE_ENTERPRISE = `mutation($a: EnterpriseFilingInput!) { fileEnterprise(application: $a) { ${ENTERPRISE_APPLICATION} } }`;
  const APPROVE_ENTERPRISE = `mutation($id: String!, $on: Date!) { approveEnterpriseFiling(id: $id, effectiveFrom: $on) { ${ENTERPRISE_APPLICATION} } }`;
  const REJECT_ENTERPRISE = `mutation($id: String!, $reason: String!) { rejectEnterpriseFiling(id: $id, reason: $reason) { ${ENTERPRISE_APPLICATION} } }`;
  const REVOKE_ENTERPRISE = `mutation($no: String!, $reason: String!, $on: Date!) { revokeEnterpriseFiling(filingNo: $no, reason: $reason, effectiveFrom: $on) { filingNo status statusOn(date: "${TOMORROW}") revokedFrom } }`;
  const application = (role: string) => ({ reference: `EREF-${Date.now()}-${(serial += 1)}`, uscc: seller, role, ciqOrgCode: "460000" });

  it("files an enterprise only for a role credit registers it in, and rejects with a reason", async () => {
    const platform = await system.query(FILE_ENTERPRISE, { a: application("PLATFORM") }, await asSeller());
    expect(platform.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "application.uscc" });
    expect(platform.errors![0]!.message).toMatch(/not registered as PLATFORM/);
    const filedAnswer = await system.query(FILE_ENTERPRISE, { a: application("ECOMMERCE") }, await asSeller());
    expect(filedAnswer.data!.fileEnterprise).toMatchObject({ status: "PENDING", role: "ECOMMERCE", history: [{ action: "APPLIED" }] });
    // The seller is filed as an e-commerce enterprise already (the demo world): a second filing is refused.
    const twice = await system.query(APPROVE_ENTERPRISE, { id: filedAnswer.data!.fileEnterprise.id, on: TODAY }, officer);
    expect(twice.errors![0]!.message).toMatch(new RegExp(`${seller} is already filed as ECOMMERCE \\(QY46\\d{10}\\)`));
    const rejected = await system.query(REJECT_ENTERPRISE, { id: filedAnswer.data!.fileEnterprise.id, reason: "已有备案" }, officer);
    expect(rejected.data!.rejectEnterpriseFiling).toMatchObject({
      status: "REJECTED",
      history: [{ action: "APPLIED" }, { action: "REJECTED", reason: "已有备案" }],
    });
  });

  it("refuses the seller's lists from the day its filing is revoked, not before, and admits them again once it is filed anew", async () => {
    const current = world.ciq.enterpriseFilings.find((filing) => filing.uscc === seller && filing.role === "ECOMMERCE")!;
    const revoked = await system.query(REVOKE_ENTERPRISE, { no: current.filingNo, reason: "经营异常", on: TOMORROW }, officer);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeEnterpriseFiling).toEqual({ filingNo: current.filingNo, status: "FILED", statusOn: "REVOKED", revokedFrom: TOMORROW });
    expect((await declare(parcel({ goods: [COSMETICS] }))).returnStatus).toBe(800);

    const again = await system.query(FILE_ENTERPRISE, { a: application("ECOMMERCE") }, await asSeller());
    const approved = await system.query(APPROVE_ENTERPRISE, { id: again.data!.fileEnterprise.id, on: "2026-12-18" }, officer);
    expect(approved.data!.approveEnterpriseFiling).toMatchObject({ status: "APPROVED", filing: { status: "PENDING", effectiveFrom: "2026-12-18" } });

    setClock(new Date(`${TOMORROW}T00:30:00+08:00`));
    const refused = await declare(parcel({ goods: [COSMETICS] }));
    expect(refused.returnStatus).toBe(100);
    expect(refused.returnInfo).toContain("inventory.ebcCode -621015 enterprises are filed with CIQ: is not filed as ECOMMERCE");

    setClock(new Date("2026-12-18T09:00:00+08:00"));
    expect((await declare(parcel({ goods: [COSMETICS] }))).returnStatus).toBe(800);
    const history = await system.query(
      `query($id: String!) { enterpriseFilingApplication(id: $id) { ${ENTERPRISE_APPLICATION} } }`,
      { id: again.data!.fileEnterprise.id },
      await asSeller(),
    );
    expect(history.data!.enterpriseFilingApplication).toMatchObject({
      status: "APPROVED",
      filing: { status: "FILED" },
      history: [
        { action: "APPLIED", changedBy: `clerk-${seller}` },
        { action: "APPROVED", effectiveFrom: "2026-12-18" },
      ],
    });
  });
});

describe("the demo world's product filings", () => {
  it("were applied for and approved by the demo's CIQ staff at the world's instants: history, customs goods number and events as live ones", async () => {
    const filed = world.ciq.productFilings.find((filing) => filing.filingNo === COSMETICS.filingNo)!;
    const { reference, appliedAt, filedAt } = demoProductApplication(filed);
    const [row] = await system.databases.ciq.sql.query<{ id: string }>(`SELECT id FROM "ProductFilingApplication" WHERE reference = $1`, [reference]);
    const read = await system.query(`query($id: String!) { productFilingApplication(id: $id) { ${APPLICATION} } }`, { id: row!.id }, officer);
    expect(read.errors).toBeUndefined();
    expect(read.data!.productFilingApplication).toEqual({
      id: row!.id,
      reference,
      ownerUscc: seller,
      cusGoodsNo: filed.cusGoodsNo,
      status: "APPROVED",
      filing: { filingNo: filed.filingNo, cusGoodsNo: filed.cusGoodsNo, status: "FILED", effectiveFrom: chinaDay(filedAt), revokedFrom: null },
      history: [
        { action: "APPLIED", effectiveFrom: null, reason: null, changedBy: "demo-ciq-officer", changedAt: appliedAt.toISOString() },
        { action: "APPROVED", effectiveFrom: chinaDay(filedAt), reason: null, changedBy: "demo-ciq-officer", changedAt: filedAt.toISOString() },
      ],
    });

    // Its two steps reach the seller's feed as PRODUCT_FILING events, as a live filing's do.
    await relayEvents(serviceContext(system, "customs", createCustomsLoaders));
    const FEED = `query { receipts(first: 100, kinds: ["PRODUCT_FILING"]) { nodes { documentKey receipt occurredAt } pageInfo { hasNextPage } } }`;
    type Event = { documentKey: { applicationId?: string }; receipt: Record<string, unknown>; occurredAt: string };
    const feed = await system.query<{ receipts: { nodes: Event[]; pageInfo: { hasNextPage: boolean } } }>(FEED, {}, await asSeller());
    expect(feed.errors).toBeUndefined();
    // The seller's filings, the world's and this suite's, fit one page.
    expect(feed.data!.receipts.pageInfo.hasNextPage).toBe(false);
    const events = feed.data!.receipts.nodes;
    expect(
      events.filter((event) => event.documentKey.applicationId === row!.id).map(({ receipt, occurredAt }) => [receipt.status, receipt.filingNo, occurredAt]),
    ).toEqual([
      ["APPLIED", null, appliedAt.toISOString()],
      ["APPROVED", filed.filingNo, filedAt.toISOString()],
    ]);
  });
});
