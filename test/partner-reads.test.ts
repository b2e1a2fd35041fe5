import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Decimal from "decimal.js";
import { buildSchema, parse, validate } from "graphql";
import { buildWorld } from "../demo/world";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { newKey, writeStore } from "../gateway/security/partner-keys";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { setClock } from "../lib/clock";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, withoutRequestId, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
let directory: string;
const { parcel, filed, newBuyer } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const guid = () => randomUUID().toUpperCase();

/** Skin care (3304990099): consumption tax 15%, VAT 13%, low risk, so released (800) at once. */
const COSMETICS = filed("CIQ46000000100041", "1000.00");
/** The platform (first partner) guarantees its lists; the second partner is a logistics company on none of them. */
const PLATFORM = world.customs.orders[0]!.ebpCode;
const STRANGER = world.credit.enterprises.filter((e) => e.roles?.toString().includes("LOGISTICS"))[1]!.uscc;
const keys = {} as Record<"platform" | "stranger", Credentials>;

/** 23:30 in China on the last day of 2026, and one hour later: 00:30 on 1 January 2027. */
const NEW_YEARS_EVE = new Date("2026-12-31T23:30:00+08:00");
const NEW_YEAR = new Date("2027-01-01T00:30:00+08:00");

const operations = buildManifest().operations;
/** A registered operation by its id, with a partner's key: what a partner's client sends. */
async function run<Data = Record<string, any>>(name: string, variables: Record<string, unknown>, credentials: Credentials): Promise<GraphQLResponse<Data>> {
  const operation = operations.find((candidate) => candidate.name === name)!;
  const response = await fetch(system.gatewayUrl, {
    method: "POST",
    headers: system.headers(credentials),
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } }, variables }),
  });
  return withoutRequestId((await response.json()) as GraphQLResponse<Data>);
}

const download = (resource: "operations" | "schema.graphql", headers: Record<string, string> = {}) =>
  fetch(new URL(`/partner/${resource}`, system.gatewayUrl), { headers });

beforeAll(async () => {
  setClock(NEW_YEARS_EVE);
  directory = mkdtempSync(path.join(tmpdir(), "partner-reads-keys-"));
  const platformKey = newKey();
  const strangerKey = newKey();
  writeStore(path.join(directory, "partner-keys.json"), {
    partners: [
      { id: "platform", name: "the platform", usccs: [PLATFORM], keys: [platformKey.record] },
      { id: "stranger", name: "a logistics company", usccs: [STRANGER], keys: [strangerKey.record] },
    ],
  });
  keys.platform = { apiKey: platformKey.key };
  keys.stranger = { apiKey: strangerKey.key };
  system = await startTestSystem("partner-reads", { partnerKeysFile: path.join(directory, "partner-keys.json") });
});

afterAll(async () => {
  await system?.stop();
  rmSync(directory, { recursive: true, force: true });
  setClock(null);
});

/** Files a parcel's four documents; its list is released (800). */
async function released(options: { buyer?: string } = {}): Promise<Parcel & { invtNo: string }> {
  const p = parcel({ goods: [COSMETICS, filed("CIQ46000000100041", "250.00", "2")], ...options });
  for (const step of [file.order, file.payment, file.waybill]) expect((await step(p)).errors).toBeUndefined();
  expect((await file.inventory(p)).data!.declareInventory.returnStatus).toBe(800);
  const list = await system.query(`query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { invtNo } }`, {
    a: p.inventory.agentCode,
    c: p.inventory.copNo,
  });
  return { ...p, invtNo: list.data!.declaration.invtNo };
}

const LIST_TAX = `query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { invtNo dutiableValue customsTax valueAddedTax consumptionTax taxTotal } }`;
const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed(2);

