import { PGlite } from "@electric-sql/pglite";
import { chinaDay, chinaDaySql, chinaDaysSql, chinaDayStartSql, chinaMonth, chinaMonthSql } from "./china-time";

/** The SQL expressions of China time agree with the JS helpers, whatever the session's zone. */
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db?.close();
});

const INSTANTS = [
  "2026-11-30T15:29:59.999Z",
  "2026-11-30T15:30:00Z",
  "2026-11-30T15:59:59.999Z",
  "2026-11-30T16:00:00Z",
  "2026-12-31T16:00:00Z",
  "2026-01-01T00:00:00Z",
];

describe.each(["UTC", "America/Los_Angeles", "Asia/Shanghai"])("with the session in %s", (zone) => {
  beforeAll(async () => {
    await db.exec(`SET TIME ZONE '${zone}'`);
  });

  it.each(INSTANTS)("puts %s in the China day and month the JS helpers give", async (iso) => {
    const [row] = (
      await db.query<{ day: string; month: string }>(`SELECT ${chinaDaySql("$1::timestamptz")}::text AS day, ${chinaMonthSql("$1::timestamptz")} AS month`, [
        iso,
      ])
    ).rows;
    expect(row).toEqual({ day: chinaDay(new Date(iso)), month: chinaMonth(new Date(iso)) });
  });

  it("starts a China day at its midnight in China and counts an instant in the days that hold it", async () => {
    const [row] = (
      await db.query<{ start: Date; inFirst: boolean; inSecond: boolean }>(
        `SELECT ${chinaDayStartSql("$1")} AS start, ${chinaDaysSql("$3::timestamptz", "$1", "$2")} AS "inFirst", ${chinaDaysSql("$3::timestamptz", "$2", "$4")} AS "inSecond"`,
        ["2026-12-01", "2026-12-02", "2026-11-30T16:30:00Z", "2026-12-03"],
      )
    ).rows;
    expect(row!.start.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(row).toMatchObject({ inFirst: true, inSecond: false });
  });
});
