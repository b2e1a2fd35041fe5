import type { DatabaseLocation } from "../../lib/config";
import path from "node:path";
import { ROLES } from "../../lib/auth/identity";
import { DEPARTMENTS, type Department } from "../../lib/departments";
import { buildWorld } from "../../demo/world";
import { ROOT } from "../../lib/paths";
import { demoSecurity, type DemoSecurity } from "../../gateway/demo";
import { openDatabases, startServices, type RunningSystem } from "../../scripts/system";
import type { GatewaySecurity } from "../../gateway/gateway";
import { copyTemplate } from "./template";
import { createCiq } from "../../subgraphs/ciq";
import { customs } from "../../subgraphs/customs";
import { credit } from "../../subgraphs/credit";
import { createCustomsLoaders } from "../../subgraphs/customs/loaders";
import { sweepLateFacts } from "../../subgraphs/customs/resolvers/swept-reports";
import { serviceContext } from "./service-context";
import type { SERVICES } from "../../subgraphs";
import { TEST_SAMPLING_RULES } from "./sampling";
import { keysFromFile } from "../../gateway/security/partner-keys";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/**
 * An answer without the request id that every answer carries (test/http.test.ts checks it), so that two
 * answers to one query compare equal and a whole answer can be compared with what a test expects.
 */
export function withoutRequestId<Answer extends { extensions?: Record<string, unknown> }>(answer: Answer): Answer {
  if (!answer.extensions || !("requestId" in answer.extensions)) return answer;
  const { requestId: _requestId, ...extensions } = answer.extensions;
  const { extensions: _extensions, ...rest } = answer;
  return (Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest) as Answer;
}

/** How a test request identifies itself: a bearer token, a partner API key, or nothing. */
export type Credentials = { token: string } | { apiKey: string } | "anonymous";

export interface TestSystem extends RunningSystem {
  security: DemoSecurity;
  /** The demo partner's enterprise (the first platform of the demo world). */
  partnerUscc: string;
  adminToken: string;
  headers(credentials: Credentials): Record<string, string>;
  /** A GraphQL request through the gateway, by default as an administrator. */
  query<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, credentials?: Credentials): Promise<GraphQLResponse<Data>>;
  /** How many SQL statements each department's database ran while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<Record<Department, number>>;
  /** Rows per table of every department (the audit log and journals aside): equal before and after means nothing was written. */
  rowCounts(): Promise<Record<string, number>>;
}

/**
 * What a suite changes in the gateway's security; `partnerKeysFile` makes it read partner keys from that file, as production does, instead of the demo partner's.
 * `relay` runs customs' event relay every second and its webhook deliveries as `npm start` does; without it the relay
 * runs only when a test calls relayEvents, and there are no deliveries, so that their reads do not count in other
 * suites' statement counts and row counts.
 */
export type TestSecurity = Partial<GatewaySecurity> & { partnerKeysFile?: string; relay?: boolean };

/**
 * The whole graph on free ports with the demo world (CIQ sampling at the rates of TEST_SAMPLING_RULES) (seed default, scale 1) in the suite's own copy of the
 * run's template; `relocate` may change where the services reach them (e.g. through a proxy a test can cut).
 */
export async function startTestSystem(
  suite: string,
  { partnerKeysFile, relay = false, ...overrides }: TestSecurity = {},
  relocate: (location: DatabaseLocation) => DatabaseLocation = (location) => location,
): Promise<TestSystem> {
  const copy = await copyTemplate(suite);
  const databases = await openDatabases((department) => relocate(copy.locations[department]));
  const partnerUscc = buildWorld().customs.orders[0]!.ebpCode;
  const security = demoSecurity({ name: "test partner", usccs: [partnerUscc] });
  const system = await startServices(databases, {
    services: {
      ciq: createCiq({ samplingRules: TEST_SAMPLING_RULES }) as unknown as (typeof SERVICES)["ciq"],
      ...(relay ? {} : { customs: { ...customs, relay: undefined, startWork: undefined } }),
      // Credit's sweep awards CLEAN_RECORD to the demo's enterprises at a moment no suite chooses: a suite runs it
      // itself (sweepCredit through serviceContext), so that scores and row counts move only when it says.
      credit: { ...credit, sweep: undefined } as unknown as (typeof SERVICES)["credit"],
    },
    security: {
      auth: partnerKeysFile ? { ...security.auth, partners: keysFromFile(partnerKeysFile) } : security.auth,
      contextSecret: security.contextSecret,
      manifestFile: path.join(ROOT, "gateway", "persisted-queries.json"),
      introspection: true,
      // Suites fire requests far faster than any real caller; the rate-limit tests set their own limits.
      rateLimits: Object.fromEntries(ROLES.map((role) => [role, { perSecond: 100_000, burst: 100_000 }])) as GatewaySecurity["rateLimits"],
      // Suites run on a busy machine, where 50 filings queued on one embedded database may wait longer than
      // production's 5 s per department: a suite decides by events, and the timeout tests set their own.
      subgraphTimeoutMs: 60_000,
      requestDeadlineMs: 120_000,
      // The suites post unsigned CEB lists; the signature tests set "required".
      cebSignatures: "optional",
      ...overrides,
    },
  });
  const adminToken = await security.token({ sub: "test-admin", role: "admin" });
  const headers = (credentials: Credentials): Record<string, string> => ({
    "content-type": "application/json",
    ...(credentials === "anonymous" ? {} : "token" in credentials ? { authorization: `Bearer ${credentials.token}` } : { "x-api-key": credentials.apiKey }),
  });
  const test: TestSystem = {
    ...system,
    stop: async () => {
      await system.stop();
      copy.remove();
    },
    security,
    partnerUscc,
    adminToken,
    headers,
    query: async (query, variables, credentials = { token: adminToken }) => {
      const response = await fetch(system.gatewayUrl, { method: "POST", headers: headers(credentials), body: JSON.stringify({ query, variables }) });
      return withoutRequestId((await response.json()) as GraphQLResponse<any>);
    },
    rowCounts: async () => {
      const counts: Record<string, number> = {};
      for (const department of DEPARTMENTS) {
        const { sql } = databases[department];
        const tables = await sql.query<{ tablename: string }>(
          `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('PersonalDataRead', '_tradegraph_seed', '_tradegraph_migrations')`,
        );
        for (const { tablename } of tables) {
          const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tablename}"`);
          counts[`${department}.${tablename}`] = row!.n;
        }
      }
      return counts;
    },
    countStatements: async (work) => {
      for (const department of DEPARTMENTS) databases[department].statements.reset();
      await work();
      return Object.fromEntries(DEPARTMENTS.map((department) => [department, databases[department].statements.count])) as Record<Department, number>;
    },
  };
  // The demo's last month of export lists has no summary and is past its due date on most clocks: reported as
  // SUMMARY_LATE by customs' first sweep. Judged here, before the suite begins, so that the minute sweep finds
  // nothing new while a suite counts rows or reads scores.
  await sweepLateFacts(serviceContext(test, "customs", createCustomsLoaders));
  return test;
}
