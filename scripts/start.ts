/**
 * `npm start`: migrates, seeds on first run, and serves the five subgraphs and the gateway on ports 4000 and
 * 4101–4105 (PORT_BASE moves them all, PORT_<SERVICE> one), on the embedded databases under .data/
 * (TRADEGRAPH_DATA_DIR moves them; PostgreSQL where DATABASE_URL_<DEPARTMENT> is set).
 * Without JWT_SECRET or JWT_JWKS_URL it runs in demo mode and prints credentials valid only in this process.
 */
import { PORT_BASE_VARIABLE, portInUseAdvice, portVariable, systemPorts, type ServiceName } from "../lib/config";
import { DEPARTMENTS } from "../lib/departments";
import { PortInUse } from "../lib/http";
import { stopOnSignals } from "../lib/shutdown";
import { startTracing } from "../lib/tracing";
import { browserAccessFromEnv, cebSignaturesFromEnv, DEFAULT_MANIFEST_FILE, securityFromEnv } from "../gateway/config";
import { demoSecurity } from "../gateway/demo";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { migrateAll, openDatabases, seedAll, startServices, type Databases } from "./system";
import type { GatewaySecurity } from "../gateway/gateway";

const began = Date.now();
const progress = (message: string) => console.log(`[${((Date.now() - began) / 1000).toFixed(1).padStart(5)}s] ${message}`);

async function firstOf(databases: Databases, sql: string): Promise<Record<string, string>> {
  const [row] = await databases.customs.sql.query<Record<string, string>>(sql);
  return row ?? {};
}

async function main(): Promise<void> {
  const demo = !process.env.JWT_SECRET && !process.env.JWT_JWKS_URL;
  // Read before anything is opened: a mistyped port fails at once, not after the migrations.
  const ports = systemPorts();
  const tracing = startTracing("tradegraph");
  const databases = await openDatabases(undefined, progress);
  await migrateAll(databases, progress);
  await seedAll(databases, { onlyIfUnseeded: true }, progress);

  const released = await firstOf(
    databases,
    `SELECT "ebpCode", "orderNo" FROM "InventoryDeclaration" WHERE "returnStatus" = 800 ORDER BY "declTime" DESC, "copNo" DESC LIMIT 1`,
  );
  let security: GatewaySecurity;
  let credentials: ReturnType<typeof demoSecurity> | undefined;
  if (demo) {
    credentials = demoSecurity({ name: "demo platform", usccs: [released.ebpCode!] });
    security = {
      auth: credentials.auth,
      contextSecret: credentials.contextSecret,
      manifestFile: DEFAULT_MANIFEST_FILE,
      introspection: true,
      // The demo's partner posts the fixtures' unsigned lists; CEB_SIGNATURES=required makes it verify them.
      cebSignatures: cebSignaturesFromEnv("optional"),
      ...browserAccessFromEnv(),
    };
  } else {
    security = securityFromEnv();
  }
  const system = await startServices(databases, { ports, security }, progress).catch(async (error: unknown) => {
    await Promise.all(Object.values(databases).map((db) => db.close()));
    throw error instanceof PortInUse
      ? new Error(portInUseAdvice(error.service, error.port, [portVariable(error.service as ServiceName), PORT_BASE_VARIABLE]))
      : error;
  });
  const graphqlUrl = `${system.gatewayUrl}graphql`;
  progress(`ready: the graph is at ${graphqlUrl}`);
  console.log(`Explorer: ${system.gatewayUrl}explorer`);

  if (credentials) {
    const url = graphqlUrl;
    const curl = (auth: string, body: object) => `curl -s ${url} -H 'content-type: application/json' -H "${auth}" \\\n    -d '${JSON.stringify(body)}'`;
    const order = `order(ebpCode: "${released.ebpCode}", orderNo: "${released.orderNo}")`;
    const tokens: Array<[string, string, object]> = [
      [
        "TG_CUSTOMS",
        await credentials.staffToken("customs"),
        {
          query: `{ ${order} { orderNo buyerName buyerIdNumber acturalPaid payment { amountPaid payerName } waybill { status } declaration { invtNo returnStatus } platform { name creditProfile { creditClass } } } }`,
        },
      ],
      ["TG_CIQ", await credentials.staffToken("ciq"), { query: `{ inspections(first: 5) { nodes { kind result reason declaration { invtNo } } } }` }],
      [
        "TG_CREDIT",
        await credentials.staffToken("credit"),
        { query: `{ negativeList { nodes { reason listedAt enterprise { name creditProfile { creditClass score } } } } }` },
      ],
      [
        "TG_LOGISTICS",
        await credentials.staffToken("logistics"),
        { query: `{ waybills(first: 3) { nodes { logisticsNo consignee status tracking { status occurredAt } } } }` },
      ],
      ["TG_FINANCE", await credentials.staffToken("finance"), { query: `{ payments(first: 3) { nodes { payTransactionId amountPaid payerName } } }` }],
      [
        "TG_ENTERPRISE",
        await credentials.token({ sub: "demo-platform-user", role: "enterprise", uscc: released.ebpCode }),
        { query: `{ orders(first: 3) { nodes { orderNo ebpCode buyerName acturalPaid } } }` },
      ],
      [
        "TG_ANALYST",
        await credentials.token({ sub: "demo-analyst", role: "analyst" }),
        { query: `{ declarations(first: 3, filter: { returnStatus: 800 }) { nodes { invtNo tradeMode buyerName buyerIdNumber } } }` },
      ],
      [
        "TG_ADMIN",
        await credentials.token({ sub: "demo-admin", role: "admin" }),
        { query: `{ customsPersonalDataReads(first: 5) { nodes { at subject field entityType recordKey } } }` },
      ],
    ];
    const partnerOrders = buildManifest().operations.find((operation) => operation.name === "PartnerOrders")!;
    console.log(`\nDemo mode: these credentials are valid only while this process runs.\n`);
    for (const [name, token] of tokens) console.log(`export ${name}=${token}`);
    console.log(`export TG_PARTNER_KEY=${credentials.partnerKey}   # partner platform acting for ${released.ebpCode}\n`);
    console.log("One request for each (customs staff see buyers in full, and each full read is audited):\n");
    for (const [name, , body] of tokens) console.log(`${curl(`authorization: Bearer $${name}`, body)}\n`);
    console.log(curl("x-api-key: $TG_PARTNER_KEY", { extensions: { persistedQuery: { version: 1, sha256Hash: partnerOrders.id } }, variables: { first: 3 } }));
    console.log(`\nDepartments served: ${DEPARTMENTS.join(", ")}. Ctrl-C stops everything.`);
  }

  stopOnSignals(async () => {
    await system.stop();
    await tracing.shutdown();
  });
}

main().catch((error: unknown) => {
  console.error("start failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
