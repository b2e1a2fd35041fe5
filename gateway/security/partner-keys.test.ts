import { mkdtempSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { keysFromFile, newKey, readStore, writeStore, type Partner, type PartnerStore } from "./partner-keys";

const USCC_A = "91460100MA5T00002P";
const USCC_B = "91460100MA5T12345C";

function partner(id: string, keys: Partner["keys"], usccs = [USCC_A]): Partner {
  return { id, name: id, usccs, keys };
}

describe("a new partner key", () => {
  it("newKey makes tgk_<16 hex>.<43 base64url> keys, different each time, storing only a hash", () => {
    const first = newKey();
    const second = newKey();
    expect(first.key).toMatch(/^tgk_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(second.key).not.toBe(first.key);
    expect(first.record.id).toBe(first.key.slice(4, 20));
    expect(first.record.revokedAt).toBeNull();
    expect(first.record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(first.record)).not.toContain(first.key.slice(21));
  });
});

describe("the partner key file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tradegraph-keys-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips through writeStore and readStore", () => {
    const file = path.join(dir, "nested", "partner-keys.json");
    const store: PartnerStore = { partners: [partner("acme", [newKey().record], [USCC_A, USCC_B])] };
    writeStore(file, store);
    expect(readStore(file)).toEqual(store);
  });

  it("refuses to write a store with an invalid USCC", () => {
    const file = path.join(dir, "partner-keys.json");
    expect(() => writeStore(file, { partners: [partner("acme", [newKey().record], ["91460100MA5T00002Q"])] })).toThrow();
    expect(readStore(file)).toEqual({ partners: [] });
  });

  it("reads a missing file as an empty store", () => {
    expect(readStore(path.join(dir, "absent.json"))).toEqual({ partners: [] });
  });

  it("authenticates from the file, and a revocation holds from the very next look-up", () => {
    const file = path.join(dir, "partner-keys.json");
    const { key, record } = newKey();
    writeStore(file, { partners: [partner("acme", [record])] });
    const keys = keysFromFile(file);
    expect(keys.authenticate(key)).toMatchObject({ id: "acme", usccs: [USCC_A] });

    writeStore(file, { partners: [partner("acme", [{ ...record, revokedAt: new Date().toISOString() }])] });
    expect(keys.authenticate(key)).toBeNull();
  });

  it("notices a same-size rewrite within the same instant (a key replaced by another)", async () => {
    const file = path.join(dir, "partner-keys.json");
    const old = newKey();
    const replacement = newKey();
    const oldStore: PartnerStore = { partners: [partner("acme", [old.record])] };
    const newStore: PartnerStore = { partners: [partner("acme", [{ ...replacement.record, createdAt: old.record.createdAt }])] };
    // Same size and, forced here, the same whole-second mtime: only the file's identity tells the versions apart.
    const instant = new Date(Math.floor(Date.now() / 1000) * 1000);
    writeStore(file, oldStore);
    utimesSync(file, instant, instant);
    const before = statSync(file);
    const keys = keysFromFile(file);
    expect(keys.authenticate(old.key)?.id).toBe("acme");
    writeStore(file, newStore);
    utimesSync(file, instant, instant);
    const after = statSync(file);
    expect([after.mtimeMs, after.size]).toEqual([before.mtimeMs, before.size]);
    expect(keys.authenticate(old.key)).toBeNull();
    expect(keys.authenticate(replacement.key)?.id).toBe("acme");
  });

  it("picks up a key added to the file after the gateway started", async () => {
    const file = path.join(dir, "partner-keys.json");
    const keys = keysFromFile(file);
    const { key, record } = newKey();
    expect(keys.authenticate(key)).toBeNull();
    writeStore(file, { partners: [partner("acme", [record])] });
    expect(keys.authenticate(key)?.id).toBe("acme");
  });
});
