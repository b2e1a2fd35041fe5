import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { migrate, readMigrations } from "../lib/db/migrate";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { pgConnection, pgliteConnection, type SqlConnection } from "../lib/db/sql-connection";

/** Migration 0015 on a list decided before it: the decision and the receipts as the match used to write them. */
const PAYER = { name: "陈志强", id: "460108198501010016" };
const BUYER = { name: "林晓雯", id: "460106199002020028", phone: "13976000001", address: "海南省海口市龙华区滨海大道88号" };
const OLD_INFO = `三单对碰失败: payment.payerIdNumber is ${PAYER.id}, expected ${BUYER.id}; payment.payerName is ${PAYER.name}, expected ${BUYER.name}; list.freight is 15, expected 20`;
const OLD_DECISION = {
  outcome: "mismatch",
  failures: [
    { rule: "the buyer pays: identity number", field: "payment.payerIdNumber", expected: BUYER.id, actual: PAYER.id },
    { rule: "the buyer pays: name", field: "payment.payerName", expected: BUYER.name, actual: PAYER.name },
    { rule: "consignee as on the order", field: "waybill.consigneeTelephone", expected: BUYER.phone, actual: "13976000002" },
    { rule: "freight as the logistics company charged", field: "list.freight", expected: "20", actual: "15" },
  ],
  compared: { payment: { amountPaid: "1020" } },
  admission: {
    payment: { payerIdNumber: PAYER.id, payerName: PAYER.name },
    waybill: { consignee: BUYER.name, consigneeTelephone: BUYER.phone, consigneeAddress: BUYER.address },
    seller: { onNegativeList: false, filings: [{ role: "ECOMMERCE", status: "FILED" }] },
  },
};

const migrations = readMigrations("prisma/customs/migrations");
const before = migrations.filter((migration) => migration.name < "0015");
const ours = migrations.find((migration) => migration.name === "0015_decisions_without_personal_data")!;

async function connect(): Promise<SqlConnection> {
  if (process.env.DB_DRIVER === "pg") {
    const url = await freshPostgresDatabase(`tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}decision_migration`);
    return pgConnection(new pg.Pool({ connectionString: url }));
  }
  return pgliteConnection(await PGlite.create());
}

describe("migration 0015: decisions without personal data", () => {
  let sql: SqlConnection;
  beforeAll(async () => {
    sql = await connect();
    await migrate(sql, before);
    await sql.query(
      `INSERT INTO "InventoryDeclaration" ("agentCode", "copNo", guid, "appType", "appTime", "appStatus", "orderNo", "ebpCode", "ebpName", "ebcCode", "ebcName",
        "logisticsNo", "logisticsCode", "logisticsName", "assureCode", "declTime", "customsCode", "portCode", "buyerIdType", "buyerIdNumber", "buyerName",
        "buyerTelephone", "consigneeAddress", "agentName", "tradeMode", "trafMode", country, freight, "insuredFee", currency, "packNo", "grossWeight", "netWeight",
        "returnStatus", "returnInfo", "contentHash", "goodsValue", decision)
       VALUES ('A', 'C1', 'G', '1', now(), '2', 'O1', 'P', 'p', 'E', 'e', 'L1', 'L', 'l', 'P', '2025-06-01', '6409', '6409', '1', $1, $2, $3, $4, 'a',
        '1210', 'Y', '142', 15, 0, '142', 1, 1, 1, 100, $5, repeat('0', 64), 1000, $6)`,
      [BUYER.id, BUYER.name, BUYER.phone, BUYER.address, OLD_INFO, JSON.stringify(OLD_DECISION)],
    );
    await sql.query(
      `INSERT INTO "DeclarationReceipt" (id, "agentCode", "copNo", guid, version, "returnStatus", "returnInfo") VALUES (gen_random_uuid(), 'A', 'C1', 'G', 1, 100, $1)`,
      [OLD_INFO],
    );
    expect(await migrate(sql, [...before, ours])).toEqual([ours.name]);
  });
  afterAll(() => sql.close());

  it("keeps every finding's rule and field, the non-personal values, and no personal value", async () => {
    const [list] = await sql.query<{ returnInfo: string; decision: typeof OLD_DECISION }>(`SELECT "returnInfo", decision FROM "InventoryDeclaration"`);
    const [receipt] = await sql.query<{ returnInfo: string }>(`SELECT "returnInfo" FROM "DeclarationReceipt"`);
    const decision = typeof list!.decision === "string" ? JSON.parse(list!.decision) : list!.decision;
    expect(decision.failures).toEqual([
      { rule: "the buyer pays: identity number", field: "payment.payerIdNumber", finding: "differs from the order" },
      { rule: "the buyer pays: name", field: "payment.payerName", finding: "differs from the order" },
      { rule: "consignee as on the order", field: "waybill.consigneeTelephone", finding: "differs from the order" },
      OLD_DECISION.failures[3],
    ]);
    expect(decision.admission).toEqual({ seller: OLD_DECISION.admission.seller });
    const expected =
      "三单对碰失败: payment.payerIdNumber differs from the order; payment.payerName differs from the order; list.freight differs from the order";
    expect([list!.returnInfo, receipt!.returnInfo]).toEqual([expected, expected]);
    const stored = JSON.stringify([list, receipt]);
    for (const personal of [PAYER.name, PAYER.id, BUYER.name, BUYER.id, BUYER.phone, "13976000002", BUYER.address]) expect(stored).not.toContain(personal);
  });
});
