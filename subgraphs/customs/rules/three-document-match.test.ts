import {
  findingsText,
  judgeList,
  matchDocuments,
  withheldTaxFinding,
  type MatchList,
  type MatchOrder,
  type MatchPayment,
  type MatchWaybill,
} from "./three-document-match";

const PLATFORM = "91460100MA5T00002P";
const SELLER = "91460100MA5T12345C";
const PAYER = "91350100M000100Y43";
const CARRIER = "91110000600037341L";
const BUYER_ID = "11010519491231002X";

const order: MatchOrder = {
  ebpCode: PLATFORM,
  orderNo: "ORD-1",
  ebcCode: SELLER,
  goodsValue: "1000",
  freight: "20",
  taxTotal: "92.82",
  acturalPaid: "1112.82",
  currency: "142",
  buyerIdType: "1",
  buyerIdNumber: BUYER_ID,
  buyerName: "张三",
  consignee: "张三",
  consigneeTelephone: "13800000000",
  consigneeAddress: "海南省海口市美兰区1号",
  payCode: PAYER,
  payTransactionId: "PAY-1",
  lines: [
    { gnum: 1, itemNo: "SKU1", itemName: "面霜", barCode: "4901234567894", unit: "011", qty: "1", price: "400", totalPrice: "400", currency: "142" },
    { gnum: 2, itemNo: "SKU2", itemName: "奶粉", barCode: null, unit: "122", qty: "2", price: "300", totalPrice: "600", currency: "142" },
  ],
};
const payment: MatchPayment = {
  payCode: PAYER,
  payTransactionId: "PAY-1",
  ebpCode: PLATFORM,
  orderNo: "ORD-1",
  amountPaid: "1112.82",
  payerIdType: "1",
  payerIdNumber: BUYER_ID,
  payerName: "张三",
};
const waybill: MatchWaybill = {
  logisticsCode: CARRIER,
  logisticsNo: "WB-1",
  orderNo: "ORD-1",
  freight: "20",
  insuredFee: "0",
  consignee: "张三",
  consigneeTelephone: "13800000000",
  consigneeAddress: "海南省海口市美兰区1号",
};
const list: MatchList = {
  orderNo: "ORD-1",
  ebpCode: PLATFORM,
  ebcCode: SELLER,
  logisticsCode: CARRIER,
  logisticsNo: "WB-1",
  buyerIdNumber: BUYER_ID,
  buyerName: "张三",
  freight: "20.00",
  insuredFee: "0.00",
  currency: "142",
  declTime: new Date("2026-11-20"),
  lines: [
    { gnum: 1, itemNo: "SKU1", gname: "面霜", barCode: "4901234567894", unit: "011", qty: "1", price: "400.00", totalPrice: "400.00", currency: "142" },
    { gnum: 2, gname: "奶粉", barCode: "无", unit: "122", qty: "2", price: "300", totalPrice: "600", currency: "142" },
  ],
};

