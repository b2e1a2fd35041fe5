/**
 * Who and what may be declared at all (docs/domain.md#admission): every enterprise a list names (platform,
 * seller, logistics and payment company, declaring agent, guarantor, warehouse operator) is registered with
 * credit, filed with CIQ for its role where CIQ files that role (the declaring agent, which CIQ does not
 * file, is registered with credit as AGENT instead), and not on the credit negative list; every line's goods
 * match a CIQ product filing of the e-commerce enterprise under the same commodity code. The facts come from
 * CIQ and credit through the graph; this file only judges them.
 */
import type { Failure } from "./three-document-match";

/** The roles CIQ files enterprises for (经营主体备案). */
const CIQ_FILED_ROLES = new Set(["PLATFORM", "ECOMMERCE", "LOGISTICS", "PAYMENT", "WAREHOUSE"]);

/** The rule an enterprise on the negative list breaks, on import and export lists alike. */
export const NEGATIVE_LIST_RULE = "no enterprise on the negative list";

export interface PartyEvidence {
  onNegativeList: boolean;
  /** The roles credit registers the enterprise in. */
  roles: string[];
  filings: Array<{ role: string; status: string }>;
}

export interface FilingEvidence {
  filingNo: string;
  hsCode: string;
  status: string;
  owner: { uscc: string } | null;
}

export interface GateInput {
  parties: Array<{ field: string; code: string; role: string; evidence: PartyEvidence | null }>;
  ebcCode: string;
  lines: Array<{ gnum: number; gcode: string; filingNo?: string | null }>;
  filings: ReadonlyArray<FilingEvidence | null>;
}

/** The failure of an enterprise on the negative list, by the field that names it. */
export const listedFailure = (field: string): Failure => ({ rule: NEGATIVE_LIST_RULE, field, expected: "not listed", actual: "on the negative list" });

export function checkAdmission(input: GateInput): Failure[] {
  const failures: Failure[] = [];
  for (const party of input.parties) {
    if (!party.evidence) {
      failures.push({ rule: "enterprises are registered", field: party.field, expected: "a registered enterprise", actual: party.code });
      continue;
    }
    if (!CIQ_FILED_ROLES.has(party.role)) {
      if (!party.evidence.roles.includes(party.role)) {
        failures.push({
          rule: "enterprises are registered for their role",
          field: party.field,
          expected: `registered as ${party.role}`,
          actual: "not registered so",
        });
      }
    } else if (!party.evidence.filings.some((filing) => filing.role === party.role && filing.status === "FILED")) {
      failures.push({ rule: "enterprises are filed with CIQ", field: party.field, expected: `filed as ${party.role}`, actual: "not filed" });
    }
    if (party.evidence.onNegativeList) failures.push(listedFailure(party.field));
  }
  const byNumber = new Map(input.filings.filter((filing): filing is FilingEvidence => filing !== null).map((filing) => [filing.filingNo, filing]));
  for (const line of input.lines) {
    const field = `list.lines[gnum ${line.gnum}].filingNo`;
    const filing = line.filingNo ? byNumber.get(line.filingNo) : undefined;
    if (!filing) {
      failures.push({ rule: "goods match a product filing", field, expected: "a CIQ product filing", actual: line.filingNo ?? "none" });
      continue;
    }
    if (filing.status !== "FILED") failures.push({ rule: "goods match a product filing", field, expected: "FILED", actual: filing.status });
    if (filing.hsCode !== line.gcode)
      failures.push({ rule: "goods match a product filing", field, expected: `commodity code ${filing.hsCode}`, actual: `commodity code ${line.gcode}` });
    if (filing.owner?.uscc !== input.ebcCode) {
      failures.push({
        rule: "goods match a product filing",
        field,
        expected: `filed by ${input.ebcCode}`,
        actual: `filed by ${filing.owner?.uscc ?? "nobody"}`,
      });
    }
  }
  return failures;
}
