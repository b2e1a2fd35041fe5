import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadEnv } from "../../lib/config";
import { isValidUscc } from "../../lib/rules/uscc";

/**
 * Partner platforms' API keys. Only a hash of each key is stored; a partner has several keys so that keys
 * can rotate, each usable until revoked. The store is a JSON file that the `npm run partner` command
 * writes and the gateway re-reads as soon as it changes, so a revocation holds from the next request.
 */
export const API_KEY_HEADER = "x-api-key";

/** Where the key store is: PARTNER_KEYS_FILE, else partner-keys.json in the data directory (the same for `npm run partner` and the gateway). */
export function partnerKeysFile(source: NodeJS.ProcessEnv = process.env): string {
  return source.PARTNER_KEYS_FILE || path.join(loadEnv(source).TRADEGRAPH_DATA_DIR, "partner-keys.json");
}
const KEY_PATTERN = /^tgk_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

const storeSchema = z.object({
  partners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      usccs: z.array(z.string().refine(isValidUscc)).min(1),
      keys: z.array(
        z.object({ id: z.string().regex(/^[0-9a-f]{16}$/), hash: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.string(), revokedAt: z.string().nullable() }),
      ),
    }),
  ),
});
export type PartnerStore = z.infer<typeof storeSchema>;
export type Partner = PartnerStore["partners"][number];

const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Makes a new key; the returned text is shown once and never stored. */
export function newKey(): { key: string; record: Partner["keys"][number] } {
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { key: `tgk_${id}.${secret}`, record: { id, hash: hashSecret(secret), createdAt: new Date().toISOString(), revokedAt: null } };
}

export interface PartnerKeys {
  /** The partner a presented key belongs to, or null for an unknown, malformed or revoked key. */
  authenticate(presented: string): Partner | null;
}

export function keysIn(store: PartnerStore): PartnerKeys {
  return {
    authenticate(presented) {
      const match = KEY_PATTERN.exec(presented);
      if (!match) return null;
      const [, keyId, secret] = match;
      for (const partner of store.partners) {
        const key = partner.keys.find((candidate) => candidate.id === keyId);
        if (!key) continue;
        const ok = timingSafeEqual(Buffer.from(key.hash, "hex"), Buffer.from(hashSecret(secret!), "hex"));
        return ok && key.revokedAt === null ? partner : null;
      }
      return null;
    },
  };
}

export function readStore(file: string): PartnerStore {
  if (!existsSync(file)) return { partners: [] };
  return storeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function writeStore(file: string, store: PartnerStore): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(storeSchema.parse(store), null, 2), { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * Keys from a file, re-read whenever the file changes. A file that does not read or validate keeps the
 * keys last read, and says why through `onError`: a half-written edit must not lock every partner out.
 */
export function keysFromFile(file: string, onError: (error: unknown) => void = () => {}): PartnerKeys {
  let stamp = "";
  let keys = keysIn({ partners: [] });
  return {
    authenticate(presented) {
      const stat = existsSync(file) ? statSync(file) : undefined;
      const current = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : "absent";
      if (current !== stamp) {
        stamp = current;
        try {
          keys = keysIn(readStore(file));
        } catch (error) {
          onError(error);
        }
      }
      return keys.authenticate(presented);
    },
  };
}
