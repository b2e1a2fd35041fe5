import { buildWorld } from "../demo/world";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { startTestSystem, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

/**
 * The fault test of the resilience issue: under steady load through the gateway, the logistics service
 * is stopped and started again. Reads that do not need logistics keep succeeding; reads that do get the
 * other departments' data and an error naming logistics; once it is back, everything succeeds again;
 * every acknowledged submission is stored exactly once.
 */
const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const COSMETICS = filed("CIQ46000000100041", "1000.00");

beforeAll(async () => {
  system = await startTestSystem("fault");
});

afterAll(async () => {
  await system?.stop();
});

const WITHOUT_LOGISTICS = `{ orders(first: 5) { nodes { orderNo payment { amountPaid } platform { name } } } }`;
/** Three released parcels of the demo world, whose waybills logistics holds (newly filed orders have none yet). */
const WITH_LOGISTICS = `{ ${world.customs.declarations
  .filter((declaration) => declaration.returnStatus === 800)
  .slice(0, 3)
  .map((declaration, i) => `o${i}: order(ebpCode: "${declaration.ebpCode}", orderNo: "${declaration.orderNo}") { orderNo waybill { logisticsNo status } }`)
  .join(" ")} }`;
const SUBMIT_ORDER = `mutation($d: OrderInput!) { submitOrder(order: $d) { returnStatus } }`;
const SUBMIT_WAYBILL = `mutation($d: WaybillInput!) { submitWaybill(waybill: $d) { returnStatus } }`;

type Kind = "without" | "with" | "order" | "waybill";
interface Outcome {
  kind: Kind;
  /** Where the request's start and its answer fall in the order of events (requests, answers, stop, restart). */
  started: number;
  answered: number;
  /** How long the answer took to come, for the recovery time. */
  answeredAt: number;
  status: number;
  body: GraphQLResponse<any>;
  parcel?: Parcel;
}

const acknowledged = (outcome: Outcome) =>
  outcome.status === 200 && !outcome.body.errors && (Object.values(outcome.body.data ?? {})[0] as any)?.returnStatus > 0;
const isRead = (outcome: Outcome) => outcome.kind === "with" || outcome.kind === "without";
const whole = (outcome: Outcome) => outcome.status === 200 && !outcome.body.errors && (isRead(outcome) || acknowledged(outcome));

/** Resolves once `condition` holds (a busy machine only makes this take longer). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("a department stopped and started under load", () => {
  it("leaves the rest serving, answers for it with SUBGRAPH_UNAVAILABLE, recovers within seconds and loses no acknowledged document", async () => {
    const platform: Credentials = { token: await system.security.token({ sub: "fault-platform", role: "enterprise", uscc: system.partnerUscc }) };
    const carrierUscc = parcel({ goods: [COSMETICS] }).waybill.logisticsCode;
    const carrier: Credentials = { token: await system.security.token({ sub: "fault-carrier", role: "enterprise", uscc: carrierUscc }) };
    const admin: Credentials = { token: system.adminToken };

    // Phases are told apart by the order of events, not by the clock: a slow machine stretches them but cannot mix them.
    let events = 0;
    const event = () => ++events;
    const send = async (kind: Kind, query: string, variables: Record<string, unknown> | undefined, credentials: Credentials, p?: Parcel): Promise<Outcome> => {
      const started = event();
      const response = await fetch(system.gatewayUrl, { method: "POST", headers: system.headers(credentials), body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { kind, started, answered: event(), answeredAt: Date.now(), status: response.status, body, parcel: p };
    };
    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async (index: number) => {
      for (let round = index; running; round++) {
        const p = parcel({ goods: [COSMETICS] });
        const step = round % 3;
        if (step === 0) outcomes.push(await send("without", WITHOUT_LOGISTICS, undefined, admin));
        if (step === 1) outcomes.push(await send("with", WITH_LOGISTICS, undefined, admin));
        if (step === 2) {
          outcomes.push(await send("order", SUBMIT_ORDER, { d: p.order }, platform, p));
          outcomes.push(await send("waybill", SUBMIT_WAYBILL, { d: p.waybill }, carrier, p));
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    const enough = 12;

    // Before: answered before the stop was asked for.
    await until(() => outcomes.length >= enough);
    const stopping = event();
    await system.stopService("logistics");
    const down = event();
    // During: asked for once logistics was down and answered before its restart was asked for, every kind among them.
    await until(() => {
      const seen = outcomes.filter((outcome) => outcome.started > down);
      return seen.length >= enough && (["with", "waybill"] as const).every((kind) => seen.some((outcome) => outcome.kind === kind));
    });
    const restarting = event();
    await system.startService("logistics");
    const restarted = event();
    const restartedAt = Date.now();
    // Recovered: the first whole read needing logistics asked for after the restart; after: asked for once it was answered.
    const firstWhole = () => outcomes.find((outcome) => outcome.kind === "with" && outcome.started > restarted && whole(outcome));
    await until(() => firstWhole() !== undefined);
    const recovered = firstWhole()!;
    await until(() => outcomes.filter((outcome) => outcome.started > recovered.answered).length >= enough);
    running = false;
    await load;

    const before = outcomes.filter((outcome) => outcome.answered < stopping);
    const during = outcomes.filter((outcome) => outcome.started > down && outcome.answered < restarting);
    const after = outcomes.filter((outcome) => outcome.started > recovered.answered);
    expect(before.length).toBeGreaterThan(10);
    expect(during.length).toBeGreaterThan(10);
    expect(after.length).toBeGreaterThan(10);

    expect(before.filter((outcome) => !whole(outcome))).toEqual([]);

    // While logistics is down: no read fails as a whole.
    expect(during.filter((outcome) => isRead(outcome) && (outcome.status !== 200 || !outcome.body.data))).toEqual([]);
    for (const outcome of during.filter((o) => o.kind === "without" || o.kind === "order")) expect(whole(outcome)).toBe(true);
    const partial = during.filter((outcome) => outcome.kind === "with");
    expect(partial.length).toBeGreaterThan(0);
    for (const outcome of partial) {
      for (const order of Object.values<any>(outcome.body.data)) {
        expect(order.orderNo).toBeTruthy();
        expect(order.waybill).toBeNull();
      }
      expect(outcome.body.errors!.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "logistics" }),
      ]);
    }
    for (const outcome of during.filter((o) => o.kind === "waybill")) {
      expect(acknowledged(outcome)).toBe(false);
      expect(outcome.body.errors![0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "logistics" });
    }

    // Back within a few seconds of the restart (the circuit lets a probe through 5 s after it opened), then whole again.
    expect(recovered.answeredAt - restartedAt).toBeLessThan(8_000);
    expect(after.filter((outcome) => !whole(outcome))).toEqual([]);

    // A platform sends again what was not acknowledged; then every document is stored exactly once.
    const unacknowledged = outcomes.filter((outcome) => (outcome.kind === "order" || outcome.kind === "waybill") && !acknowledged(outcome));
    expect(unacknowledged.length).toBeGreaterThan(0);
    for (const outcome of unacknowledged) {
      const again =
        outcome.kind === "order"
          ? await send("order", SUBMIT_ORDER, { d: outcome.parcel!.order }, platform)
          : await send("waybill", SUBMIT_WAYBILL, { d: outcome.parcel!.waybill }, carrier);
      expect(acknowledged(again)).toBe(true);
    }
    const orderNos = outcomes.filter((outcome) => outcome.kind === "order").map((outcome) => outcome.parcel!.order.orderNo);
    const logisticsNos = outcomes.filter((outcome) => outcome.kind === "waybill").map((outcome) => outcome.parcel!.waybill.logisticsNo);
    const [orders] = await system.databases.customs.sql.query<{ rows: number; distinct: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT "orderNo")::int AS distinct FROM "Order" WHERE "ebpCode" = $1 AND "orderNo" = ANY($2)`,
      [system.partnerUscc, orderNos],
    );
    const [waybills] = await system.databases.logistics.sql.query<{ rows: number; distinct: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT "logisticsNo")::int AS distinct FROM "Waybill" WHERE "logisticsCode" = $1 AND "logisticsNo" = ANY($2)`,
      [carrierUscc, logisticsNos],
    );
    expect(orders).toEqual({ rows: orderNos.length, distinct: orderNos.length });
    expect(waybills).toEqual({ rows: logisticsNos.length, distinct: logisticsNos.length });
  });
});
