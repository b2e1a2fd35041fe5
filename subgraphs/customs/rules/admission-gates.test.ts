import { checkAdmission, type FilingEvidence, type GateInput, type PartyEvidence } from "./admission-gates";

const SELLER = "91460100MA5T12345C";
const OTHER = "91350100M000100Y43";

const filed = (role: string): PartyEvidence => ({ onNegativeList: false, roles: [role], registration: "ACTIVE", filings: [{ role, status: "FILED" }] });
/** A declaring agent: registered with credit, never filed with CIQ (CIQ does not file agents). */
const agent = (change: Partial<PartyEvidence> = {}): PartyEvidence => ({
  onNegativeList: false,
  roles: ["AGENT"],
  registration: "ACTIVE",
  filings: [],
  ...change,
});
const filing = (filingNo: string, hsCode: string, change: Partial<FilingEvidence> = {}): FilingEvidence => ({
  filingNo,
  hsCode,
  status: "FILED",
  owner: { uscc: SELLER },
  ...change,
});

const admissible: GateInput = {
  parties: [
    { document: "inventory", field: "ebpCode", code: "P1", role: "PLATFORM", evidence: filed("PLATFORM") },
    { document: "inventory", field: "ebcCode", code: SELLER, role: "ECOMMERCE", evidence: filed("ECOMMERCE") },
    { document: "inventory", field: "agentCode", code: "A1", role: "AGENT", evidence: agent() },
    { document: "inventory", field: "assureCode", code: "P1", role: "PLATFORM", evidence: filed("PLATFORM") },
    { document: "inventory", field: "areaCode", code: "W1", role: "WAREHOUSE", evidence: filed("WAREHOUSE") },
  ],
  ebcCode: SELLER,
  lines: [
    { gnum: 1, gcode: "3304990099", filingNo: "F1" },
    { gnum: 2, gcode: "1901101000", filingNo: "F2" },
  ],
  filings: [filing("F1", "3304990099"), filing("F2", "1901101000")],
};

const withParty = (evidence: PartyEvidence | null, index = 0): GateInput => ({
  ...admissible,
  parties: admissible.parties.map((party, at) => (at === index ? { ...party, evidence } : party)),
});
const withFiling = (change: Partial<FilingEvidence> | null): GateInput => ({
  ...admissible,
  filings: [change === null ? null : filing("F1", "3304990099", change), admissible.filings[1]!],
});

