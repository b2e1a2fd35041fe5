import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  valueFromASTUntyped,
  visit,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Identity, Role } from "../../lib/auth/identity";

/**
 * Per-role limits on what one operation may ask for, checked before the gateway plans it. The cost follows
 * IBM's GraphQL Cost Directives specification as Apollo Router's demand control applies it: a field returning
 * an object, interface or union costs 1, a scalar or enum 0, unless `@cost(weight:)` on the field (or on its
 * type) says otherwise; a list multiplies what its items cost by its size, read from `@listSize`: the value of
 * a slicing argument (`first`), given, from a variable, or the argument's default, else the list's
 * `assumedSize`. A connection's `@listSize(slicingArguments: ["first"], sizedFields: ["nodes", "edges"])`
 * sizes its `nodes`. An argument carrying `@cost` adds its weight when given.
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxCost: number;
}

/**
 * The size of a list the schema says nothing about (no `@listSize`, no sizing parent). Every list of our own
 * graph is annotated (limits.test.ts checks the supergraph); this prices lists of graphs that are not ours,
 * such as the federation audit's, as Apollo Router's `list_size` setting does.
 */
export const UNANNOTATED_LIST_SIZE = 10;
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

export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** The cost directives of a schema by coordinate: `Type` for types, `Type.field`, `Type.field(argument:)`. */
export interface CostTable {
  weights: Map<string, number>;
  listSizes: Map<string, ListSize>;
}

function directiveArguments(directive: DirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}

/**
 * Reads `@cost` and `@listSize` from SDL: a department's, or the composed supergraph, where composition
 * (federation v2.9 and later) carries both directives through under their own names.
 */
export function costTable(document: DocumentNode): CostTable {
  const table: CostTable = { weights: new Map(), listSizes: new Map() };
  const read = (coordinate: string, directives: readonly DirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      const values = directiveArguments(directive);
      if (directive.name.value === "cost" && typeof values.weight === "number") table.weights.set(coordinate, values.weight);
      if (directive.name.value === "listSize") {
        table.listSizes.set(coordinate, {
          assumedSize: typeof values.assumedSize === "number" ? values.assumedSize : undefined,
          slicingArguments: Array.isArray(values.slicingArguments) ? (values.slicingArguments as string[]) : undefined,
          sizedFields: Array.isArray(values.sizedFields) ? (values.sizedFields as string[]) : undefined,
        });
      }
    }
  };
  for (const definition of document.definitions) {
    if (!("name" in definition) || !definition.name || !("directives" in definition)) continue;
    const type = definition.name.value;
    read(type, definition.directives);
    if (!("fields" in definition)) continue;
    for (const field of definition.fields ?? []) {
      read(`${type}.${field.name.value}`, field.directives);
      if (!("arguments" in field)) continue;
      for (const argument of field.arguments ?? []) read(`${type}.${field.name.value}(${argument.name.value}:)`, argument.directives);
    }
  }
  return table;
}

/** The cost directives of a schema built from SDL (its AST nodes are kept). */
export function costTableOfSchema(schema: GraphQLSchema): CostTable {
  const definitions = Object.values(schema.getTypeMap()).flatMap((type): DefinitionNode[] =>
    [type.astNode, ...type.extensionASTNodes].filter((node): node is NonNullable<typeof node> => Boolean(node)),
  );
  return costTable({ kind: Kind.DOCUMENT, definitions });
}

export const costTableOfSdl = (sdl: string): CostTable => costTable(parse(sdl));

function numberArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : undefined;
  }
  return undefined;
}

/** What a connection passes to its sized fields (`nodes`, `edges`): the page size it was asked for. */
interface Sizing {
  fields: readonly string[];
  size: number;
}

const ZERO: Measure = { depth: 0, aliases: 0, rootFields: 0, cost: 0 };

/**
 * Measures an operation against the schema and its cost directives. The whole estimate is computed, however
 * large: a named fragment is measured once per (fragment, type, page size) and its measure reused wherever it
 * is spread, so fragments that spread others twice at every level cost a linear walk, not 2ⁿ paths.
 * `rootFields` counts the fields of the root selection (through fragments too); `depth` the deepest field.
 */
