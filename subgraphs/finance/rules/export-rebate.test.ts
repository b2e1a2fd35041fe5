import { readTariff } from "../../../lib/rules/tariff";
import { assessRebate, greenChannel, isRefusal, rebateRate, stepProblem, type SummaryForm } from "./export-rebate";
import rebateRates from "./rebate-rates.rules.json";

const EXPORTER = "91460100MA5T00002P";

function form(overrides: Partial<SummaryForm> = {}): SummaryForm {
  return {
    ebcCode: EXPORTER,
    decState: "800",
    items: [
      { gnum: 1, gcode: "1901101090", country: "502", currency: "502", totalPrice: "100" },
      { gnum: 2, gcode: "0406900000", country: "502", currency: "502", totalPrice: "50" },
    ],
    declarations: [
      {
        invtNo: "64012026E000000001",
        ebpCode: "P1",
        orderNo: "O1",
        returnStatus: 800,
        statisticsFlag: "B",
        goodsValue: "100",
        currency: "502",
        ieDate: "2026-03-02",
        order: null,
        waybill: { status: "DEPARTED" },
      },
      {
        invtNo: "64012026E000000002",
        ebpCode: "P1",
        orderNo: "O2",
        returnStatus: 800,
        statisticsFlag: "B",
        goodsValue: "50",
        currency: "502",
        ieDate: "2026-03-05",
        order: null,
        waybill: { status: "DEPARTED" },
      },
    ],
    ...overrides,
  };
}

const paidInFull = () => [{ charge: "1000", currency: "502", returnStatus: 120, ebcCode: EXPORTER }];
const facts = (overrides: Partial<Parameters<typeof assessRebate>[0]> = {}) => ({
  applicant: EXPORTER,
  form: form(),
  credit: { onNegativeList: false, creditClass: "GENERAL" },
  openApplication: null,
  receiptsByOrder: paidInFull,
  ...overrides,
});
const reasonOf = (outcome: ReturnType<typeof assessRebate>) => (isRefusal(outcome) ? [outcome.code, outcome.reason, outcome.field] : "assessed");

describe("export rebate rates", () => {
  it("are the CSV's export_rebate_rate column, with the CSV's confidence, from 2019-04-01", () => {
    const csv = readTariff().filter((row) => row.exportRebateRate !== null);
    const table = rebateRates.rules[0]!.rates as Record<string, { rate: string; confidence: string }>;
    expect(Object.fromEntries(Object.entries(table).map(([code, entry]) => [code, [entry.rate, entry.confidence]]))).toEqual(
      Object.fromEntries(csv.map((row) => [row.hs10, [row.exportRebateRate, row.confidence]])),
    );
    expect(rebateRate("1806320000", "2026-03-05")).toEqual({ rate: expect.anything(), confidence: "M" });
    expect(rebateRate("1901101090", "2019-03-31")).toBeUndefined();
    expect(rebateRate("0406900000", "2026-03-05")).toBeUndefined();
  });
});

