import { buildSubgraphSchema } from "@apollo/subgraph";
import { defaultFieldResolver, getNamedType, GraphQLObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getDirective } from "@graphql-tools/utils";
import { DEPARTMENTS, type Department } from "../departments";
import { subgraphSdl } from "../graphql/schema";
import { mask, type MaskKind } from "../rules/masking";
import type { Identity } from "./identity";

/** The `@access` policy of one type, as declared in its subgraph's SDL. */
export interface AccessPolicy {
  owner: Department;
  shared: Department[];
  /** Columns of the stored record that hold an enterprise code (USCC) of a party to it. */
  parties: string[];
  public: boolean;
}

/** One full read of a personal-data field, for the department's audit log. */
export interface PersonalDataRead {
  subject: string;
  role: string;
  department: string | null;
  requestId: string;
  operation: string | null;
  /** The user a department's service read it for; null for a user's own read. */
  onBehalfOf: string | null;
  entityType: string;
  recordKey: string;
  field: string;
}

/**
 * The audit record of one full read by `context`'s caller: the one shape every personal-data read is recorded
 * in, whether by the @personal policy or by a resolver that reads personal data itself.
 */
export function personalDataRead(
  context: Pick<PolicyContext, "identity" | "operation">,
  read: Pick<PersonalDataRead, "entityType" | "recordKey" | "field">,
): PersonalDataRead {
  const { identity } = context;
  return {
    subject: identity.subject,
    role: identity.role,
    department: identity.department ?? null,
    requestId: identity.requestId,
    // A service reading for a user is recorded with that user and the user's operation.
    operation: identity.onBehalfOf ? identity.onBehalfOf.operation : context.operation,
    onBehalfOf: identity.onBehalfOf?.subject ?? null,
    ...read,
  };
}

type ReferenceResolver = (reference: unknown, context: PolicyContext, info: unknown) => unknown;

/** What the policy needs from a request's context. */
export interface PolicyContext {
  identity: Identity;
  operation: string | null;
  audit: PersonalDataRead[];
}

function departments(values: unknown, where: string): Department[] {
  const list = (values as string[] | undefined) ?? [];
  for (const value of list) {
    if (!(DEPARTMENTS as readonly string[]).includes(value)) throw new Error(`${where}: unknown department "${value}"`);
  }
  return list as Department[];
}

export function readPolicies(schema: GraphQLSchema): Map<string, AccessPolicy> {
  const policies = new Map<string, AccessPolicy>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType)) continue;
    const [access] = getDirective(schema, type, "access") ?? [];
    if (!access) continue;
    const [owner] = departments([access.owner], `@access on ${type.name}`);
    const parties = (access.parties as string[] | undefined) ?? [];
    policies.set(type.name, {
      owner: owner!,
      shared: departments(access.shared, `@access on ${type.name}`),
      parties,
      public: access.public === true,
    });
  }
  return policies;
}

const declared = new Map<Department, Map<string, AccessPolicy>>();

function declaredPolicies(department: Department): Map<string, AccessPolicy> {
  let policies = declared.get(department);
  if (!policies) {
    policies = readPolicies(buildSubgraphSchema(parse(subgraphSdl(department))));
    declared.set(department, policies);
  }
  return policies;
}

/**
 * The `@access` policy of a type as its department's SDL declares it: the same policy enforcePolicies
 * applies to reads, for code that works on the tables rather than through resolvers (statistics).
 */
export function declaredPolicy(department: Department, typeName: string): AccessPolicy {
  const policy = declaredPolicies(department).get(typeName);
  if (!policy) throw new Error(`${department} declares no @access policy on ${typeName}`);
  return policy;
}

/**
 * The `@access` policy of a type another department owns, as that department declares it; undefined for
 * a type no department guards.
 */
function ownersPolicy(typeName: string): AccessPolicy | undefined {
  for (const department of DEPARTMENTS) {
    const policy = declaredPolicies(department).get(typeName);
    if (policy?.owner === department) return policy;
  }
  return undefined;
}

/**
 * A reference to another department's record, as this department hands it out: null when the owner's
 * policy would hide the record from this caller. Otherwise the owner's reference resolver answers null for
 * it, the gateway finds the record's non-null fields empty, and the client gets the relation as null plus a
 * value-completion error that reads like a server fault. Decided here only when the reference carries every
 * party column the rule needs (always, for callers other than enterprise users); else the owner decides.
 */
function hideUnreadableReference(identity: Identity, policy: AccessPolicy, value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => hideUnreadableReference(identity, policy, item) !== null);
  if (value == null || typeof value !== "object") return value;
  const row = value as Record<string, unknown>;
  if (identity.role === "enterprise" && !policy.parties.every((field) => field in row)) return value;
  return mayRead(identity, policy, row) ? value : null;
}

