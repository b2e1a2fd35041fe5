import type { ExportReceiptInput } from "../__generated__/resolvers-types";
import { coverage, coverageGap, expectedPayment, monthWindow } from "./coverage";
import { certifierProblem, checkExportReceipt, EXPORT_RECEIPT_STATUS, exportReceiptHash } from "./export-receipt";
import { chinaDay } from "../../../lib/rules/china-time";
import { limitBreach, referenceRate, toCny } from "./fx";

const PAYER = "91460100MA5T12345C";
const SELLER = "91460100MA5T00002P";

function receipt(overrides: Partial<ExportReceiptInput> = {}): ExportReceiptInput {
  return {
    guid: "0F6E2F5B-4E0C-4B8E-9B8A-2C0E5D7A9B10",
    appType: "1",
    appTime: new Date("2026-03-02T10:00:00+08:00"),
    appStatus: "2",
    ebpCode: SELLER,
    ebpName: "平台",
    ebcCode: SELLER,
    ebcName: "卖家",
    orderNo: "E1",
    payCode: PAYER,
    payName: "支付",
    payNo: "R1",
    charge: "100.5",
    currency: "502",
    accountingDate: new Date("2026-03-02T09:00:00+08:00"),
    exchangeRate: "7.12345",
    ...overrides,
  };
}

describe("CEB403 receipts of payment", () => {
  it("store a foreign-currency charge with its RMB equivalent, rounded half up to the fen", () => {
    const checked = checkExportReceipt(receipt());
    expect(checked.problems).toEqual([]);
    // 100.5 × 7.12345 = 715.906725 → 715.91
    expect(checked.rmbAmount.toFixed(2)).toBe("715.91");
    expect(checkExportReceipt(receipt({ charge: "0.01", exchangeRate: "0.5" })).rmbAmount.toFixed(2)).toBe("0.01");
    expect(toCny("12345678901234.56789", "7.12345").toFixed(2)).toBe("87943826368999.38");
  });

  it("take RMB at 1, with or without the rate, and the same document hashes alike", () => {
    const without = checkExportReceipt(receipt({ currency: "142", exchangeRate: null }));
    expect(without.problems).toEqual([]);
    expect(without.exchangeRate.toFixed()).toBe("1");
    expect(without.rmbAmount.toFixed(2)).toBe("100.50");
    expect(checkExportReceipt(receipt({ currency: "142", exchangeRate: "1.00" })).problems).toEqual([]);
    expect(exportReceiptHash({ ...receipt({ currency: "142" }), exchangeRate: "1" })).toBe(
      exportReceiptHash({ ...receipt({ currency: "142", guid: "X" }), exchangeRate: "1.000" }),
    );
  });

  it("refuse a missing, zero or RMB rate other than 1", () => {
    const field = (input: ExportReceiptInput) => checkExportReceipt(input).problems.map((p) => [p.field, p.returnStatus]);
    expect(field(receipt({ exchangeRate: null }))).toEqual([["exchangeRate", EXPORT_RECEIPT_STATUS.invalid]]);
    expect(field(receipt({ exchangeRate: "0" }))).toEqual([["exchangeRate", EXPORT_RECEIPT_STATUS.invalid]]);
    expect(field(receipt({ currency: "142", exchangeRate: "7.1" }))).toEqual([["exchangeRate", EXPORT_RECEIPT_STATUS.invalid]]);
    expect(field(receipt({ currency: "999" }))[0]).toEqual(["currency", EXPORT_RECEIPT_STATUS.invalid]);
    expect(field(receipt({ charge: "0" }))).toEqual([["charge", EXPORT_RECEIPT_STATUS.invalid]]);
  });

  it("refuse a rate outside the band around the reference rate of the accounting day (0.0001, 999), naming the band", () => {
    const field = (input: ExportReceiptInput) => checkExportReceipt(input).problems.map((p) => [p.field, p.returnStatus]);
    for (const exchangeRate of ["0.0001", "999", "6.79", "7.51"])
      expect(field(receipt({ exchangeRate }))).toEqual([["exchangeRate", EXPORT_RECEIPT_STATUS.invalid]]);
    for (const exchangeRate of ["6.7925", "7.15", "7.5075"]) expect(field(receipt({ exchangeRate }))).toEqual([]);
    expect(checkExportReceipt(receipt({ exchangeRate: "999" })).problems[0]!.message).toMatch(/outside 5% of the reference rate 7\.15/);
  });

  it("refuse a foreign-currency charge over USD 50,000 by the reference rates, naming the limit and the rule", () => {
    expect(checkExportReceipt(receipt({ charge: "50000", exchangeRate: "7.1" })).problems).toEqual([]);
    const [over] = checkExportReceipt(receipt({ charge: "50000.01", exchangeRate: "7.1" })).problems;
    expect(over).toMatchObject({ field: "charge", returnStatus: EXPORT_RECEIPT_STATUS.overLimit });
    expect(over!.message).toMatch(/50000 in currency 502.*汇发〔2015〕7号.*cross-border\.rules\.json/);
    // EUR 48,000 × 7.60 / 7.15 = USD 51,020.98 in 2026; under the 2015 rates (7.00 / 6.20) it is USD 54,193.55.
    expect(limitBreach("48000", "300", "2026-03-02")!.equivalent.toFixed(2)).toBe("51020.98");
    expect(limitBreach("48000", "300", "2016-03-02")!.equivalent.toFixed(2)).toBe("54193.55");
    expect(limitBreach("45000", "300", "2026-03-02")).toBeNull();
  });

  it("never limit RMB settlement, which is no foreign-exchange transaction", () => {
    expect(checkExportReceipt(receipt({ currency: "142", exchangeRate: null, charge: "9000000" })).problems).toEqual([]);
  });

  it("date rules by the day in China", () => {
    expect(chinaDay(new Date("2024-12-31T16:30:00Z"))).toBe("2025-01-01");
    expect(referenceRate("502", "2024-12-31")!.toFixed()).toBe("6.2");
    expect(referenceRate("502", "2025-01-01")!.toFixed()).toBe("7.15");
    expect(referenceRate("502", "2014-12-31")).toBeUndefined();
  });
});

