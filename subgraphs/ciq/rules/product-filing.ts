/**
 * Product filings (商品备案): what an application must hold, the status of a filing on a day, and how a
 * CEB621 line that names no filing finds one (docs/partner-guide.md#product-filings).
 */
import type { FilingStatus } from "../../../prisma/ciq/generated/client";
import { chinaDay } from "../../../lib/rules/china-time";
import { CUSTOMS_DISTRICTS } from "../../../lib/rules/code-tables";

/**
 * What is wrong with a customs filing number (海关商品备案号, the world's `CUS6409…`), or null: CUS, the
 * customs district (关区) that filed the goods, of the code table, and an 8-digit serial.
 */
export function cusGoodsNoProblem(value: string): string | null {
  const parts = /^CUS(\d{4})(\d{8})$/.exec(value);
  if (!parts) return "must be CUS, a 4-digit customs district code and an 8-digit serial (e.g. CUS640900000001)";
  if (!(parts[1]! in CUSTOMS_DISTRICTS)) return `names customs district ${parts[1]}, which is not in the code table CUSTOMS_DISTRICT`;
  return null;
}

/**
 * The status of a filing on a day (China): not yet in force before its effective date (PENDING), revoked
 * from the day its revocation takes effect, FILED in between. A filing without dates (recorded before
 * approvals were effective-dated) has the status it was given.
 */
export function filingStatusOn(filing: { status: FilingStatus; effectiveFrom: Date | null; revokedFrom: Date | null }, day: string): FilingStatus {
  if (filing.effectiveFrom && day < chinaDay(filing.effectiveFrom)) return "PENDING";
  if (filing.revokedFrom) return day >= chinaDay(filing.revokedFrom) ? "REVOKED" : "FILED";
  return filing.status;
}

export interface LineKey {
  ebcCode: string;
  gcode: string;
  itemNo?: string | null;
  barCode?: string | null;
}

export interface Candidate {
  filingNo: string;
  ownerUscc: string;
  hsCode: string;
  itemNo: string | null;
  barCode: string | null;
  status: FilingStatus;
  effectiveFrom: Date | null;
  revokedFrom: Date | null;
}

/**
 * The rule by which a line without filingNo finds its product filing: a filing of the line's e-commerce
 * enterprise (ebcCode) under the line's commodity code (gcode) whose item number (企业商品货号) equals the
 * line's itemNo, or whose barcode equals the line's barCode. Of those, the ones FILED on the list's day
 * count when there are any (a product filed again after a revocation is found, not the revoked one); the
 * line has its filing when exactly one is left, and is ambiguous when several are.
 */
export interface FilingMatch<Filing extends Candidate = Candidate> {
  filing: Filing | null;
  candidates: string[];
}

export function matchFiling<Filing extends Candidate>(line: LineKey, filings: readonly Filing[], day: string): FilingMatch<Filing> {
  const matching = filings.filter(
    (filing) =>
      filing.ownerUscc === line.ebcCode &&
      filing.hsCode === line.gcode &&
      ((!!line.itemNo && filing.itemNo === line.itemNo) || (!!line.barCode && filing.barCode === line.barCode)),
  );
  const inForce = matching.filter((filing) => filingStatusOn(filing, day) === "FILED");
  const found = inForce.length > 0 ? inForce : matching;
  return { filing: found.length === 1 ? found[0]! : null, candidates: found.map((filing) => filing.filingNo).sort() };
}
