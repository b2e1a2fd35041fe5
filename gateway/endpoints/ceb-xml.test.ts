import { buildSubgraphSchema } from "@apollo/subgraph";
import { XMLParser } from "fast-xml-parser";
import { parse } from "graphql";
import type { Department } from "../../lib/departments";
import { subgraphSdl } from "../../lib/graphql/schema";
import { CEB_NAMESPACE, formatErrorMessage, receiptMessage } from "../../lib/documents/ceb-receipt";
import { MessageRejected, parseMessage, schemaProblems, MESSAGE_KINDS } from "./ceb-xml";

const schemas = new Map<Department, ReturnType<typeof buildSubgraphSchema>>();
const schemaOf = (department: Department) => {
  if (!schemas.has(department)) schemas.set(department, buildSubgraphSchema(parse(subgraphSdl(department))));
  return schemas.get(department)!;
};

const GUID = "4CDE1D1F-A1B2-4C3D-8E9F-0123456789AB";
const message = (root: string, body: string, namespace = `xmlns:ceb="${CEB_NAMESPACE}"`) =>
  `<?xml version="1.0" encoding="UTF-8"?><ceb:${root} guid="${GUID}" version="1.0" ${namespace}>${body}<ceb:BaseTransfer><ceb:copCode>X</ceb:copCode></ceb:BaseTransfer></ceb:${root}>`;

const orderHead = (orderNo: string) =>
  `<ceb:OrderHead><ceb:guid>${GUID}</ceb:guid><ceb:appType>1</ceb:appType><ceb:appTime>20260301083000</ceb:appTime><ceb:appStatus>2</ceb:appStatus>` +
  `<ceb:orderNo>${orderNo}</ceb:orderNo><ceb:goodsValue>1000.50</ceb:goodsValue><ceb:note></ceb:note><ceb:invtNo>assigned by customs</ceb:invtNo></ceb:OrderHead>`;
const orderLine = (gnum: number) =>
  `<ceb:OrderList><ceb:gnum>${gnum}</ceb:gnum><ceb:itemName>面霜</ceb:itemName><ceb:qty>2</ceb:qty><ceb:price>500.25</ceb:price></ceb:OrderList>`;

describe("a CEB message becomes the variables of its registered operation", () => {
  it("maps CEB311: head fields to OrderInput, C14 times to China time, list items to lines, Int fields to numbers", () => {
    const parsed = parseMessage(message("CEB311Message", `<ceb:Order>${orderHead("ORD-1")}${orderLine(1)}${orderLine(2)}</ceb:Order>`), schemaOf("customs"));
    expect(parsed.kind.operation).toBe("SubmitOrder");
    expect(parsed.guid).toBe(GUID);
    expect(parsed.documents).toEqual([
      {
        guid: GUID,
        appType: "1",
        appTime: "2026-03-01T08:30:00+08:00",
        appStatus: "2",
        orderNo: "ORD-1",
        goodsValue: "1000.50",
        lines: [
          { gnum: 1, itemName: "面霜", qty: "2", price: "500.25" },
          { gnum: 2, itemName: "面霜", qty: "2", price: "500.25" },
        ],
      },
    ]);
  });

  it("drops empty elements and those the input does not have (numbers customs assigns)", () => {
    const [document] = parseMessage(message("CEB311Message", `<ceb:Order>${orderHead("ORD-1")}</ceb:Order>`), schemaOf("customs")).documents;
    expect(document).not.toHaveProperty("note");
    expect(document).not.toHaveProperty("invtNo");
    expect(document).toHaveProperty("lines", []);
  });

  it("takes one document per business node, in order", () => {
    const parsed = parseMessage(
      message("CEB311Message", `<ceb:Order>${orderHead("ORD-1")}</ceb:Order><ceb:Order>${orderHead("ORD-2")}</ceb:Order>`),
      schemaOf("customs"),
    );
    expect(parsed.documents.map((document) => document.orderNo)).toEqual(["ORD-1", "ORD-2"]);
  });

  it("accepts the namespace as the default one, without a prefix", () => {
    const xml = `<CEB311Message guid="${GUID}" version="1.0" xmlns="${CEB_NAMESPACE}"><Order><OrderHead><orderNo>ORD-9</orderNo></OrderHead></Order></CEB311Message>`;
    expect(parseMessage(xml, schemaOf("customs")).documents).toEqual([{ orderNo: "ORD-9", lines: [] }]);
  });

  it("puts CEB507 list items in the input's own list field (items)", () => {
    const xml = message(
      "CEB507Message",
      `<ceb:Arrival><ceb:ArrivalHead><ceb:copNo>A-1</ceb:copNo></ceb:ArrivalHead><ceb:ArrivalList><ceb:logisticsNo>WB-1</ceb:logisticsNo></ceb:ArrivalList></ceb:Arrival>`,
    );
    const parsed = parseMessage(xml, schemaOf("logistics"));
    expect(parsed.kind.operation).toBe("RecordExportArrival");
    expect(parsed.documents).toEqual([{ copNo: "A-1", items: [{ logisticsNo: "WB-1" }] }]);
  });

  it("reads CEB403 fields straight from the node, which has no head", () => {
    const xml = message(
      "CEB403Message",
      `<ceb:Receipts><ceb:payNo>R-1</ceb:payNo><ceb:charge>12.5</ceb:charge><ceb:accountingDate>20260301000000</ceb:accountingDate></ceb:Receipts>`,
    );
    expect(parseMessage(xml, schemaOf("finance")).documents).toEqual([{ payNo: "R-1", charge: "12.5", accountingDate: "2026-03-01T00:00:00+08:00" }]);
  });

  it("knows every message kind's input type in the graph", () => {
    const departments: Department[] = ["customs", "finance", "logistics"];
    for (const kind of MESSAGE_KINDS) expect(departments.some((department) => schemaOf(department).getType(kind.inputType))).toBe(true);
  });
});

