import { XMLParser } from "fast-xml-parser";
import {
  getNamedType,
  getNullableType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { CEB_NAMESPACE, RECEIPT_KINDS, type ReceiptKind, type RefusedMessage } from "../../lib/documents/ceb-receipt";
import { scalarResolvers } from "../../lib/graphql/scalars";

/**
 * The standard's XML messages (docs/domain.md#ceb-messages), accepted beside GraphQL so that a partner already
 * integrated with the national single window sends what it sends today. Each business node becomes the
 * same registered operation a GraphQL partner would run, so validation, storage and receipts are the
 * same; the answer is the standard's receipt message (CEB900 for a message that does not parse).
 */
export interface MessageKind {
  root: string;
  node: string;
  /** The node's head element; without one, the node itself holds the fields (CEB403 Receipts). */
  head?: string;
  list?: string;
  /** The input field the list's items go to. */
  listField?: string;
  operation: string;
  variable: string;
  inputType: string;
  field: string;
  receipt: ReceiptKind;
}

export const MESSAGE_KINDS: MessageKind[] = [
  {
    root: "CEB311Message",
    node: "Order",
    head: "OrderHead",
    list: "OrderList",
    operation: "SubmitOrder",
    variable: "order",
    inputType: "OrderInput",
    field: "submitOrder",
    receipt: RECEIPT_KINDS.CEB312,
  },
  {
    root: "CEB411Message",
    node: "Payment",
    head: "PaymentHead",
    operation: "SubmitPayment",
    variable: "payment",
    inputType: "PaymentInput",
    field: "submitPayment",
    receipt: RECEIPT_KINDS.CEB412,
  },
  {
    root: "CEB511Message",
    node: "Logistics",
    head: "LogisticsHead",
    operation: "SubmitWaybill",
    variable: "waybill",
    inputType: "WaybillInput",
    field: "submitWaybill",
    receipt: RECEIPT_KINDS.CEB512,
  },
  {
    root: "CEB621Message",
    node: "Inventory",
    head: "InventoryHead",
    list: "InventoryList",
    operation: "DeclareInventory",
    variable: "inventory",
    inputType: "InventoryInput",
    field: "declareInventory",
    receipt: RECEIPT_KINDS.CEB622,
  },
  {
    root: "CEB303Message",
    node: "Order",
    head: "OrderHead",
    list: "OrderList",
    operation: "SubmitExportOrder",
    variable: "order",
    inputType: "ExportOrderInput",
    field: "submitExportOrder",
    receipt: RECEIPT_KINDS.CEB304,
  },
  {
    root: "CEB403Message",
    node: "Receipts",
    operation: "SubmitExportReceipt",
    variable: "receipt",
    inputType: "ExportReceiptInput",
    field: "submitExportReceipt",
    receipt: RECEIPT_KINDS.CEB404,
  },
  {
    root: "CEB505Message",
    node: "Logistics",
    head: "LogisticsHead",
    operation: "SubmitExportWaybill",
    variable: "waybill",
    inputType: "ExportWaybillInput",
    field: "submitExportWaybill",
    receipt: RECEIPT_KINDS.CEB506,
  },
  {
    root: "CEB507Message",
    node: "Arrival",
    head: "ArrivalHead",
    list: "ArrivalList",
    listField: "items",
    operation: "RecordExportArrival",
    variable: "arrival",
    inputType: "ExportArrivalInput",
    field: "recordExportArrival",
    receipt: RECEIPT_KINDS.CEB508,
  },
  {
    root: "CEB509Message",
    node: "Departure",
    head: "DepartureHead",
    list: "DepartureList",
    listField: "items",
    operation: "RecordExportDeparture",
    variable: "departure",
    inputType: "ExportDepartureInput",
    field: "recordExportDeparture",
    receipt: RECEIPT_KINDS.CEB510,
  },
  {
    root: "CEB603Message",
    node: "Inventory",
    head: "InventoryHead",
    list: "InventoryList",
    operation: "DeclareExportInventory",
    variable: "inventory",
    inputType: "ExportInventoryInput",
    field: "declareExportInventory",
    receipt: RECEIPT_KINDS.CEB604,
  },
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Prefixes are kept so that the root's namespace declaration can be checked; localName() drops them after.
  removeNSPrefix: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => MESSAGE_KINDS.some((kind) => kind.node === localName(name) || kind.list === localName(name)),
});

type Fields = Record<string, unknown>;

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The same tree with element prefixes removed and namespace declarations dropped. */
function withoutPrefixes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrefixes);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !name.startsWith("@xmlns"))
      .map(([name, child]) => [name.startsWith("@") ? name : localName(name), withoutPrefixes(child)]),
  );
}

export interface ParsedMessage {
  kind: MessageKind;
  guid: string;
  documents: Fields[];
}

/** What a refusal may say of the message it refuses: its type (CEB311) and GUID, once they could be read. */
export class MessageRejected extends Error {
  constructor(
    reason: string,
    readonly original: RefusedMessage = {},
  ) {
    super(reason);
  }
}

/** The message type a refusal names: the root without "Message" (CEB311). */
export const messageType = (kind: MessageKind): string => kind.root.replace(/Message$/, "");

