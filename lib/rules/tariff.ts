import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
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
  /** When the consumption tax applies (e.g. a price threshold), as the tariff states it; null when always. */
  consumptionTaxCondition: string | null;
  /** MFN import tariff rate, percent; null where the source gave none. */
  mfnRate: string | null;
  /** Export VAT rebate rate, percent; null where the source gave none (unknown, not zero). */
  exportRebateRate: string | null;
  unit1: string;
  /** An import or export licence is required for the code. */
  licenceRequired: boolean;
  /** The code carries an export duty. */
  exportDuty: boolean;
  confidence: "V" | "M";
}

/** One problem of a tariff CSV: its line in the file (1 = the header) and column, and what is wrong. */
export interface TariffCsvProblem {
  line: number;
  column: string;
  message: string;
}

export type TariffCsv = { ok: true; rows: TariffRow[]; contentHash: string } | { ok: false; problems: TariffCsvProblem[] };

const REQUIRED_COLUMNS = ["hs10", "name_zh", "vat_rate", "vat_class", "consumption_tax_rate", "mfn_duty_rate", "export_rebate_rate", "unit1"] as const;
/** Percent, at most 3 integer digits and 4 decimals (the tariff's rates are below 1000%). */
const RATE = /^\d{1,3}(\.\d{1,4})?$/;
const FLAG: Record<string, boolean> = { "": false, N: false, Y: true };
/** Problems beyond this many are summarised: the first ones are enough to fix a file. */
const MAX_PROBLEMS = 100;

/**
 * Parses and validates a tariff CSV (the format of data/tariff-sample.csv; docs/domain.md#tariff). The one
 * reading of a tariff file: the load command, the `loadTariff` mutation and the demo seed all go through it.
 * Either every row is valid and the rows come back in the file's order with a hash of their content, or every
 * problem is named by line and column and nothing is returned to load.
 */
export function parseTariffCsv(text: string): TariffCsv {
  let records: string[][];
  const lineOf: number[] = [];
  try {
    const parsed = parse(text, { comment: "#", skip_empty_lines: true, relax_column_count: true, bom: true, info: true }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    records = parsed.map(({ record, info }) => {
      lineOf.push(info.lines);
      return record;
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { ok: false, problems: [{ line, column: "", message: `not a readable CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ line: 1, column: "", message: "the file holds no header and no rows" }] };
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { ok: false, problems: [{ line: lineOf[0]!, column: missing.join(","), message: `missing column(s) ${missing.join(", ")}` }] };
  if (body.length === 0) return { ok: false, problems: [{ line: lineOf[0]!, column: "", message: "the file holds no rows" }] };

  const problems: TariffCsvProblem[] = [];
  const firstLine = new Map<string, number>();
  const rows: TariffRow[] = [];
  body.forEach((cells, index) => {
    const line = lineOf[index + 1]!;
    const fail = (column: string, message: string) => problems.push({ line, column, message });
    if (cells.length !== header.length) fail("", `has ${cells.length} cells, the header has ${header.length}`);
    const cell = (column: string) => (cells[header.indexOf(column)] ?? "").trim();
    const rate = (column: string, fallback: string | null): string | null => {
      const value = cell(column);
      if (value === "") return fallback;
      if (!RATE.test(value)) fail(column, `${JSON.stringify(value)} is not a rate in percent (e.g. 13 or 7.5)`);
      return value;
    };
    const flag = (column: string): boolean => {
      const value = cell(column);
      if (!(value in FLAG)) fail(column, `${JSON.stringify(value)} is not Y or N`);
      return FLAG[value] ?? false;
    };
    const hs10 = cell("hs10");
    if (!/^\d{10}$/.test(hs10)) fail("hs10", `${JSON.stringify(hs10)} is not a 10-digit commodity code`);
    else if (firstLine.has(hs10)) fail("hs10", `${hs10} appears twice (first on line ${firstLine.get(hs10)})`);
    else firstLine.set(hs10, line);
    const nameZh = cell("name_zh");
    if (nameZh === "") fail("name_zh", "is empty");
    const vatClass = cell("vat_class") || "standard";
    if (vatClass !== "standard" && vatClass !== "reduced") fail("vat_class", `${JSON.stringify(vatClass)} is not standard or reduced`);
    const unit1 = cell("unit1").slice(0, 3);
    if (unit1 !== "" && !/^\d{3}$/.test(unit1)) fail("unit1", `${JSON.stringify(cell("unit1"))} does not start with a 3-digit unit code`);
    const confidence = cell("confidence");
    rows.push({
      hs10,
      nameZh,
      nameEn: cell("name_en"),
      vatRate: rate("vat_rate", "13")!,
      vatClass: vatClass === "reduced" ? "reduced" : "standard",
      consumptionTaxRate: rate("consumption_tax_rate", "0")!,
      consumptionTaxCondition: cell("consumption_tax_condition") || null,
      mfnRate: rate("mfn_duty_rate", null),
      exportRebateRate: rate("export_rebate_rate", null),
      unit1: unit1 || "007",
      licenceRequired: flag("licence_required"),
      exportDuty: flag("export_duty"),
      confidence: confidence === "V" ? "V" : "M",
    });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push({ line: 0, column: "", message: `and ${problems.length - MAX_PROBLEMS} more problems` });
    return { ok: false, problems: shown };
  }
  return { ok: true, rows, contentHash: tariffHash(rows) };
}

/** Identifies a table by its content (not by the file's comments, order or spacing): loading it again changes nothing. */
export function tariffHash(rows: readonly TariffRow[]): string {
  const hash = createHash("sha256");
  for (const row of [...rows].sort((a, b) => (a.hs10 < b.hs10 ? -1 : 1))) hash.update(JSON.stringify(row)).update("\n");
  return hash.digest("hex");
}

/** One problem as a sentence: `line 12, mfn_duty_rate: "x" is not a rate in percent`. */
export const tariffProblemText = (problem: TariffCsvProblem): string =>
  `${problem.line > 0 ? `line ${problem.line}` : "file"}${problem.column ? `, ${problem.column}` : ""}: ${problem.message}`;

export const SAMPLE_TARIFF_FILE = path.join(ROOT, "data", "tariff-sample.csv");

/** The sample tariff table in data/ (a copy of the project's shared sample; rows marked M are illustrative), the demo default. */
export function readTariff(file = SAMPLE_TARIFF_FILE): TariffRow[] {
  const csv = parseTariffCsv(readFileSync(file, "utf8"));
  if (!csv.ok) throw new Error(`${file} is not a valid tariff: ${csv.problems.map(tariffProblemText).join("; ")}`);
  return csv.rows;
}