describe("who certifies a payment", () => {
  const institution = "91460100MA5T00001R";
  const exporter = "91460100MA5T00002P";
  it("is a payment institution other than the exporter paid, sent by someone who does not act for the exporter", () => {
    expect(certifierProblem({ payCode: institution, ebcCode: exporter }, [institution])).toBeNull();
    expect(certifierProblem({ payCode: exporter, ebcCode: exporter }, [exporter])).toMatchObject({
      field: "payCode",
      returnStatus: EXPORT_RECEIPT_STATUS.selfCertified,
    });
    expect(certifierProblem({ payCode: institution, ebcCode: exporter }, [institution, exporter])).toMatchObject({
      returnStatus: EXPORT_RECEIPT_STATUS.selfCertified,
    });
  });
});

describe("payment coverage", () => {
  const EXPORTER = "91460100MA5T00002P";
  const paid = (charge: string, currency = "502", returnStatus = 120, ebcCode = EXPORTER) => ({ charge, currency, returnStatus, ebcCode });

  it("covers an order paid in full in its currency, in one or several receipts", () => {
    expect(coverage("120", "502", [paid("100"), paid("20")], EXPORTER)).toMatchObject({ status: "COVERED" });
    expect(coverage("120", "502", [paid("200")], EXPORTER).received.toFixed()).toBe("200");
  });

  it("says what is missing: nothing, the currency, or an amount", () => {
    expect(coverage("120", "502", [], EXPORTER)).toMatchObject({ status: "NONE" });
    expect(coverage("120", "502", [paid("120", "502", 1)], EXPORTER)).toMatchObject({ status: "NONE" });
    const wrong = coverage("120", "502", [paid("900", "142")], EXPORTER);
    expect(wrong).toMatchObject({ status: "WRONG_CURRENCY", currencies: ["142"] });
    const short = coverage("120", "502", [paid("100.5"), paid("900", "142")], EXPORTER);
    expect(short.status).toBe("SHORT");
    expect(short.status === "SHORT" && short.shortBy.toFixed()).toBe("19.5");
    expect(short.status !== "COVERED" && coverageGap(short, "502")).toBe("the receipts fall short by 19.5 (currency 502)");
  });

  it("counts only receipts naming the exporter: money received for another exporter pays nothing of this one's order", () => {
    expect(coverage("120", "502", [paid("120", "502", 120, "91460100MA5T12345C")], EXPORTER)).toMatchObject({ status: "NONE" });
    expect(coverage("120", "502", [paid("100"), paid("20", "502", 120, "91460100MA5T12345C")], EXPORTER)).toMatchObject({ status: "SHORT" });
  });

  it("expects the order's goods and freight, or the list's goods value when there is no order", () => {
    const order = { goodsValue: "60", freight: "5", currency: "502" };
    expect(expectedPayment({ goodsValue: "60", currency: "502", order })).toEqual({ expected: expect.anything(), currency: "502" });
    expect(expectedPayment({ goodsValue: "60", currency: "502", order }).expected.toFixed()).toBe("65");
    expect(expectedPayment({ goodsValue: "60", currency: "502", order: null }).expected.toFixed()).toBe("60");
  });

  it("reads a month in China Standard Time", () => {
    expect(monthWindow("2026-12")).toEqual({
      from: new Date("2026-11-30T16:00:00Z"),
      to: new Date("2026-12-31T16:00:00Z"),
      firstDay: "2026-12-01",
      nextFirstDay: "2027-01-01",
    });
    expect(monthWindow("2026-13")).toBeNull();
  });
});
