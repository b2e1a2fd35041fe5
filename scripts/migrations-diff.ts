/**
 * Writes a new SQL migration for every department whose schema.prisma changed since its last migration:
 *   npm run migrations:diff -- <name> [department ...]
 * Naming departments limits it to them, so that work under way on another department's schema is left alone.
 * `prisma migrate diff --from-migrations` cannot read PostgreSQL through the JS schema engine in Prisma 6.19,
 * so each migration keeps a copy of the schema it leads to, and the next diff starts from that copy.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS } from "../lib/departments";

const [name, ...only] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name) || only.some((department) => !(DEPARTMENTS as readonly string[]).includes(department))) {
  console.error(`usage: npm run migrations:diff -- <name in snake_case> [${DEPARTMENTS.join(" | ")} ...]`);
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
for (const department of only.length ? only : DEPARTMENTS) {
  const migrations = path.join(root, "prisma", department, "migrations");
  const schema = path.join(root, "prisma", department, "schema.prisma");
  const existing = existsSync(migrations)
    ? readdirSync(migrations)
        .filter((d) => /^\d{4}_/.test(d))
        .sort()
    : [];
  const last = existing.at(-1);
  const from = last ? ["--from-schema-datamodel", path.join(migrations, last, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [require.resolve("prisma/build/index.js"), "migrate", "diff", "--config", "prisma/prisma.config.ts", ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, env: { ...process.env, PRISMA_DEPARTMENT: department }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
    console.log(`${department}: schema unchanged`);
    continue;
  }
  const dir = path.join(migrations, `${String(existing.length + 1).padStart(4, "0")}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schema, path.join(dir, "schema.prisma"));
  console.log(`${department}: wrote ${path.relative(root, dir)}`);
}
