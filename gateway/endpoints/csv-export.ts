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
import { HttpRejection, type Route } from "../../lib/http";
import { logger } from "../../lib/logger";
import { ROOT } from "../../lib/paths";
import { now } from "../../lib/clock";
import { chinaDay } from "../../lib/rules/china-time";
import { buildManifest } from "../supergraph/manifest-source";

/** GET or POST /export/<Name>.csv. */
export const EXPORT_PATH = "/export/";
/** One named query per file, the export's name being the operation's. */
export const EXPORTS_DIR = path.join(ROOT, "gateway", "exports");
/** Rows per page: the lists' usual largest page, smaller only where the subgraphs are configured to allow less. */
export const EXPORT_PAGE_SIZE = Math.min(100, MAX_PAGE_SIZE);
/** Set by the endpoint as it pages, never by the caller. */
const PAGE_VARIABLES = ["first", "after"];
// Excel takes a CSV file without a byte-order mark for the local ANSI code page and garbles Chinese text.
const BOM = "\uFEFF";
const ERROR_LINE_MARK = "#ERROR";

interface Options {
  identify(req: IncomingMessage, raw: string): Promise<Identity>;
  schema(): GraphQLSchema | undefined;
  execute(query: string, operationName: string, variables: Record<string, unknown>, identity: Identity): Promise<GraphQLResponse>;
  /** EXPORTS_DIR unless given. */
  dir?: string;
}

interface ExportOperation {
  name: string;
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
 * The exports, read once at start like the partners' operations (and with the same checks, so a file
 * that is not one named operation named like the file fails here). The rows come from the first root field
 * that is a connection (`nodes` and `pageInfo`), paged through; without one, from the first root field's
 * items in one go, which is what a statistics query (a list of groups) gives.
 */
export function readExports(dir = EXPORTS_DIR): Map<string, ExportOperation> {
  return new Map(
    buildManifest(dir).operations.map((operation) => {
      const fail = (reason: string) => new Error(`${path.join(dir, operation.name)}.graphql: ${reason}`);
      if (operation.type !== "query") throw fail("an export is a query");
      if (!operation.body.startsWith("#")) throw fail("an export starts with a # comment saying what its rows are");
      const document = parse(operation.body);
      const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const roots = definition.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
      const connection = roots.find((root) => childField(root, "nodes") && childField(root, "pageInfo"));
      const root = connection ?? roots[0];
      if (!root) throw fail("an export selects its rows with a root field");
      const declared = (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value);
      const exported: ExportOperation = {
        name: operation.name,
        query: operation.body,
        document,
        variables: new Set(declared),
        root,
        rowsAt: [responseKey(root)],
      };
      if (!connection) return [operation.name, exported] as const;
      const nodes = childField(connection, "nodes")!;
      const pageInfo = childField(connection, "pageInfo")!;
      const hasNextPage = childField(pageInfo, "hasNextPage");
      const endCursor = childField(pageInfo, "endCursor");
      if (!hasNextPage || !endCursor) throw fail("a paged export selects pageInfo { hasNextPage endCursor }");
      if (!PAGE_VARIABLES.every((name) => declared.includes(name))) throw fail("a paged export declares $first and $after and passes them to its list");
      const paging = [responseKey(connection), responseKey(pageInfo)];
      return [
        operation.name,
        {
          ...exported,
          variables: new Set(declared.filter((name) => !PAGE_VARIABLES.includes(name))),
          nodes,
          rowsAt: [responseKey(connection), responseKey(nodes)],
          hasNextPageAt: [...paging, responseKey(hasNextPage)],
          endCursorAt: [...paging, responseKey(endCursor)],
        },
      ] as const;
    }),
  );
}

/**
 * The columns, in the order the query selects them, named by dotted response keys (`payment.amountPaid`):
 * a nested object is flattened into its fields' columns, a list (of objects or of scalars) is one column.
 * They come from the query and the schema, not from the data, so an export without rows still has them.
 */
