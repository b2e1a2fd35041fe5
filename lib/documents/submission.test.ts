import { GraphQLError } from "graphql";
import type { Identity } from "../auth/identity";
import { fileDocument, filingStatus, isResend, rejectDocument, requireSubmitter, SAVED, type Filing, type StoredVersion } from "./submission";

const DUPLICATE = -301010;
const INVALID = -301001;

interface Stored {
  /** Each version's content hash, and the GUID of the message that filed it. */
  versions: string[];
  guids: string[];
  returnStatus: number;
}

/**
 * A department's document register in memory: one document per number, its content versions, and a
 * receipt naming the version it answers. `writes` counts every change of the register. A message's GUID
 * is `G-<content>` unless a test gives another.
 */
class Register {
  readonly documents = new Map<string, Stored>();
  writes = 0;

  snapshot() {
    return JSON.stringify([...this.documents]);
  }

  filing(
    number: string,
    contentHash: string,
    appType: "1" | "2",
    options: { guid?: string; unchangeable?: string; racedBy?: { contentHash: string; guid: string } } = {},
  ): Filing<string> {
    const guid = options.guid ?? `G-${contentHash}`;
    return {
      appType,
      guid,
      contentHash,
      keyField: "orderNo",
      prefix: "order",
      duplicateStatus: DUPLICATE,
      invalidStatus: INVALID,
      find: async () => {
        const stored = this.documents.get(number);
        return stored
          ? { contentHash: stored.versions.at(-1)!, guid: stored.guids.at(-1)!, version: stored.versions.length, returnStatus: stored.returnStatus }
          : null;
      },
      create: async () => {
        if (options.racedBy !== undefined) {
          // Another request stored the same number between find() and create().
          this.documents.set(number, { versions: [options.racedBy.contentHash], guids: [options.racedBy.guid], returnStatus: 120 });
          throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
        }
        this.writes += 1;
        this.documents.set(number, { versions: [contentHash], guids: [guid], returnStatus: 120 });
      },
      unchangeable: async () => (options.unchangeable ? { returnStatus: -301011, message: options.unchangeable } : null),
      change: async (expected: StoredVersion) => {
        const stored = this.documents.get(number)!;
        if (stored.versions.length !== expected.version) throw new Error("changed meanwhile");
        this.writes += 1;
        stored.versions.push(contentHash);
        stored.guids.push(guid);
        stored.returnStatus = 120;
      },
      latestReceipt: async () => {
        const stored = this.documents.get(number)!;
        return `${number} v${stored.versions.length} ${stored.returnStatus}`;
      },
    };
  }
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions;
}

