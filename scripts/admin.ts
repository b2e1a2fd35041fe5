/**
 * Creates the first administrator of a production gateway (one configured with JWT_SECRET): prints a token
 * with role admin, signed with that secret, issuer and audience, for the `authorization: Bearer` header:
 *   npm run admin -- create --subject <name> [--expires 8h]
 * Refusals (no JWT_SECRET, an identity provider's JWT_JWKS_URL instead, a bad subject) exit 2 with the reason.
 */
import { parseArgs } from "node:util";
import { createAdmin, OperatorError } from "./operator";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { subject: { type: "string" }, expires: { type: "string" } } });
  if (positionals[0] !== "create") fail("usage: npm run admin -- create --subject <name> [--expires 8h] (see scripts/admin.ts)");
  if (!values.subject) fail("create needs --subject, the administrator's name as the audit log will show it");
  try {
    const { token, expiresIn } = await createAdmin(process.env, { subject: values.subject, expiresIn: values.expires });
    console.log(`administrator ${values.subject}, valid for ${expiresIn} (send it as authorization: Bearer …; shown once):\n${token}`);
  } catch (error) {
    if (error instanceof OperatorError) fail(error.message);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error("admin failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