/**
 * Who may read zone-wide figures (aggregates that name no person and no record): the staff of every
 * department, not only the owner's, since a count discloses no record; analysts; administrators.
 * Everyone else counts only the records they are a party to.
 */
export function readsZoneFigures(identity: Identity): boolean {
  return identity.role === "staff" || identity.role === "analyst" || identity.role === "admin";
}

/** Whether this caller may read this record at all. */
export function mayRead(identity: Identity, policy: AccessPolicy, row: Record<string, unknown>): boolean {
  if (policy.public || identity.role === "admin" || identity.role === "analyst") return true;
  if (identity.role === "staff") return identity.department === policy.owner || policy.shared.includes(identity.department!);
  return policy.parties.some((field) => identity.usccs.includes(row[field] as string));
}

/**
 * The same rule as a Prisma condition, for lists: a page holds only readable records, so page sizes
 * and cursors stay honest and nothing is fetched to be thrown away.
 */
export function readableWhere(identity: Identity, policy: AccessPolicy): object {
  if (policy.public || identity.role === "admin" || identity.role === "analyst") return {};
  if (identity.role === "staff") {
    return identity.department === policy.owner || policy.shared.includes(identity.department!) ? {} : { OR: [] };
  }
  return { OR: policy.parties.map((field) => ({ [field]: { in: identity.usccs } })) };
}

function keyFields(schema: GraphQLSchema, type: GraphQLObjectType): string[] {
  const [key] = getDirective(schema, type, "key") ?? [];
  return key
    ? String(key.fields)
        .split(/\s+/)
        .filter((field) => /^\w+$/.test(field))
    : [];
}

function filterReadable(identity: Identity, policy: AccessPolicy, value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item == null || mayRead(identity, policy, item as Record<string, unknown>));
  if (value == null || typeof value !== "object") return value;
  return mayRead(identity, policy, value as Record<string, unknown>) ? value : null;
}

/**
 * Applies the SDL's `@access` and `@personal` declarations to every resolver of a built subgraph schema,
 * so that no query path (root field, nested field, entity reference) can skip them:
 * - a field returning an `@access` type yields null (or drops the item from a list) for unreadable records;
 * - a `@personal` field is masked unless the caller is staff of a reader department, and each full read
 *   is added to the request's audit trail.
 */
export function enforcePolicies(schema: GraphQLSchema): Map<string, AccessPolicy> {
  const policies = readPolicies(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;

    const own = policies.get(type.name);
    const keys = keyFields(schema, type);
    // @apollo/subgraph keeps an entity's __resolveReference in the type's extensions; the _entities field
    // calls it from there, so that is where the policy must sit (a type without one resolves to the
    // representation itself, which must be filtered just the same: it gets one that does).
    if (own && keys.length > 0) {
      const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
      const subgraph = ((extensions.apollo ??= {}).subgraph ??= {});
      const resolveReference: ReferenceResolver = subgraph.resolveReference ?? ((reference) => reference);
      subgraph.resolveReference = async (reference, context, info) => filterReadable(context.identity, own, await resolveReference(reference, context, info));
    }

    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, PolicyContext> = field.resolve ?? defaultFieldResolver;
      const returnedType = getNamedType(field.type);
      const returned = policies.get(returnedType.name);
      if (returned) {
        field.resolve = async (source, args, context, info) => filterReadable(context.identity, returned, await resolve(source, args, context, info));
        continue;
      }
      const elsewhere = returnedType instanceof GraphQLObjectType && keyFields(schema, returnedType).length > 0 ? ownersPolicy(returnedType.name) : undefined;
      if (elsewhere && !elsewhere.public) {
        field.resolve = async (source, args, context, info) => hideUnreadableReference(context.identity, elsewhere, await resolve(source, args, context, info));
        continue;
      }
      const [personal] = getDirective(schema, field, "personal") ?? [];
      if (!personal) continue;
      const kind = personal.kind as MaskKind;
      if (!(kind in mask)) throw new Error(`@personal on ${type.name}.${field.name}: unknown kind "${kind}"`);
      const readers = departments(personal.readers, `@personal on ${type.name}.${field.name}`);
      field.resolve = async (source, args, context, info) => {
        const value = await resolve(source, args, context, info);
        if (typeof value !== "string") return value;
        const { identity } = context;
        if (identity.role !== "staff" || !readers.includes(identity.department!)) return mask[kind](value);
        const row = source as Record<string, unknown>;
        context.audit.push(personalDataRead(context, { entityType: type.name, recordKey: JSON.stringify(keys.map((key) => row[key])), field: field.name }));
        return value;
      };
    }
  }
  return policies;
}