describe("who and what may be declared", () => {
  it("admits filed enterprises off the negative list, with goods filed by the seller under the same code", () => {
    expect(checkAdmission(admissible)).toEqual([]);
  });

  it.each([
    ["an enterprise unknown to the zone", withParty(null), { field: "ebpCode", rule: "enterprises are registered", actual: "P1" }],
    [
      "an enterprise whose registration is suspended on the declaration day",
      withParty({ ...filed("PLATFORM"), registration: "SUSPENDED" }),
      { field: "ebpCode", rule: "enterprises are registered", actual: "registration SUSPENDED" },
    ],
    [
      "an enterprise filed for another role only",
      withParty(filed("LOGISTICS")),
      { field: "ebpCode", rule: "enterprises are filed with CIQ", expected: "filed as PLATFORM" },
    ],
    [
      "an enterprise whose filing is not (or no longer) FILED",
      withParty({ onNegativeList: false, roles: ["PLATFORM"], registration: "ACTIVE", filings: [{ role: "PLATFORM", status: "REVOKED" }] }),
      { field: "ebpCode", rule: "enterprises are filed with CIQ" },
    ],
    [
      "an enterprise on the negative list",
      withParty({ ...filed("PLATFORM"), onNegativeList: true }),
      { field: "ebpCode", rule: "no enterprise on the negative list" },
    ],
    ["an agent on the negative list", withParty(agent({ onNegativeList: true }), 2), { field: "agentCode", rule: "no enterprise on the negative list" }],
    [
      "an agent credit does not register as AGENT",
      withParty(agent({ roles: ["LOGISTICS"] }), 2),
      { field: "agentCode", rule: "enterprises are registered for their role", expected: "registered as AGENT" },
    ],
    ["an agent unknown to the zone", withParty(null, 2), { field: "agentCode", rule: "enterprises are registered", actual: "A1" }],
    [
      "a guarantor on the negative list",
      withParty({ ...filed("PLATFORM"), onNegativeList: true }, 3),
      { field: "assureCode", rule: "no enterprise on the negative list" },
    ],
    [
      "a warehouse operator not filed with CIQ as one",
      withParty(filed("LOGISTICS"), 4),
      { field: "areaCode", rule: "enterprises are filed with CIQ", expected: "filed as WAREHOUSE" },
    ],
    ["a warehouse operator on the negative list", withParty({ ...filed("WAREHOUSE"), onNegativeList: true }, 4), { field: "areaCode" }],
    [
      "goods without a filing number",
      { ...admissible, lines: [{ ...admissible.lines[0]!, filingNo: null }, admissible.lines[1]!] },
      { field: "lines[0].filingNo", actual: "none" },
    ],
    [
      "goods without a filing number for which CIQ found none",
      { ...admissible, lines: [{ ...admissible.lines[0]!, filingNo: null, match: { filing: null, candidates: [] } }, admissible.lines[1]!] },
      { field: "lines[0].filingNo", actual: "none" },
    ],
    [
      "goods without a filing number for which CIQ found several",
      { ...admissible, lines: [{ ...admissible.lines[0]!, filingNo: null, match: { filing: null, candidates: ["F1", "F3"] } }, admissible.lines[1]!] },
      { field: "lines[0].filingNo", actual: "2 filings: F1, F3" },
    ],
    [
      "goods without a filing number whose found filing is not FILED",
      {
        ...withFiling({ status: "REVOKED" }),
        lines: [
          { ...admissible.lines[0]!, filingNo: null, match: { filing: filing("F1", "3304990099", { status: "REVOKED" }), candidates: ["F1"] } },
          admissible.lines[1]!,
        ],
      },
      { field: "lines[0].filingNo", expected: "FILED", actual: "REVOKED" },
    ],
    ["goods whose filing CIQ does not know", withFiling(null), { field: "lines[0].filingNo", expected: "a CIQ product filing", actual: "F1" }],
    ["goods whose filing is not FILED", withFiling({ status: "PENDING" }), { field: "lines[0].filingNo", expected: "FILED", actual: "PENDING" }],
    [
      "goods declared under another commodity code",
      withFiling({ hsCode: "3304100000" }),
      { expected: "commodity code 3304100000", actual: "commodity code 3304990099" },
    ],
    ["goods filed by another enterprise", withFiling({ owner: { uscc: OTHER } }), { expected: `filed by ${SELLER}`, actual: `filed by ${OTHER}` }],
    ["goods whose filing has no owner", withFiling({ owner: null }), { actual: "filed by nobody" }],
  ] as Array<[string, GateInput, Record<string, string>]>)("refuses %s", (_, input, failure) => {
    expect(checkAdmission(input)).toEqual([expect.objectContaining(failure)]);
  });

  it("admits goods without a filing number by the filing CIQ found for them", () => {
    const found = filing("F1", "3304990099");
    expect(
      checkAdmission({
        ...admissible,
        lines: [{ ...admissible.lines[0]!, filingNo: null, match: { filing: found, candidates: ["F1"] } }, admissible.lines[1]!],
      }),
    ).toEqual([]);
  });

  it("lists every failure: a listed, unfiled party and a line with a wrong filing", () => {
    const input: GateInput = {
      ...withFiling({ status: "PENDING", hsCode: "0000000000" }),
      parties: [{ ...admissible.parties[0]!, evidence: { onNegativeList: true, roles: ["PLATFORM"], registration: "ACTIVE", filings: [] } }],
    };
    expect(checkAdmission(input).map((failure) => failure.rule)).toEqual([
      "enterprises are filed with CIQ",
      "no enterprise on the negative list",
      "goods match a product filing",
      "goods match a product filing",
    ]);
  });
});
