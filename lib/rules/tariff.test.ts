import { readFileSync } from "node:fs";
import { parseTariffCsv, readTariff, SAMPLE_TARIFF_FILE, tariffProblemText } from "./tariff";

const HEADER =
  "hs10,name_zh,name_en,vat_rate,vat_class,consumption_tax_rate,consumption_tax_condition,mfn_duty_rate,export_rebate_rate,unit1,licence_required,export_duty";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");
const problemsOf = (text: string) => {
  const parsed = parseTariffCsv(text);
  if (parsed.ok) throw new Error("expected problems");
  return parsed.problems.map(tariffProblemText);
};

describe("a tariff CSV", () => {
  it("reads the 54-row sample, every column of each row", () => {
    const rows = readTariff();
    expect(rows).toHaveLength(54);
    expect(rows.find((row) => row.hs10 === "3304990099")).toMatchObject({
      vatClass: "standard",
      consumptionTaxRate: "15",
      unit1: "035",
      licenceRequired: false,
    });
  });

  it("reads the optional columns: the consumption tax's condition and the licence and export-duty flags", () => {
    const parsed = parseTariffCsv(csv("7113110000,银首饰,Silver jewellery,13,standard,10,retail price of 10000 or more,20,13,035 千克,Y,N"));
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        { hs10: "7113110000", consumptionTaxRate: "10", consumptionTaxCondition: "retail price of 10000 or more", licenceRequired: true, exportDuty: false },
      ],
    });
  });

  it("names every problem by line and column, and gives no rows to load", () => {
    const text = csv(
      "# a comment line is not a row, but counts in the line numbers",
      "330499009,护肤品,Skin care,13,standard,15,,5,9,035,N,N",
      "3304990099,,Skin care,13,luxury,15,,five,9,035,N,maybe",
      "3304990099,护肤品,Skin care,13,standard,15,,5,9,KG,N,N",
      "3304990099,护肤品,Skin care,13,standard,15,,5,9,035,N,N",
      "3304990099,护肤品,Skin care,13,standard",
    );
    expect(problemsOf(text)).toEqual([
      'line 3, hs10: "330499009" is not a 10-digit commodity code',
      "line 4, name_zh: is empty",
      'line 4, vat_class: "luxury" is not standard or reduced',
      'line 4, mfn_duty_rate: "five" is not a rate in percent (e.g. 13 or 7.5)',
      'line 4, export_duty: "maybe" is not Y or N',
      "line 5, hs10: 3304990099 appears twice (first on line 4)",
      'line 5, unit1: "KG" does not start with a 3-digit unit code',
      "line 6, hs10: 3304990099 appears twice (first on line 4)",
      "line 7: has 5 cells, the header has 12",
      "line 7, hs10: 3304990099 appears twice (first on line 4)",
    ]);
  });

  it("refuses a file without the tariff's columns or without rows", () => {
    expect(problemsOf("hs10,name_zh\n3304990099,护肤品")).toEqual([
      "line 1, vat_rate,vat_class,consumption_tax_rate,mfn_duty_rate,export_rebate_rate,unit1: missing column(s) vat_rate, vat_class, consumption_tax_rate, mfn_duty_rate, export_rebate_rate, unit1",
    ]);
    expect(problemsOf(HEADER)).toEqual(["line 1: the file holds no rows"]);
    expect(problemsOf('hs10,name_zh\n"unterminated')[0]).toMatch(/not a readable CSV/);
  });

  it("identifies a table by its rows, not by the file's comments or row order", () => {
    const sample = readFileSync(SAMPLE_TARIFF_FILE, "utf8");
    const lines = sample.split("\n");
    const header = lines.findIndex((line) => line.startsWith("hs10,"));
    const reordered = [...lines.slice(header, header + 1), ...lines.slice(header + 1).reverse()].join("\n");
    const hash = (text: string) => (parseTariffCsv(text) as { contentHash: string }).contentHash;
    expect(hash(reordered)).toBe(hash(sample));
    expect(hash(sample.replace(/(3304990099,[^,]*,[^,]*,13,standard,)15/, "$10"))).not.toBe(hash(sample));
  });
});
