/**
 * Manages partner platforms' API keys (only hashes are stored; a new key is printed once):
 *   npm run partner -- add --name "Platform" --uscc 9146… [--uscc …]   each USCC registered with credit and ACTIVE today
 *   npm run partner -- rotate --partner <id>     adds a key; the old ones stay valid until revoked
 *   npm run partner -- revoke --key <key id>      refused from the gateway's next request on
 *   npm run partner -- list
 * The store is PARTNER_KEYS_FILE, by default .data/partner-keys.json.
 */
import { parseArgs } from "node:util";
import { databaseLocation } from "../lib/config";
import { openDatabase } from "../lib/db/database";
import { newKey, partnerKeysFile, readStore, writeStore } from "../gateway/security/partner-keys";
import { credit } from "../subgraphs/credit";
import { addPartner, OperatorError } from "./operator";

const file = partnerKeysFile();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, uscc: { type: "string", multiple: true }, partner: { type: "string" }, key: { type: "string" } },
});
const store = readStore(file);

async function main(): Promise<void> {
  switch (positionals[0]) {
    case "add": {
      if (!values.name) fail("add needs --name");
      const usccs = values.uscc ?? [];
      // Credit's registrations decide who may have a key; with the embedded database, the system must be stopped.
      const database = await openDatabase("credit", databaseLocation("credit"), credit.createClient);
      try {
        const { id, key } = await addPartner(database.prisma, file, { name: values.name, usccs });
        console.log(`partner ${id} (${values.name}) acting for ${usccs.join(", ")}\nAPI key (shown once, send it as x-api-key): ${key}`);
      } catch (error) {
        if (error instanceof OperatorError) fail(error.message);
        throw error;
      } finally {
        await database.close();
      }
      break;
    }
    case "rotate": {
      const partner = store.partners.find((candidate) => candidate.id === values.partner) ?? fail(`no partner ${values.partner ?? "(give --partner)"}`);
      const { key, record } = newKey();
      partner.keys.push(record);
      writeStore(file, store);
      console.log(`new key ${record.id} for ${partner.id}; revoke the old ones once the partner has switched\nAPI key (shown once): ${key}`);
      break;
    }
    case "revoke": {
      const key = store.partners.flatMap((partner) => partner.keys).find((candidate) => candidate.id === values.key);
      if (!key) fail(`no key ${values.key ?? "(give --key)"}`);
      key.revokedAt ??= new Date().toISOString();
      writeStore(file, store);
      console.log(`key ${key.id} revoked at ${key.revokedAt}`);
      break;
    }
    case "list":
      for (const partner of store.partners) {
        console.log(`${partner.id}  ${partner.name}  acts for ${partner.usccs.join(", ")}`);
        for (const key of partner.keys) console.log(`  key ${key.id}  created ${key.createdAt}${key.revokedAt ? `  revoked ${key.revokedAt}` : ""}`);
      }
      break;
    default:
      fail("usage: npm run partner -- add|rotate|revoke|list (see scripts/partner.ts)");
  }
}

main().catch((error: unknown) => {
  console.error("partner failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
