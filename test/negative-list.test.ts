import { buildWorld } from "../demo/world";
import { demoRegistration } from "../demo/seed/credit";
import { demoEnterpriseApplication } from "../demo/seed/ciq";
import { chinaDay } from "../lib/rules/china-time";
import { setClock } from "../lib/clock";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { parcelFiler } from "./helpers/parcels";
import { readFileSync } from "node:fs";
import { usccCheckChar } from "../lib/rules/uscc";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * Issue #13 items 3 and 4 through the gateway: credit staff list and unlist an enterprise and grant and
 * withdraw credit classes, effective-dated; a list is admitted by the negative list and sampled by the class
 * in force on its declaration date; every change is kept with who, when and why. The clock is fixed per
 * step, at 23:30 China time: late in the China day, the day a list is filed and declared is still that day.
 */
const world = buildWorld();
let system: TestSystem;
const { parcel, filed, enterprise } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);

/** Infant formula (high risk: the test systems inspect it at rate 1, whatever the class). */
const FORMULA = filed("CIQ46000000100003", "300.00");
const AGENT = enterprise("AGENT").uscc;
const at = (day: string) => setClock(new Date(`${day}T23:30:00+08:00`));
const staff = (department: "credit" | "customs" | "ciq"): Promise<Credentials> => system.security.staffToken(department).then((token) => ({ token }));

/** The committed manifest's ids, by operation name. */
const MANIFEST_IDS = new Map<string, string>(
  (JSON.parse(readFileSync("gateway/persisted-queries.json", "utf8")) as { operations: Array<{ id: string; name: string }> }).operations.map((operation) => [
    operation.name,
    operation.id,
  ]),
);
const persisted = (name: string) => ({ persistedQuery: { version: 1, sha256Hash: MANIFEST_IDS.get(name)! } });

