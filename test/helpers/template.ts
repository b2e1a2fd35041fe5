import { randomUUID } from "node:crypto";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { DatabaseLocation } from "../../lib/config";
import { DEPARTMENTS, type Department } from "../../lib/departments";
import { copyPostgresDatabase, databaseName, dropPostgresDatabase, freshPostgresDatabase, usePostgres } from "./databases";

/**
 * The demo world, migrated and seeded once per test run (jest's globalSetup builds it, globalTeardown removes
 * it), and copied for each suite: opening a copy costs seconds where creating, migrating and seeding five
 * databases cost half a minute. On PGlite the template is a set of data directories in the run's temporary
 * directory, copied file by file; on PostgreSQL it is a set of databases that CREATE DATABASE … TEMPLATE copies.
 */
export const RUN_DIR_VARIABLE = "TRADEGRAPH_TEST_RUN_DIR";

const TEMPLATE_SUITE = "template";

function runDir(): string {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (!dir) throw new Error(`${RUN_DIR_VARIABLE} is not set: the integration suites need jest's globalSetup (test/helpers/global-setup.ts)`);
  return dir;
}

const templateDataDir = (dir: string, department: Department) => path.join(dir, TEMPLATE_SUITE, department);

/** Where the template's databases are built. */
export async function templateLocations(dir: string): Promise<Record<Department, DatabaseLocation>> {
  const locations = {} as Record<Department, DatabaseLocation>;
  for (const department of DEPARTMENTS) {
    locations[department] = usePostgres
      ? { driver: "pg", url: await freshPostgresDatabase(databaseName(TEMPLATE_SUITE, department)) }
      : { driver: "pglite", dataDir: templateDataDir(dir, department) };
  }
  return locations;
}

/** A suite's own copy of the template, and how to remove it once the suite has closed its databases. */
export async function copyTemplate(suite: string): Promise<{ locations: Record<Department, DatabaseLocation>; remove(): void }> {
  const dir = runDir();
  const locations = {} as Record<Department, DatabaseLocation>;
  if (usePostgres) {
    for (const department of DEPARTMENTS) {
      locations[department] = { driver: "pg", url: await copyPostgresDatabase(databaseName(TEMPLATE_SUITE, department), databaseName(suite, department)) };
    }
    // The suite's databases stay for a look after a failure; the next run of the suite replaces them.
    return { locations, remove: () => {} };
  }
  const suiteDir = path.join(dir, "suites", `${suite}-${randomUUID()}`);
  for (const department of DEPARTMENTS) {
    const source = templateDataDir(dir, department);
    if (!existsSync(source)) throw new Error(`no template database at ${source}: globalSetup did not build it`);
    const dataDir = path.join(suiteDir, department);
    cpSync(source, dataDir, { recursive: true });
    locations[department] = { driver: "pglite", dataDir };
  }
  return { locations, remove: () => rmSync(suiteDir, { recursive: true, force: true }) };
}

/** Removes the template (and any suite copies left by a suite that crashed). */
export async function removeTemplate(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  if (usePostgres) for (const department of DEPARTMENTS) await dropPostgresDatabase(databaseName(TEMPLATE_SUITE, department));
}
