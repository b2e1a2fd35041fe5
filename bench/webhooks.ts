/**
 * Webhook deliveries on PostgreSQL: customs' job engine alone (no gateway, no other department) on a fresh
 * database, endpoints served by a node http server on 127.0.0.1 in this process. N events are written to the
 * single window's log at once, as the relay writes them; each is delivered to every endpoint, signed. Measures
 * throughput (deliveries per second, from the events' recording to the last one received) and latency from an
 * event's recording (PartnerEvent.recordedAt) to its arrival at an endpoint.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { now } from "../lib/clock";
import { openDatabase } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { logger } from "../lib/logger";
import { ROOT } from "../lib/paths";
import { startJobs } from "../lib/service/jobs";
import { customs } from "../subgraphs/customs";
import { dispatchNow, newWebhookSecret, startWebhooks } from "../subgraphs/customs/webhooks";
import { round, table } from "./shared";

/** The enterprise every benchmark event names. */
const USCC = "91460100MA5T00002P";
/** How long the benchmark waits for the last delivery. */
const DEADLINE_MS = 300_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runWebhooks(options: { events: number; endpoints: number }): Promise<string> {
  const url = await freshPostgresDatabase("tradegraph_bench_webhooks_customs");
  const db = await openDatabase("customs", { driver: "pg", url }, customs.createClient);
  const latencies: number[] = [];
  let lastArrival = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const arrived = Date.now();
      const { recordedAt } = JSON.parse(Buffer.concat(chunks).toString("utf8")).data.receipt as { recordedAt: string };
      latencies.push(arrived - Date.parse(recordedAt));
      lastArrival = arrived;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await migrate(db.sql, readMigrations(path.join(ROOT, "prisma", "customs", "migrations")));
    const jobs = await startJobs("customs", db.engine, logger.child({ service: "customs", component: "bench" }));
    try {
      await startWebhooks(jobs, () => ({ prisma: db.prisma }));
      for (let index = 0; index < options.endpoints; index += 1) {
        await db.prisma.webhookEndpoint.create({
          data: { enterprises: [USCC], url: `${base}/hooks/${index}`, secret: newWebhookSecret(), kinds: [], createdBy: "bench", createdAt: now() },
        });
      }
      const recordedAt = now();
      await db.prisma.partnerEvent.createMany({
        data: Array.from({ length: options.events }, (_, index) => ({
          id: randomUUID(),
          department: "customs",
          kind: "INVENTORY_RECEIPT",
          messageType: "CEB622",
          documentKey: { agentCode: USCC, copNo: `BENCH${index}` },
          enterprises: [USCC],
          returnStatus: 800,
          // The recording time travels in the event, so that the receiver measures from it.
          receipt: {
            copNo: `BENCH${index}`,
            returnStatus: 800,
            returnInfo: "bench",
            returnTime: recordedAt.toISOString(),
            recordedAt: recordedAt.toISOString(),
          },
          occurredAt: recordedAt,
          recordedAt,
        })),
      });
      // As the relay does once it has logged events: the dispatcher runs at once, not on its next period.
      await dispatchNow(jobs);
      const expected = options.events * options.endpoints;
      const deadline = Date.now() + DEADLINE_MS;
      while (latencies.length < expected) {
        if (Date.now() > deadline) throw new Error(`only ${latencies.length} of ${expected} deliveries arrived within ${DEADLINE_MS / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      const seconds = (lastArrival - recordedAt.getTime()) / 1000;
      return table(
        ["events", "endpoints", "deliveries", "deliveries/s", "events/s (all endpoints)", "latency p50 ms", "p95 ms", "max ms"],
        [
          [
            options.events,
            options.endpoints,
            expected,
            round(expected / seconds),
            round(options.events / seconds),
            round(percentile(sorted, 50)),
            round(percentile(sorted, 95)),
            round(sorted.at(-1)!),
          ],
        ],
      );
    } finally {
      await jobs.stop();
    }
  } finally {
    server.closeAllConnections();
    server.close();
    await db.close();
  }
}
