import { ean13CheckDigit, ean13Problem } from "./ean13";

describe("EAN-13 barcodes", () => {
  it("computes the check digit of published barcodes", () => {
    expect(ean13CheckDigit("400638133393")).toBe("1");
    expect(ean13CheckDigit("690123456789")).toBe("2");
    expect(ean13CheckDigit("000000000000")).toBe("0");
  });

  it("accepts a barcode with its check digit and refuses a wrong one, naming the right digit", () => {
    expect(ean13Problem("4006381333931")).toBeNull();
    expect(ean13Problem("6901234567892")).toBeNull();
    expect(ean13Problem("4006381333932")).toBe("has a wrong check digit 2 (EAN-13 gives 1)");
  });

  it("refuses anything but 13 digits", () => {
    for (const code of ["400638133393", "40063813339311", "400638133393X", "无", ""]) expect(ean13Problem(code)).toBe("must be 13 digits (EAN-13)");
  });
});