/** A request without any credential. */
const anonymously = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(system.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function publicList(): Promise<Array<Record<string, unknown>>> {
  const response = await anonymously({ extensions: persisted("PublicNegativeList"), variables: { first: 100 } });
  expect(response.status).toBe(200);
  const { data, errors } = (await response.json()) as { data: { publicNegativeList: { nodes: Array<Record<string, unknown>> } }; errors?: unknown };
  expect(errors).toBeUndefined();
  return data.publicNegativeList.nodes;
}

beforeAll(async () => {
  at("2026-12-10");
  system = await startTestSystem("negative-list");
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

async function declared(p: Parcel): Promise<{ returnStatus: number; returnInfo: string; sampling?: { reason: string; rate: string } }> {
  for (const step of [file.order, file.payment, file.waybill]) expect((await step(p)).errors).toBeUndefined();
  const { data, errors } = await file.inventory(p);
  expect(errors).toBeUndefined();
  const stored = await system.query(`query($a: String!, $c: String!) { declaration(agentCode: $a, copNo: $c) { decision } }`, {
    a: p.inventory.agentCode,
    c: p.inventory.copNo,
  });
  const decision = stored.data!.declaration.decision;
  return { ...data!.declareInventory, sampling: decision ? JSON.parse(decision).sampling : undefined };
}

const ADD = `mutation($e: NegativeListInput!) { addToNegativeList(entry: $e) { id active effectiveFrom listedBy } }`;
const REMOVE = `mutation($r: NegativeListRemovalInput!) { removeFromNegativeList(removal: $r) { id active removedOn removedBy removalReason } }`;
const GRANT = `mutation($d: CreditClassDecisionInput!) { grantCertification(decision: $d) { id fromClass toClass effectiveFrom decidedBy } }`;
const WITHDRAW = `mutation($d: CreditClassDecisionInput!) { withdrawCertification(decision: $d) { id fromClass toClass effectiveFrom decidedBy } }`;
const listing = (reference: string, effectiveFrom: string) => ({
  reference,
  uscc: AGENT,
  reason: "申报不实，情节严重",
  legalBasis: "海关注册登记和备案企业信用管理办法 第十条",
  authority: "海口海关",
  evidenceRef: "海关行政处罚决定书 海关缉违字〔2026〕101号",
  effectiveFrom,
});

describe("the negative list, effective-dated", () => {
  let entryId: string;

  it("refuses a list from the entry's effective date and not before; only credit staff list, once per reference", async () => {
    expect((await system.query(ADD, { e: listing("case-101", "2026-12-11") }, await staff("customs"))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const before = await system.rowCounts();
    const bad = await system.query(ADD, { e: { ...listing("case-101", "2026-12-11"), legalBasis: " " } }, await staff("credit"));
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "entry.legalBasis" });
    expect(await system.rowCounts()).toEqual(before);

    const { data, errors } = await system.query(ADD, { e: listing("case-101", "2026-12-11") }, await staff("credit"));
    expect(errors).toBeUndefined();
    expect(data!.addToNegativeList).toMatchObject({ active: false, effectiveFrom: "2026-12-11", listedBy: "demo-credit-officer" });
    entryId = data!.addToNegativeList.id;
    const again = await system.query(ADD, { e: listing("case-101", "2026-12-11") }, await staff("credit"));
    expect(again.data!.addToNegativeList.id).toBe(entryId);

    // The day before it takes effect: admitted (the agent named in no refusal).
    const dayBefore = await declared(parcel({ goods: [FORMULA] }));
    expect(dayBefore.returnInfo).not.toMatch(/negative list/);

    at("2026-12-11");
    const listed = await declared(parcel({ goods: [FORMULA] }));
    expect(listed.returnStatus).toBe(100);
    expect(listed.returnInfo).toMatch(/inventory\.agentCode -621015 no enterprise on the negative list/);
    const asked = await system.query(`query($u: String!) { enterprise(uscc: $u) { before: onNegativeList(on: "2026-12-10") today: onNegativeList } }`, {
      u: AGENT,
    });
    expect(asked.data!.enterprise).toEqual({ before: false, today: true });
  });

  it("is disclosed to anyone without a credential while in force, without who listed it or the evidence", async () => {
    const published = await publicList();
    const entry = published.find((node) => node.uscc === AGENT);
    expect(entry).toEqual({
      uscc: AGENT,
      enterpriseName: enterprise("AGENT").name,
      reason: "申报不实，情节严重",
      legalBasis: "海关注册登记和备案企业信用管理办法 第十条",
      authority: "海口海关",
      effectiveFrom: "2026-12-11",
    });
    // The demo's listed enterprises are there too, and only entries in force.
    const inForce = world.credit.negativeList.filter((listed) => listed.removedAt === null).map((listed) => listed.uscc);
    expect(new Set(published.map((node) => node.uscc))).toEqual(new Set([...inForce, AGENT]));
  });

  it("stops refusing from the removal date; the entry stays with who listed and removed it, when and why", async () => {
    const early = await system.query(REMOVE, { r: { id: entryId, reason: "已整改", removedOn: "2026-12-10" } }, await staff("credit"));
    expect(early.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "removal.removedOn" });

    const { data, errors } = await system.query(REMOVE, { r: { id: entryId, reason: "已整改并缴清罚款", removedOn: "2026-12-12" } }, await staff("credit"));
    expect(errors).toBeUndefined();
    expect(data!.removeFromNegativeList).toMatchObject({
      active: true,
      removedOn: "2026-12-12",
      removedBy: "demo-credit-officer",
      removalReason: "已整改并缴清罚款",
    });
    const other = await system.query(REMOVE, { r: { id: entryId, reason: "again", removedOn: "2026-12-13" } }, await staff("credit"));
    expect(other.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "removal.id" });

    at("2026-12-12");
    // A list declared on a day the entry was in force is still refused; one declared today is admitted.
    const declaredWhileListed = parcel({ goods: [FORMULA] });
    const stillListed = await declared({ ...declaredWhileListed, inventory: { ...declaredWhileListed.inventory, declTime: "2026-12-11" } });
    expect(stillListed.returnInfo).toMatch(/inventory\.agentCode -621015 no enterprise on the negative list/);
    expect((await declared(parcel({ goods: [FORMULA] }))).returnInfo).not.toMatch(/negative list/);

    const history = await system.query(
      `query($u: String!) { enterprise(uscc: $u) { onNegativeList negativeListEntries { id reason legalBasis evidenceRef authority effectiveFrom listedBy listedAt removedOn removedBy removedAt removalReason } } }`,
      { u: AGENT },
    );
    expect(history.data!.enterprise.onNegativeList).toBe(false);
    expect(history.data!.enterprise.negativeListEntries.find((entry: { id: string }) => entry.id === entryId)).toEqual({
      id: entryId,
      reason: "申报不实，情节严重",
      legalBasis: "海关注册登记和备案企业信用管理办法 第十条",
      authority: "海口海关",
      evidenceRef: "海关行政处罚决定书 海关缉违字〔2026〕101号",
      effectiveFrom: "2026-12-11",
      listedBy: "demo-credit-officer",
      listedAt: expect.stringMatching(/^2026-12-10T15:3/),
      removedOn: "2026-12-12",
      removedBy: "demo-credit-officer",
      removedAt: expect.stringMatching(/^2026-12-11T15:3/),
      removalReason: "已整改并缴清罚款",
    });
  });
});

describe("the demo world and the negative list", () => {
  it("was listed and unlisted by the demo's credit staff, at the world's instants: its entries keep who, when and why", async () => {
    const removed = world.credit.negativeList.find((entry) => entry.removedOn)!;
    const { data, errors } = await system.query(
      `query($u: String!) { enterprise(uscc: $u) { negativeListEntries { reason legalBasis evidenceRef effectiveFrom listedBy listedAt removedOn removedBy removedAt removalReason } } }`,
      { u: removed.uscc },
    );
    expect(errors).toBeUndefined();
    expect(data!.enterprise.negativeListEntries).toContainEqual({
      reason: removed.reason,
      legalBasis: removed.legalBasis,
      evidenceRef: removed.evidenceRef,
      effectiveFrom: "2024-04-10",
      listedBy: "demo-credit-officer",
      listedAt: new Date(removed.listedAt).toISOString(),
      removedOn: "2025-04-10",
      removedBy: "demo-credit-officer",
      removedAt: new Date(removed.removedAt!).toISOString(),
      removalReason: removed.removalReason,
    });
  });

  it("was registered by the demo's credit staff, at the world's instants: its registration history keeps who, when and why", async () => {
    const registered = world.credit.enterprises[0]!;
    const { reference: _, ...step } = demoRegistration(registered);
    const { data, errors } = await system.query(
      `query($u: String!) { registrationHistory(uscc: $u) { version status effectiveOn actor actorRole reason at } }`,
      { u: registered.uscc },
      await staff("credit"),
    );
    expect(errors).toBeUndefined();
    expect(data!.registrationHistory).toEqual([
      {
        version: 1,
        status: "ACTIVE",
        effectiveOn: chinaDay(new Date(registered.registeredOn)),
        actor: "demo-credit-officer",
        actorRole: "staff",
        reason: step.reason,
        at: step.at.toISOString(),
      },
    ]);
  });

  it("was registered and filed in time order, as live records are: its events' order in each feed is their time order", async () => {
    // The seed's events come first in each department's outbox: one per registration, two (applied, approved) per filing.
    const seeded = async (department: "credit" | "ciq", count: number) => {
      const rows = await system.databases[department].sql.query<{ kind: string; occurredAt: Date }>(
        `SELECT kind, "occurredAt" FROM "OutboxEvent" ORDER BY seq LIMIT $1`,
        [count],
      );
      expect(rows).toHaveLength(count);
      const times = rows.map((row) => new Date(row.occurredAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      return rows.map((row) => row.kind);
    };
    expect(new Set(await seeded("credit", world.credit.enterprises.length))).toEqual(new Set(["REGISTRATION"]));
    const filings = world.ciq.enterpriseFilings.length + world.ciq.productFilings.length;
    expect(new Set(await seeded("ciq", 2 * filings))).toEqual(new Set(["ENTERPRISE_FILING", "PRODUCT_FILING"]));
  });

  it("was filed with CIQ by the demo's CIQ staff, at the world's instants: its enterprise filing's history keeps who and when", async () => {
    const filed = world.ciq.enterpriseFilings[0]!;
    const { reference, appliedAt, filedAt } = demoEnterpriseApplication(filed);
    const [row] = await system.databases.ciq.sql.query<{ id: string }>(`SELECT id FROM "EnterpriseFilingApplication" WHERE reference = $1`, [reference]);
    const { data, errors } = await system.query(
      `query($id: String!) { enterpriseFilingApplication(id: $id) { reference uscc status filing { filingNo effectiveFrom filedAt } history { action effectiveFrom changedBy changedAt } } }`,
      { id: row!.id },
      await staff("ciq"),
    );
    expect(errors).toBeUndefined();
    expect(data!.enterpriseFilingApplication).toEqual({
      reference,
      uscc: filed.uscc,
      status: "APPROVED",
      filing: { filingNo: filed.filingNo, effectiveFrom: chinaDay(filedAt), filedAt: filedAt.toISOString() },
      history: [
        { action: "APPLIED", effectiveFrom: null, changedBy: "demo-ciq-officer", changedAt: appliedAt.toISOString() },
        { action: "APPROVED", effectiveFrom: chinaDay(filedAt), changedBy: "demo-ciq-officer", changedAt: filedAt.toISOString() },
      ],
    });
  });

  it("has no list released (800) that names an enterprise on the negative list on its declaration day, and rejects such lists instead", async () => {
    const entries = await system.query(`{ negativeList(first: 100) { nodes { effectiveFrom removedOn enterprise { uscc } } } }`, {}, await staff("credit"));
    expect(entries.errors).toBeUndefined();
    const nodes = entries.data!.negativeList.nodes as Array<{ effectiveFrom: string; removedOn: string | null; enterprise: { uscc: string } }>;
    expect(nodes.length).toBeGreaterThan(0);
    const COUNT = `query($f: DeclarationFilter!) { declarations(first: 0, filter: $f) { totalCount } }`;
    let rejected = 0;
    for (const entry of nodes) {
      const window = { enterprise: entry.enterprise.uscc, from: entry.effectiveFrom, ...(entry.removedOn ? { to: entry.removedOn } : {}) };
      const released = await system.query(COUNT, { f: { ...window, returnStatus: 800 } });
      expect([entry.enterprise.uscc, released.data!.declarations.totalCount]).toEqual([entry.enterprise.uscc, 0]);
      rejected += (await system.query(COUNT, { f: { ...window, returnStatus: 100 } })).data!.declarations.totalCount as number;
    }
    expect(rejected).toBeGreaterThan(0);
  });
});

describe("the only anonymous operation", () => {
  it("is the public negative list: any other operation, query text or credential-less request is refused 401 as before", async () => {
    at("2026-12-12");
    expect(await publicList()).not.toContainEqual(expect.objectContaining({ uscc: AGENT }));

    const PUBLIC_TEXT = readFileSync("gateway/operations/PublicNegativeList.graphql", "utf8");
    for (const body of [
      { query: PUBLIC_TEXT },
      { query: `{ negativeList { nodes { id listedBy } } }` },
      { query: `{ __typename }` },
      { extensions: persisted("PartnerOrders"), variables: { first: 1 } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    ]) {
      const response = await anonymously(body);
      expect([response.status, ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code]).toEqual([
        401,
        "UNAUTHENTICATED",
      ]);
    }
    // A caller who sends a credential is authenticated as always, even for the public operation.
    const badToken = await anonymously({ extensions: persisted("PublicNegativeList") }, { authorization: "Bearer not-a-token" });
    expect(badToken.status).toBe(401);
    // GET works anonymously like POST.
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted("PublicNegativeList")), variables: JSON.stringify({ first: 1 }) });
    const viaGet = await fetch(`${system.gatewayUrl}?${search}`, { headers: { "apollo-require-preflight": "true" } });
    expect(viaGet.status).toBe(200);
    expect(((await viaGet.json()) as { data: { publicNegativeList: { nodes: unknown[] } } }).data.publicNegativeList.nodes).toHaveLength(1);
  });
});

describe("revoked registrations, published beside the negative list", () => {
  const newUscc = (serial: string) => {
    const first17 = `9146010${serial.padStart(10, "0")}`;
    return first17 + usccCheckChar(first17);
  };
  const revokedOne = newUscc("66001");
  const refusedOne = newUscc("66002");
  const REASON = "联系人张三 13800138000 虚假申报 案号 2026-117";

  async function revokedList(): Promise<Array<Record<string, unknown>>> {
    const response = await anonymously({ extensions: persisted("PublicNegativeList"), variables: { first: 1, revokedFirst: 100 } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { publicRevokedRegistrations: { nodes: Array<Record<string, unknown>> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/张三|13800138000|案号|credit-officer/);
    return body.data.publicRevokedRegistrations.nodes;
  }

  it("answers anonymously with name, USCC, day and category from the revocation's day on; never a refused application or the reason", async () => {
    at("2026-12-12");
    const credit = await staff("credit");
    const registered = await system.query(
      `mutation($r: RegistrationInput!) { registerEnterprise(registration: $r, reason: "paper application", effectiveOn: "2026-12-01") { status } }`,
      { r: { reference: "desk-66001", uscc: revokedOne, name: "海南撤销登记贸易有限公司", roles: ["PLATFORM"], districtCode: "460100" } },
      credit,
    );
    expect(registered.errors).toBeUndefined();
    const revoke = (reference: string, uscc: string, revocationCategory: string | null, effectiveOn = "2026-12-13") =>
      system.query(
        `mutation($d: RegistrationDecisionInput!) { decideRegistration(decision: $d) { status } }`,
        { d: { reference, uscc, status: "REVOKED", effectiveOn, reason: REASON, revocationCategory } },
        credit,
      );
    const before = await system.rowCounts();
    for (const [category, message] of [
      [null, /required when revoking/],
      ["APPLICATION_REFUSED", /cannot be APPLICATION_REFUSED/],
    ] as const) {
      const refused = await revoke(`revoke-66001-${category}`, revokedOne, category);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decision.revocationCategory" });
      expect(refused.errors![0]!.message).toMatch(message);
    }
    expect(await system.rowCounts()).toEqual(before);
    expect((await revoke("revoke-66001", revokedOne, "FALSE_DECLARATIONS")).errors).toBeUndefined();

    const applied = await system.query(
      `mutation($a: RegistrationInput!) { applyForRegistration(application: $a) { status } }`,
      { a: { reference: "apply-66002", uscc: refusedOne, name: "海南未获登记有限公司", roles: ["ECOMMERCE"], districtCode: "460100" } },
      await file.as(refusedOne),
    );
    expect(applied.errors).toBeUndefined();
    expect((await revoke("refuse-66002", refusedOne, "SMUGGLING", "2026-12-12")).errors![0]!.message).toMatch(/must be APPLICATION_REFUSED/);
    expect((await revoke("refuse-66002", refusedOne, "APPLICATION_REFUSED", "2026-12-12")).errors).toBeUndefined();

    // The revocation takes effect tomorrow: not published today.
    expect((await revokedList()).map((node) => node.uscc)).not.toContain(revokedOne);
    at("2026-12-13");
    const published = await revokedList();
    expect(published).toContainEqual({ uscc: revokedOne, enterpriseName: "海南撤销登记贸易有限公司", revokedOn: "2026-12-13", category: "FALSE_DECLARATIONS" });
    expect(published.map((node) => node.uscc)).not.toContain(refusedOne);
    // Credit staff see the category in the history, beside the unpublished reason.
    const history = await system.query(`query($u: String!) { registrationHistory(uscc: $u) { status reason revocationCategory } }`, { u: revokedOne }, credit);
    expect(history.data!.registrationHistory.at(-1)).toEqual({ status: "REVOKED", reason: REASON, revocationCategory: "FALSE_DECLARATIONS" });
    // Nothing else opens: the field by query text without a credential is refused as before.
    const text = await anonymously({ query: `{ publicRevokedRegistrations { nodes { uscc } } }` });
    expect(text.status).toBe(401);
  });
});

describe("credit classes, granted and withdrawn with an effective date", () => {
  it("moves the sampling of the next list to the class in force on its declaration date, and keeps every change", async () => {
    at("2026-12-20");
    const p = parcel({ goods: [FORMULA] });
    const seller = p.inventory.ebcCode;
    const decision = (reference: string, creditClass: string, effectiveFrom: string) => ({
      reference,
      uscc: seller,
      creditClass,
      reason: `海关认证决定 ${reference}`,
      effectiveFrom,
    });
    expect((await declared(p)).sampling!.reason).toMatch(/credit class GENERAL →/);

    const refused = await system.query(WITHDRAW, { d: decision("aeo-0", "GENERAL", "2026-12-21") }, await staff("credit"));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decision.uscc" });
    const granted = await system.query(GRANT, { d: decision("aeo-1", "ADVANCED_CERTIFIED", "2026-12-21") }, await staff("credit"));
    expect(granted.data!.grantCertification).toMatchObject({ fromClass: "GENERAL", toClass: "ADVANCED_CERTIFIED", decidedBy: "demo-credit-officer" });
    const withdrawn = await system.query(WITHDRAW, { d: decision("aeo-2", "DISHONEST", "2026-12-22") }, await staff("credit"));
    expect(withdrawn.data!.withdrawCertification).toMatchObject({ fromClass: "ADVANCED_CERTIFIED", toClass: "DISHONEST" });

    // Before its effective day the grant changes nothing.
    expect((await declared(parcel({ goods: [FORMULA] }))).sampling!.reason).toMatch(/credit class GENERAL →/);
    at("2026-12-21");
    const certified = await declared(parcel({ goods: [FORMULA] }));
    expect(certified.sampling!.reason).toMatch(/credit class ADVANCED_CERTIFIED → rate 1/);
    at("2026-12-22");
    expect((await declared(parcel({ goods: [FORMULA] }))).sampling!.reason).toMatch(/credit class DISHONEST → rate 1/);

    const { data } = await system.query(
      `query($u: String!) { enterprise(uscc: $u) { creditProfile { d20: creditClass(on: "2026-12-20") d21: creditClass(on: "2026-12-21") now: creditClass }
        creditClassChanges { fromClass toClass effectiveFrom reason decidedBy decidedAt } } }`,
      { u: seller },
    );
    expect(data!.enterprise.creditProfile).toEqual({ d20: "GENERAL", d21: "ADVANCED_CERTIFIED", now: "DISHONEST" });
    expect(data!.enterprise.creditClassChanges).toEqual([
      {
        fromClass: "ADVANCED_CERTIFIED",
        toClass: "DISHONEST",
        effectiveFrom: "2026-12-22",
        reason: "海关认证决定 aeo-2",
        decidedBy: "demo-credit-officer",
        decidedAt: expect.stringMatching(/^2026-12-20T15:3/),
      },
      {
        fromClass: "GENERAL",
        toClass: "ADVANCED_CERTIFIED",
        effectiveFrom: "2026-12-21",
        reason: "海关认证决定 aeo-1",
        decidedBy: "demo-credit-officer",
        decidedAt: expect.stringMatching(/^2026-12-20T15:3/),
      },
    ]);
  });
});
