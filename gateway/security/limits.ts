import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from "graphql";
import type { Identity, Role } from "../../lib/auth/identity";

/**
 * Per-role limits on what one operation may ask for, checked before the gateway plans it. The cost is
 * the number of fields the operation may resolve: each field costs 1 times the size of the lists above
 * it, a list's size being its `first`/`last` argument, else DEFAULT_LIST_SIZE.
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxCost: number;
}

export const DEFAULT_LIST_SIZE = 20;
/** Parsing stops past this many tokens, for every caller: a document larger than this is never legitimate here. */
export const MAX_TOKENS = 4_000;

export const DEFAULT_LIMITS: Record<Role, OperationLimits> = {
  partner: { maxDepth: 8, maxAliases: 10, maxRootFields: 5, maxCost: 5_000 },
  enterprise: { maxDepth: 10, maxAliases: 20, maxRootFields: 10, maxCost: 10_000 },
  staff: { maxDepth: 12, maxAliases: 30, maxRootFields: 15, maxCost: 25_000 },
  analyst: { maxDepth: 10, maxAliases: 30, maxRootFields: 10, maxCost: 50_000 },
  admin: { maxDepth: 15, maxAliases: 50, maxRootFields: 20, maxCost: 50_000 },
  public: { maxDepth: 5, maxAliases: 5, maxRootFields: 2, maxCost: 2_000 },
};

export interface Measure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

function numberArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : undefined;
  }
  return undefined;
}

/** Measures an operation against the schema; fragments are followed, each spread at most once per path. */
export function measure(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  /** The walk stops once the cost passes this: fragments spread twice at every level would otherwise grow 2ⁿ. */
  budget = Number.POSITIVE_INFINITY,
): Measure {
  const result: Measure = { depth: 0, aliases: 0, rootFields: 0, cost: 0 };
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, depth: number, multiplier: number, pending: number | undefined, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (result.cost > budget) return;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const target = schema.getType(fragment.typeCondition.name.value) ?? type;
        walk(fragment.selectionSet, target, depth, multiplier, pending, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const target = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        walk(selection.selectionSet, target, depth, multiplier, pending, seen);
        continue;
      }
      if (depth === 1) result.rootFields++;
      if (selection.alias) result.aliases++;
      result.depth = Math.max(result.depth, depth);
      const field: GraphQLField<unknown, unknown> | undefined =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      const argument = (name: string) => selection.arguments?.find((arg) => arg.name.value === name)?.value;
      const defaultFirst = field?.args.find((arg) => arg.name === "first" || arg.name === "last")?.defaultValue;
      const size =
        numberArgument(argument("first"), variables) ??
        numberArgument(argument("last"), variables) ??
        (typeof defaultFirst === "number" ? defaultFirst : undefined);
      let childMultiplier = multiplier;
      let childPending = size ?? pending;
      if (field && isListType(getNullableType(field.type))) {
        childMultiplier = multiplier * Math.max(1, childPending ?? DEFAULT_LIST_SIZE);
        childPending = undefined;
      }
      result.cost += multiplier;
      if (selection.selectionSet && field) walk(selection.selectionSet, getNamedType(field.type), depth + 1, childMultiplier, childPending, seen);
    }
  };
  walk(selectionSet, rootType, 1, 1, undefined, new Set());
  return result;
}

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } });

const INTROSPECTION = new Set(["__schema", "__type"]);

export function useOperationLimits(options: {
  limits?: Record<Role, OperationLimits>;
  /** Introspection is refused to partners always, and to everyone when this is false (production). */
  introspection: boolean;
}): ApolloServerPlugin<{ identity: Identity }> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema, request }) {
          if (!operation) return;
          const { identity } = contextValue;
          // A variable left out costs what the operation will run with: its declared default.
          const variables: Record<string, unknown> = { ...request.variables };
          for (const definition of operation.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            if (variables[name] === undefined && definition.defaultValue?.kind === Kind.INT) variables[name] = Number(definition.defaultValue.value);
          }
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const root =
            operation.operation === "mutation"
              ? schema.getMutationType()
              : operation.operation === "subscription"
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          if (!root) throw limitError(`this graph has no ${operation.operation} type`);
          // Anywhere in the document: fragments on Query can carry introspection too.
          let asksIntrospection = false;
          visit(document, {
            Field(node) {
              if (INTROSPECTION.has(node.name.value)) asksIntrospection = true;
            },
          });
          if (asksIntrospection && (identity.role === "partner" || !options.introspection)) {
            throw new GraphQLError("introspection is disabled for this caller", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
          }
          const limit = limits[identity.role];
          const measured = measure(schema, operation.selectionSet, root, fragments, variables, limit.maxCost);
          const over = (
            [
              ["depth", measured.depth, limit.maxDepth, "nest fewer levels"],
              ["aliases", measured.aliases, limit.maxAliases, "use fewer aliases"],
              ["root fields", measured.rootFields, limit.maxRootFields, "split the operation"],
              ["cost", measured.cost, limit.maxCost, "ask for smaller pages (first) or fewer fields"],
            ] as const
          ).find(([, value, max]) => value > max);
          if (over) {
            const [name, value, max, advice] = over;
            throw limitError(`operation ${name} ${value} exceeds the limit of ${max} for role ${identity.role}: ${advice}`);
          }
        },
        async willSendResponse({ contextValue, response }) {
          // Suggestions ("Did you mean …?") reveal the schema; only staff, who build on it, get them.
          if (contextValue.identity?.role === "staff" || response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(/ Did you mean .+\?$/, "");
          }
        },
      };
    },
  };
}
