import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6 requires `url = env(...)` to resolve even for `generate`; an unset variable makes the CLI
// fall back to downloading a native engine, which cannot be fetched on our machines.
for (const department of ["CUSTOMS", "CIQ", "CREDIT", "LOGISTICS", "FINANCE"]) {
  process.env[`DATABASE_URL_${department}`] ??= `postgresql://postgres@127.0.0.1:5432/tradegraph_${department.toLowerCase()}`;
}

const department = process.env.PRISMA_DEPARTMENT ?? "customs";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, department, "schema.prisma"),
  // Only `migrate diff` connects; a short idle timeout stops the CLI from waiting out pg's 10 s pool default.
  async adapter() {
    return new PrismaPg({ connectionString: process.env.PRISMA_DIFF_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", idleTimeoutMillis: 100 });
  },
});
