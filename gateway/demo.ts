import { randomBytes } from "node:crypto";
import type { Department } from "../lib/departments";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, issueToken, type AuthOptions, type UserClaims } from "./security/auth";
import { keysIn, newKey } from "./security/partner-keys";

/**
 * Credentials for the embedded demo and the tests: secrets drawn at start and kept only in memory, so
 * nothing issued here is valid in any other process or after a restart.
 */
export interface DemoSecurity {
  contextSecret: string;
  auth: AuthOptions;
  partnerKey: string;
  token(claims: UserClaims): Promise<string>;
  staffToken(department: Department): Promise<string>;
}

export function demoSecurity(partner: { name: string; usccs: string[] }): DemoSecurity {
  const jwtSecret = randomBytes(32).toString("base64url");
  const { key, record } = newKey();
  const token = (claims: UserClaims) => issueToken(jwtSecret, claims);
  return {
    contextSecret: randomBytes(32).toString("base64url"),
    auth: {
      secret: jwtSecret,
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      partners: keysIn({ partners: [{ id: "demo-partner", name: partner.name, usccs: partner.usccs, keys: [record] }] }),
    },
    partnerKey: key,
    token,
    staffToken: (department) => token({ sub: `demo-${department}-officer`, role: "staff", department }),
  };
}
