import { DEPARTMENTS, type Department } from "../../lib/departments";
import type { DatabaseLocation } from "../../lib/config";
import { migrateAll, openDatabases, seedAll, startServices, type RunningSystem } from "../../scripts/system";
import { testLocation } from "./databases";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestSystem extends RunningSystem {
  query<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** How many SQL statements each department's database ran while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<Record<Department, number>>;
}

/** The whole graph on free ports with the demo world (seed default, scale 1) in fresh databases. */
export async function startTestSystem(suite: string): Promise<TestSystem> {
  const locations = {} as Record<Department, DatabaseLocation>;
  for (const department of DEPARTMENTS) locations[department] = await testLocation(suite, department);
  const databases = await openDatabases((department) => locations[department]);
  await migrateAll(databases);
  await seedAll(databases, {});
  const system = await startServices(databases);
  return {
    ...system,
    query: async (query, variables) => {
      const response = await fetch(system.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    countStatements: async (work) => {
      for (const department of DEPARTMENTS) databases[department].statements.reset();
      await work();
      return Object.fromEntries(DEPARTMENTS.map((department) => [department, databases[department].statements.count])) as Record<Department, number>;
    },
  };
}
