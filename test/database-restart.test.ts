import pg from "pg";
import { DEPARTMENTS, type Department } from "../lib/departments";
import { buildWorld } from "../demo/world";
import { cebMessage, returnStatuses } from "./helpers/ceb-xml";
import { usePostgres } from "./helpers/databases";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { databaseProxy, type DatabaseProxy } from "./helpers/pg-proxy";
import { startTestSystem, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

/**
 * The PostgreSQL restart of the database-faults issue, without restarting the server other suites share:
 * the services reach their databases through a proxy; the outage is the proxy refusing connections while
 * every backend of this suite's databases is terminated (57P01, as a restart ends them). Customs takes orders
 * from 4 clients throughout; the other departments are idle, holding only idle pool connections. No
 * service exits, /ready says 503 while the database is gone and 200 after, orders fail only during the
 * outage and then as SERVICE_UNAVAILABLE, retryable (on /ceb, the system-busy receipt), and every order
 * is stored once after the resends.
 */
const world = buildWorld();
let system: TestSystem;
let proxy: DatabaseProxy;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const COSMETICS = filed("CIQ46000000100041", "1000.00");
const adminUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

beforeAll(async () => {
  if (!usePostgres) return;
  proxy = await databaseProxy(adminUrl);
  system = await startTestSystem("dbrestart", {}, (location) => (location.driver === "pg" ? { driver: "pg", url: proxy.through(location.url) } : location));
});

afterAll(async () => {
  await system?.stop();
  proxy?.close();
});

const SUBMIT_ORDER = `mutation($d: OrderInput!) { submitOrder(order: $d) { returnStatus } }`;
/** One read per department, each answered from that department's own database. */
const READS: Record<Department, string> = {
  customs: `{ orders(first: 1) { nodes { orderNo } } }`,
  ciq: `{ inspections(first: 1) { nodes { kind } } }`,
  credit: `{ negativeList { nodes { reason } } }`,
  logistics: `{ waybills(first: 1) { nodes { logisticsNo } } }`,
  finance: `{ payments(first: 1) { nodes { payTransactionId } } }`,
};

interface Outcome {
  startedAt: number;
  endedAt: number;
  body: GraphQLResponse<any>;
  parcel: Parcel;
}
const acknowledged = (outcome: Outcome) => !outcome.body.errors && outcome.body.data?.submitOrder?.returnStatus > 0;

async function ready(department: Department): Promise<boolean> {
  return (await fetch(new URL("/ready", system.services[department].url))).ok;
}

/** Resolves once `condition` holds, checked after each of the load's answers (and every 20 ms). */
/**
 * Refused as worth sending again: customs' own database gone (SERVICE_UNAVAILABLE), or credit, asked about the
 * sender's roles first, unable to answer for the same reason (SUBGRAPH_UNAVAILABLE naming credit); both retryable.
 */
function retryable(outcome: Outcome): boolean {
  const errors = outcome.body.errors ?? [];
  return (
    errors.length === 1 &&
    errors[0]!.extensions?.retryable === true &&
    ((errors[0]!.extensions.code === "SERVICE_UNAVAILABLE" && errors[0]!.extensions.serviceName === "customs") ||
      (errors[0]!.extensions.code === "SUBGRAPH_UNAVAILABLE" && errors[0]!.extensions.serviceName === "credit"))
  );
}

function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = async () => ((await condition()) ? resolve() : setTimeout(check, 20));
    void check();
  });
}

