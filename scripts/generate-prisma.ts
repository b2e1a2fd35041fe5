/**
 * Generates each department's Prisma client, skipping those whose schema has not changed since the
 * last run, so that `npm start` and `npm test` stay fast after the first time.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../lib/departments";

const root = path.resolve(__dirname, "..");
const prismaVersion = (JSON.parse(readFileSync(path.join(root, "node_modules", "prisma", "package.json"), "utf8")) as { version: string }).version;

function schemaHash(department: Department): string {
  const schema = readFileSync(path.join(root, "prisma", department, "schema.prisma"));
  // The client's import extensions follow tsconfig.json, so a change there also needs a new client.
  const tsconfig = readFileSync(path.join(root, "tsconfig.json"));
  return createHash("sha256").update(prismaVersion).update(schema).update(tsconfig).digest("hex");
}

function generate(department: Department): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--config", "prisma/prisma.config.ts"], {
      cwd: root,
      env: { ...process.env, PRISMA_DEPARTMENT: department },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate for ${department} failed:\n${output}`))));
  });
}

async function main(): Promise<void> {
  await Promise.all(
    DEPARTMENTS.map(async (department) => {
      const stamp = path.join(root, "prisma", department, "generated", ".schema-hash");
      const hash = schemaHash(department);
      if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
      await generate(department);
      writeFileSync(stamp, hash);
      console.log(`generated Prisma client for ${department}`);
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
