/**
 * Sustained filings on PostgreSQL: parcels (order, payment, waybill, inventory list, in the order a real
 * platform files them) from several filers at once, then every acknowledged document counted in its
 * database: each must be there exactly once, and nothing unacknowledged may have been stored.
 */
import pg from "pg";
import type { World } from "../demo/world";
import type { Department } from "../lib/departments";
import { issueToken } from "../gateway/security/auth";
import { parcelFactory, sendersOf } from "../demo/parcels";
import { cpuSeconds, postGraphQL, postgresCpuSeconds, round, table } from "./shared";

/** Filers working at once; each files its parcels one document after the other. */
const FILERS = 8;
/** Skin care filed by an advanced-certified enterprise; the parcel builder picks list numbers CIQ does not sample. */
const GOODS_FILING = "CIQ46000000100041";
/** How the parcel builder starts its order numbers; the demo world's start otherwise, and the databases are fresh each run. */
const ORDER_PREFIX = "D";

const KINDS = {
  order: { mutation: "submitOrder(order: $d)", input: "OrderInput", department: "customs", table: "Order" },
  payment: { mutation: "submitPayment(payment: $d)", input: "PaymentInput", department: "finance", table: "Payment" },
  waybill: { mutation: "submitWaybill(waybill: $d)", input: "WaybillInput", department: "logistics", table: "Waybill" },
  inventory: { mutation: "declareInventory(inventory: $d)", input: "InventoryInput", department: "customs", table: "InventoryDeclaration" },
} as const satisfies Record<string, { mutation: string; input: string; department: Department; table: string }>;
type Kind = keyof typeof KINDS;