(usePostgres ? describe : describe.skip)("PostgreSQL restarted under load", () => {
  it("keeps every service alive, answers SERVICE_UNAVAILABLE while the database is gone, and loses nothing acknowledged", async () => {
    const platform: Credentials = { token: await system.security.token({ sub: "restart-platform", role: "enterprise", uscc: system.partnerUscc }) };
    const send = async (p: Parcel): Promise<Outcome> => {
      const startedAt = Date.now();
      const response = await fetch(system.gatewayUrl, {
        method: "POST",
        headers: system.headers(platform),
        body: JSON.stringify({ query: SUBMIT_ORDER, variables: { d: p.order } }),
      });
      return { startedAt, endedAt: Date.now(), body: (await response.json()) as GraphQLResponse<any>, parcel: p };
    };
    const outcomes: Outcome[] = [];
    let running = true;
    const load = Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (running) outcomes.push(await send(parcel({ goods: [COSMETICS] })));
      }),
    );
    const acks = () => outcomes.filter(acknowledged).length;

    await until(() => acks() >= 20);
    // Every department has just used its pool (each /ready runs a query), so each holds an idle connection.
    for (const department of DEPARTMENTS) expect(await ready(department)).toBe(true);

    const outageAt = Date.now();
    proxy.down();
    const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
    await admin.connect();
    const { rows: terminated } = await admin.query<{ datname: string }>(
      `SELECT datname, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname LIKE $1 AND pid <> pg_backend_pid()`,
      [`tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}dbrestart_%`],
    );
    await admin.end();
    expect(new Set(terminated.map((row) => row.datname)).size).toBe(DEPARTMENTS.length);

    // While it is gone: every department says it is not ready, and orders are refused as retryable.
    for (const department of DEPARTMENTS) await until(async () => !(await ready(department)));
    await until(() => outcomes.some((outcome) => outcome.startedAt > outageAt && retryable(outcome)));

    // The same fault through /ceb: the standard's "system busy, send again" receipt, and a Retry-After.
    const xmlParcel = parcel({ goods: [COSMETICS] });
    const message = cebMessage("CEB311Message", "Order", "OrderHead", "OrderList", [xmlParcel.order]);
    const postCeb = () =>
      fetch(new URL("/ceb", system.gatewayUrl), { method: "POST", headers: { ...system.headers(platform), "content-type": "application/xml" }, body: message });
    const busy = await postCeb();
    const busyReceipt = await busy.text();
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(returnStatuses(busyReceipt)).toEqual([-1]);
    expect(busyReceipt).toContain("<ceb:returnInfo>3000 系统繁忙，请重新发送 (system busy, send the message again)");

    proxy.up();
    const restoredAt = Date.now();
    for (const department of DEPARTMENTS) await until(() => ready(department));
    const allReadyAt = Date.now();
    await until(() => outcomes.some((outcome) => outcome.startedAt >= restoredAt && acknowledged(outcome)));
    const firstAckAt = outcomes.find((outcome) => outcome.startedAt >= restoredAt && acknowledged(outcome))!.endedAt;
    const acksAtRecovery = acks();
    await until(() => acks() >= acksAtRecovery + 20);
    running = false;
    await load;

    // Orders failed only while the database was gone, each telling the platform to send it again.
    const failed = outcomes.filter((outcome) => !acknowledged(outcome));
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome.endedAt).toBeGreaterThanOrEqual(outageAt);
      expect(outcome.startedAt).toBeLessThanOrEqual(restoredAt);
      expect(retryable(outcome)).toBe(true);
    }
    expect(outcomes.filter((outcome) => outcome.startedAt > firstAckAt && !acknowledged(outcome))).toEqual([]);
    // Back within seconds of the database, whatever the machine's load: recovery waits for no timer of ours.
    expect(allReadyAt - restoredAt).toBeLessThan(5_000);

    // Every department serves again, the idle ones too, and counted the connections it lost.
    for (const department of DEPARTMENTS) {
      const answer = await system.query(READS[department]);
      expect(answer.errors).toBeUndefined();
      const metrics = await (await fetch(new URL("/metrics", system.services[department].url))).text();
      const lost = Number(/^tradegraph_subgraph_db_connections_lost_total\{[^}]*\} (\d+)/m.exec(metrics)?.[1]);
      expect(lost).toBeGreaterThanOrEqual(1);
    }

    // The platform sends again what was refused; then every order is stored exactly once.
    for (const outcome of failed) expect(acknowledged(await send(outcome.parcel))).toBe(true);
    expect(returnStatuses(await (await postCeb()).text())).toEqual([120]);
    const orderNos = [...outcomes.map((outcome) => outcome.parcel.order.orderNo), xmlParcel.order.orderNo];
    const [orders] = await system.databases.customs.sql.query<{ rows: number; distinct: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT "orderNo")::int AS distinct FROM "Order" WHERE "ebpCode" = $1 AND "orderNo" = ANY($2)`,
      [system.partnerUscc, orderNos],
    );
    expect(orders).toEqual({ rows: orderNos.length, distinct: orderNos.length });
  });
});
