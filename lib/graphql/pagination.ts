import { loadEnv } from "../config";
import { badUserInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
/** PAGE_SIZE_MAX (default 100), read once at start like the rest of the environment. */
export const MAX_PAGE_SIZE = loadEnv().PAGE_SIZE_MAX;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * How many rows the list's filter matches over all its pages. A function, which GraphQL's default field
   * resolver calls only when a client selects `totalCount`: a page that does not ask costs no count.
   */
  totalCount: () => Promise<number>;
}

type CursorValue = string | number | Date;

export interface PageQuery<Row, Where> {
  where: { AND: Where[] };
  orderBy: Array<{ [K in keyof Row]?: "asc" | "desc" }>;
  take: number;
}

/** Where a list's rows come from: one page of them, and how many the filter matches (one `count(*)`). */
export interface PageSource<Row, Where> {
  rows: (query: PageQuery<Row, Where>) => Promise<Row[]>;
  count: (where: { AND: Where[] }) => Promise<number>;
}

/**
 * Keyset (cursor) pagination over a stable ordering that ends with the primary key, so that pages
 * stay consistent while rows are inserted and cost one indexed query however deep the page.
 */
export async function paginate<Row extends object, Where extends object>(
  args: PageArgs,
  order: { fields: ReadonlyArray<keyof Row & string>; direction: "asc" | "desc" },
  where: Where,
  source: PageSource<Row, Where>,
): Promise<Connection<Row>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badUserInput("first", "must be a whole number from 0");
  if (first > MAX_PAGE_SIZE) throw badUserInput("first", `must be at most ${MAX_PAGE_SIZE}; page with \`after\``);

  const conditions: Where[] = [where];
  if (args.after != null) conditions.push(keysetAfter<Where>(order.fields, order.direction, decodeCursor(args.after, order.fields.length)));
  const rows = await source
    .rows({
      where: { AND: conditions },
      orderBy: order.fields.map((field) => ({ [field]: order.direction }) as { [K in keyof Row]?: "asc" | "desc" }),
      take: first + 1,
    })
    .catch((error: unknown) => {
      // A cursor is opaque but the client holds it: values of the wrong type for this list's columns are its
      // mistake, not the service's.
      if (args.after != null && isValueOfWrongType(error)) throw badUserInput("after", "is not a cursor of this list");
      throw error;
    });
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  let counted: Promise<number> | undefined;
  return {
    nodes,
    // The filter without the cursor: the total is the list's, whichever page this is.
    totalCount: () => (counted ??= source.count({ AND: [where] })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last === undefined ? null : encodeCursor(order.fields.map((field) => last[field] as CursorValue)),
    },
  };
}

/** `(a, b, c) < (x, y, z)` spelled as Prisma conditions: a < x, or a = x and b < y, or … */
function keysetAfter<Where>(fields: readonly string[], direction: "asc" | "desc", values: CursorValue[]): Where {
  const operator = direction === "desc" ? "lt" : "gt";
  return {
    OR: fields.map((field, index) => {
      const clause: Record<string, unknown> = {};
      fields.slice(0, index).forEach((previous, i) => (clause[previous] = values[i]));
      clause[field] = { [operator]: values[index] };
      return clause;
    }),
  } as Where;
}

function encodeCursor(values: CursorValue[]): string {
  const tagged = values.map((value) => (value instanceof Date ? { d: value.toISOString() } : value));
  return Buffer.from(JSON.stringify(tagged)).toString("base64url");
}

/** Prisma refused a value for a column's type: before the query (validation) or in the database (e.g. not a UUID). */
function isValueOfWrongType(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  return (
    name === "PrismaClientValidationError" ||
    code === "P2007" ||
    code === "P2023" ||
    (typeof message === "string" && /invalid input syntax for type|out of range/.test(message))
  );
}

function decodeCursor(cursor: string, length: number): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== length) throw badUserInput("after", "is not a cursor of this list");
  return parsed.map((value: unknown) => {
    if (typeof value === "string" || typeof value === "number") return value;
    if (value && typeof value === "object" && typeof (value as { d?: unknown }).d === "string") {
      const date = new Date((value as { d: string }).d);
      if (!Number.isNaN(date.getTime())) return date;
    }
    throw badUserInput("after", "is not a cursor of this list");
  });
}
