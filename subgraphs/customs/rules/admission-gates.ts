/**
 * Who and what may be declared at all (docs/domain.md#admission): the enterprises of a list must be filed
 * with CIQ for their role and not on the credit negative list, and every line's goods must match a CIQ
 * product filing of the e-commerce enterprise under the same commodity code. The facts come from CIQ and
 * credit through the graph; this file only judges them.
 */
import type { Failure } from "./three-document-match";

export interface PartyEvidence {
  onNegativeList: boolean;
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

export function checkAdmission(input: GateInput): Failure[] {
  const failures: Failure[] = [];
  for (const party of input.parties) {
    if (!party.evidence) {
      failures.push({ rule: "enterprises are registered", field: party.field, expected: "a registered enterprise", actual: party.code });
      continue;
    }
    if (!party.evidence.filings.some((filing) => filing.role === party.role && filing.status === "FILED")) {
      failures.push({ rule: "enterprises are filed with CIQ", field: party.field, expected: `filed as ${party.role}`, actual: "not filed" });
    }
    if (party.evidence.onNegativeList) {
      failures.push({ rule: "no enterprise on the negative list", field: party.field, expected: "not listed", actual: "on the negative list" });
    }
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
