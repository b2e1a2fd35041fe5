/**
 * Resident identity number, GB 11643-1999: 6-digit address code, birth date YYYYMMDD, 3-digit sequence
 * (odd for men) and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function residentIdCheckChar(first17: string): string {
  return CHECK[[...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0) % 11]!;
}

/** Why `id` is not a valid resident identity number, or null when it is. */
export function residentIdProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return "must be 17 digits and a check digit or X (GB 11643)";
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll("-", "") !== birth) {
    return "has an impossible birth date";
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return "has a wrong check digit (GB 11643)";
  return null;
}
