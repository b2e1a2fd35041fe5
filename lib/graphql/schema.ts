import { readFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../departments";
import { ROOT } from "../paths";

/** A department's SDL: the definitions every subgraph shares (scalars, PageInfo, federation link) plus its own. */
export function subgraphSdl(department: Department): string {
  return [
    readFileSync(path.join(ROOT, "lib", "graphql", "common.graphql"), "utf8"),
    readFileSync(path.join(ROOT, "subgraphs", department, "schema.graphql"), "utf8"),
  ].join("\n");
}

export function allSubgraphSdls(): Array<{ name: Department; sdl: string }> {
  return DEPARTMENTS.map((name) => ({ name, sdl: subgraphSdl(name) }));
}