describe("export rebate assessment", () => {
  it("values each item in CNY at the reference rate of the last export date and applies its rate; items without a rate earn nothing", () => {
    const outcome = assessRebate(facts());
    if (isRefusal(outcome)) throw new Error(outcome.message);
    expect(outcome.exportDate).toBe("2026-03-05");
    expect(
      outcome.items.map((item) => [
        item.gcode,
        item.valueCny.toFixed(2),
        item.rebateRate?.toFixed() ?? null,
        item.rateConfidence,
        item.rebateAmount.toFixed(2),
      ]),
    ).toEqual([
      ["1901101090", "715.00", "13", "V", "92.95"],
      ["0406900000", "357.50", null, null, "0.00"],
    ]);
    expect([outcome.valueCny.toFixed(2), outcome.rebateAmount.toFixed(2)]).toEqual(["1072.50", "92.95"]);
    expect(outcome.lists.map((list) => [list.orderNo, list.received.toFixed()])).toEqual([
      ["O1", "1000"],
      ["O2", "1000"],
    ]);
  });

  it("refuses, in this order: no form or another's form (the same refusal), a negative-listed applicant, an unreleased or non-B list, a parcel that did not leave, an open application, an unpaid order, no rate above 0", () => {
    expect(reasonOf(assessRebate(facts({ form: null })))).toEqual(["BAD_USER_INPUT", "FORM_NOT_FOUND", "application.entryId"]);
    expect(reasonOf(assessRebate(facts({ applicant: "91460100MA5T12345C", credit: { onNegativeList: true, creditClass: "DISHONEST" } })))).toEqual([
      "BAD_USER_INPUT",
      "FORM_NOT_FOUND",
      "application.entryId",
    ]);
    expect(reasonOf(assessRebate(facts({ credit: { onNegativeList: true, creditClass: "DISHONEST" } })))).toEqual([
      "FORBIDDEN",
      "NEGATIVE_LIST",
      "application.ebcCode",
    ]);
    const [first, second] = form().declarations;
    expect(reasonOf(assessRebate(facts({ form: form({ declarations: [first!, { ...second!, returnStatus: 399 }] }) })))).toEqual([
      "BAD_USER_INPUT",
      "LIST_NOT_RELEASED",
      "application.entryId",
    ]);
    expect(reasonOf(assessRebate(facts({ form: form({ declarations: [{ ...first!, statisticsFlag: "A" }, second!] }) })))).toEqual([
      "BAD_USER_INPUT",
      "LIST_NOT_SUMMARY",
      "application.entryId",
    ]);
    for (const waybill of [null, { status: "ARRIVED" }, { status: "FILED" }]) {
      expect(reasonOf(assessRebate(facts({ form: form({ declarations: [first!, { ...second!, waybill }] }) })))).toEqual([
        "BAD_USER_INPUT",
        "NOT_DEPARTED",
        "application.entryId",
      ]);
    }
    expect(reasonOf(assessRebate(facts({ openApplication: { applicationNo: "A1", status: "REVIEWED" } })))).toEqual([
      "BAD_USER_INPUT",
      "ALREADY_APPLIED",
      "application.entryId",
    ]);
    // Paid goods only, while the order says goods and freight: the same shortfall the reconciliation shows.
    const withFreight = form({ declarations: [{ ...first!, order: { goodsValue: "100", freight: "5", currency: "502" } }, second!] });
    const goodsOnly = assessRebate(
      facts({
        form: withFreight,
        receiptsByOrder: (_, orderNo) => [{ charge: orderNo === "O1" ? "100" : "50", currency: "502", returnStatus: 120, ebcCode: EXPORTER }],
      }),
    );
    expect(isRefusal(goodsOnly) && goodsOnly.message).toBe("order O1 of platform P1: the receipts fall short by 5 (currency 502)");
    // A receipt naming another exporter pays nothing of this exporter's order.
    expect(
      reasonOf(assessRebate(facts({ receiptsByOrder: () => [{ charge: "1000", currency: "502", returnStatus: 120, ebcCode: "91460100MA5T12345C" }] }))),
    ).toEqual(["BAD_USER_INPUT", "PAYMENT_NOT_RECEIVED", "application.entryId"]);
    const unpaid = assessRebate(
      facts({
        receiptsByOrder: (_, orderNo) => (orderNo === "O2" ? [{ charge: "49.99", currency: "502", returnStatus: 120, ebcCode: EXPORTER }] : paidInFull()),
      }),
    );
    expect(reasonOf(unpaid)).toEqual(["BAD_USER_INPUT", "PAYMENT_NOT_RECEIVED", "application.entryId"]);
    expect(isRefusal(unpaid) && unpaid.message).toBe("order O2 of platform P1: the receipts fall short by 0.01 (currency 502)");
    expect(reasonOf(assessRebate(facts({ receiptsByOrder: () => [{ charge: "1000", currency: "142", returnStatus: 120, ebcCode: EXPORTER }] })))).toEqual([
      "BAD_USER_INPUT",
      "PAYMENT_NOT_RECEIVED",
      "application.entryId",
    ]);
    for (const gcode of ["0406900000", "1509200000"]) {
      expect(reasonOf(assessRebate(facts({ form: form({ items: [{ gnum: 1, gcode, country: "502", currency: "502", totalPrice: "150" }] }) })))).toEqual([
        "BAD_USER_INPUT",
        "NO_REBATE_RATE",
        "application.entryId",
      ]);
    }
  });

  it("has no rate before the table begins", () => {
    const old = form({ declarations: form().declarations.map((list) => ({ ...list, ieDate: "2018-06-01" })) });
    expect(reasonOf(assessRebate(facts({ form: old })))).toEqual(["BAD_USER_INPUT", "NO_REBATE_RATE", "application.entryId"]);
  });
});

describe("export rebate lifecycle and green channel", () => {
  it("allows only SUBMITTED → REVIEWED → APPROVED or REJECTED, and APPROVED → PAID", () => {
    expect(stepProblem("SUBMITTED", "review")).toBeNull();
    expect(stepProblem("REVIEWED", "approve")).toBeNull();
    expect(stepProblem("REVIEWED", "reject")).toBeNull();
    expect(stepProblem("APPROVED", "pay")).toBeNull();
    expect(stepProblem("SUBMITTED", "approve")).toMatch(/SUBMITTED cannot become APPROVED/);
    expect(stepProblem("REJECTED", "pay")).toMatch(/only a APPROVED one/);
    expect(stepProblem("PAID", "review")).not.toBeNull();
  });

  it("gives the best credit class a review deadline from the rule file, and nobody else", () => {
    const at = new Date("2026-03-10T02:00:00Z");
    expect(greenChannel("ADVANCED_CERTIFIED", at)).toEqual({ greenChannel: true, reviewDeadline: new Date("2026-03-10T02:30:00Z") });
    expect(greenChannel("GENERAL_CERTIFIED", at)).toEqual({ greenChannel: false, reviewDeadline: null });
    expect(greenChannel(null, at)).toEqual({ greenChannel: false, reviewDeadline: null });
  });
});
