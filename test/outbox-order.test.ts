import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { ROOT } from "../lib/paths";
import { recordEvents, type PartnerEventInput } from "../lib/service/outbox";
import type { PrismaClient } from "../prisma/finance/generated/client";
import { finance } from "../subgraphs/finance";
import { databaseName, freshPostgresDatabase, usePostgres } from "./helpers/databases";

const event = (payTransactionId: string, returnStatus: number): PartnerEventInput => ({
  kind: "PAYMENT_RECEIPT",
  messageType: "CEB412",
  documentKey: { payCode: "91460100MA5T00002P", payTransactionId },
  enterprises: ["91460100MA5T00002P", null],
  returnStatus,
  receipt: { guid: payTransactionId, returnStatus },
  occurredAt: new Date("2026-12-07T00:00:00.123Z"),
});

/**
 * The outbox's guarantee, on a real server (PGlite has one connection, so no two writers): events commit in
 * the order of their seq, because a writer takes the department's lock before any of its rows draws a seq.
 */
(usePostgres ? describe : describe.skip)("the outbox on PostgreSQL", () => {
  let db: Database<PrismaClient>;
  let url: string;
  let reader: pg.Client;

  beforeAll(async () => {
    url = await freshPostgresDatabase(databaseName("outboxorder", "finance"));
    db = await openDatabase("finance", { driver: "pg", url }, finance.createClient);
    await migrate(db.sql, readMigrations(path.join(ROOT, "prisma", "finance", "migrations")));
    reader = new pg.Client({ connectionString: url });
    await reader.connect();
  });

  afterAll(async () => {
    await reader.end();
    await db.close();
  });

  const stored = async () =>
    (
      await reader.query<{ seq: string; id: string; enterprises: string[]; returnStatus: number; occurredAt: Date }>(
        `SELECT seq::text, id::text, enterprises, "returnStatus", "occurredAt" FROM "OutboxEvent" ORDER BY seq`,
      )
    ).rows;

  it("numbers the events of one transaction in the order given, with their fields as given", async () => {
    const ids = await db.prisma.$transaction((tx) => recordEvents(tx, [event("ONE-120", 120), event("ONE-800", 800)]));
    const rows = (await stored()).filter((row) => ids.includes(row.id));
    expect(rows.map((row) => [row.id, row.returnStatus])).toEqual([
      [ids[0], 120],
      [ids[1], 800],
    ]);
    expect(rows[0]!.enterprises).toEqual(["91460100MA5T00002P"]);
    expect(rows[0]!.occurredAt.toISOString()).toBe("2026-12-07T00:00:00.123Z");
  });

  it("makes a second writer wait for the first's commit before it draws a seq", async () => {
    let release!: () => void;
    let written!: () => void;
    const firstWritten = new Promise<void>((resolve) => (written = resolve));
    const first = db.prisma.$transaction(async (tx) => {
      const ids = await recordEvents(tx, [event("FIRST", 120)]);
      written();
      await new Promise<void>((resolve) => (release = resolve));
      return ids;
    });
    await firstWritten;
    const { rows: drawn } = await reader.query<{ last: string }>(`SELECT last_value::text AS last FROM "OutboxEvent_seq_seq"`);
    let secondDone = false;
    const second = db.prisma.$transaction((tx) => recordEvents(tx, [event("SECOND", 120)])).finally(() => (secondDone = true));
    // The second writer is waiting once the server shows it waiting for the department's advisory lock.
    for (;;) {
      const { rows } = await reader.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_database d ON d.oid = l.database
         WHERE l.locktype = 'advisory' AND l.objid = 7305813 AND NOT l.granted AND d.datname = current_database()`,
      );
      if (rows[0]!.waiting > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Waiting, it has drawn no seq yet, and a reader sees neither event: nothing a cursor could step over.
    const { rows: stillDrawn } = await reader.query<{ last: string }>(`SELECT last_value::text AS last FROM "OutboxEvent_seq_seq"`);
    expect(stillDrawn[0]!.last).toBe(drawn[0]!.last);
    expect(secondDone).toBe(false);
    const before = await stored();
    release();
    const [firstId] = await first;
    const [secondId] = await second;
    const after = (await stored()).slice(before.length);
    expect(after.map((row) => row.id)).toEqual([firstId, secondId]);
  });
});
