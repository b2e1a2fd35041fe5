import type { IncomingMessage } from "node:http";
import path from "node:path";
import type { GraphQLResponse } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Identity } from "../../lib/auth/identity";
import { ErrorCode } from "../../lib/graphql/errors";
import { MAX_PAGE_SIZE } from "../../lib/graphql/pagination";
import { HttpRejection, type IncomingGraphQL, type Route } from "../../lib/http";
import { logger } from "../../lib/logger";
import { ROOT } from "../../lib/paths";
import { now } from "../../lib/clock";
import { chinaDateTime, chinaDay } from "../../lib/rules/china-time";
import { MAX_TOKENS } from "../security/limits";
import { buildManifest } from "../supergraph/manifest-source";
import { LINK_PARAM, signExportLink, verifyExportLink, type LinkPurpose } from "./export-link";

/** GET or POST /export/<Name>.csv. */
export const EXPORT_PATH = "/export/";
/** POST: a signed download link for an export (or for the explorer's query), for a browser to open. */
export const EXPORT_LINK_PATH = `${EXPORT_PATH}link`;
/** GET or POST: the rows of one answer to a query of the caller's own (the explorer's "download as CSV"). */
export const QUERY_EXPORT_PATH = `${EXPORT_PATH}query`;
/** One named query per file, the export's name being the operation's. */
export const EXPORTS_DIR = path.join(ROOT, "gateway", "exports");
/** Rows per page: the lists' usual largest page, smaller only where the subgraphs are configured to allow less. */
export const EXPORT_PAGE_SIZE = Math.min(100, MAX_PAGE_SIZE);
/** Set by the endpoint as it pages, never by the caller. */
const PAGE_VARIABLES = ["first", "after"];
// Excel takes a CSV file without a byte-order mark for the local ANSI code page and garbles Chinese text.
const BOM = "\uFEFF";
const ERROR_LINE_MARK = "#ERROR";
/** Said in the header of every DateTime column, whose cells are China's wall clock, as a spreadsheet reads dates. */
export const CHINA_TIME_SUFFIX = " (UTC+8)";

interface Options {
  identify(req: IncomingMessage, raw: string): Promise<Identity>;
  schema(): GraphQLSchema | undefined;
  execute(query: string, operationName: string | undefined, variables: Record<string, unknown>, identity: Identity): Promise<GraphQLResponse>;
  /** Signs and checks download links (exportLinkKey). */
  linkKey: Buffer;
  /** Applies the caller's rate limit to a download by link, which identify() does for a request with a token. */
  limit(identity: Identity): Promise<void>;
  /** EXPORTS_DIR unless given. */
  dir?: string;
}

interface ExportOperation {
  /** The registered export's name, or the operation's name (if any) of a query the caller sent. */
  name: string;
  operationName: string | undefined;
  query: string;
  document: DocumentNode;
  /** The variables a caller may give. */
  variables: Set<string>;
  /** The root field the rows come from. */
  root: FieldNode;
  /** Its `nodes`, when the root field is a connection to page through; otherwise its items are the rows. */
  nodes?: FieldNode;
  /** Response keys from `data` down to the rows, and to the connection's paging state. */
  rowsAt: string[];
  hasNextPageAt?: string[];
  endCursorAt?: string[];
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

const childField = (field: FieldNode | undefined, name: string) =>
  field?.selectionSet?.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === name);

