import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../departments";
import { ROOT } from "../paths";

const shared = (name: string) => readFileSync(path.join(ROOT, "lib", "graphql", name), "utf8");

/** A department's own SDL files: its records (schema.graphql) and, apart, its statistics, its part of the export side, the tariff and (customs) webhooks. */
export const OWN_SDL_FILES = ["schema.graphql", "statistics.graphql", "export.graphql", "tariff.graphql", "webhooks.graphql"];

/**
 * A department's SDL: the definitions every subgraph shares (scalars, PageInfo, federation link, policy
 * directives), the audit-log types where it holds personal data, the receipt type where it takes documents,
 * and its own.
 */
export function subgraphSdl(department: Department): string {
  const own = OWN_SDL_FILES.map((file) => path.join(ROOT, "subgraphs", department, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
  return [
    shared("common.graphql"),
    ...(own.includes("@personal") ? [shared("audit.graphql")] : []),
    ...(/\bReceipt\b/.test(own) ? [shared("receipt.graphql")] : []),
    own,
  ].join("\n");
}

export function allSubgraphSdls(): Array<{ name: Department; sdl: string }> {
  return DEPARTMENTS.map((name) => ({ name, sdl: subgraphSdl(name) }));
}
