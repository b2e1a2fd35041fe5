import { getDirective } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { CODE_TABLES, codeLabel, type CodeTableName } from "../rules/code-tables";

/**
 * Gives every field the SDL marks `@codeLabel(of: "currency", table: "CURRENCY")` its resolver: the label,
 * from the one code table, of the code the field `of` of the same object resolves to. The code field
 * itself stays as it is, so clients that read bare codes see no change.
 */
export function resolveCodeLabels(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const [marked] = getDirective(schema, field, "codeLabel") ?? [];
      if (!marked) continue;
      const where = `@codeLabel on ${type.name}.${field.name}`;
      const table = marked.table as string;
      if (!(table in CODE_TABLES)) throw new Error(`${where}: unknown code table "${table}"`);
      const code = fields[marked.of as string];
      if (!code) throw new Error(`${where}: ${type.name} has no field "${String(marked.of)}"`);
      const resolveCode: GraphQLFieldResolver<unknown, unknown> = code.resolve ?? defaultFieldResolver;
      field.resolve = async (source, _args, context, info) =>
        codeLabel(table as CodeTableName, (await resolveCode(source, {}, context, { ...info, fieldName: code.name })) as string | number | null);
    }
  }
}
