import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RUN_DIR_VARIABLE } from "./template";

/**
 * Builds the template databases every run (never a stale one from an earlier run) in a fresh temporary
 * directory, which the suites find through the environment their workers inherit.
 */
export default function globalSetup(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tradegraph-test-"));
  process.env[RUN_DIR_VARIABLE] = dir;
  const root = path.resolve(__dirname, "..", "..");
  execFileSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(__dirname, "build-template.ts"), dir], {
    cwd: root,
    stdio: "inherit",
  });
}
