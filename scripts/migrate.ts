/** `npm run db:migrate`: applies the committed SQL migrations of all five departments; safe to run again. */
import { migrateAll, openDatabases } from "./system";

async function main(): Promise<void> {
  const databases = await openDatabases(undefined, console.log);
  try {
    await migrateAll(databases, console.log);
  } finally {
    await Promise.all(Object.values(databases).map((db) => db.close()));
  }
}

main().catch((error: unknown) => {
  console.error("migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