describe("三单对碰: order, payment and waybill against the list", () => {
  it("accepts documents that agree, comparing amounts as decimals (20 = 20.00)", () => {
    const result = matchDocuments(list, order, payment, waybill);
    expect(result).toMatchObject({ outcome: "match", findings: [] });
  });

  it("accepts Decimal-like amounts as the database returns them", () => {
    const decimal = (value: string) => ({ toFixed: () => value });
    expect(matchDocuments({ ...list, freight: decimal("20") }, order, { ...payment, amountPaid: decimal("1112.820") }, waybill).outcome).toBe("match");
  });

  it.each([
    ["order", [null, payment, waybill], ["order"]],
    ["payment", [order, null, waybill], ["payment"]],
    ["waybill", [order, payment, null], ["waybill"]],
    ["all three", [null, null, null], ["order", "payment", "waybill"]],
  ] as const)("waits, never refuses, while the %s is missing and nothing that is there differs", (_, [o, p, w], missing) => {
    expect(matchDocuments(list, o, p, w)).toMatchObject({ outcome: "waiting", missing, findings: [] });
  });

  it("refuses at once a list that differs from its order, even while the payment and waybill are missing", () => {
    const result = matchDocuments({ ...list, lines: [list.lines[0]!, { ...list.lines[1]!, qty: "3", totalPrice: "900" }] }, order, null, null);
    expect(result).toMatchObject({ outcome: "mismatch", missing: ["payment", "waybill"] });
  });

  type Change = { order?: Partial<MatchOrder>; payment?: Partial<MatchPayment>; waybill?: Partial<MatchWaybill>; list?: Partial<MatchList> };
  const lineChange = (index: number, change: Partial<MatchList["lines"][number]>): Change => ({
    list: { lines: list.lines.map((line, i) => (i === index ? { ...line, ...change } : line)) },
  });
  it.each<[string, Change, string, number, string | undefined, string | undefined]>([
    ["payment for another order", { payment: { orderNo: "ORD-2" } }, "payment.orderNo", -621012, undefined, undefined],
    ["payment on another platform", { payment: { ebpCode: CARRIER } }, "payment.ebpCode", -621012, undefined, undefined],
    ["order names another transaction", { order: { payTransactionId: "PAY-9" } }, "order.payTransactionId", -621012, undefined, undefined],
    ["amount paid short by a fen", { payment: { amountPaid: "1112.81" } }, "payment.amountPaid", -621012, undefined, undefined],
    ["someone else pays (identity number)", { payment: { payerIdNumber: "440524188001010014" } }, "payment.payerIdNumber", -621012, undefined, undefined],
    ["someone else pays (name)", { payment: { payerName: "李四" } }, "payment.payerName", -621012, undefined, undefined],
    ["payer identity type is not the resident ID", { payment: { payerIdType: "2" } }, "payment.payerIdType", -621012, undefined, undefined],
    ["waybill for another order", { waybill: { orderNo: "ORD-2" } }, "waybill.orderNo", -621013, undefined, undefined],
    ["consignee differs", { waybill: { consignee: "李四" } }, "waybill.consignee", -621013, undefined, undefined],
    ["consignee telephone differs", { waybill: { consigneeTelephone: "13900000000" } }, "waybill.consigneeTelephone", -621013, undefined, undefined],
    ["consignee address differs", { waybill: { consigneeAddress: "海南省三亚市" } }, "waybill.consigneeAddress", -621013, undefined, undefined],
    ["list declares for another seller", { list: { ebcCode: PAYER } }, "inventory.ebcCode", -621010, SELLER, PAYER],
    ["list names another buyer", { list: { buyerIdNumber: "440524188001010014" } }, "inventory.buyerIdNumber", -621010, undefined, undefined],
    ["list freight differs from the waybill's", { list: { freight: "20" }, waybill: { freight: "15" } }, "inventory.freight", -621011, "15", "20"],
    ["list insurance differs from the waybill's", { list: { insuredFee: "1" } }, "inventory.insuredFee", -621011, "0", "1"],
    ["a line of another unit", lineChange(1, { unit: "035" }), "inventory.lines[1].unit", -621010, "122", "035"],
    ["a line in another currency", lineChange(1, { currency: "502" }), "inventory.lines[1].currency", -621010, "142", "502"],
    ["another SKU", lineChange(0, { itemNo: "SKU9" }), "inventory.lines[0].itemNo", -621010, "SKU1", "SKU9"],
    ["another bar code than the order's", lineChange(0, { barCode: "无" }), "inventory.lines[0].barCode", -621010, "4901234567894", "无"],
    ["goods named otherwise", lineChange(1, { gname: "羊奶粉" }), "inventory.lines[1].gname", -621010, "奶粉", "羊奶粉"],
    ["a list in another currency", { list: { currency: "502" } }, "inventory.currency", -621010, "142", "502"],
  ])("refuses when %s, naming the document, field and code, with values only when they are not personal", (_, c, path, code, expected, actual) => {
    const result = matchDocuments({ ...list, ...c.list }, { ...order, ...c.order }, { ...payment, ...c.payment }, { ...waybill, ...c.waybill });
    expect(result.outcome).toBe("mismatch");
    expect(result.findings.map((finding) => [`${finding.document}.${finding.field}`, finding.code, finding.expected, finding.actual])).toEqual([
      [path, code, expected, actual],
    ]);
  });

  it("refuses a list at one tenth of the ordered prices: unit prices, line totals and the goods value", () => {
    const tenth = list.lines.map((line) => ({ ...line, price: String(Number(line.price) / 10), totalPrice: String(Number(line.totalPrice) / 10) }));
    const result = matchDocuments({ ...list, lines: tenth }, order, payment, waybill);
    expect(result.findings.map((finding) => [finding.field, finding.expected, finding.actual])).toEqual([
      ["goodsValue", "1000", "100"],
      ["lines[0].price", "400", "40"],
      ["lines[0].totalPrice", "400", "40"],
      ["lines[1].price", "300", "30"],
      ["lines[1].totalPrice", "600", "60"],
    ]);
  });

  it("refuses 2 toothbrushes against an order for 1, and a freight other than the order's", () => {
    const result = matchDocuments({ ...list, freight: "15", lines: [{ ...list.lines[0]!, qty: "2", totalPrice: "800" }, list.lines[1]!] }, order, payment, {
      ...waybill,
      freight: "15",
    });
    expect(result.findings.map((finding) => [finding.field, finding.rule, finding.expected, finding.actual])).toEqual([
      ["freight", "freight as on the order", "20", "15"],
      ["goodsValue", "goods value (Σ totalPrice) as ordered", "1000", "1400"],
      ["lines[0].qty", "quantity as ordered", "1", "2"],
      ["lines[0].totalPrice", "line total as ordered", "400", "800"],
    ]);
  });

  it("allows the rounding of three-document-match.rules.json in prices, never in quantities", () => {
    const rounded = { ...order, lines: [{ ...order.lines[0]!, price: "400.004" }, order.lines[1]!] };
    expect(matchDocuments(list, rounded, payment, waybill).outcome).toBe("match");
    const beyond = { ...order, lines: [{ ...order.lines[0]!, price: "400.02" }, order.lines[1]!] };
    expect(matchDocuments(list, beyond, payment, waybill).findings.map((finding) => finding.field)).toEqual(["lines[0].price"]);
    expect(
      matchDocuments({ ...list, lines: [{ ...list.lines[0]!, qty: "1.001" }, list.lines[1]!] }, order, payment, waybill).findings.map((f) => f.field),
    ).toContain("lines[0].qty");
  });

  it("compares the tax the order withheld with the tax assessed, within the configured tolerance", () => {
    expect(withheldTaxFinding(order, "92.85", list.declTime)).toBeNull();
    expect(withheldTaxFinding({ taxTotal: "22.30" }, "208.25", list.declTime)).toMatchObject({
      document: "order",
      field: "taxTotal",
      code: -621014,
      expected: "208.25",
      actual: "22.3",
    });
  });

  it("requires one list line per order line, matched by gnum", () => {
    const fewer = matchDocuments({ ...list, lines: [list.lines[0]!] }, order, payment, waybill);
    expect(fewer.findings).toContainEqual(expect.objectContaining({ field: "lines", expected: "2", actual: "1" }));
    const unknown = matchDocuments({ ...list, lines: [list.lines[0]!, { ...list.lines[1]!, gnum: 3 }] }, order, payment, waybill);
    expect(unknown.findings).toEqual([expect.objectContaining({ field: "lines[1].gnum", actual: "3", finding: "is no line of the order" })]);
  });

  it("reports every disagreement at once, and no personal value in the findings or their text", () => {
    const result = matchDocuments(
      { ...list, freight: "0", buyerName: "王五" },
      order,
      { ...payment, amountPaid: "1", payerName: "赵六", payerIdNumber: "440524188001010014" },
      { ...waybill, consignee: "李四", consigneeTelephone: "13900000000", consigneeAddress: "海南省三亚市" },
    );
    expect(result.findings.map((finding) => `${finding.document}.${finding.field}`)).toEqual([
      "payment.amountPaid",
      "payment.payerIdNumber",
      "payment.payerName",
      "waybill.consignee",
      "waybill.consigneeTelephone",
      "waybill.consigneeAddress",
      "inventory.buyerName",
      "inventory.freight",
      "inventory.freight",
    ]);
    const judged = judgeList({
      list,
      order,
      match: result,
      others: [],
      admission: null,
      tax: { outcome: "refused", returnStatus: -621005, reason: "over the limit", dutiableValue: "1020.00" },
    });
    const everything = JSON.stringify(judged) + findingsText(result.findings);
    for (const personal of ["张三", "王五", "赵六", "李四", BUYER_ID, "440524188001010014", "13800000000", "13900000000", "海南省"]) {
      expect(everything).not.toContain(personal);
    }
    expect(judged).toMatchObject({ outcome: "rejected", returnStatus: 100 });
    expect(judged.outcome === "rejected" && judged.returnInfo).toMatch(/inventory\.lines -621005 CBEC retail import limits: over the limit$/);
  });
});