/** CEB date-times: C14 YYYYMMDDhhmmss in China Standard Time; dates: C8 YYYYMMDD. */
function convert(value: string, type: GraphQLInputType): unknown {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  const name = "name" in named ? named.name : "";
  if (name === "DateTime" && /^\d{14}$/.test(value)) {
    return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(8, 10)}:${value.slice(10, 12)}:${value.slice(12, 14)}+08:00`;
  }
  if (name === "Date" && /^\d{8}$/.test(value)) return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (name === "Int" && /^-?\d+$/.test(value)) return Number(value);
  return value;
}

/** The XML fields the input type has, converted to its scalar forms; other fields (preNo, invtNo …) are customs' to assign. */
function toInput(source: Fields, type: GraphQLInputObjectType, listField: string | undefined, list: Fields[]): Fields {
  const input: Fields = {};
  for (const [name, field] of Object.entries(type.getFields())) {
    if (name === listField) {
      const lineType = (field.type instanceof GraphQLNonNull ? field.type.ofType : field.type) as GraphQLList<GraphQLInputType>;
      const itemType = (lineType.ofType instanceof GraphQLNonNull ? lineType.ofType.ofType : lineType.ofType) as GraphQLInputObjectType;
      input[name] = list.map((line) => toInput(line, itemType, undefined, []));
      continue;
    }
    const value = source[name];
    if (typeof value === "string" && value !== "") input[name] = convert(value, field.type);
  }
  return input;
}

export function parseMessage(xml: string, schema: GraphQLSchema): ParsedMessage {
  let parsed: Fields;
  try {
    parsed = parser.parse(xml, true) as Fields;
  } catch (error) {
    // The parser's reason quotes the text it stumbled on, which may be a buyer's name: only the place is told.
    const place = /:(\d+):(\d+)$/.exec((error as Error).message.split("\n")[0]!);
    throw new MessageRejected(`0002 the message is not well-formed XML${place ? ` (line ${place[1]}, column ${place[2]})` : ""}`);
  }
  const rootTag = Object.keys(parsed).find((name) => name !== "?xml");
  const kind = MESSAGE_KINDS.find((candidate) => candidate.root === localName(rootTag ?? ""));
  if (!rootTag || !kind) {
    throw new MessageRejected(`0002 ${rootTag ?? "an empty message"} is not a message this endpoint takes (${MESSAGE_KINDS.map((k) => k.root).join(", ")})`);
  }
  const declared = parsed[rootTag] as Fields;
  const original = { messageType: messageType(kind), guid: typeof declared?.["@guid"] === "string" ? declared["@guid"] : undefined };
  const prefix = rootTag.includes(":") ? rootTag.slice(0, rootTag.indexOf(":")) : null;
  if (declared?.[prefix ? `@xmlns:${prefix}` : "@xmlns"] !== CEB_NAMESPACE)
    throw new MessageRejected(`0002 the message is not in the namespace ${CEB_NAMESPACE}`, original);
  const root = withoutPrefixes(declared) as Fields;
  const nodes = (root[kind.node] as Fields[] | undefined) ?? [];
  if (nodes.length === 0) throw new MessageRejected(`0002 ${kind.root} holds no ${kind.node}`, original);
  const inputType = schema.getType(kind.inputType) as GraphQLInputObjectType;
  const documents = nodes.map((node, index) => {
    const head = kind.head ? (node[kind.head] as Fields | undefined) : node;
    if (!head || typeof head !== "object") throw new MessageRejected(`0002 ${kind.node}[${index + 1}] has no ${kind.head}`, original);
    const lines = kind.list ? ((node[kind.list] as Fields[] | undefined) ?? []) : [];
    return toInput(head, inputType, kind.list ? (kind.listField ?? "lines") : undefined, lines);
  });
  return { kind, guid: String(root["@guid"] ?? ""), documents };
}

/** What a field of each scalar must look like in the message, for a refusal that names the field and never its value. */
const FORMS: Record<string, string> = {
  DateTime: "a time YYYYMMDDhhmmss",
  Date: "a date YYYYMMDD",
  Int: "a whole number",
  Decimal: "a decimal number",
};

/** Why the fields of `value` do not fit `type`, each named by its element path under `at`. */
function fieldProblems(value: Fields, type: GraphQLInputObjectType, at: string, list?: { field: string; element: string; node: string }): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const given = value[field.name];
    if (given === undefined) return isNonNullType(field.type) && field.defaultValue === undefined ? [`${at}/${field.name}: missing`] : [];
    const named = getNamedType(field.type);
    if (isListType(getNullableType(field.type)) && named instanceof GraphQLInputObjectType) {
      // The document's items are elements of the node beside its head (Order[1]/OrderList[2]).
      const items = list?.field === field.name ? `${list.node}/${list.element}` : `${at}/${field.name}`;
      return (given as Fields[]).flatMap((item, index) => fieldProblems(item, named, `${items}[${index + 1}]`));
    }
    if (!isLeafType(named)) return [];
    // The graph's own scalars, as the departments read them (the composed schema knows only their names).
    const leaf = scalarResolvers[named.name as keyof typeof scalarResolvers] ?? named;
    try {
      if (leaf.parseValue(given) !== undefined) return [];
    } catch {
      // The scalar's own message quotes the value; the refusal says only what the field must be.
    }
    return [`${at}/${field.name}: not ${FORMS[named.name] ?? `a valid ${named.name}`}`];
  });
}

/**
 * The schema check of a parsed message, as the standard's XSD would make it, before any document is run:
 * every required element present and every value of its type. Each problem names the element's path
 * (`Order[1]/OrderList[2]/qty`) and what it must be, never the value sent, which may be personal.
 */
export function schemaProblems(message: ParsedMessage, schema: GraphQLSchema): string[] {
  const { kind } = message;
  const inputType = schema.getType(kind.inputType) as GraphQLInputObjectType;
  return message.documents.flatMap((document, index) => {
    const node = `${kind.node}[${index + 1}]`;
    const list = kind.list ? { field: kind.listField ?? "lines", element: kind.list, node } : undefined;
    return fieldProblems(document, inputType, kind.head ? `${node}/${kind.head}` : node, list);
  });
}