describe("CEB816 electronic tax lists", () => {
  let first: Parcel & { invtNo: string };
  beforeAll(async () => {
    setClock(NEW_YEARS_EVE);
    first = await released();
  });

  it("carry the tax customs assessed on the released list, to the fen, per line and in total, as JSON and as CEB816 XML", async () => {
    const list = (await system.query(LIST_TAX, { a: first.inventory.agentCode, c: first.inventory.copNo })).data!.declaration;
    const byKey = await run("PartnerTaxList", { agentCode: first.inventory.agentCode, copNo: first.inventory.copNo }, keys.platform);
    expect(byKey.errors).toBeUndefined();
    const tax = byKey.data!.taxList;
    expect(tax).toMatchObject({
      invtNo: first.invtNo,
      taxNo: `${first.invtNo.slice(0, 8)}T${first.invtNo.slice(9)}`,
      status: 1,
      issuedOn: "2026-12-31",
      entDutyNo: `${PLATFORM}202612`,
      assureCode: PLATFORM,
      agentCode: first.inventory.agentCode,
      ebcCode: first.inventory.ebcCode,
      logisticsCode: first.inventory.logisticsCode,
      orderNo: first.order.orderNo,
      logisticsNo: first.waybill.logisticsNo,
    });
    // The list's own tax, to the fen: the head's three taxes add up to the list's, and the lines to the head.
    for (const field of ["customsTax", "valueAddedTax", "consumptionTax", "taxTotal"] as const) {
      expect(new Decimal(tax[field]).toFixed(2)).toBe(new Decimal(list[field]).toFixed(2));
    }
    expect(sum([tax.customsTax, tax.valueAddedTax, tax.consumptionTax])).toBe(new Decimal(list.taxTotal).toFixed(2));
    for (const field of ["customsTax", "valueAddedTax", "consumptionTax"] as const) {
      expect(sum(tax.lines.map((line: Record<string, string>) => line[field]))).toBe(new Decimal(tax[field]).toFixed(2));
    }
    expect(tax.lines.map((line: { gnum: number; gcode: string }) => [line.gnum, line.gcode])).toEqual([
      [1, COSMETICS.gcode],
      [2, COSMETICS.gcode],
    ]);
    // 完税价格 per line: goods plus their share of the 20.00 freight (1000 + 16, 500 + 4 of 1520 in all).
    expect(sum(tax.lines.map((line: { taxPrice: string }) => line.taxPrice))).toBe(new Decimal(list.dutiableValue).toFixed(2));

    expect(tax.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<ceb:CEB816Message guid="[0-9A-F-]{36}" version="1.0" xmlns:ceb="http:\/\/www.chinaport.gov.cn\/ceb">/,
    );
    expect(tax.xml).toContain(`<ceb:taxNo>${tax.taxNo}</ceb:taxNo>`);
    expect(tax.xml).toContain(`<ceb:valueAddedTax>${new Decimal(list.valueAddedTax).toFixed(2)}</ceb:valueAddedTax>`);
    expect(tax.xml).toMatch(/<ceb:returnTime>\d{17}<\/ceb:returnTime>/);
    expect(tax.xml.match(/<ceb:TaxListRd>/g)).toHaveLength(2);

    // The same notice by its list number (its XML says when it was read: returnTime is now).
    const { xml: _xml, ...json } = tax;
    const byNumber = await run("PartnerTaxList", { invtNo: first.invtNo }, keys.platform);
    expect(byNumber.data!.taxList).toEqual({ ...json, xml: expect.stringContaining(`<ceb:taxNo>${tax.taxNo}</ceb:taxNo>`) });
  });

  it("are hidden from a partner that is no party to the list (null, as an unknown list), and missing for a list never released", async () => {
    expect((await run("PartnerTaxList", { invtNo: first.invtNo }, keys.stranger)).data).toEqual({ taxList: null });
    expect((await run("PartnerTaxList", { agentCode: first.inventory.agentCode, copNo: first.inventory.copNo }, keys.stranger)).data).toEqual({
      taxList: null,
    });
    const page = await run("PartnerTaxLists", { first: 20 }, keys.stranger);
    // Its page holds the lists it carries (the demo's), never this one.
    expect(page.errors).toBeUndefined();
    const seen = page.data!.taxLists.nodes as Array<{ invtNo: string; logisticsCode: string }>;
    expect(seen.map((node) => node.invtNo)).not.toContain(first.invtNo);
    expect(seen.every((node) => node.logisticsCode === STRANGER)).toBe(true);
    const waiting = parcel({ goods: [COSMETICS] });
    await file.order(waiting);
    expect((await file.inventory(waiting)).data!.declareInventory.returnStatus).toBe(2);
    expect((await run("PartnerTaxList", { agentCode: waiting.inventory.agentCode, copNo: waiting.inventory.copNo }, keys.platform)).data).toEqual({
      taxList: null,
    });
    const neither = await run("PartnerTaxList", {}, keys.platform);
    expect(neither.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "invtNo" });
  });

  it("are listed by release day and status, and summarised (2) once the return window has closed, or void (3) when the goods come back", async () => {
    setClock(NEW_YEARS_EVE);
    const returned = await released();
    const RETURN = `mutation($r: InventoryReturnInput!) { returnInventory(request: $r) { returnStatus } }`;
    const agent = await file.as(returned.inventory.agentCode);
    const request = {
      guid: guid(),
      appTime: NEW_YEARS_EVE.toISOString(),
      agentCode: returned.inventory.agentCode,
      invtNo: returned.invtNo,
      reason: "质量问题",
    };
    expect((await system.query(RETURN, { r: request }, agent)).data!.returnInventory.returnStatus).toBe(700);

    const page = async (filter: Record<string, unknown>) => {
      const answer = await run("PartnerTaxLists", { first: 20, filter }, keys.platform);
      expect(answer.errors).toBeUndefined();
      return answer.data!.taxLists.nodes.map((node: { invtNo: string; status: number }) => [node.invtNo, node.status]);
    };
    const day = { from: "2026-12-31", to: "2027-01-01" };
    expect(await page({ ...day, status: 1 })).toEqual(expect.arrayContaining([[first.invtNo, 1]]));
    expect(await page({ ...day, status: 1 })).not.toContainEqual([returned.invtNo, 1]);
    expect(await page({ ...day, status: 3 })).toEqual([[returned.invtNo, 3]]);
    expect(await page({ from: "2027-01-01" })).toEqual([]);
    const badStatus = await run("PartnerTaxLists", { filter: { status: 4 } }, keys.platform);
    expect(badStatus.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.status" });

    // 30 days after the release the goods may still come back; from the 31st the tax is final on the bill.
    setClock(new Date("2027-01-30T12:00:00+08:00"));
    expect((await run("PartnerTaxList", { invtNo: first.invtNo }, keys.platform)).data!.taxList.status).toBe(1);
    setClock(new Date("2027-01-31T12:00:00+08:00"));
    expect((await run("PartnerTaxList", { invtNo: first.invtNo }, keys.platform)).data!.taxList.status).toBe(2);
    expect(await page({ ...day, status: 2 })).toEqual(expect.arrayContaining([[first.invtNo, 2]]));
    expect(await page({ ...day, status: 1 })).toEqual([]);
    setClock(NEW_YEARS_EVE);
  });

  it("cost as many statements for a page of 20, with every line, as for a page of 2 (no query per list or bill)", async () => {
    const statements = async (name: string, first: number) => {
      let nodes = 0;
      const counts = await system.countStatements(async () => {
        const answer = await run(name, { first }, keys.platform);
        expect(answer.errors).toBeUndefined();
        nodes = (Object.values(answer.data!)[0] as { nodes: unknown[] }).nodes.length;
      });
      return { nodes, customs: counts.customs };
    };
    const [small, large] = [await statements("PartnerTaxLists", 2), await statements("PartnerTaxLists", 20)];
    expect(large.nodes).toBeGreaterThan(small.nodes);
    expect(large.customs).toBe(small.customs);
    const [oneBill, manyBills] = [await statements("PartnerTaxBills", 1), await statements("PartnerTaxBills", 10)];
    expect(manyBills.nodes).toBeGreaterThan(oneBill.nodes);
    expect(manyBills.customs).toBe(oneBill.customs);
  });

  it("are the items of the guarantor's tax bill, which the guarantor reads with its payment state", async () => {
    setClock(NEW_YEARS_EVE);
    const bills = await run("PartnerTaxBills", { filter: { enterprise: PLATFORM, fromPeriod: "2026-12", toPeriod: "2027-01" } }, keys.platform);
    expect(bills.errors).toBeUndefined();
    const [bill] = bills.data!.taxBills.nodes;
    expect(bill).toMatchObject({ guarantorUscc: PLATFORM, period: "2026-12", paymentStatus: "UNPAID", paidAmount: "0", payments: [] });
    const live = bill.taxLists.filter((item: { status: number }) => item.status !== 3);
    expect(live.map((item: { invtNo: string }) => item.invtNo)).toContain(first.invtNo);
    // The bill's totals are its live items' taxes, to the fen.
    expect(sum(live.map((item: { taxTotal: string }) => item.taxTotal))).toBe(new Decimal(bill.total).toFixed(2));
    expect(live).toHaveLength(bill.listCount);
    const stranger = await run("PartnerTaxBills", { filter: { enterprise: PLATFORM } }, keys.stranger);
    expect(stranger.data!.taxBills.nodes).toEqual([]);
  });
});

