import { matchDocuments, type MatchList, type MatchOrder, type MatchPayment, type MatchWaybill } from "./three-document-match";

const PLATFORM = "91460100MA5T00002P";
const SELLER = "91460100MA5T12345C";
const PAYER = "91350100M000100Y43";
const CARRIER = "91110000600037341L";
const BUYER_ID = "11010519491231002X";

const order: MatchOrder = {
  ebpCode: PLATFORM,
  orderNo: "ORD-1",
  ebcCode: SELLER,
  acturalPaid: "1112.82",
  buyerIdType: "1",
  buyerIdNumber: BUYER_ID,
  buyerName: "张三",
  consignee: "张三",
  consigneeTelephone: "13800000000",
  consigneeAddress: "海南省海口市美兰区1号",
  payCode: PAYER,
  payTransactionId: "PAY-1",
  lines: [
    { gnum: 1, itemName: "面霜" },
    { gnum: 2, itemName: "奶粉" },
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
  lines: [
    { gnum: 1, gname: "面霜" },
    { gnum: 2, gname: "奶粉" },
  ],
};

describe("三单对碰: order, payment and waybill against the list", () => {
  it("accepts documents that agree, comparing amounts as decimals (20 = 20.00)", () => {
    const result = matchDocuments(list, order, payment, waybill);
    expect(result).toMatchObject({ outcome: "match", failures: [] });
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
  ] as const)("waits, never refuses, while the %s is missing", (_, [o, p, w], missing) => {
    expect(matchDocuments(list, o, p, w)).toEqual({ outcome: "waiting", missing });
  });

  it.each([
    ["payment for another order", { payment: { orderNo: "ORD-2" } }, "payment.orderNo", "ORD-1", "ORD-2"],
    ["payment on another platform", { payment: { ebpCode: CARRIER } }, "payment.ebpCode", PLATFORM, CARRIER],
    ["order names another transaction", { order: { payTransactionId: "PAY-9" } }, "order.payTransactionId", "PAY-1", "PAY-9"],
    ["amount paid short by a fen", { payment: { amountPaid: "1112.81" } }, "payment.amountPaid", "1112.82", "1112.81"],
    ["someone else pays (identity number)", { payment: { payerIdNumber: "440524188001010014" } }, "payment.payerIdNumber", BUYER_ID, "440524188001010014"],
    ["someone else pays (name)", { payment: { payerName: "李四" } }, "payment.payerName", "张三", "李四"],
    ["payer identity type is not the resident ID", { payment: { payerIdType: "2" } }, "payment.payerIdType", "1", "2"],
    ["waybill for another order", { waybill: { orderNo: "ORD-2" } }, "waybill.orderNo", "ORD-1", "ORD-2"],
    ["consignee differs", { waybill: { consignee: "李四" } }, "waybill.consignee", "张三", "李四"],
    ["consignee telephone differs", { waybill: { consigneeTelephone: "13900000000" } }, "waybill.consigneeTelephone", "13800000000", "13900000000"],
    ["consignee address differs", { waybill: { consigneeAddress: "海南省三亚市" } }, "waybill.consigneeAddress", "海南省海口市美兰区1号", "海南省三亚市"],
    ["list declares for another seller", { list: { ebcCode: PAYER } }, "list.ebcCode", SELLER, PAYER],
    ["list names another buyer", { list: { buyerIdNumber: "440524188001010014" } }, "list.buyerIdNumber", BUYER_ID, "440524188001010014"],
    ["list freight differs from the waybill's", { list: { freight: "15" } }, "list.freight", "20", "15"],
    ["list insurance differs from the waybill's", { list: { insuredFee: "1" } }, "list.insuredFee", "0", "1"],
  ] as const)("refuses when %s, naming the field and both values", (_, change, field, expected, actual) => {
    const c = change as { order?: Partial<MatchOrder>; payment?: Partial<MatchPayment>; waybill?: Partial<MatchWaybill>; list?: Partial<MatchList> };
    const result = matchDocuments({ ...list, ...c.list }, { ...order, ...c.order }, { ...payment, ...c.payment }, { ...waybill, ...c.waybill });
    expect(result.outcome).toBe("mismatch");
    expect(result.outcome !== "waiting" && result.failures).toEqual([expect.objectContaining({ field, expected, actual })]);
  });

  it("requires one list line per order line, matched by gnum, with the goods named as ordered", () => {
    const fewer = matchDocuments({ ...list, lines: [list.lines[0]!] }, order, payment, waybill);
    expect(fewer.outcome !== "waiting" && fewer.failures).toEqual([expect.objectContaining({ field: "list.lines", expected: "2", actual: "1" })]);

    const renamed = matchDocuments({ ...list, lines: [list.lines[0]!, { gnum: 2, gname: "羊奶粉" }] }, order, payment, waybill);
    expect(renamed.outcome !== "waiting" && renamed.failures).toEqual([
      expect.objectContaining({ field: "list.lines[gnum 2].gname", expected: "奶粉", actual: "羊奶粉" }),
    ]);

    const unknown = matchDocuments({ ...list, lines: [list.lines[0]!, { gnum: 3, gname: "奶粉" }] }, order, payment, waybill);
    expect(unknown.outcome !== "waiting" && unknown.failures).toEqual([expect.objectContaining({ field: "list.lines[gnum 3]", actual: "none" })]);
  });

  it("reports every disagreement at once, not only the first", () => {
    const result = matchDocuments({ ...list, freight: "0" }, order, { ...payment, amountPaid: "1" }, { ...waybill, consignee: "李四" });
    expect(result.outcome !== "waiting" && result.failures.map((failure) => failure.field)).toEqual([
      "payment.amountPaid",
      "waybill.consignee",
      "list.freight",
    ]);
  });
});
