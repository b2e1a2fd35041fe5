/**
 * `npm run seed -- --scale N [--seed S]`: replaces the demo data of all five databases with the world of
 * that seed and scale (N × 200 orders). Refuses a database that holds data the seed did not write.
 */
import { parseArgs } from "node:util";
import { DEFAULT_SEED } from "../demo/world";
import { migrateAll, openDatabases, seedAll } from "./system";

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    console.error(`--${name} must be a whole number from 1, got ${value}`);
    process.exit(2);
  }
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: "string" }, seed: { type: "string" } } });
  const scale = wholeNumber("scale", values.scale, 1);
  const seed = wholeNumber("seed", values.seed, DEFAULT_SEED);
  const databases = await openDatabases(undefined, console.log);
  try {
    await migrateAll(databases, console.log);
    await seedAll(databases, { seed, scale }, console.log);
  } finally {
    await Promise.all(Object.values(databases).map((db) => db.close()));
  }
}

main().catch((error: unknown) => {
  console.error("seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
