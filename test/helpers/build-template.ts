/**
 * Builds the test run's template databases: the demo world (default seed, scale 1), migrated and seeded by
 * the same code as `npm start`. Run by jest's globalSetup in its own process through tsx, which resolves the
 * generated Prisma clients' "./x.js" imports as jest's module mapper does for the suites.
 */
import { DEPARTMENTS } from "../../lib/departments";
import { logger } from "../../lib/logger";
import { startJobs } from "../../lib/service/jobs";
import { migrateAll, openDatabases, seedAll } from "../../scripts/system";
import { templateLocations } from "./template";

async function main(dir: string): Promise<void> {
  const locations = await templateLocations(dir);
  const databases = await openDatabases((department) => locations[department]);
  try {
    await migrateAll(databases);
    await seedAll(databases, {});
    // Each department's job engine creates its schema on first start; done once here, every test system's copy
    // of the template starts with it instead of running pg-boss's DDL again in each department of each suite.
    await Promise.all(DEPARTMENTS.map(async (department) => (await startJobs(department, databases[department].engine, logger)).stop()));
  } finally {
    await Promise.all(Object.values(databases).map((db) => db.close()));
  }
}

main(process.argv[2]!).catch((error) => {
  console.error(error);
  process.exit(1);
});
