/**
 * Issue #13 item 3, through the gateway: credit's score is moved by the facts every department reports,
 * weighed by credit's effective-dated score rules (subgraphs/credit/rules/credit-score.rules.json): here a
 * list customs finally rejects counts against its declaring agent, once per list, and a report credit could
 * not take at once is sent by customs' sweep. A reporter may not weigh a kind the rules weigh.
 */
import { buildWorld } from "../demo/world";
import { parcelFactory } from "../demo/parcels";
import { setClock } from "../lib/clock";
import { CREDIT_REPORT } from "../lib/service/credit-report";
import type { PrismaClient as CustomsPrisma } from "../prisma/customs/generated/client";
import { weightOf } from "../subgraphs/credit/rules/credit-evaluation";
import { createCustomsLoaders } from "../subgraphs/customs/loaders";
import { relayEvents } from "../subgraphs/customs/relay";
import { sweepCustoms } from "../subgraphs/customs/resolvers/sweep";
import { parcelFiler } from "./helpers/parcels";
import { serviceContext } from "./helpers/service-context";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const COSMETICS = filed("CIQ46000000100041", "1000.00");
const NOW = new Date("2026-12-15T23:30:00+08:00");
const CONSIGNEE = "张小明";

const PROFILE = `query($u: String!) { enterprise(uscc: $u) { creditProfile { score } creditEvents(last: 50) { kind scoreDelta description } } }`;
async function creditOf(uscc: string): Promise<{ score: number; events: Array<{ kind: string; scoreDelta: number; description: string }> }> {
  const { data, errors } = await system.query(PROFILE, { u: uscc });
  expect(errors).toBeUndefined();
  return { score: data!.enterprise.creditProfile?.score ?? 70, events: data!.enterprise.creditEvents };
}

/** A parcel whose list names a buyer other than its order's: the three-document match rejects it (100) once stored. */
async function rejectedList() {
  const p = parcel({ goods: [COSMETICS] });
  for (const document of ["order", "payment", "waybill"] as const) expect((await file[document](p)).errors).toBeUndefined();
  p.inventory.buyerName = `${p.inventory.buyerName}甲`;
  const answer = await file.inventory(p);
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.declareInventory.returnStatus).toBe(100);
  return p;
}

let customs: Credentials;

beforeAll(async () => {
  setClock(NOW);
  system = await startTestSystem("credit-score");
  customs = { token: await system.security.staffToken("customs") };
});

afterAll(async () => {
  await system?.stop();
  setClock(null);
});

