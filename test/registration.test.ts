/**
 * Issue #13, items 1 and 7, through the gateway: an enterprise applies for its registration, credit staff
 * approve, suspend and reinstate it with reasons and effective days; a list naming it is refused from the
 * day of the suspension and not before; the history keeps who, when and why; contacts are masked for an
 * analyst and audited for credit staff; its customs code resolves; a partner key needs an ACTIVE enterprise;
 * the operator creates the first administrator.
 */
import { buildWorld } from "../demo/world";
import { setClock } from "../lib/clock";
import { usccCheckChar } from "../lib/rules/uscc";
import { parcelFactory } from "../demo/parcels";
import { readStore } from "../gateway/security/partner-keys";
import { addPartner, createAdmin, registerOffline } from "../scripts/operator";
import { ROOT } from "../lib/paths";
import { spawnSync } from "node:child_process";
import type { PrismaClient } from "../prisma/credit/generated/client";
import { parcelFiler } from "./helpers/parcels";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const COSMETICS = filed("CIQ46000000100041", "1000.00");

/** A USCC no demo enterprise has, with its GB 32100 check character. */
const newUscc = (serial: string) => {
  const first17 = `9146010${serial.padStart(10, "0")}`;
  return first17 + usccCheckChar(first17);
};
const AGENT = newUscc("77001");
const CUSTOMS_CODE = "4601770001";

let credit: Credentials;
let analyst: Credentials;
let agentUser: Credentials;

const ENTERPRISE = `{ uscc customsCode name roles status contactName contactTelephone contactEmail }`;
const application = (change: Record<string, unknown> = {}) => ({
  reference: "apply-77001",
  uscc: AGENT,
  name: "海南新申报代理有限公司",
  roles: ["AGENT"],
  districtCode: "460100",
  customsCode: CUSTOMS_CODE,
  contacts: { name: "王小明", telephone: "13800138000", email: "wang@agent.example.cn" },
  ...change,
});
const apply = (input: Record<string, unknown>, as: Credentials = agentUser) =>
  system.query(`mutation($a: RegistrationInput!) { applyForRegistration(application: $a) ${ENTERPRISE} }`, { a: input }, as);
const decide = (reference: string, status: string, effectiveOn: string, reason: string, as: Credentials = credit) =>
  system.query(
    `mutation($d: RegistrationDecisionInput!) { decideRegistration(decision: $d) { uscc status } }`,
    { d: { reference, uscc: AGENT, status, effectiveOn, reason } },
    as,
  );
const statusOn = async (day: string) =>
  (await system.query(`query($u: String!, $d: Date!) { enterprise(uscc: $u) { statusOn(on: $d) } }`, { u: AGENT, d: day })).data!.enterprise.statusOn;

/** A parcel whose list is declared on `declTime` by the new agent (the other parties are the demo world's). */
async function declareAs(declTime: string) {
  const p = parcel({ goods: [COSMETICS] });
  p.inventory.agentCode = AGENT;
  p.inventory.agentName = "海南新申报代理有限公司";
  p.inventory.declTime = declTime;
  for (const document of ["order", "payment", "waybill"] as const) expect((await file[document](p)).errors).toBeUndefined();
  const answer = await file.inventory(p);
  expect(answer.errors).toBeUndefined();
  return answer.data!.declareInventory as { returnStatus: number; returnInfo: string };
}

