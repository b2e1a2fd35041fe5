import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RUN_DIR_VARIABLE } from "./template";

const ROOT = path.resolve(__dirname, "..", "..");
const SUITES = path.join(ROOT, "test");

/**
 * Whether the run may reach an integration suite (under test/): only a run named by paths that all lie
 * elsewhere (e.g. `npm test -- lib/rules`) can do without the template, and then skips the half minute it costs.
 */
function needsTemplate(patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => {
    const target = path.resolve(ROOT, pattern);
    if (!existsSync(target)) return true;
    const relative = path.relative(SUITES, target);
    return relative === "" || !relative.startsWith("..") || !path.relative(target, SUITES).startsWith("..");
  });
}

/**
 * Builds the template databases every run (never a stale one from an earlier run) in a fresh temporary
 * directory, which the suites find through the environment their workers inherit.
 */
export default function globalSetup(globalConfig: { testPathPatterns: { patterns: readonly string[] } }): void {
  if (!needsTemplate(globalConfig.testPathPatterns.patterns)) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), "tradegraph-test-"));
  process.env[RUN_DIR_VARIABLE] = dir;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(__dirname, "build-template.ts"), dir], {
    cwd: ROOT,
    stdio: "inherit",
  });
}
