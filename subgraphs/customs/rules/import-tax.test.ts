import Decimal from "decimal.js";
import { dutiableValues, importTax, vatRate, type TaxLine } from "./import-tax";

const line = (dutiableValue: string, consumptionTaxRate = "0", vatClass: TaxLine["vatClass"] = "standard", quantity = "1"): TaxLine => ({
  dutiableValue,
  consumptionTaxRate,
  vatClass,
  quantity,
});
const on = (date: string) => new Date(`${date}T00:00:00Z`);

describe("import tax of a CBEC retail order (docs/domain.md#worked-examples)", () => {
  it("P = 1020, no consumption tax, VAT 13%: VAT 92.82", () => {
    expect(importTax({ declarationDate: on("2020-06-01"), lines: [line("1020")], buyerAnnualTotal: "0" })).toMatchObject({
      outcome: "withinLimits",
      customsTax: "0.00",
      valueAddedTax: "92.82",
      consumptionTax: "0.00",
      total: "92.82",
    });
  });

  it("P = 1020, high-end cosmetics (CT 15%): CT 126.00, VAT 109.20, total 235.20", () => {
    expect(importTax({ declarationDate: on("2020-06-01"), lines: [line("1020", "15")], buyerAnnualTotal: "0" })).toMatchObject({
      consumptionTax: "126.00",
      valueAddedTax: "109.20",
      total: "235.20",
    });
  });

  it("2016 with VAT 17%: P = 1000 pays 119.00", () => {
    expect(importTax({ declarationDate: on("2016-05-01"), lines: [line("1000")], buyerAnnualTotal: "0" })).toMatchObject({
      valueAddedTax: "119.00",
      total: "119.00",
    });
  });
});

describe("the rules in force on the declaration date", () => {
  it.each([
    ["2018-04-30", "standard", "0.17"],
    ["2018-05-01", "standard", "0.16"],
    ["2019-03-31", "standard", "0.16"],
    ["2019-04-01", "standard", "0.13"],
    ["2018-06-01", "reduced", "0.1"],
    ["2019-04-01", "reduced", "0.09"],
  ] as const)("on %s the %s VAT rate is %s", (date, vatClass, rate) => {
    expect(vatRate(vatClass, on(date)).toString()).toBe(rate);
  });

  it("refuses an order over the single limit: 2,000 in 2018, 5,000 from 2019", () => {
    const lines = [line("1500", "0", "standard", "2"), line("1000")];
    expect(importTax({ declarationDate: on("2018-12-31"), lines, buyerAnnualTotal: "0" })).toMatchObject({ outcome: "refused", returnStatus: -621005 });
    expect(importTax({ declarationDate: on("2019-01-01"), lines, buyerAnnualTotal: "0" })).toMatchObject({ outcome: "withinLimits" });
  });

  it("refuses an order that takes the buyer over the annual limit: 20,000 in 2018, 26,000 from 2019", () => {
    expect(importTax({ declarationDate: on("2018-10-01"), lines: [line("1000")], buyerAnnualTotal: "19500" })).toMatchObject({
      outcome: "refused",
      returnStatus: -621018,
    });
    expect(importTax({ declarationDate: on("2019-10-01"), lines: [line("1000")], buyerAnnualTotal: "19500" })).toMatchObject({
      outcome: "withinLimits",
      annualTotalAfter: "20500.00",
    });
    expect(importTax({ declarationDate: on("2019-10-01"), lines: [line("1000")], buyerAnnualTotal: "25000.01" })).toMatchObject({
      returnStatus: -621018,
    });
  });

  it("from 2019 taxes a single indivisible item over 5,000 at full rates, tariff included, and counts it", () => {
    const result = importTax({
      declarationDate: on("2020-01-10"),
      lines: [{ ...line("6000", "20"), tariffRate: "10" }],
      buyerAnnualTotal: "1000",
    });
    // tariff 600; base (6000 + 600)/0.8 = 8250; CT 8250 × 0.2 = 1650; VAT 8250 × 0.13 = 1072.50
    expect(result).toMatchObject({
      outcome: "fullRate",
      customsTax: "600.00",
      consumptionTax: "1650.00",
      valueAddedTax: "1072.50",
      total: "3322.50",
      annualTotalAfter: "7000.00",
    });
  });

  it("before 2019 refuses a single indivisible item over 2,000 (general trade, not CBEC)", () => {
    expect(importTax({ declarationDate: on("2017-03-01"), lines: [line("2500")], buyerAnnualTotal: "0" })).toMatchObject({ returnStatus: -621005 });
  });

  it("has no CBEC rule before 2016-04-08", () => {
    expect(importTax({ declarationDate: on("2016-04-07"), lines: [line("100")], buyerAnnualTotal: "0" })).toMatchObject({ returnStatus: -621000 });
  });

  it("rounds each tax of each line to the fen and adds the lines", () => {
    const result = importTax({ declarationDate: on("2021-01-01"), lines: [line("0.05"), line("0.05")], buyerAnnualTotal: "0" });
    // 0.05 × 0.091 = 0.00455 → 0.00 per line
    expect(result).toMatchObject({ valueAddedTax: "0.00", total: "0.00" });
  });
});

describe("the dutiable value of each line: goods + its share of freight and insurance", () => {
  it.each([
    ["one line takes all the charges", ["100"], "10", "2", ["112"]],
    ["shares follow the lines' values", ["300", "100"], "20", "0", ["315", "105"]],
    ["insurance is shared like freight", ["300", "100"], "0", "8", ["306", "102"]],
    ["no charges leave the goods values", ["59.9", "0.1"], "0", "0", ["59.9", "0.1"]],
    ["a gift line (price 0) takes no share", ["200", "0"], "10", "0", ["210", "0"]],
    ["lines worth nothing share the charges equally", ["0", "0"], "10", "2", ["6", "6"]],
    ["no lines, nothing to share", [], "10", "0", []],
  ] as const)("%s", (_, values, freight, insuredFee, expected) => {
    expect(dutiableValues(values, { freight, insuredFee }).map((value) => value.toString())).toEqual(expected);
  });

  it("adds up to goods + freight + insurance, whatever the split", () => {
    const values = ["33.33", "33.33", "33.34", "0.01"];
    const total = dutiableValues(values, { freight: "10", insuredFee: "0.5" }).reduce((sum, value) => sum.plus(value), new Decimal(0));
    expect(total.toDecimalPlaces(10).toString()).toBe("110.51");
  });
});

describe("the tax rule of a list is the one in force on its day in China", () => {
  it("takes the 2019-04-01 VAT rate from 00:30 that day in China (16:30 UTC the day before), the earlier one at 23:30 the evening before", () => {
    expect(vatRate("standard", new Date("2019-03-31T23:30:00+08:00")).toString()).toBe("0.16");
    expect(vatRate("standard", new Date("2019-04-01T00:30:00+08:00")).toString()).toBe("0.13");
  });

  it("takes the 2019 limits from 00:30 on 1 January 2019 in China", () => {
    const order = { lines: [line("4000")], buyerAnnualTotal: "0" };
    expect(importTax({ ...order, declarationDate: new Date("2018-12-31T23:30:00+08:00") })).toMatchObject({ outcome: "refused", returnStatus: -621005 });
    expect(importTax({ ...order, declarationDate: new Date("2019-01-01T00:30:00+08:00") })).toMatchObject({ outcome: "withinLimits" });
  });
});