export async function runWrites(options: {
  gatewayUrl: string;
  jwtSecret: string;
  world: World;
  databaseUrl: (department: Department) => string;
  seconds: number;
  /** The processes serving the filings (name → pid), whose CPU per parcel is reported with PostgreSQL's. */
  processes: Record<string, number>;
}): Promise<string> {
  const platform = options.world.customs.orders[0]!.ebpCode;
  const parcels = parcelFactory(options.world, () => platform);
  const goods = parcels.filed(GOODS_FILING, "100.00");
  const sample = parcels.parcel({ goods: [goods] });
  const filers = sendersOf(sample);
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries(filers).map(async ([kind, uscc]) => [kind, await issueToken(options.jwtSecret, { sub: `bench-filer-${uscc}`, role: "enterprise", uscc })]),
    ),
  ) as Record<Kind, string>;
  // Every acknowledged document, warm-up included, is looked for in the databases; only the measured run counts in the figures.
  const acknowledged: Record<Kind, string[]> = { order: [], payment: [], waybill: [], inventory: [] };
  let measuring = false;
  const measured: Record<Kind, number> = { order: 0, payment: 0, waybill: 0, inventory: 0 };
  const statuses = new Map<string, number>();
  const refused: string[] = [];
  const latencies: number[] = [];
  // Order numbers start with the prefix and the millisecond the parcel was built: the run's are those from now on.
  const since = `${ORDER_PREFIX}${Date.now()}`;

  const file = async (kind: Kind, document: Record<string, unknown>) => {
    const { mutation, input } = KINDS[kind];
    const began = performance.now();
    const { answer } = await postGraphQL(
      options.gatewayUrl,
      JSON.stringify({ query: `mutation($d: ${input}!) { ${mutation} { guid returnStatus } }`, variables: { d: document } }),
      { authorization: `Bearer ${tokens[kind]}` },
    ).catch((error: Error) => ({ answer: { errors: [{ message: error.message }] } as { data?: unknown; errors?: Array<{ message: string }> } }));
    if (measuring) latencies.push(performance.now() - began);
    const receipt = Object.values((answer.data ?? {}) as Record<string, { guid: string; returnStatus: number } | null>)[0];
    if (!receipt || answer.errors) {
      refused.push(`${kind}: ${answer.errors?.[0]?.message ?? "no receipt"}`);
      return;
    }
    acknowledged[kind].push(receipt.guid);
    if (!measuring) return;
    measured[kind] += 1;
    const status = `${kind} ${receipt.returnStatus}`;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };

  // A serving process that ended would make its figure meaningless: cpuSeconds throws for it.
  const cpuNow = (): Record<string, number> => ({
    ...Object.fromEntries(Object.entries(options.processes).map(([name, pid]) => [name, cpuSeconds(pid)])),
    PostgreSQL: postgresCpuSeconds(),
    "filers (this process)": (({ user, system }) => (user + system) / 1e6)(process.cpuUsage()),
  });
  const fileFor = (seconds: number) => {
    const deadline = performance.now() + seconds * 1000;
    return Promise.all(
      Array.from({ length: FILERS }, async () => {
        while (performance.now() < deadline) {
          const documents: Record<Kind, Record<string, unknown>> = parcels.parcel({ goods: [goods] });
          for (const kind of Object.keys(KINDS) as Kind[]) await file(kind, documents[kind]);
        }
      }),
    );
  };
  // Services just started compile their code on first use: a warm-up of a third of the run, as the other benchmarks take.
  await fileFor(Math.max(1, options.seconds / 3));
  measuring = true;
  const cpuBefore = cpuNow();
  const began = performance.now();
  await fileFor(options.seconds);
  measuring = false;
  const elapsed = (performance.now() - began) / 1000;
  const cpuAfter = cpuNow();
  const cpu = Object.keys(cpuAfter).map((name) => [name, cpuAfter[name]! - cpuBefore[name]!] as const);

  const rows: Array<Array<string | number>> = [];
  let problems = 0;
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const { department, table: name } = KINDS[kind];
    const client = new pg.Client({ connectionString: options.databaseUrl(department) });
    await client.connect();
    try {
      const acked = acknowledged[kind];
      const {
        rows: [found],
      } = await client.query<{ rows: number; documents: number }>(
        `SELECT count(*)::int AS rows, count(DISTINCT guid)::int AS documents FROM "${name}" WHERE guid = ANY($1)`,
        [acked],
      );
      const {
        rows: [stray],
      } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" WHERE "orderNo" LIKE $1 AND "orderNo" >= $2 AND NOT (guid = ANY($3))`, [
        `${ORDER_PREFIX}%`,
        since,
        acked,
      ]);
      const lost = acked.length - found!.documents;
      const duplicated = found!.rows - found!.documents;
      problems += lost + duplicated + stray!.n;
      rows.push([kind, acked.length, found!.rows, lost, duplicated, stray!.n]);
    } finally {
      await client.end();
    }
  }
  const total = Object.values(measured).reduce((sum, count) => sum + count, 0);
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return [
    `${FILERS} filers for ${round(elapsed, 1)} s after a warm-up: ${total} documents acknowledged = ${round(total / elapsed, 1)} documents/s ` +
      `(${round(measured.inventory / elapsed, 1)} parcels/s); latency per document p50 ${round(quantile(0.5), 1)} ms, p99 ${round(quantile(0.99), 1)} ms`,
    `receipts: ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(", ")}; refused (no receipt, warm-up included): ${refused.length}${refused.length ? ` (first: ${refused[0]})` : ""}`,
    "",
    "every document acknowledged, the warm-up's included, looked for in its database:",
    "",
    table(["document", "acknowledged", "rows found", "lost", "duplicated", "stored unacknowledged"], rows),
    "",
    `CPU over the run, per parcel filed and in cores busy (user + system time, /proc): ` +
      [...cpu, ["in all", cpu.reduce((sum, [, seconds]) => sum + seconds, 0)] as const]
        .map(([name, seconds]) => `${name} ${round((seconds * 1000) / Math.max(1, measured.inventory), 1)} ms (${round(seconds / elapsed, 2)})`)
        .join(", "),
    "",
    `check: ${problems === 0 ? "PASS, every acknowledged document stored exactly once, nothing else stored" : `FAIL, ${problems} documents lost, duplicated or stored unacknowledged`}`,
  ].join("\n");
}
