import { cusGoodsNoProblem, filingStatusOn, matchFiling, type Candidate } from "./product-filing";

const SELLER = "91460100MA5T12345C";
const OTHER = "91350100M000100Y43";
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const filing = (filingNo: string, change: Partial<Candidate> = {}): Candidate => ({
  filingNo,
  ownerUscc: SELLER,
  hsCode: "3304990099",
  itemNo: "SKU1",
  barCode: "6901234567892",
  status: "FILED",
  effectiveFrom: day("2026-12-10"),
  revokedFrom: null,
  ...change,
});

describe("the status of a filing on a day", () => {
  it("is PENDING before its effective date, FILED from it, REVOKED from the day its revocation takes effect", () => {
    const revoked = filing("F1", { status: "REVOKED", revokedFrom: day("2026-12-17") });
    expect(filingStatusOn(revoked, "2026-12-09")).toBe("PENDING");
    expect(filingStatusOn(revoked, "2026-12-10")).toBe("FILED");
    expect(filingStatusOn(revoked, "2026-12-16")).toBe("FILED");
    expect(filingStatusOn(revoked, "2026-12-17")).toBe("REVOKED");
  });

  it("keeps the status a dateless (demo world) filing was given", () => {
    expect(filingStatusOn(filing("F1", { status: "SUSPENDED", effectiveFrom: null }), "2026-12-16")).toBe("SUSPENDED");
  });
});

describe("how a line without filingNo finds its filing", () => {
  const line = { ebcCode: SELLER, gcode: "3304990099", itemNo: "SKU1", barCode: "无" };

  it("matches the enterprise, the commodity code and the item number or the barcode", () => {
    expect(matchFiling(line, [filing("F1")], "2026-12-16")).toEqual({ filing: filing("F1"), candidates: ["F1"] });
    expect(matchFiling({ ...line, itemNo: null, barCode: "6901234567892" }, [filing("F1")], "2026-12-16").candidates).toEqual(["F1"]);
    for (const other of [filing("F2", { ownerUscc: OTHER }), filing("F3", { hsCode: "3304910090" }), filing("F4", { itemNo: "SKU2", barCode: null })]) {
      expect(matchFiling(line, [other], "2026-12-16")).toEqual({ filing: null, candidates: [] });
    }
  });

  it("prefers the filing in force on the day over a revoked one, and is ambiguous between two in force", () => {
    const revoked = filing("F1", { status: "REVOKED", revokedFrom: day("2026-12-12") });
    expect(matchFiling(line, [revoked, filing("F2")], "2026-12-16")).toEqual({ filing: filing("F2"), candidates: ["F2"] });
    expect(matchFiling(line, [revoked], "2026-12-16")).toEqual({ filing: revoked, candidates: ["F1"] });
    expect(matchFiling(line, [filing("F3"), filing("F2")], "2026-12-16")).toEqual({ filing: null, candidates: ["F2", "F3"] });
  });
});

describe("a customs goods filing number (cusGoodsNo)", () => {
  it("is CUS, a customs district of the code table and an 8-digit serial", () => {
    expect(cusGoodsNoProblem("CUS640900000203")).toBeNull();
    expect(cusGoodsNoProblem("CUS640700000001")).toBeNull();
    for (const wrong of ["CUS64090000020", "CUS6409000002030", "cus640900000203", "CUS6409ABCDEFGH", " CUS640900000203", "CIQ640900000203"]) {
      expect(cusGoodsNoProblem(wrong)).toBe("must be CUS, a 4-digit customs district code and an 8-digit serial (e.g. CUS640900000001)");
    }
    expect(cusGoodsNoProblem("CUS220100000001")).toBe("names customs district 2201, which is not in the code table CUSTOMS_DISTRICT");
  });
});
