import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../departments";
import { ROOT } from "../paths";

const shared = (name: string) => readFileSync(path.join(ROOT, "lib", "graphql", name), "utf8");

/** A department's own SDL files: its records (schema.graphql) and, apart, its statistics, its part of the export side, the tariff and (customs) webhooks. */
export const OWN_SDL_FILES = ["schema.graphql", "statistics.graphql", "export.graphql", "tariff.graphql", "webhooks.graphql"];

/**
 * The read of a department's outbox (lib/service/outbox.ts), one root field per department because the
 * gateway routes a root field to one subgraph: `customsOutboxEvents`, `ciqOutboxEvents`, …
 */
export const outboxField = (department: Department) => `${department}OutboxEvents`;

const outboxSdl = (department: Department) => `${shared("outbox.graphql")}
extend type Query {
  "The department's outbox after the seq given as after, ascending: only for the single window's relay (customs' service)."
  ${outboxField(department)}(
    "The seq of the last event already read; omit to start at the first."
    after: String
    "How many events to return, from 1 to 500."
    first: Int = 100
  ): [OutboxEvent!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
}
`;

/**
 * A department's SDL: the definitions every subgraph shares (scalars, PageInfo, federation link, policy
 * directives, the outbox read), the audit-log types where it holds personal data, the receipt type where it
 * takes documents, and its own.
 */
export function subgraphSdl(department: Department): string {
  const own = OWN_SDL_FILES.map((file) => path.join(ROOT, "subgraphs", department, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
  return [
    shared("common.graphql"),
    outboxSdl(department),
    ...(own.includes("@personal") ? [shared("audit.graphql")] : []),
    ...(/\bReceipt\b/.test(own) ? [shared("receipt.graphql")] : []),
    own,
  ].join("\n");
}

export function allSubgraphSdls(): Array<{ name: Department; sdl: string }> {
  return DEPARTMENTS.map((name) => ({ name, sdl: subgraphSdl(name) }));
}
