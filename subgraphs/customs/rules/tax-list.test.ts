import Decimal from "decimal.js";
import { taxListMessage, taxListOf, type StoredList } from "./tax-list";

/** A list released on 1 March 2026 (China): 1000.00 of skin care and 500.00 of the same, 20.00 freight. */
const released: StoredList = {
  agentCode: "91460106MA3QCET98E",
  copNo: "AG-0001",
  invtNo: "64092026I000000042",
  orderNo: "EX-0001",
  logisticsNo: "LN-0001",
  logisticsCode: "91460106MA8ULU8D2C",
  ebcCode: "91460108MAD22AT72H",
  assureCode: "91460106MA91EEB09C",
  agentUscc: "91460106MA3QCET98E",
  ebcUscc: "91460108MAD22AT72H",
  logisticsUscc: "91460106MA8ULU8D2C",
  assureUscc: "91460106MA91EEB09C",
  customsCode: "6409",
  returnStatus: 800,
  ieDate: new Date("2026-03-01"),
  taxBillPeriod: "2026-03",
  freight: "20",
  insuredFee: "0",
  customsTax: "0",
  valueAddedTax: "161.07",
  consumptionTax: "185.84",
  taxTotal: "346.91",
  // As the acceptance recorded it (recordedTax): the lines in gnum order.
  decision: {
    outcome: "accepted",
    tax: {
      lines: [
        { customsTax: "0.00", valueAddedTax: "107.38", consumptionTax: "123.90", total: "231.28" },
        { customsTax: "0.00", valueAddedTax: "53.69", consumptionTax: "61.94", total: "115.63" },
      ],
    },
  },
  // Stored lines come in any order; the tax list is in gnum order.
  lines: [
    { gnum: 2, gcode: "3304990099", totalPrice: "500" },
    { gnum: 1, gcode: "3304990099", totalPrice: "1000" },
  ],
};

const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed(2);

describe("the CEB816 of a released list (taxListOf)", () => {
  it("is the stored tax, per line as assessed, numbered after the list and billed to the guarantor's month", () => {
    const tax = taxListOf(released, new Date("2026-03-02T10:00:00+08:00"));
    expect(tax).toMatchObject({ taxNo: "64092026T000000042", status: 1, entDutyNo: "91460106MA91EEB09C202603", taxTotal: "346.91" });
    expect(tax.lines).toEqual([
      { gnum: 1, gcode: "3304990099", taxPrice: "1013.33", customsTax: "0.00", valueAddedTax: "107.38", consumptionTax: "123.90" },
      { gnum: 2, gcode: "3304990099", taxPrice: "506.67", customsTax: "0.00", valueAddedTax: "53.69", consumptionTax: "61.94" },
    ]);
  });

  it("is summarised (2) from the 31st day after release, and void (3) once the goods are returned", () => {
    expect(taxListOf(released, new Date("2026-03-31T23:59:00+08:00")).status).toBe(1);
    expect(taxListOf(released, new Date("2026-04-01T08:00:00+08:00")).status).toBe(2);
    expect(taxListOf({ ...released, returnStatus: 700 }, new Date("2026-03-05T08:00:00+08:00")).status).toBe(3);
  });

  it("shares the stored heads by value, to the fen, for a list accepted before decisions recorded per-line tax", () => {
    const tax = taxListOf({ ...released, decision: { outcome: "accepted" } }, new Date("2026-03-02T10:00:00+08:00"));
    for (const field of ["customsTax", "valueAddedTax", "consumptionTax"] as const) {
      expect(sum(tax.lines.map((line) => line[field]))).toBe(tax[field]);
    }
    expect(tax.lines[0]!.valueAddedTax).toBe("107.38");
  });

  it("has no tax list before release", () => {
    expect(() => taxListOf({ ...released, ieDate: null, taxBillPeriod: null }, new Date())).toThrow(/never released/);
  });

  it("reads the same as CEB816 XML twice in the same status, amounts to the fen, times in C17", () => {
    const at = new Date("2026-03-02T10:00:00.123+08:00");
    const xml = taxListMessage(taxListOf(released, at), at);
    expect(xml).toBe(taxListMessage(taxListOf(released, at), at));
    expect(xml).toContain("<ceb:returnTime>20260302100000123</ceb:returnTime>");
    expect(xml).toContain("<ceb:customsTax>0.00</ceb:customsTax>");
    expect(xml).not.toContain("copNo");
  });
});