describe("a message that cannot be taken is refused with 0002 and a reason", () => {
  it.each([
    ["not well-formed XML", `<ceb:CEB311Message xmlns:ceb="${CEB_NAMESPACE}"><ceb:Order></ceb:CEB311Message>`, /^0002 the message is not well-formed XML/],
    ["an empty body", ``, /^0002 the message is not well-formed XML/],
    [
      "a message kind the endpoint does not take",
      message("CEB711Message", `<ceb:Delivery/>`),
      /^0002 ceb:CEB711Message is not a message this endpoint takes \(CEB311Message, /,
    ],
    [
      "another namespace",
      message("CEB311Message", `<ceb:Order>${orderHead("ORD-1")}</ceb:Order>`, `xmlns:ceb="http://example.com/ceb"`),
      /^0002 the message is not in the namespace http:\/\/www\.chinaport\.gov\.cn\/ceb$/,
    ],
    ["no namespace at all", `<CEB311Message><Order><OrderHead><orderNo>1</orderNo></OrderHead></Order></CEB311Message>`, /not in the namespace/],
    ["no business node", message("CEB311Message", ``), /^0002 CEB311Message holds no Order$/],
    [
      "a node without its head",
      message("CEB311Message", `<ceb:Order>${orderHead("ORD-1")}</ceb:Order><ceb:Order>${orderLine(1)}</ceb:Order>`),
      /^0002 Order\[2\] has no OrderHead$/,
    ],
  ])("%s", (_, xml, reason) => {
    expect(() => parseMessage(xml, schemaOf("customs"))).toThrow(MessageRejected);
    expect(() => parseMessage(xml, schemaOf("customs"))).toThrow(reason);
  });

  it("tells where XML is broken, not the text found there (which may be a buyer's name)", () => {
    const xml = message("CEB311Message", `<ceb:Order><ceb:OrderHead><ceb:buyerName>陈志强 & 林晓雯</ceb:buyerName></ceb:OrderHead></ceb:Order>`);
    expect(() => parseMessage(xml, schemaOf("customs"))).toThrow(/^0002 the message is not well-formed XML \(line 1, column \d+\)$/);
  });
});

describe("a message that does not fit its schema", () => {
  const BUYER = { name: "陈志强", id: "460106199001011234", phone: "13800138000" };
  const head = (fields: string) =>
    `<ceb:OrderHead><ceb:guid>${GUID}</ceb:guid><ceb:appType>1</ceb:appType><ceb:appTime>2026030108300</ceb:appTime><ceb:appStatus>2</ceb:appStatus>` +
    `<ceb:buyerName>${BUYER.name}</ceb:buyerName><ceb:buyerIdNumber>${BUYER.id}</ceb:buyerIdNumber><ceb:buyerTelephone>${BUYER.phone}</ceb:buyerTelephone>${fields}</ceb:OrderHead>`;
  const line = (qty: string) =>
    `<ceb:OrderList><ceb:gnum>1</ceb:gnum><ceb:itemName>面霜</ceb:itemName><ceb:qty>${qty}</ceb:qty><ceb:price>1</ceb:price></ceb:OrderList>`;

  it("names every element at fault by its path and what it must be, never the value sent", () => {
    const parsed = parseMessage(
      message("CEB311Message", `<ceb:Order>${head("<ceb:gnum>x</ceb:gnum>")}${line("2")}${line("two")}</ceb:Order>`),
      schemaOf("customs"),
    );
    const problems = schemaProblems(parsed, schemaOf("customs"));
    expect(problems).toEqual(
      expect.arrayContaining([
        "Order[1]/OrderHead/appTime: not a time YYYYMMDDhhmmss",
        "Order[1]/OrderHead/orderNo: missing",
        "Order[1]/OrderList[2]/qty: not a decimal number",
      ]),
    );
    expect(problems).not.toContain(expect.stringMatching(/OrderList\[1\]/));
    const said = problems.join("\n");
    for (const value of [...Object.values(BUYER), "2026030108300", "two"]) expect(said).not.toContain(value);
  });
});

describe("the answers", () => {
  const reader = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

  it("answers with the kind's receipt message: one node per document with its keys, status and China-time returnTime", () => {
    const kind = MESSAGE_KINDS.find((candidate) => candidate.root === "CEB311Message")!;
    const xml = receiptMessage(kind.receipt, [
      {
        document: { guid: GUID, ebpCode: "P", ebcCode: "E", orderNo: "ORD-1" },
        returnStatus: 120,
        returnInfo: "accepted",
        returnTime: new Date("2026-02-28T16:30:00.123Z"),
      },
      { document: { orderNo: "ORD-2" }, returnStatus: -301010, returnInfo: "duplicate", returnTime: new Date("2026-02-28T16:30:00.123Z") },
    ]);
    const root = reader.parse(xml)["ceb:CEB312Message"];
    expect(root["@xmlns:ceb"]).toBe(CEB_NAMESPACE);
    expect(root["@guid"]).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(root["ceb:OrderReturn"]).toEqual([
      {
        "ceb:guid": GUID,
        "ceb:ebpCode": "P",
        "ceb:ebcCode": "E",
        "ceb:orderNo": "ORD-1",
        "ceb:returnStatus": "120",
        "ceb:returnTime": "20260301003000123",
        "ceb:returnInfo": "accepted",
      },
      {
        "ceb:guid": "",
        "ceb:ebpCode": "",
        "ceb:ebcCode": "",
        "ceb:orderNo": "ORD-2",
        "ceb:returnStatus": "-301010",
        "ceb:returnTime": "20260301003000123",
        "ceb:returnInfo": "duplicate",
      },
    ]);
  });

  it("answers a message it cannot take with CEB900, naming the message refused without carrying it back", () => {
    const root = reader.parse(formatErrorMessage("0002 CEB311Message holds no Order", { messageType: "CEB311", guid: GUID }))["ceb:CEB900Message"];
    expect(root).toMatchObject({
      "ceb:oriCopMsgId": GUID,
      "ceb:oriMessageType": "CEB311",
      "ceb:returnStatus": "-1",
      "ceb:returnInfo": "0002 CEB311Message holds no Order",
    });
    expect(root).not.toHaveProperty("ceb:oriBizMessage");
    const unread = reader.parse(formatErrorMessage("0002 the message is not well-formed XML"))["ceb:CEB900Message"];
    expect(unread).toMatchObject({ "ceb:oriCopMsgId": "", "ceb:oriMessageType": "" });
  });
});
