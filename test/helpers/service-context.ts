import { randomUUID } from "node:crypto";
import { contextKey } from "../../lib/trust/subgraph-context";
import type { Department } from "../../lib/departments";
import { graphClient } from "../../lib/graph-client";
import type { SubgraphContext } from "../../lib/subgraph";

/**
 * A department's own context, as its minute sweep runs with it: the department's service identity, its
 * database and the graph as itself. Tests run a sweep now instead of waiting for the minute.
 */
/** What of a running test system a service context needs (system.ts's TestSystem has it). */
interface RunningGraph {
  databases: Record<Department, { prisma: unknown }>;
  security: { contextSecret: Parameters<typeof contextKey>[0] };
  gatewayUrl: string;
}

export function serviceContext<Client, Loaders>(
  system: RunningGraph,
  department: Department,
  createLoaders: (prisma: Client) => Loaders,
): SubgraphContext<Client, Loaders> {
  const prisma = system.databases[department].prisma as unknown as Client;
  return {
    identity: { subject: `service:${department}`, role: "staff", department, usccs: [], requestId: randomUUID() },
    operation: "sweep",
    audit: [],
    prisma,
    graph: graphClient(department, contextKey(system.security.contextSecret), () => system.gatewayUrl),
    loaders: createLoaders(prisma),
    readable: () => ({}),
  };
}
