import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { GraphQLScalarType, parse } from "graphql";
import { enforcePolicies } from "../auth/policy";
import type { Department } from "../departments";
import { resolveCodeLabels } from "../graphql/code-labels";
import { scalarResolvers } from "../graphql/scalars";
import { subgraphSdl } from "../graphql/schema";
import { outboxResolvers } from "./outbox";

function mergeResolvers(maps: object[]): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      // Scalars are objects of their own, not maps of fields: taken as they are.
      merged[type] = fields instanceof GraphQLScalarType ? fields : { ...merged[type], ...fields };
    }
  }
  return merged;
}

/**
 * A department's executable subgraph schema: its SDL with the shared definitions, its resolver maps (records,
 * statistics, …) merged type by type with the outbox read every department has, the @codeLabel fields answered from the code tables, and the
 * @access/@personal policies enforced on every field.
 */
export function buildDepartmentSchema(department: Department, resolvers: object | object[]) {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(subgraphSdl(department)),
      resolvers: mergeResolvers([scalarResolvers, outboxResolvers(department), ...[resolvers].flat()]) as GraphQLResolverMap<unknown>,
    },
  ]);
  resolveCodeLabels(schema);
  return { schema, policies: enforcePolicies(schema) };
}
