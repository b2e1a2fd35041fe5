/**
 * Runs the whole graph in one process: the five department subgraphs, each on its own database and port,
 * and the gateway in front. Used by `npm start`, `npm run seed`, `npm run db:migrate` and the tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseLocation, type DatabaseLocation } from "../lib/config";
import { openDatabase, type Database, type PrismaLike } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { clearForSeed, readSeedRecord, recordSeed } from "../lib/db/seed-journal";
import { DEPARTMENTS, type Department } from "../lib/departments";
import { DEMO_SEEDS } from "../demo/seed";
import { buildWorld, DEFAULT_SEED } from "../demo/world";
import { ROOT } from "../lib/paths";
import { startSubgraph, type RunningService } from "../lib/subgraph";
import { startGateway, type GatewaySecurity } from "../gateway/gateway";
import { contextKey } from "../lib/trust/subgraph-context";
import { SERVICES } from "../subgraphs";

export type Databases = Record<Department, Database<PrismaLike>>;
export type Progress = (message: string) => void;

export async function openDatabases(
  locate: (department: Department) => DatabaseLocation = (department) => databaseLocation(department),
  progress: Progress = () => {},
): Promise<Databases> {
  const databases: Partial<Databases> = {};
  try {
    for (const department of DEPARTMENTS) {
      const location = locate(department);
      progress(`${department}: opening ${location.driver === "pg" ? "PostgreSQL" : `embedded database ${location.dataDir ?? "(in memory)"}`}`);
      databases[department] = await openDatabase(department, location, SERVICES[department].createClient);
    }
  } catch (error) {
    await Promise.all(Object.values(databases).map((db) => db.close()));
    throw error;
  }
  return databases as Databases;
}

export async function migrateAll(databases: Databases, progress: Progress = () => {}): Promise<void> {
  for (const department of DEPARTMENTS) {
    const applied = await migrate(databases[department].sql, readMigrations(path.join(ROOT, "prisma", department, "migrations")));
    progress(`${department}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
  }
}

/** Writes the demo world into every database; `onlyIfUnseeded` leaves databases that already hold it alone. */
export async function seedAll(
  databases: Databases,
  options: { seed?: number; scale?: number; onlyIfUnseeded?: boolean },
  progress: Progress = () => {},
): Promise<void> {
  const record = { seed: options.seed ?? DEFAULT_SEED, scale: options.scale ?? 1 };
  const pending: Department[] = [];
  for (const department of DEPARTMENTS) {
    if (!options.onlyIfUnseeded || !(await readSeedRecord(databases[department].sql))) pending.push(department);
  }
  if (pending.length === 0) return;
  const world = buildWorld(record);
  for (const department of pending) {
    const db = databases[department];
    await clearForSeed(db.sql, department, record);
    await DEMO_SEEDS[department](db.prisma, world);
    await recordSeed(db.sql);
    progress(`${department}: seeded demo data (seed ${record.seed}, scale ${record.scale})`);
  }
}

export interface RunningSystem {
  gatewayUrl: string;
  services: Record<Department, RunningService>;
  databases: Databases;
  /** Stops one department's service (its database stays open), e.g. to see the graph without it. */
  stopService(department: Department): Promise<void>;
  /** Starts a stopped department's service again, at the address the gateway knows. */
  startService(department: Department): Promise<void>;
  stop(): Promise<void>;
}

export async function startServices(
  databases: Databases,
  options: {
    ports?: Partial<Record<Department | "gateway", number>>;
    supergraphPath?: string;
    security: GatewaySecurity;
    /** Departments constructed otherwise than SERVICES does (a test system's CIQ with its own sampling rates). */
    services?: Partial<typeof SERVICES>;
  },
  progress: Progress = () => {},
): Promise<RunningSystem> {
  const key = contextKey(options.security.contextSecret);
  // The subgraphs start first; they learn where the gateway is once it listens.
  const gatewayAt: { url?: string } = {};
  const services = {} as Record<Department, RunningService>;
  const stopped = new Set<Department>();
  const start = async (department: Department, port: number) => {
    services[department] = await startSubgraph(options.services?.[department] ?? SERVICES[department], databases[department], {
      port,
      contextKey: key,
      gatewayUrl: () => gatewayAt.url,
    });
    progress(`${department}: serving ${services[department].url}`);
  };
  for (const department of DEPARTMENTS) await start(department, options.ports?.[department] ?? 0);
  const gateway = await startGateway({
    supergraphSdl: readFileSync(options.supergraphPath ?? path.join(ROOT, "supergraph.graphql"), "utf8"),
    subgraphUrls: Object.fromEntries(DEPARTMENTS.map((department) => [department, services[department].url])),
    port: options.ports?.gateway ?? 0,
    ...options.security,
  });
  gatewayAt.url = gateway.url;
  return {
    gatewayUrl: gateway.url,
    services,
    databases,
    stopService: async (department) => {
      if (stopped.has(department)) return;
      stopped.add(department);
      await services[department].stop();
    },
    startService: async (department) => {
      if (!stopped.has(department)) return;
      await start(department, Number(new URL(services[department].url).port));
      stopped.delete(department);
    },
    stop: async () => {
      await gateway.stop();
      for (const department of DEPARTMENTS) if (!stopped.has(department)) await services[department].stop();
      await Promise.all(DEPARTMENTS.map((department) => databases[department].close()));
    },
  };
}