function valueAt(value: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>(
    (current, key) => (current && typeof current === "object" && !Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined),
    value,
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Where the rows of an operation's answer are: in the first root field that is a connection (`nodes` and
 * `pageInfo`), paged through when the operation passes $first and $after to it; without one, the first
 * root field's items, which is what a statistics query (a list of groups) gives, or its one object.
 */
function exportOperation(
  name: string,
  query: string,
  document: DocumentNode,
  definition: OperationDefinitionNode,
  fail: (reason: string) => Error,
  paged: boolean,
): ExportOperation {
  if (definition.operation !== "query") throw fail("an export is a query");
  const roots = definition.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
  // An answer taken as it is may leave out pageInfo; one paged through needs it.
  const connection = roots.find((root) => childField(root, "nodes") && (!paged || childField(root, "pageInfo")));
  const root = connection ?? roots[0];
  if (!root) throw fail("an export selects its rows with a root field");
  const declared = (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value);
  const exported: ExportOperation = {
    name,
    operationName: definition.name?.value,
    query,
    document,
    variables: new Set(declared),
    root,
    rowsAt: [responseKey(root)],
  };
  if (!connection) return exported;
  const nodes = childField(connection, "nodes")!;
  if (!paged) return { ...exported, nodes, rowsAt: [responseKey(connection), responseKey(nodes)] };
  const pageInfo = childField(connection, "pageInfo")!;
  const hasNextPage = childField(pageInfo, "hasNextPage");
  const endCursor = childField(pageInfo, "endCursor");
  if (!hasNextPage || !endCursor) throw fail("a paged export selects pageInfo { hasNextPage endCursor }");
  if (!PAGE_VARIABLES.every((variable) => declared.includes(variable))) throw fail("a paged export declares $first and $after and passes them to its list");
  const paging = [responseKey(connection), responseKey(pageInfo)];
  return {
    ...exported,
    variables: new Set(declared.filter((variable) => !PAGE_VARIABLES.includes(variable))),
    nodes,
    rowsAt: [responseKey(connection), responseKey(nodes)],
    hasNextPageAt: [...paging, responseKey(hasNextPage)],
    endCursorAt: [...paging, responseKey(endCursor)],
  };
}

const operationOf = (document: DocumentNode) => document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/**
 * The exports, read once at start like the partners' operations (and with the same checks, so a file
 * that is not one named operation named like the file fails here); a connection's rows are paged through.
 */
export function readExports(dir = EXPORTS_DIR): Map<string, ExportOperation> {
  return new Map(
    buildManifest(dir).operations.map((operation) => {
      const fail = (reason: string) => new Error(`${path.join(dir, operation.name)}.graphql: ${reason}`);
      if (!operation.body.startsWith("#")) throw fail("an export starts with a # comment saying what its rows are");
      const document = parse(operation.body);
      return [operation.name, exportOperation(operation.name, operation.body, document, operationOf(document)[0]!, fail, true)] as const;
    }),
  );
}

/**
 * A query the caller sent, as the rows of its one answer (no paging: the file holds what the same request
 * over GraphQL answers). Bad text or a mutation is refused as bad input.
 */
function adHocExport(query: unknown, operationName: unknown): ExportOperation {
  if (typeof query !== "string" || query.trim() === "") throw badInput("send the query to export as `query`");
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") throw badInput("operationName is a string");
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    throw new HttpRejection(400, "GRAPHQL_PARSE_FAILED", error instanceof Error ? error.message : "the query is not GraphQL");
  }
  const operations = operationOf(document);
  const definition = operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!definition)
    throw badInput(operationName ? `the query has no operation ${String(operationName)}` : "the query holds several operations: name one in operationName");
  return exportOperation(definition.name?.value ?? "query", query, document, definition, (reason) => badInput(reason), false);
}

export interface ExportColumn {
  /** Response keys from the row down to the value. */
  path: string[];
  /** A DateTime, written as China's wall clock. */
  chinaTime: boolean;
}

/**
 * The columns, in the order the query selects them, named by dotted response keys (`payment.amountPaid`):
 * a nested object is flattened into its fields' columns, a list (of objects or of scalars) is one column.
 * They come from the query and the schema, not from the data, so an export without rows still has them.
 */
export function exportColumns(schema: GraphQLSchema, exported: ExportOperation): ExportColumn[] {
  const fragments = new Map(
    exported.document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fieldsOf = (type: GraphQLNamedType | undefined | null) => (isObjectType(type) || isInterfaceType(type) ? type.getFields() : {});
  const rootType = getNamedType(fieldsOf(schema.getQueryType())[exported.root.name.value]?.type);
  const rowType = exported.nodes ? getNamedType(fieldsOf(rootType)[exported.nodes.name.value]?.type) : rootType;
  const rowSelection = (exported.nodes ?? exported.root).selectionSet;
  if (!rowSelection) return [{ path: [], chinaTime: false }];
  const columns = new Map<string, ExportColumn>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, at: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const column = [...at, responseKey(selection)];
        const fieldType = fieldsOf(type)[selection.name.value]?.type;
        if (selection.selectionSet && fieldType && !isListType(getNullableType(fieldType))) walk(selection.selectionSet, getNamedType(fieldType), column);
        else
          columns.set(column.join("."), {
            path: column,
            chinaTime: !selection.selectionSet && fieldType !== undefined && getNamedType(fieldType).name === "DateTime",
          });
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (fragment) walk(fragment.selectionSet, fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) ?? type) : type, at);
    }
  };
  walk(rowSelection, rowType, []);
  return [...columns.values()];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula, so such a
 * cell is prefixed with ' and shown as text. Numbers, negative amounts like -12.50 among them, cannot run
 * anything and stay as they are, so that they still add up.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** One RFC 4180 line: a field holding a comma, a quote, CR or LF is quoted, its quotes doubled; CRLF ends it. */
export function csvLine(cells: readonly string[]): string {
  return `${cells
    .map((cell) => spreadsheetSafe(cell))
    .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(",")}\r\n`;
}