describe("the buyer's annual quota, for the platform about to take an order", () => {
  const quota = (ebpCode: string, idNumber: string, credentials: Credentials, amount?: string, name = "李四") =>
    run("PartnerBuyerQuota", { ebpCode, buyer: { idType: "1", idNumber, name }, ...(amount ? { amount } : {}) }, credentials);

  it("is the limit less the buyer's purchases of this China year, and a new year starts at midnight in China", async () => {
    setClock(NEW_YEARS_EVE);
    const buyer = newBuyer();
    const p = await released({ buyer });
    const { dutiableValue } = (await system.query(LIST_TAX, { a: p.inventory.agentCode, c: p.inventory.copNo })).data!.declaration;
    const remaining = new Decimal(26000).minus(dutiableValue).toFixed(2);

    const name = p.inventory.buyerName;
    const lastYear = await quota(PLATFORM, buyer, keys.platform, remaining, name);
    expect(lastYear).toEqual({ data: { buyerQuota: { year: 2026, limit: "26000", remaining: new Decimal(remaining).toFixed(), wouldExceed: false } } });
    const over = await quota(PLATFORM, buyer, keys.platform, new Decimal(remaining).plus("0.01").toFixed(2), name);
    expect(over.data!.buyerQuota.wouldExceed).toBe(true);

    setClock(NEW_YEAR);
    expect(await quota(PLATFORM, buyer, keys.platform, undefined, name)).toEqual({
      data: { buyerQuota: { year: 2027, limit: "26000", remaining: "26000", wouldExceed: null } },
    });
    setClock(NEW_YEARS_EVE);

    // Each answer is on record as a read of the buyer's data, without the identity number itself.
    const reads = await system.query(
      `query { customsPersonalDataReads(first: 100) { nodes { subject entityType recordKey field } } }`,
      {},
      { token: system.adminToken },
    );
    const hashed = JSON.stringify([createHash("sha256").update(`buyer|${buyer}`).digest("hex")]);
    const mine = reads.data!.customsPersonalDataReads.nodes.filter((read: { recordKey: string }) => read.recordKey === hashed);
    expect(mine).toHaveLength(3);
    expect(mine[0]).toMatchObject({ subject: "partner:platform", entityType: "BuyerQuota", field: "remaining" });
    expect(JSON.stringify(reads)).not.toContain(buyer);
  });

  it("discloses nothing to a caller who knows the identity number but not the buyer's name: answered as for a new buyer", async () => {
    setClock(NEW_YEARS_EVE);
    const buyer = newBuyer();
    const p = await released({ buyer });
    const guessed = await quota(PLATFORM, buyer, keys.platform, "25999", `${p.inventory.buyerName}甲`);
    expect(guessed).toEqual({ data: { buyerQuota: { year: 2026, limit: "26000", remaining: "26000", wouldExceed: false } } });
    const known = await quota(PLATFORM, buyer, keys.platform, "25999", p.inventory.buyerName);
    expect(known.data!.buyerQuota.wouldExceed).toBe(true);
  });

  it("is refused to a caller that is not the platform or e-commerce enterprise it names, and for a malformed identity without repeating it", async () => {
    const buyer = newBuyer();
    const logistics = await quota(STRANGER, buyer, keys.stranger);
    expect(logistics.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(logistics.data).toBeNull();
    const notOwn = await quota(STRANGER, buyer, keys.platform);
    expect(notOwn.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const bad = await quota(PLATFORM, "110101199003070000", keys.platform);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "buyer.idNumber" });
    expect(JSON.stringify(bad)).not.toContain("110101199003070000");
  });
});