export function measure(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  table: CostTable = costTableOfSchema(schema),
): Measure {
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const sliced = (
    field: GraphQLField<unknown, unknown>,
    node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
    names: readonly string[],
  ) => {
    const sizes = names.map((name) => {
      const given = node.arguments?.find((argument) => argument.name.value === name)?.value;
      const fallback = field.args.find((argument) => argument.name === name)?.defaultValue;
      return numberArgument(given, variables) ?? (typeof fallback === "number" ? fallback : undefined);
    });
    const known = sizes.filter((size): size is number => size !== undefined);
    return known.length > 0 ? Math.max(0, ...known) : undefined;
  };

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, sizing: Sizing | undefined): Measure => {
    const total: Measure = { ...ZERO };
    const add = (part: Measure, depthOffset: number) => {
      total.depth = Math.max(total.depth, part.depth + depthOffset);
      total.aliases += part.aliases;
      total.rootFields += part.rootFields;
      total.cost += part.cost;
    };
    // On an interface or union, the fragments on each object type are alternatives: one object is one type,
    // so the most expensive type counts, not their sum (as the specification's abstract types are priced).
    const alternatives = new Map<string, number>();
    const addFragment = (part: Measure, target: GraphQLNamedType) => {
      if (target === type || !isAbstractType(type) || !isObjectType(target)) return add(part, 0);
      add({ ...part, cost: 0 }, 0);
      alternatives.set(target.name, (alternatives.get(target.name) ?? 0) + part.cost);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment) continue;
        const target = schema.getType(fragment.typeCondition.name.value) ?? type;
        const key = `${fragment.name.value}|${target.name}|${sizing ? `${sizing.fields.join(",")}=${sizing.size}` : ""}`;
        let part = memo.get(key);
        if (!part) {
          // A spread inside itself is refused by validation before this runs; measured directly, it adds nothing.
          if (inProgress.has(key)) continue;
          inProgress.add(key);
          part = walk(fragment.selectionSet, target, sizing);
          inProgress.delete(key);
          memo.set(key, part);
        }
        addFragment(part, target);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const target = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        addFragment(walk(selection.selectionSet, target, sizing), target);
        continue;
      }
      const name = selection.name.value;
      const field: GraphQLField<unknown, unknown> | undefined = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      const own: Measure = { depth: 1, aliases: selection.alias ? 1 : 0, rootFields: 1, cost: 0 };
      if (field) {
        const coordinate = `${type.name}.${name}`;
        const named = getNamedType(field.type);
        const listSize = table.listSizes.get(coordinate);
        const slice = listSize?.slicingArguments ? sliced(field, selection, listSize.slicingArguments) : undefined;
        const size = slice ?? listSize?.assumedSize ?? UNANNOTATED_LIST_SIZE;
        let multiplier = 1;
        if (isListType(getNullableType(field.type))) {
          multiplier = sizing?.fields.includes(name) ? sizing.size : listSize?.sizedFields ? (listSize.assumedSize ?? UNANNOTATED_LIST_SIZE) : size;
        }
        const weight = table.weights.get(coordinate) ?? table.weights.get(named.name) ?? (isLeafType(named) ? 0 : 1);
        const argumentsCost = (selection.arguments ?? []).reduce(
          (sum, argument) => sum + (table.weights.get(`${coordinate}(${argument.name.value}:)`) ?? 0),
          0,
        );
        const children = selection.selectionSet
          ? walk(selection.selectionSet, named, listSize?.sizedFields ? { fields: listSize.sizedFields, size } : undefined)
          : ZERO;
        own.depth += children.depth;
        own.aliases += children.aliases;
        own.cost = argumentsCost + multiplier * (weight + children.cost);
      }
      add(own, 0);
    }
    total.cost += Math.max(0, ...alternatives.values());
    return total;
  };

  return walk(selectionSet, rootType, undefined);
}

const limitError = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 }, ...extensions } });

const INTROSPECTION = new Set(["__schema", "__type"]);

export function useOperationLimits(options: {
  limits?: Record<Role, OperationLimits>;
  /** Introspection is refused to partners always, and to everyone when this is false (production). */
  introspection: boolean;
}): ApolloServerPlugin<{ identity: Identity }> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // The API schema the operations see has no directives left: the gateway's table comes from the supergraph.
  let table: CostTable | undefined;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          table = coreSupergraphSdl ? costTableOfSdl(coreSupergraphSdl) : costTableOfSchema(apiSchema);
        },
      };
    },
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
          const measured = measure(schema, operation.selectionSet, root, fragments, variables, table ?? costTableOfSchema(schema));
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
            throw limitError(`operation ${name} ${value} exceeds the limit of ${max} for role ${identity.role}: ${advice}`, {
              limit: { name, measured: value, max },
            });
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
