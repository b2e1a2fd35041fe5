/**
 * Unified Social Credit Code, GB 32100-2015: 18 characters from a 31-character set, the 18th a check
 * character over the first 17, and positions 9–17 an organisation code (GB 11714) with its own check.
 */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function usccCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + USCC_CHARSET.indexOf(char) * USCC_WEIGHTS[i]!, 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheckChar(body: string): string {
  const value = (char: string) => (/\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);
  const c = 11 - ([...body].reduce((total, char, i) => total + value(char) * ORG_CODE_WEIGHTS[i]!, 0) % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** Why `code` is not a valid USCC, or null when it is. */
export function usccProblem(code: string): string | null {
  if (!USCC_PATTERN.test(code)) return "must be 18 characters of GB 32100 (digits and capitals except I, O, S, V, Z)";
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return "has a wrong check character (GB 32100)";
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
