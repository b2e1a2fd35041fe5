import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "../paths";

/** The tariff table by 10-digit commodity code. */
export function tariffByCode(rows: TariffRow[] = readTariff()): Map<string, TariffRow> {
  return new Map(rows.filter((row) => row.hs10 !== "").map((row) => [row.hs10, row]));
}

export interface TariffRow {
  hs10: string;
  nameZh: string;
  nameEn: string;
  /** Import VAT rate in force since 2019-04-01, percent; earlier dates use the class's history (import-tax rules). */
  vatRate: string;
  vatClass: "standard" | "reduced";
  consumptionTaxRate: string;
  /** MFN import tariff rate, percent; null where the source gave none. */
  mfnRate: string | null;
  /** Export VAT rebate rate, percent; null where the source gave none (unknown, not zero). */
  exportRebateRate: string | null;
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
    vatClass: record.vat_class === "reduced" ? "reduced" : "standard",
    consumptionTaxRate: record.consumption_tax_rate || "0",
    mfnRate: record.mfn_duty_rate || null,
    exportRebateRate: record.export_rebate_rate || null,
    unit1: (record.unit1 ?? "").slice(0, 3) || "007",
    confidence: record.confidence === "V" ? "V" : "M",
  }));
}
