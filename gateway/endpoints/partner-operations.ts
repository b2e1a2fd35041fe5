import type { IncomingMessage } from "node:http";
import { filterSchema, pruneSchema } from "@graphql-tools/utils";
import { parse, printSchema, specifiedDirectives, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from "graphql";
import type { Identity } from "../../lib/auth/identity";
import { ErrorCode } from "../../lib/graphql/errors";
import { HttpRejection, type Route } from "../../lib/http";
import type { ManifestOperation } from "../security/persisted-queries";

/** Where a partner downloads its operations (the persisted-query manifest) and the schema they use. */
export const PARTNER_OPERATIONS_PATH = "/partner/operations";
export const PARTNER_SCHEMA_PATH = "/partner/schema.graphql";

interface Options {
  identify(req: IncomingMessage, raw: string): Promise<Identity>;
  schema(): GraphQLSchema | undefined;
  operations(): Map<string, ManifestOperation>;
}

const STANDARD_DIRECTIVES = new Set(specifiedDirectives.map((directive) => directive.name));

/** Only partners: the operations are theirs to run, by id; everyone else uses the graph as it is. */
async function partner(options: Options, req: IncomingMessage, raw: string): Promise<Identity> {
  if (req.method !== "GET") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "GET this resource");
  const identity = await options.identify(req, raw);
  if (identity.role !== "partner") throw new HttpRejection(403, ErrorCode.FORBIDDEN, "the operations are downloaded with a partner API key (x-api-key)");
  return identity;
}

/** Every `Type.field` the operations select or pass arguments to, found with the schema's own type information. */
function fieldsUsed(schema: GraphQLSchema, operations: Iterable<ManifestOperation>): Set<string> {
  const used = new Set<string>();
  const info = new TypeInfo(schema);
  for (const operation of operations) {
    visit(
      parse(operation.body),
      visitWithTypeInfo(info, {
        Field() {
          const parent = info.getParentType();
          const field = info.getFieldDef();
          if (parent && field) used.add(`${parent.name}.${field.name}`);
        },
      }),
    );
  }
  return used;
}

/**
 * The SDL of what the operations use: their root fields, the output fields they select and, whole, the
 * input types and enums their arguments take — enough to type the operations and validate them, and
 * nothing they do not reach.
 */
export function operationsSdl(schema: GraphQLSchema, operations: Iterable<ManifestOperation>): string {
  const used = fieldsUsed(schema, operations);
  const selected = (typeName: string, fieldName: string) => used.has(`${typeName}.${fieldName}`);
  const filtered = filterSchema({
    schema,
    rootFieldFilter: selected,
    objectFieldFilter: selected,
    interfaceFieldFilter: selected,
    directiveFilter: (name) => STANDARD_DIRECTIVES.has(name),
  });
  return `${printSchema(pruneSchema(filtered))}\n`;
}

const JSON_TYPE = "application/json; charset=utf-8";
const SDL_TYPE = "text/plain; charset=utf-8";

/** GET /partner/operations and GET /partner/schema.graphql, each answered to a partner's API key only. */
export function partnerOperationRoutes(options: Options): Record<string, Route> {
  // The SDL is worked out once per supergraph and manifest (both are replaced, never changed in place).
  let cached: { schema: GraphQLSchema; operations: Map<string, ManifestOperation>; sdl: string } | undefined;
  return {
    [PARTNER_OPERATIONS_PATH]: async ({ req, raw }) => {
      await partner(options, req, raw);
      const operations = [...options.operations().values()].map(({ id, name, type, body }) => ({ id, name, type, body }));
      return {
        status: 200,
        contentType: JSON_TYPE,
        body: `${JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations }, null, 2)}\n`,
        headers: { "cache-control": "private, no-cache" },
      };
    },
    [PARTNER_SCHEMA_PATH]: async ({ req, raw }) => {
      await partner(options, req, raw);
      const schema = options.schema();
      if (!schema) throw new HttpRejection(503, ErrorCode.SUBGRAPH_UNAVAILABLE, "the graph is not loaded yet");
      const operations = options.operations();
      if (cached?.schema !== schema || cached.operations !== operations) {
        cached = { schema, operations, sdl: operationsSdl(schema, operations.values()) };
      }
      return { status: 200, contentType: SDL_TYPE, body: cached.sdl, headers: { "cache-control": "private, no-cache" } };
    },
  };
}
