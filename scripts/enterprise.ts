/**
 * Registers an enterprise offline, as credit staff's registerEnterprise mutation does (same function, same
 * checks), ACTIVE from --effective (default: today in China), in the operator's name:
 *   npm run enterprise -- register --uscc 9146… --name "…" --role AGENT [--role …] --district 460100
 *     [--customs-code 4601…] --reason "paper application no. …" [--effective YYYY-MM-DD] --reference <yours>
 * With the embedded database the system must be stopped (one process holds it); with PostgreSQL it may run.
 */
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { databaseLocation } from "../lib/config";
import { openDatabase } from "../lib/db/database";
import { credit } from "../subgraphs/credit";
import { today } from "../subgraphs/credit/registration";
import type { EnterpriseRole } from "../prisma/credit/generated/client";
import { registerOffline } from "./operator";

/** The command's option for each field of the registration, to name it in a refusal. */
const OPTION_OF: Record<string, string> = { districtCode: "district", customsCode: "customs-code", roles: "role" };

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      uscc: { type: "string" },
      name: { type: "string" },
      role: { type: "string", multiple: true },
      district: { type: "string" },
      "customs-code": { type: "string" },
      reason: { type: "string" },
      effective: { type: "string" },
      reference: { type: "string" },
    },
  });
  if (positionals[0] !== "register")
    fail("usage: npm run enterprise -- register --uscc … --name … --role … --district … --reason … --reference … (see scripts/enterprise.ts)");
  for (const option of ["uscc", "name", "district", "reason", "reference"] as const) if (!values[option]) fail(`register needs --${option}`);
  if (values.effective && !/^\d{4}-\d{2}-\d{2}$/.test(values.effective)) fail("--effective must be a day, YYYY-MM-DD (China time)");
  const database = await openDatabase("credit", databaseLocation("credit"), credit.createClient);
  try {
    const enterprise = await registerOffline(
      database.prisma,
      userInfo().username,
      {
        reference: values.reference!,
        uscc: values.uscc!,
        name: values.name!,
        roles: (values.role ?? []) as EnterpriseRole[],
        districtCode: values.district!,
        customsCode: values["customs-code"] ?? null,
      },
      values.reason!,
      values.effective ? new Date(values.effective) : today(),
    );
    console.log(`${enterprise.uscc} ${enterprise.name}: ${enterprise.status} (roles ${enterprise.roles.join(", ")})`);
  } catch (error) {
    // A refusal names the option it is about, as the mutation's BAD_USER_INPUT names the field.
    if (error instanceof GraphQLError) fail(error.message.replace(/^registration\.(\w+)/, (_, field: string) => `--${OPTION_OF[field] ?? field}`));
    throw error;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("enterprise failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
