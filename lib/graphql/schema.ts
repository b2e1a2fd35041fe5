import { readFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../departments";
import { ROOT } from "../paths";

const shared = (name: string) => readFileSync(path.join(ROOT, "lib", "graphql", name), "utf8");

/**
 * A department's SDL: the definitions every subgraph shares (scalars, PageInfo, federation link, policy
 * directives), the audit-log types where it holds personal data, the receipt type where it takes documents,
 * and its own.
 */
export function subgraphSdl(department: Department): string {
  const own = readFileSync(path.join(ROOT, "subgraphs", department, "schema.graphql"), "utf8");
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