export function exportColumns(schema: GraphQLSchema, exported: ExportOperation): string[][] {
  const fragments = new Map(
    exported.document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fieldsOf = (type: GraphQLNamedType | undefined | null) => (isObjectType(type) || isInterfaceType(type) ? type.getFields() : {});
  const rootType = getNamedType(fieldsOf(schema.getQueryType())[exported.root.name.value]?.type);
  const rowType = exported.nodes ? getNamedType(fieldsOf(rootType)[exported.nodes.name.value]?.type) : rootType;
  const rowSelection = (exported.nodes ?? exported.root).selectionSet;
  if (!rowSelection) return [[]];
  const columns = new Map<string, string[]>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, at: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const column = [...at, responseKey(selection)];
        const fieldType = fieldsOf(type)[selection.name.value]?.type;
        if (selection.selectionSet && fieldType && !isListType(getNullableType(fieldType))) walk(selection.selectionSet, getNamedType(fieldType), column);
        else columns.set(column.join("."), column);
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

/** null is an empty cell; a list (or a JSON value) is its JSON text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
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

function callerVariables(exported: ExportOperation, method: string, body: unknown, search: string): Record<string, unknown> {
  let given: unknown;
  try {
    if (method === "GET") {
      const text = new URLSearchParams(search).get("variables");
      given = text === null ? {} : JSON.parse(text);
    } else {
      const request: unknown = typeof body === "string" ? (body.trim() === "" ? {} : JSON.parse(body)) : body;
      given = isPlainObject(request) ? (request.variables ?? {}) : undefined;
    }
  } catch {
    given = undefined;
  }
  if (!isPlainObject(given)) throw badInput('variables must be a JSON object, e.g. {"filter": {"returnStatus": 120}}');
  const unknown = Object.keys(given).filter((name) => !exported.variables.has(name));
  const takes = exported.variables.size > 0 ? `it takes ${[...exported.variables].join(", ")}` : "it takes none";
  if (unknown.length > 0) throw badInput(`${exported.name} has no variable ${unknown.join(", ")}: ${takes}${exported.nodes ? ", and pages by itself" : ""}`);
  return given;
}

/**
 * Runs a registered export query through the gateway as the caller, with every subgraph's policy and the
 * caller's limits, and streams its rows as CSV page by page. Partners are refused: they run only the
 * operations registered for them. An error before the first row is the HTTP answer; after it, the headers
 * are gone, so the file ends with a line `#ERROR,<code>,<message>` instead.
 */
export function csvExports(options: Options): Route {
  const registered = readExports(options.dir);
  const log = logger.child({ component: "export" });
  return async ({ req, raw, body, search }) => {
    const method = (req.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "POST") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "GET or POST an export");
    const identity = await options.identify(req, raw);
    if (identity.role === "partner")
      throw new HttpRejection(403, ErrorCode.FORBIDDEN, "partner platforms run their registered operations over GraphQL; exports are for users");
    const { pathname } = new URL(req.url ?? "/", "http://x");
    const name = /^(\w+)\.csv$/.exec(pathname.slice(EXPORT_PATH.length))?.[1];
    const exported = name === undefined ? undefined : registered.get(name);
    if (!exported)
      throw new HttpRejection(404, "EXPORT_NOT_FOUND", `no such export; there are ${[...registered.keys()].map((known) => `${known}.csv`).join(", ")}`);
    const variables = callerVariables(exported, method, body, search);
    const schema = options.schema();
    if (!schema) throw new HttpRejection(503, ErrorCode.SUBGRAPH_UNAVAILABLE, "the graph is not loaded yet");

    const page = async (after: string | null): Promise<{ rows: unknown[]; next: string | null }> => {
      const response = await options.execute(
        exported.query,
        exported.name,
        exported.nodes ? { ...variables, first: EXPORT_PAGE_SIZE, after } : variables,
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
    const header = columns.map((column) => (column.length > 0 ? column.join(".") : responseKey(exported.root)));
    const lines = (rows: unknown[]) => rows.map((row) => csvLine(columns.map((column) => cellText(valueAt(row, column))))).join("");
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