/**
 * null is an empty cell; a list (or a JSON value) is its JSON text; a DateTime China's wall clock to the
 * second (`2026-12-07 09:30:00`), which a spreadsheet takes as a date and time of the day it is in China,
 * where the graph's UTC text would be read as text or put 8 hours off.
 */
export function cellText(value: unknown, chinaTime = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  if (chinaTime && typeof value === "string" && !Number.isNaN(Date.parse(value))) return chinaDateTime(new Date(value));
  return String(value);
}

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  CONFLICT: 409,
  [ErrorCode.SUBGRAPH_UNAVAILABLE]: 503,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.SUBGRAPH_TIMEOUT]: 504,
};

const badInput = (message: string) => new HttpRejection(400, ErrorCode.BAD_USER_INPUT, message);

/** The request's parameters: a GET's query string, or a POST's JSON body. */
function requestParameters(method: string, body: unknown, search: string): Record<string, unknown> {
  if (method === "GET") {
    const params = new URLSearchParams(search);
    const variables = params.get("variables");
    let parsed: unknown;
    try {
      parsed = variables === null ? undefined : JSON.parse(variables);
    } catch {
      // Left as text, which is not an object, so that callerVariables refuses it.
      parsed = variables;
    }
    return { ...Object.fromEntries(params), variables: parsed };
  }
  let request: unknown;
  try {
    request = typeof body === "string" ? (body.trim() === "" ? {} : JSON.parse(body)) : body;
  } catch {
    request = undefined;
  }
  if (!isPlainObject(request)) throw badInput('send a JSON object, e.g. {"variables": {"filter": {"returnStatus": 120}}}');
  return request;
}

function callerVariables(exported: ExportOperation, parameters: Record<string, unknown>): Record<string, unknown> {
  const given = parameters.variables ?? {};
  if (!isPlainObject(given)) throw badInput('variables must be a JSON object, e.g. {"filter": {"returnStatus": 120}}');
  const unknown = Object.keys(given).filter((name) => !exported.variables.has(name));
  const takes = exported.variables.size > 0 ? `it takes ${[...exported.variables].join(", ")}` : "it takes none";
  if (unknown.length > 0) throw badInput(`${exported.name} has no variable ${unknown.join(", ")}: ${takes}${exported.nodes ? ", and pages by itself" : ""}`);
  return given;
}

/**
 * Runs a registered export query (or, at /export/query, the caller's own query) through the gateway as
 * the caller, with every subgraph's policy and the caller's limits, and streams its rows as CSV page by
 * page. The caller is identified by its token, or by a signed download link (POST /export/link) for a
 * browser that opens a URL. Partners are refused: they run only the operations registered for them. An
 * error before the first row is the HTTP answer; after it, the headers are gone, so the file ends with a
 * line `#ERROR,<code>,<message>` instead.
 */