describe("filing a CEB document (fileDocument)", () => {
  it("stores a new document and answers with its receipt", async () => {
    const register = new Register();
    await expect(fileDocument(register.filing("A1", "h1", "1"))).resolves.toBe("A1 v1 120");
    expect(register.writes).toBe(1);
  });

  it.each(["1", "2"] as const)(
    "answers the same message again (its GUID and content, appType %s) with the receipt already issued, writing nothing",
    async (appType) => {
      const register = new Register();
      await fileDocument(register.filing("A1", "h1", "1"));
      await expect(fileDocument(register.filing("A1", "h1", appType))).resolves.toBe("A1 v1 120");
      expect(register.writes).toBe(1);
    },
  );

  it("refuses the same content under a new GUID (a second 新增 of the number) as a duplicate, and stores nothing", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    const before = register.snapshot();
    expect(await refusal(fileDocument(register.filing("A1", "h1", "1", { guid: "G-other" })))).toMatchObject({
      field: "order.orderNo",
      returnStatus: DUPLICATE,
    });
    expect(register.snapshot()).toBe(before);
  });

  it("refuses other content under the GUID already filed (no resend) as a duplicate", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    expect(await refusal(fileDocument(register.filing("A1", "h2", "1", { guid: "G-h1" })))).toMatchObject({ returnStatus: DUPLICATE });
    expect(register.documents.get("A1")!.versions).toEqual(["h1"]);
  });

  it("answers a change (appType 2) that changes nothing with the current receipt, storing nothing", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    await expect(fileDocument(register.filing("A1", "h1", "2", { guid: "G-change" }))).resolves.toBe("A1 v1 120");
    expect(register.writes).toBe(1);
  });

  it("keeps answering a resent message while the document is as it left it: a resend after a change is a new 新增", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    await fileDocument(register.filing("A1", "h2", "2"));
    await expect(fileDocument(register.filing("A1", "h2", "2"))).resolves.toBe("A1 v2 120");
    expect(await refusal(fileDocument(register.filing("A1", "h1", "1")))).toMatchObject({ returnStatus: DUPLICATE });
  });

  it("refuses other content under a filed number as a duplicate, and stores nothing", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    const before = register.snapshot();
    expect(await refusal(fileDocument(register.filing("A1", "h2", "1")))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "order.orderNo",
      returnStatus: DUPLICATE,
    });
    expect(register.snapshot()).toBe(before);
  });

  it("files a change (appType 2) as a new version, keeping the earlier content", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    await expect(fileDocument(register.filing("A1", "h2", "2"))).resolves.toBe("A1 v2 120");
    expect(register.documents.get("A1")!.versions).toEqual(["h1", "h2"]);
  });

  it("refuses a change of a document that was never filed, and stores nothing", async () => {
    const register = new Register();
    expect(await refusal(fileDocument(register.filing("A1", "h1", "2")))).toMatchObject({ field: "order.orderNo", returnStatus: INVALID });
    expect(register.documents.size).toBe(0);
  });

  it("refuses a change the document no longer allows, with the reason, and keeps it as it was", async () => {
    const register = new Register();
    await fileDocument(register.filing("A1", "h1", "1"));
    const before = register.snapshot();
    const extensions = await refusal(fileDocument(register.filing("A1", "h2", "2", { unchangeable: "the order is already declared on a list" })));
    expect(extensions).toMatchObject({ returnStatus: -301011, problems: [{ field: "order.orderNo", message: "the order is already declared on a list" }] });
    expect(register.snapshot()).toBe(before);
  });

  it("files a saved document again in full, as a new version, even when its state would forbid a change", async () => {
    const register = new Register();
    register.documents.set("A1", { versions: ["h1"], guids: ["G-h1"], returnStatus: SAVED });
    await expect(fileDocument(register.filing("A1", "h2", "1", { unchangeable: "never asked for a saved document" }))).resolves.toBe("A1 v2 120");
  });

  it("answers a request that lost a race to the same message with that receipt", async () => {
    const register = new Register();
    await expect(fileDocument(register.filing("A1", "h1", "1", { racedBy: { contentHash: "h1", guid: "G-h1" } }))).resolves.toBe("A1 v1 120");
  });

  it.each([
    ["other content", { contentHash: "h2", guid: "G-h2" }],
    ["the same content under another GUID", { contentHash: "h1", guid: "G-other" }],
  ])("refuses a request that lost a race to %s as a duplicate", async (_, racedBy) => {
    const register = new Register();
    expect(await refusal(fileDocument(register.filing("A1", "h1", "1", { racedBy })))).toMatchObject({ returnStatus: DUPLICATE });
    expect(register.documents.get("A1")!.versions).toEqual([racedBy.contentHash]);
  });

  it.each([
    ["the same GUID and content", true, "G1", "h1"],
    ["a new GUID", false, "G2", "h1"],
    ["other content", false, "G1", "h2"],
  ] as const)("a message with %s is a resend: %s", (_, resend, guid, contentHash) => {
    expect(isResend({ guid: "G1", contentHash: "h1" }, { guid, contentHash })).toBe(resend);
  });

  it("passes on a storage failure that is not a duplicate key", async () => {
    const register = new Register();
    const filing = { ...register.filing("A1", "h1", "1"), create: () => Promise.reject(new Error("connection lost")) };
    await expect(fileDocument(filing)).rejects.toThrow("connection lost");
  });
});

describe("refusals and senders", () => {
  it("names the first problem in the message and every problem, prefixed, in the extensions", () => {
    const problems = [
      { field: "orderNo", returnStatus: -301002, message: "is empty" },
      { field: "lines[0].qty", returnStatus: -301003, message: "must be positive" },
    ];
    expect(() => rejectDocument(problems, "order")).toThrow("order.orderNo: is empty");
    try {
      rejectDocument(problems, "order");
    } catch (error) {
      expect((error as GraphQLError).extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "order.orderNo",
        returnStatus: -301002,
        problems: [
          { field: "order.orderNo", returnStatus: -301002, message: "is empty" },
          { field: "order.lines[0].qty", returnStatus: -301003, message: "must be positive" },
        ],
      });
    }
  });

  const SENDER = "91460100MA5T00002P";
  it.each([
    ["a partner acting for the sender", { role: "partner", usccs: [SENDER] }, true],
    ["an enterprise user of the sender", { role: "enterprise", usccs: ["91350100M000100Y43", SENDER] }, true],
    ["an enterprise acting for someone else", { role: "enterprise", usccs: ["91350100M000100Y43"] }, false],
    ["department staff", { role: "staff", department: "customs", usccs: [] }, false],
    ["an administrator", { role: "admin", usccs: [] }, false],
  ] as const)("%s may file: %s", (_, who, allowed) => {
    const identity = { subject: "s", requestId: "r", ...who, usccs: [...who.usccs] } as Identity;
    const attempt = () => requireSubmitter(identity, SENDER, "order.ebpCode");
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ extensions: { code: "FORBIDDEN", field: "order.ebpCode" } }));
  });

  it.each([
    ["2", 120],
    ["1", SAVED],
  ])("appStatus %s gives the document status %s", (appStatus, returnStatus) => {
    expect(filingStatus(appStatus, "order").returnStatus).toBe(returnStatus);
  });
});
