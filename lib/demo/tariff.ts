import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "../paths";

export interface TariffRow {
  hs10: string;
  nameZh: string;
  nameEn: string;
  vatRate: string;
  consumptionTaxRate: string;
  unit1: string;
  confidence: "V" | "M";
}

/** The sample tariff table in data/ (a copy of the project's shared sample; rows marked M are illustrative). */
export function readTariff(file = path.join(ROOT, "data", "tariff-sample.csv")): TariffRow[] {
  const records: Array<Record<string, string>> = parse(readFileSync(file, "utf8"), {
    columns: true,
    comment: "#",
    skip_empty_lines: true,
  });
  return records.map((record) => ({
    hs10: record.hs10!,
    nameZh: record.name_zh!,
    nameEn: record.name_en!,
    vatRate: record.vat_rate || "13",
    consumptionTaxRate: record.consumption_tax_rate || "0",
    unit1: (record.unit1 ?? "").slice(0, 3) || "007",
    confidence: record.confidence === "V" ? "V" : "M",
  }));
}