beforeAll(async () => {
  setClock(new Date("2026-12-14T09:00:00+08:00"));
  system = await startTestSystem("registration");
  credit = { token: await system.security.token({ sub: "credit-officer-li", role: "staff", department: "credit" }) };
  analyst = { token: await system.security.token({ sub: "analyst-zhao", role: "analyst" }) };
  agentUser = await file.as(AGENT);
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

describe("an enterprise registers in the zone", () => {
  it("refuses a wrong check character, an application for another enterprise and a staff step by a non-credit user, storing nothing", async () => {
    const before = await system.rowCounts();
    const wrong = await apply(application({ uscc: `${AGENT.slice(0, 17)}${AGENT[17] === "0" ? "1" : "0"}` }));
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.uscc" });
    expect(wrong.errors![0]!.message).toMatch(/check character/);
    expect((await apply(application(), await file.as(system.partnerUscc))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const shortCode = await apply(application({ customsCode: "46017" }));
    expect(shortCode.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.customsCode" });
    expect((await decide("early", "ACTIVE", "2026-12-14", "approved", agentUser)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await system.rowCounts()).toEqual(before);
  });

  it("applies (PENDING), idempotently under its reference, and a PENDING agent's list is refused", async () => {
    const first = await apply(application());
    expect(first.errors).toBeUndefined();
    expect(first.data!.applyForRegistration).toMatchObject({ uscc: AGENT, status: "PENDING", customsCode: CUSTOMS_CODE, roles: ["AGENT"] });
    const counts = await system.rowCounts();
    expect((await apply(application())).data!.applyForRegistration.status).toBe("PENDING");
    expect(await system.rowCounts()).toEqual(counts);
    const again = await apply(application({ reference: "apply-77001-bis" }));
    expect(again.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "application.uscc" });

    const pending = await declareAs("2026-12-14");
    expect(pending.returnStatus).toBe(100);
    expect(pending.returnInfo).toMatch(/inventory\.agentCode .*enterprises are registered: is not a registered enterprise/);
  });

  it("registers one enterprise for two identical applications sent at once", async () => {
    const other = newUscc("77002");
    const input = application({ reference: "apply-77002", uscc: other, customsCode: null, contacts: null });
    const answers = await Promise.all([apply(input, await file.as(other)), apply(input, await file.as(other))]);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect(answers.map((answer) => answer.data!.applyForRegistration.status)).toEqual(["PENDING", "PENDING"]);
    const history = await system.query(`query($u: String!) { registrationHistory(uscc: $u) { version } }`, { u: other }, credit);
    expect(history.data!.registrationHistory).toEqual([{ version: 1 }]);
  });

  it("resolves the customs code as documents carry it, and the USCC alike", async () => {
    const byCode = await system.query(`query($c: String!) { enterprise(uscc: $c) { uscc } byCode: enterpriseByCustomsCode(customsCode: $c) { uscc } }`, {
      c: CUSTOMS_CODE,
    });
    expect(byCode.data).toEqual({ enterprise: { uscc: AGENT }, byCode: { uscc: AGENT } });
    const malformed = await system.query(`{ enterprise(uscc: "46017") { uscc } }`);
    expect(malformed.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("is approved, then suspended from a day: a list declared the day before passes, one declared on that day is refused, at 23:30 and 00:30 China time", async () => {
    expect((await decide("approve-77001", "ACTIVE", "2026-12-14", "documents checked")).data!.decideRegistration.status).toBe("ACTIVE");
    const illegal = await decide("pending-again", "PENDING", "2026-12-14", "back");
    expect(illegal.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decision.status" });

    // Decided late in the evening, in force from the next China day.
    setClock(new Date("2026-12-15T23:30:00+08:00"));
    expect((await decide("suspend-77001", "SUSPENDED", "2026-12-16", "false declarations under investigation")).errors).toBeUndefined();
    // The same decision again changes nothing; the status in force today is still ACTIVE.
    expect((await decide("suspend-77001", "SUSPENDED", "2026-12-16", "false declarations under investigation")).data!.decideRegistration.status).toBe("ACTIVE");
    expect(await statusOn("2026-12-15")).toBe("ACTIVE");
    expect(await statusOn("2026-12-16")).toBe("SUSPENDED");
    expect([800, 500]).toContain((await declareAs("2026-12-15")).returnStatus);

    // 00:30 in China is still 2026-12-15 in UTC: the list dated the China day of the suspension is refused,
    // one dated the day before and filed now is judged as usual.
    setClock(new Date("2026-12-16T00:30:00+08:00"));
    const refused = await declareAs("2026-12-16");
    expect(refused.returnStatus).toBe(100);
    expect(refused.returnInfo).toMatch(/inventory\.agentCode .*enterprises are registered: is not a registered enterprise/);
    expect([800, 500]).toContain((await declareAs("2026-12-15")).returnStatus);

    setClock(new Date("2026-12-16T10:00:00+08:00"));
    expect((await declareAs("2026-12-16")).returnStatus).toBe(100);
  });

  it("is reinstated from a later day, and its lists pass again from that day", async () => {
    const early = await decide("reinstate-too-early", "ACTIVE", "2026-12-15", "cleared");
    expect(early.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decision.effectiveOn" });
    setClock(new Date("2026-12-17T10:00:00+08:00"));
    expect((await decide("reinstate-77001", "ACTIVE", "2026-12-17", "investigation closed without findings")).errors).toBeUndefined();
    expect(await statusOn("2026-12-16")).toBe("SUSPENDED");
    expect([800, 500]).toContain((await declareAs("2026-12-17")).returnStatus);
  });

  it("keeps every step with who, when and why, for credit staff and the enterprise itself only", async () => {
    const HISTORY = `query($u: String!) { registrationHistory(uscc: $u) { version status effectiveOn actor actorRole reason changes { field before after } } }`;
    const { data } = await system.query(HISTORY, { u: AGENT }, credit);
    expect(data!.registrationHistory).toEqual([
      {
        version: 1,
        status: "PENDING",
        effectiveOn: "2026-12-14",
        actor: `clerk-${AGENT}`,
        actorRole: "enterprise",
        reason: "application",
        changes: [
          { field: "status", before: null, after: "PENDING" },
          { field: "name", before: null, after: "海南新申报代理有限公司" },
          { field: "roles", before: null, after: "AGENT" },
          { field: "customsCode", before: null, after: CUSTOMS_CODE },
          { field: "districtCode", before: null, after: "460100" },
          // Contacts are personal data: the history says they were set, never what they are.
          { field: "contacts", before: null, after: null },
        ],
      },
      expect.objectContaining({ version: 2, status: "ACTIVE", actor: "credit-officer-li", reason: "documents checked" }),
      {
        version: 3,
        status: "SUSPENDED",
        effectiveOn: "2026-12-16",
        actor: "credit-officer-li",
        actorRole: "staff",
        reason: "false declarations under investigation",
        changes: [{ field: "status", before: "ACTIVE", after: "SUSPENDED" }],
      },
      expect.objectContaining({
        version: 4,
        status: "ACTIVE",
        effectiveOn: "2026-12-17",
        changes: [{ field: "status", before: "SUSPENDED", after: "ACTIVE" }],
      }),
    ]);
    expect((await system.query(HISTORY, { u: AGENT }, agentUser)).data!.registrationHistory).toHaveLength(4);
    expect((await system.query(HISTORY, { u: AGENT }, analyst)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect((await system.query(HISTORY, { u: AGENT }, await file.as(system.partnerUscc))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("masks the contacts for an analyst and audits credit staff's full reads", async () => {
    const read = (as: Credentials) => system.query(`query($u: String!) { enterprise(uscc: $u) ${ENTERPRISE} }`, { u: AGENT }, as);
    expect((await read(analyst)).data!.enterprise).toMatchObject({
      contactName: "王**",
      contactTelephone: "138****8000",
      contactEmail: "w***@agent.example.cn",
    });
    expect((await read(credit)).data!.enterprise).toMatchObject({ contactName: "王小明", contactTelephone: "13800138000" });
    const audit = await system.query(`{ creditPersonalDataReads(filter: { subject: "credit-officer-li" }) { nodes { subject entityType recordKey field } } }`);
    expect(audit.data!.creditPersonalDataReads.nodes).toEqual(
      expect.arrayContaining(
        ["contactName", "contactTelephone", "contactEmail"].map((field) => ({
          subject: "credit-officer-li",
          entityType: "Enterprise",
          recordKey: `["${AGENT}"]`,
          field,
        })),
      ),
    );
    expect(JSON.stringify(await system.query(`{ creditPersonalDataReads { nodes { subject } } }`))).not.toContain("analyst-zhao");
  });
});

describe("credit staff register an enterprise directly", () => {
  const REGISTER = `mutation($r: RegistrationInput!, $why: String!, $on: Date!) { registerEnterprise(registration: $r, reason: $why, effectiveOn: $on) { uscc status roles } }`;
  const registration = {
    reference: "desk-77003",
    uscc: newUscc("77003"),
    name: "海南保税仓储有限公司",
    roles: ["WAREHOUSE", "GUARANTOR"],
    districtCode: "460100",
  };

  it("is for credit staff only, and registers ACTIVE from the day given", async () => {
    const vars = { r: registration, why: "paper application 3", on: "2026-12-17" };
    const customs = { token: await system.security.staffToken("customs") };
    expect((await system.query(REGISTER, vars, customs)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const { data, errors } = await system.query(REGISTER, vars, credit);
    expect(errors).toBeUndefined();
    expect(data!.registerEnterprise).toEqual({ uscc: registration.uscc, status: "ACTIVE", roles: ["WAREHOUSE", "GUARANTOR"] });
    expect(await system.query(REGISTER, vars, credit)).toEqual({ data });
  });
});

describe("operator tools", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "partner-keys-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("issues a partner key only for registered, ACTIVE enterprises", async () => {
    const store = path.join(directory, "keys.json");
    const prisma = system.databases.credit.prisma as PrismaClient;
    const unregistered = newUscc("77999");
    await expect(addPartner(prisma, store, { name: "unknown platform", usccs: [unregistered] })).rejects.toThrow(
      `--uscc ${unregistered} is not a registered enterprise`,
    );
    expect(readStore(store).partners).toEqual([]);

    setClock(new Date("2026-12-18T10:00:00+08:00"));
    expect((await decide("suspend-77001-again", "SUSPENDED", "2026-12-18", "audit")).errors).toBeUndefined();
    await expect(addPartner(prisma, store, { name: "suspended agent", usccs: [AGENT] })).rejects.toThrow(`--uscc ${AGENT} is SUSPENDED, not ACTIVE`);

    const offline = newUscc("77004");
    await registerOffline(
      prisma,
      "ops",
      { reference: "paper-77004", uscc: offline, name: "线下登记平台", roles: ["PLATFORM"], districtCode: "460100" },
      "paper application 4",
      new Date("2026-12-18"),
    );
    const issued = await addPartner(prisma, store, { name: "two platforms", usccs: [system.partnerUscc, offline] });
    expect(issued.key).toMatch(/^tgk_/);
    expect(readStore(store).partners.map((partner) => partner.usccs)).toEqual([[system.partnerUscc, offline]]);
    const history = await system.query(`query($u: String!) { registrationHistory(uscc: $u) { status actor actorRole reason } }`, { u: offline }, credit);
    expect(history.data!.registrationHistory).toEqual([{ status: "ACTIVE", actor: "operator:ops", actorRole: "admin", reason: "paper application 4" }]);
  });

  it("creates the first administrator with `npm run admin -- create`: a token the gateway accepts, or exit 2 with the reason", async () => {
    const secret = system.security.auth.secret!;
    const { token } = await createAdmin({ JWT_SECRET: secret }, { subject: "first-admin" });
    const history = await system.query(`query($u: String!) { registrationHistory(uscc: $u) { version } }`, { u: AGENT }, { token });
    expect(history.errors).toBeUndefined();
    expect(history.data!.registrationHistory.length).toBeGreaterThan(0);
    // Signed with another secret, the same claims are refused: the token is only as good as the gateway's secret.
    const forged = await createAdmin({ JWT_SECRET: `${secret}x` }, { subject: "first-admin" });
    const refused = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers({ token: forged.token }),
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(refused.status).toBe(401);

    await expect(createAdmin({}, { subject: "first-admin" })).rejects.toThrow("JWT_SECRET is not set");
    await expect(createAdmin({ JWT_JWKS_URL: "https://idp.example.cn/jwks" }, { subject: "first-admin" })).rejects.toThrow(/JWT_JWKS_URL is set/);
    await expect(createAdmin({ JWT_SECRET: "short" }, { subject: "first-admin" })).rejects.toThrow(/at least 32 characters/);
    await expect(createAdmin({ JWT_SECRET: secret }, { subject: " " })).rejects.toThrow(/--subject/);
    await expect(createAdmin({ JWT_SECRET: secret }, { subject: "ops", expiresIn: "forever" })).rejects.toThrow(/--expires/);

    // The command itself: the reason on stderr, exit status 2, no token printed.
    const command = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "scripts", "admin.ts"), "create", "--subject", "ops"],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH },
        encoding: "utf8",
      },
    );
    expect(command.status).toBe(2);
    expect(command.stderr).toMatch(/JWT_SECRET is not set/);
    expect(command.stdout).toBe("");
  });
});