describe("a partner's credit profile", () => {
  it("is its own enterprises' class, score, negative-list state and class history, and only theirs", async () => {
    const own = await run("PartnerCreditProfile", {}, keys.platform);
    expect(own.errors).toBeUndefined();
    expect(own.data!.ownEnterprises).toHaveLength(1);
    expect(own.data!.ownEnterprises[0]).toMatchObject({
      uscc: PLATFORM,
      roles: ["PLATFORM"],
      creditProfile: { creditClass: expect.any(String), score: expect.any(Number) },
      onNegativeList: expect.any(Boolean),
      creditClassChanges: expect.any(Array),
    });
    const stranger = await run("PartnerCreditProfile", {}, keys.stranger);
    expect(stranger.data!.ownEnterprises.map((enterprise: { uscc: string }) => enterprise.uscc)).toEqual([STRANGER]);
  });
});

describe("the partner's operations, downloaded", () => {
  it("are the persisted-query manifest, each of them accepted by id", async () => {
    const response = await download("operations", system.headers(keys.platform));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const manifest = (await response.json()) as ReturnType<typeof buildManifest>;
    expect(manifest).toEqual(buildManifest());
    for (const operation of manifest.operations) {
      expect(createHash("sha256").update(operation.body).digest("hex")).toBe(operation.id);
      // Sent without variables: every operation is found and runs (those needing variables are refused for them, not for the id).
      const answer = await fetch(system.gatewayUrl, {
        method: "POST",
        headers: system.headers(keys.platform),
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } }),
      });
      const body = (await answer.json()) as GraphQLResponse;
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      expect({ name: operation.name, codes: codes.filter((code) => String(code).startsWith("PERSISTED_QUERY") || code === "QUERY_NOT_IN_SAFELIST") }).toEqual({
        name: operation.name,
        codes: [],
      });
    }
  });

  it("come with the SDL of what they use, which parses and validates every one of them, with no internal fields", async () => {
    const response = await download("schema.graphql", system.headers(keys.platform));
    expect(response.status).toBe(200);
    const sdl = await response.text();
    const schema = buildSchema(sdl);
    for (const operation of buildManifest().operations) {
      expect({ name: operation.name, errors: validate(schema, parse(operation.body)).map((error) => error.message) }).toEqual({
        name: operation.name,
        errors: [],
      });
    }
    expect(sdl).not.toMatch(/_entities|_service|join__|link__|@access|@personal/);
    // Only what the operations select: the list's audit record is in the graph, in no partner operation.
    expect(schema.getType("InventoryDeclaration")).toBeDefined();
    expect(Object.keys((schema.getType("InventoryDeclaration") as unknown as { getFields(): object }).getFields())).not.toContain("decision");
    expect(schema.getType("TaxList")).toBeDefined();
  });

  it("are refused without a partner key, as the gateway refuses any request without a credential (401, RFC 6750)", async () => {
    for (const resource of ["operations", "schema.graphql"] as const) {
      const anonymous = await download(resource);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="tradegraph"');
      const wrong = await download(resource, { "x-api-key": "tgk_0000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
      expect(wrong.status).toBe(401);
      const staff = await download(resource, { authorization: `Bearer ${await system.security.staffToken("customs")}` });
      expect(staff.status).toBe(403);
    }
  });

  it("work with Apollo Client's persisted-query link fed the downloaded manifest: the id by operation name, POSTed without the query", async () => {
    // @apollo/client is not a dependency of the project; this does what its link does with
    // generatePersistedQueryIdsFromManifest (docs/partner-guide.md#apollo-client): ids by operation name.
    const manifest = (await (await download("operations", system.headers(keys.platform))).json()) as ReturnType<typeof buildManifest>;
    const idsByName = new Map(manifest.operations.map((operation) => [operation.name, operation.id]));
    const document = parse(manifest.operations.find((operation) => operation.name === "PartnerCreditProfile")!.body);
    const operationName = (document.definitions[0] as { name: { value: string } }).name.value;
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers(keys.platform),
      body: JSON.stringify({ operationName, variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: idsByName.get(operationName) } } }),
    });
    const answer = (await response.json()) as GraphQLResponse;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.ownEnterprises).toEqual([expect.objectContaining({ uscc: PLATFORM })]);
  });
});
