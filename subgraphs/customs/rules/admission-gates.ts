/**
 * Who and what may be declared at all (docs/domain.md#admission): every enterprise a list names (platform,
 * seller, logistics and payment company, declaring agent, guarantor, warehouse operator) is registered with
 * credit, filed with CIQ for its role where CIQ files that role (the declaring agent, which CIQ does not
 * file, is registered with credit as AGENT instead), and not on the credit negative list; every line's goods
 * match a CIQ product filing of the e-commerce enterprise under the same commodity code. The facts come from
 * CIQ and credit through the graph; this file only judges them.
 */
import { MATCH_STATUS, type Finding, type MatchDocument } from "./three-document-match";

/** The roles CIQ files enterprises for (经营主体备案). */
const CIQ_FILED_ROLES = new Set(["PLATFORM", "ECOMMERCE", "LOGISTICS", "PAYMENT", "WAREHOUSE"]);

/** The rule an enterprise on the negative list breaks, on import and export lists alike. */
export const NEGATIVE_LIST_RULE = "no enterprise on the negative list";

/** The finding of a party on the negative list on the list's declaration day (also the demo world's, demo/world.ts). */
export const listedFinding = (document: MatchDocument, field: string): Finding => ({
  rule: NEGATIVE_LIST_RULE,
  document,
  field,
  code: MATCH_STATUS.party,
  finding: "is on the negative list",
});

export interface PartyEvidence {
  onNegativeList: boolean;
  /** The roles credit registers the enterprise in. */
  roles: string[];
  /** The registration status in force on the list's declaration day; only ACTIVE counts as registered. */
  registration: string;
  filings: Array<{ role: string; status: string }>;
}

export interface FilingEvidence {
  filingNo: string;
  hsCode: string;
  status: string;
  owner: { uscc: string } | null;
}

/** CIQ's answer for a line without filingNo: the one filing found, or every candidate (none or several). */
export interface FilingMatch {
  filing: FilingEvidence | null;
  candidates: string[];
}

export interface GateInput {
  parties: Array<{ document: MatchDocument; field: string; code: string; role: string; evidence: PartyEvidence | null }>;
  ebcCode: string;
  /** A line without filingNo carries the `match` CIQ found for it. */
  lines: Array<{ gnum: number; gcode: string; filingNo?: string | null; match?: FilingMatch }>;
  filings: ReadonlyArray<FilingEvidence | null>;
}

export function checkAdmission(input: GateInput): Finding[] {
  const failures: Finding[] = [];
  const fail = (document: MatchDocument, field: string, code: number, rule: string, expected: string, actual: string) =>
    failures.push({ rule, document, field, code, finding: `is not ${expected}`, expected, actual });
  for (const party of input.parties) {
    if (!party.evidence) {
      fail(party.document, party.field, MATCH_STATUS.party, "enterprises are registered", "a registered enterprise", party.code);
      continue;
    }
    if (party.evidence.registration !== "ACTIVE") {
      fail(
        party.document,
        party.field,
        MATCH_STATUS.party,
        "enterprises are registered",
        "a registered enterprise",
        `registration ${party.evidence.registration}`,
      );
    }
    if (!CIQ_FILED_ROLES.has(party.role)) {
      if (!party.evidence.roles.includes(party.role)) {
        fail(party.document, party.field, MATCH_STATUS.party, "enterprises are registered for their role", `registered as ${party.role}`, "not registered so");
      }
    } else if (!party.evidence.filings.some((filing) => filing.role === party.role && filing.status === "FILED")) {
      fail(party.document, party.field, MATCH_STATUS.party, "enterprises are filed with CIQ", `filed as ${party.role}`, "not filed");
    }
    if (party.evidence.onNegativeList) failures.push(listedFinding(party.document, party.field));
  }
  const byNumber = new Map(input.filings.filter((filing): filing is FilingEvidence => filing !== null).map((filing) => [filing.filingNo, filing]));
  const goods = (field: string, expected: string, actual: string) =>
    fail("inventory", field, MATCH_STATUS.productFiling, "goods match a product filing", expected, actual);
  input.lines.forEach((line, index) => {
    const field = `lines[${index}].filingNo`;
    if (!line.filingNo && line.match) {
      if (!line.match.filing) {
        const { candidates } = line.match;
        goods(
          field,
          "one product filing found by ebcCode, gcode and itemNo or barCode",
          candidates.length === 0 ? "none" : `${candidates.length} filings: ${candidates.join(", ")}`,
        );
        return;
      }
    }
    const filingNo = line.filingNo ?? line.match?.filing?.filingNo;
    const filing = filingNo ? byNumber.get(filingNo) : undefined;
    if (!filing) {
      goods(field, "a CIQ product filing", line.filingNo ?? "none");
      return;
    }
    if (filing.status !== "FILED") goods(field, "FILED", filing.status);
    if (filing.hsCode !== line.gcode) goods(field, `commodity code ${filing.hsCode}`, `commodity code ${line.gcode}`);
    if (filing.owner?.uscc !== input.ebcCode) goods(field, `filed by ${input.ebcCode}`, `filed by ${filing.owner?.uscc ?? "nobody"}`);
  });
  return failures;
}
