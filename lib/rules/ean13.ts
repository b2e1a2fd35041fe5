/**
 * EAN-13 (GTIN-13, GB 12904) barcodes: 13 digits, the last a check digit over the first 12, whose digits are
 * weighted 1 and 3 alternately from the left; the check digit brings the sum to a multiple of 10.
 */
export function ean13CheckDigit(first12: string): string {
  const sum = [...first12].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

/** Why `code` is not a valid EAN-13 barcode, or null when it is. */
export function ean13Problem(code: string): string | null {
  if (!/^\d{13}$/.test(code)) return "must be 13 digits (EAN-13)";
  const expected = ean13CheckDigit(code.slice(0, 12));
  if (code[12] !== expected) return `has a wrong check digit ${code[12]} (EAN-13 gives ${expected})`;
  return null;
}
