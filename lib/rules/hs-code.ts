/**
 * CEB lists carry a 10-digit commodity code: the 8-digit tariff line (chapter 01–97 but 77, heading,
 * subheading, Chinese subdivision) and a 2-digit customs additional code.
 */
export function hsCodeProblem(code: string): string | null {
  if (!/^\d{10}$/.test(code)) return "must be 10 digits";
  const chapter = Number(code.slice(0, 2));
  if (chapter < 1 || chapter > 97 || chapter === 77) return `has chapter ${code.slice(0, 2)}, which the HS does not have`;
  return null;
}
