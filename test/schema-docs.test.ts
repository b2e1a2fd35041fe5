import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { type GraphQLInterfaceType, type GraphQLObjectType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { ROOT } from "../lib/paths";

describe("the graph's documentation", () => {
  it("describes every type, field, argument, input field and enum value a client sees", async () => {
    const gateway = new ApolloGateway({ supergraphSdl: readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8") });
    const { schema } = await gateway.load();
    try {
      const undocumented: string[] = [];
      /** Every argument of every field, as `Type.field(arg)`. */
      const undocumentedArguments = (type: GraphQLObjectType | GraphQLInterfaceType) => {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      };
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID", "Query", "Mutation"].includes(type.name)) continue;
        if (!type.description) undocumented.push(type.name);
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
        if (isObjectType(type) || isInterfaceType(type)) undocumentedArguments(type);
        if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
      for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
        for (const field of Object.values(root.getFields())) if (!field.description) undocumented.push(`${root.name}.${field.name}`);
        undocumentedArguments(root);
      }
      expect(undocumented).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });
});