describe("the score from every department", () => {
  it("counts a list customs rejects against its declaring agent, by the rules' weight, once per list", async () => {
    const weight = weightOf("LIST_REJECTED", NOW)!;
    const p = await rejectedList();
    const agent = p.inventory.agentCode;
    const before = await creditOf(agent);
    // The list above was reported as it was rejected: one event, weighed by credit.
    const reported = before.events.filter((event) => event.kind === "LIST_REJECTED");
    expect(reported).toEqual([{ kind: "LIST_REJECTED", scoreDelta: weight, description: expect.stringContaining(p.inventory.copNo) }]);
    expect(reported[0]!.description).not.toContain(p.inventory.buyerName);

    await rejectedList();
    const after = await creditOf(agent);
    expect(after.score).toBe(Math.max(0, before.score + weight));
    expect(after.events.filter((event) => event.kind === "LIST_REJECTED")).toHaveLength(2);
  });

  it("sends a report still owed from customs' sweep, and the same report twice counts once", async () => {
    const p = await rejectedList();
    const agent = p.inventory.agentCode;
    const prisma = system.databases.customs.prisma as CustomsPrisma;
    const key = { agentCode: agent, copNo: p.inventory.copNo };
    expect((await prisma.inventoryDeclaration.findUniqueOrThrow({ where: { agentCode_copNo: key } })).creditReport).toBe(CREDIT_REPORT.sent);
    const ofThisList = async () => (await creditOf(agent)).events.filter((event) => event.description.includes(p.inventory.copNo));
    expect(await ofThisList()).toHaveLength(1);
    // As if credit had not answered: the list owes its report again, and the sweep sends it.
    await prisma.inventoryDeclaration.update({ where: { agentCode_copNo: key }, data: { creditReport: CREDIT_REPORT.pending } });
    await sweepCustoms(serviceContext(system, "customs", createCustomsLoaders));
    expect((await prisma.inventoryDeclaration.findUniqueOrThrow({ where: { agentCode_copNo: key } })).creditReport).toBe(CREDIT_REPORT.sent);
    expect(await ofThisList()).toHaveLength(1);
  });

  it("counts a parcel its logistics company reports detained against that company, once, without the carrier's free text", async () => {
    const p = parcel({ goods: [COSMETICS] });
    for (const document of ["order", "payment", "waybill"] as const) expect((await file[document](p)).errors).toBeUndefined();
    const carrier = p.waybill.logisticsCode;
    const TRACK = `mutation($e: TrackingEventInput!) { recordTrackingEvent(event: $e) { status } }`;
    const step = async (status: string, minutes: number) =>
      system.query(
        TRACK,
        {
          e: {
            logisticsCode: carrier,
            logisticsNo: p.waybill.logisticsNo,
            status,
            occurredAt: new Date(NOW.getTime() - 60 * 60_000 + minutes * 60_000).toISOString(),
            // The carrier's free text may name the consignee: it stays in logistics.
            description: status === "DETAINED" ? `海关暂扣: 收件人${CONSIGNEE}待补充单证` : "到达口岸",
            location: `${CONSIGNEE}家门口`,
          },
        },
        await file.as(carrier),
      );
    expect((await step("ARRIVED", 0)).errors).toBeUndefined();
    expect((await step("DETAINED", 10)).errors).toBeUndefined();
    expect((await step("DETAINED", 10)).errors).toBeUndefined();
    const anomalies = (await creditOf(carrier)).events.filter((event) => event.kind === "LOGISTICS_ANOMALY");
    expect(anomalies).toEqual([
      { kind: "LOGISTICS_ANOMALY", scoreDelta: weightOf("LOGISTICS_ANOMALY", NOW)!, description: `waybill ${p.waybill.logisticsNo} detained` },
    ]);

    await relayEvents(serviceContext(system, "customs", createCustomsLoaders));
    const FEED = `query { receipts(first: 100, kinds: ["WAYBILL_TRACKING"]) { nodes { documentKey receipt } } }`;
    const feed = await system.query(FEED, {}, await file.as(carrier));
    expect(feed.errors).toBeUndefined();
    const steps = (feed.data!.receipts.nodes as Array<{ documentKey: { logisticsNo: string }; receipt: Record<string, unknown> }>).filter(
      (event) => event.documentKey.logisticsNo === p.waybill.logisticsNo,
    );
    expect(steps.map((event) => event.receipt.status)).toEqual(["ARRIVED", "DETAINED"]);
    expect(JSON.stringify(steps)).not.toContain(CONSIGNEE);
  });

  it("refuses a reporter's own weight for a kind the rules weigh, and requires one for a staff judgement", async () => {
    const RECORD = `mutation($e: CreditEventInput!) { recordCreditEvent(event: $e) { kind scoreDelta } }`;
    const event = { reference: "customs:test-weight", uscc: system.partnerUscc, occurredAt: NOW.toISOString(), description: "test" };
    const weighed = await system.query(RECORD, { e: { ...event, kind: "LIST_REJECTED", scoreDelta: -1 } }, customs);
    expect(weighed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "event.scoreDelta" });
    const unweighed = await system.query(RECORD, { e: { ...event, kind: "PENALTY" } }, customs);
    expect(unweighed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "event.scoreDelta" });
    const ancient = await system.query(RECORD, { e: { ...event, kind: "PENALTY", scoreDelta: -25, occurredAt: "2017-01-01T00:00:00+08:00" } }, customs);
    expect(ancient.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "event.occurredAt" });
    const penalty = await system.query(RECORD, { e: { ...event, kind: "PENALTY", scoreDelta: -25 } }, customs);
    expect(penalty.data!.recordCreditEvent).toEqual({ kind: "PENALTY", scoreDelta: -25 });
  });
});