export function csvExports(options: Options): Route {
  const registered = readExports(options.dir);
  const log = logger.child({ component: "export" });
  const known = () => `there are ${[...registered.keys()].map((name) => `${name}.csv`).join(", ")}`;
  const userOnly = (identity: Identity) => {
    if (identity.role === "partner")
      throw new HttpRejection(403, ErrorCode.FORBIDDEN, "partner platforms run their registered operations over GraphQL; exports are for users");
  };
  const registeredExport = (name: unknown) => {
    const exported = typeof name === "string" ? registered.get(name) : undefined;
    if (!exported) throw new HttpRejection(404, "EXPORT_NOT_FOUND", `no such export; ${known()}`);
    return exported;
  };

  /** POST /export/link {export, variables} or {query, operationName, variables}: a URL to open within EXPORT_LINK_TTL_MS. */
  const link = async ({ req, raw, body }: IncomingGraphQL, method: string) => {
    if (method !== "POST") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "POST for a download link");
    const identity = await options.identify(req, raw);
    userOnly(identity);
    const parameters = requestParameters(method, body, "");
    const exported = parameters.export !== undefined ? registeredExport(parameters.export) : adHocExport(parameters.query, parameters.operationName);
    const variables = JSON.stringify(callerVariables(exported, parameters));
    const adHoc = parameters.export === undefined;
    const purpose: LinkPurpose = { name: adHoc ? (exported.operationName ?? null) : exported.name, query: adHoc ? exported.query : null, variables };
    const { token, expiresAt } = signExportLink(options.linkKey, identity, purpose);
    const search = new URLSearchParams({
      ...(adHoc ? { query: exported.query, ...(exported.operationName ? { operationName: exported.operationName } : {}) } : {}),
      variables,
      [LINK_PARAM]: token,
    });
    log.info({ subject: identity.subject, role: identity.role, export: adHoc ? null : exported.name, expiresAt }, "export link issued");
    return {
      status: 200,
      contentType: "application/json; charset=utf-8",
      headers: { "cache-control": "no-store" },
      body: JSON.stringify({ url: `${adHoc ? QUERY_EXPORT_PATH : `${EXPORT_PATH}${exported.name}.csv`}?${search}`, expiresAt: expiresAt.toISOString() }),
    };
  };

  return async (request) => {
    const { req, raw, body, search } = request;
    const method = (req.method ?? "GET").toUpperCase();
    const { pathname } = new URL(req.url ?? "/", "http://x");
    if (pathname === EXPORT_LINK_PATH) return link(request, method);
    if (method !== "GET" && method !== "POST") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "GET or POST an export");
    const linkToken = method === "GET" ? new URLSearchParams(search).get(LINK_PARAM) : null;
    // Without a link the caller's token says who it is, before anything about the export is told.
    const caller = linkToken === null ? await options.identify(req, raw) : undefined;
    if (caller) userOnly(caller);
    const parameters = requestParameters(method, body, search);
    const adHoc = pathname === QUERY_EXPORT_PATH;
    const name = adHoc ? undefined : /^(\w+)\.csv$/.exec(pathname.slice(EXPORT_PATH.length))?.[1];
    let identity = caller;
    // A link is checked before anything about the export is told, as a token is: one for an export that
    // does not exist cannot have been issued, and is refused as not valid.
    if (identity === undefined) {
      const purpose: LinkPurpose = adHoc
        ? {
            name: typeof parameters.operationName === "string" ? parameters.operationName : null,
            query: String(parameters.query ?? ""),
            variables: new URLSearchParams(search).get("variables"),
          }
        : { name: name ?? "", query: null, variables: new URLSearchParams(search).get("variables") };
      identity = verifyExportLink(options.linkKey, linkToken!, purpose);
      await options.limit(identity);
    }
    const exported = adHoc ? adHocExport(parameters.query, parameters.operationName) : registeredExport(name);
    const variables = callerVariables(exported, parameters);
    const schema = options.schema();
    if (!schema) throw new HttpRejection(503, ErrorCode.SUBGRAPH_UNAVAILABLE, "the graph is not loaded yet");
    log.info({ subject: identity.subject, role: identity.role, export: adHoc ? null : exported.name, byLink: linkToken !== null }, "export");

    const page = async (after: string | null): Promise<{ rows: unknown[]; next: string | null }> => {
      const response = await options.execute(
        exported.query,
        exported.operationName,
        exported.hasNextPageAt ? { ...variables, first: EXPORT_PAGE_SIZE, after } : variables,
        identity,
      );
      if (response.body.kind !== "single") throw new Error(`${exported.name}: the gateway answered incrementally`);
      const { data, errors } = response.body.singleResult;
      // A partial answer (a department down) would export its fields as empty cells, looking like data.
      const [error] = errors ?? [];
      if (error) {
        const code = typeof error.extensions?.code === "string" ? error.extensions.code : "INTERNAL_SERVER_ERROR";
        const status = STATUS_BY_CODE[code] ?? ((response.http.status ?? 0) >= 400 ? response.http.status! : 500);
        throw new HttpRejection(status, code, error.message);
      }
      const rows = valueAt(data, exported.rowsAt);
      const endCursor = exported.endCursorAt && valueAt(data, exported.endCursorAt);
      const more = exported.hasNextPageAt && valueAt(data, exported.hasNextPageAt) === true;
      return { rows: Array.isArray(rows) ? rows : rows == null ? [] : [rows], next: more && typeof endCursor === "string" ? endCursor : null };
    };

    const first = await page(null);
    const columns = exportColumns(schema, exported);
    const header = columns.map(({ path: at, chinaTime }) => (at.length > 0 ? at.join(".") : responseKey(exported.root)) + (chinaTime ? CHINA_TIME_SUFFIX : ""));
    const lines = (rows: unknown[]) => rows.map((row) => csvLine(columns.map(({ path: at, chinaTime }) => cellText(valueAt(row, at), chinaTime)))).join("");
    const csv = async function* (): AsyncGenerator<string> {
      yield BOM + csvLine(header) + lines(first.rows);
      for (let after = first.next; after !== null;) {
        let next;
        try {
          next = await page(after);
        } catch (error) {
          const known = error instanceof HttpRejection ? error : undefined;
          if (!known) log.error({ err: error, export: exported.name }, "export failed after its first page");
          yield csvLine([ERROR_LINE_MARK, known?.code ?? "INTERNAL_SERVER_ERROR", known?.message ?? "internal error"]);
          return;
        }
        yield lines(next.rows);
        after = next.next;
      }
    };
    return {
      status: 200,
      contentType: "text/csv; charset=utf-8",
      headers: {
        "content-disposition": `attachment; filename="${exported.name}-${chinaDay(now())}.csv"`,
        "cache-control": "no-store",
      },
      body: csv(),
    };
  };
}
