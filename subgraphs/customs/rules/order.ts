/**
 * CEB311 order rules (docs/domain.md#ceb311-order): what a platform's order must satisfy before customs
 * stores it.
 */
import Decimal from "decimal.js";
import { COUNTRIES, UNITS } from "../../../lib/rules/code-tables";
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import type { OrderInput } from "../__generated__/resolvers-types";

/** The receipt message type answering a CEB311 order. */
export const ORDER_RECEIPT = "CEB312";

/** Standard return statuses of order errors. -301010 and -301011 are the spec's; -301001 is our general "field invalid". */
export const ORDER_STATUS = { invalid: -301001, duplicate: -301010, alreadyDeclared: -301011 } as const;

const HEAD_FIELDS = [
  "appStatus",
  "orderType",
  "orderNo",
  "ebpCode",
  "ebpName",
  "ebcCode",
  "ebcName",
  "goodsValue",
  "freight",
  "discount",
  "taxTotal",
  "acturalPaid",
  "currency",
  "buyerRegNo",
  "buyerName",
  "buyerTelephone",
  "buyerIdType",
  "buyerIdNumber",
  "payCode",
  "payName",
  "payTransactionId",
  "batchNumbers",
  "consignee",
  "consigneeTelephone",
  "consigneeAddress",
  "consigneeDistrict",
  "note",
] as const;
const LINE_FIELDS = [
  "gnum",
  "itemNo",
  "itemName",
  "gmodel",
  "itemDescribe",
  "barCode",
  "unit",
  "qty",
  "price",
  "totalPrice",
  "currency",
  "country",
  "note",
] as const;
const AMOUNTS = new Set(["goodsValue", "freight", "discount", "taxTotal", "acturalPaid", "qty", "price", "totalPrice"]);

type Fields = Record<string, unknown>;
const pick = (source: Fields, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, source[field] ?? null]));

/** The order's identity as a document, the same for a submission and for the stored order it became. */
export function orderHash(head: Fields, lines: Fields[]): string {
  return documentHash(
    { ...pick(head, HEAD_FIELDS), lines: [...lines].sort((a, b) => Number(a.gnum) - Number(b.gnum)).map((line) => pick(line, LINE_FIELDS)) },
    AMOUNTS,
  );
}

export function checkOrder(order: OrderInput): Problem[] {
  const check = new DocumentChecks(ORDER_STATUS.invalid);
  check.filing(order);
  check.fixed("orderType", order.orderType ?? "I", "I", "import");
  check.text("orderNo", order.orderNo, 60);
  check.enterprise("ebpCode", order.ebpCode);
  check.text("ebpName", order.ebpName, 100);
  check.enterprise("ebcCode", order.ebcCode);
  check.text("ebcName", order.ebcName, 100);
  check.enterprise("payCode", order.payCode);
  check.text("payName", order.payName, 100);
  check.text("payTransactionId", order.payTransactionId, 60);
  check.fixed("currency", order.currency, "142", "CNY");
  check.text("buyerRegNo", order.buyerRegNo, 60);
  check.text("buyerName", order.buyerName, 60);
  check.text("buyerTelephone", order.buyerTelephone, 50);
  check.fixed("buyerIdType", order.buyerIdType, "1", "resident ID");
  check.residentId("buyerIdNumber", order.buyerIdNumber);
  check.text("consignee", order.consignee, 60);
  check.text("consigneeTelephone", order.consigneeTelephone, 50);
  check.text("consigneeAddress", order.consigneeAddress, 200);
  if (!/^\d{6}$/.test(order.consigneeDistrict)) check.fail("consigneeDistrict", "must be a 6-digit administrative division code");
  check.text("batchNumbers", order.batchNumbers, 100, false);
  check.text("note", order.note, 1000, false);

  const goodsValue = check.amount("goodsValue", order.goodsValue, { positive: true });
  const freight = check.amount("freight", order.freight);
  const discount = check.amount("discount", order.discount);
  const taxTotal = check.amount("taxTotal", order.taxTotal);
  const acturalPaid = check.amount("acturalPaid", order.acturalPaid);
  if (goodsValue && freight && discount && taxTotal) {
    check.equal("acturalPaid", acturalPaid, goodsValue.plus(freight).plus(taxTotal).minus(discount), "goodsValue + freight + taxTotal − discount");
  }

  if (order.lines.length === 0) check.fail("lines", "must hold at least one line");
  let sum: Decimal | undefined = new Decimal(0);
  order.lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    if (line.gnum !== index + 1) check.fail(`${at}.gnum`, `must be ${index + 1}: lines are numbered 1..n in order`);
    check.text(`${at}.itemNo`, line.itemNo, 30);
    check.text(`${at}.itemName`, line.itemName, 250);
    check.oneOf(`${at}.unit`, line.unit, UNITS, "unit");
    check.oneOf(`${at}.country`, line.country, COUNTRIES, "country");
    check.fixed(`${at}.currency`, line.currency, "142", "CNY");
    const qty = check.amount(`${at}.qty`, line.qty, { positive: true });
    const price = check.amount(`${at}.price`, line.price);
    const total = check.amount(`${at}.totalPrice`, line.totalPrice);
    if (qty && price) check.equal(`${at}.totalPrice`, total, price.times(qty), "price × qty");
    sum = sum && total ? sum.plus(total) : undefined;
  });
  if (order.lines.length > 0) check.equal("goodsValue", goodsValue, sum, "Σ lines.totalPrice");
  return check.problems;
}
