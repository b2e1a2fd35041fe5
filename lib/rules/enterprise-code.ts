import { usccProblem } from "./uscc";

/**
 * CEB enterprise fields (ebpCode, ebcCode, agentCode, logisticsCode, payCode …) accept the 10-character
 * customs registration code or the 18-character USCC.
 */
export const CUSTOMS_CODE_LENGTH = 10;

export function enterpriseCodeProblem(code: string): string | null {
  if (code.length === CUSTOMS_CODE_LENGTH) return /^[0-9A-Z]{10}$/.test(code) ? null : "a 10-character customs code has only digits and capitals";
  if (code.length === 18) return usccProblem(code);
  return "must be a 10-character customs code or an 18-character USCC";
}
