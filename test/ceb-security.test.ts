import { randomUUID } from "node:crypto";
import iconv from "iconv-lite";
import { buildWorld } from "../demo/world";
import { parcelFactory, type Parcel } from "../demo/parcels";
import { startGateway, type GatewayOptions } from "../gateway/gateway";
import { cebMessage, postCeb, returnStatuses } from "./helpers/ceb-xml";
import { parcelFiler } from "./helpers/parcels";
import { signCeb, testCa, type TestCertificate } from "./helpers/signing";
import { startTestSystem, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
const { parcel, filed } = parcelFactory(world, () => system.partnerUscc);
const file = parcelFiler(() => system);
const as = file.as;
let ca: Awaited<ReturnType<typeof testCa>>;
/** The declaring agent's certificate, registered with credit before the tests. */
let agentCertificate: TestCertificate;

/** Skin care, filed by an advanced-certified enterprise: a list of it is released (800). */
const COSMETICS = filed("CIQ46000000100041", "1000.00");

beforeAll(async () => {
  // The production setting: declared lists must be signed.
  system = await startTestSystem("ceb-security", { cebSignatures: "required" });
  ca = await testCa();
  agentCertificate = await ca.issue("declaring agent");
  const agent = parcel({ goods: [COSMETICS] }).inventory.agentCode;
  const registered = await register(agent, agentCertificate.pem);
  expect(registered.errors).toBeUndefined();
});

afterAll(async () => {
  await system?.stop();
});

const REGISTER = `mutation($uscc: String!, $pem: String!) { registerCertificate(uscc: $uscc, pem: $pem) { uscc serialNumber subject revokedAt } }`;
const register = async (uscc: string, pem: string) => system.query(REGISTER, { uscc, pem }, await as(uscc));
const revoke = async (uscc: string, serialNumber: string) =>
  system.query(
    `mutation($uscc: String!, $s: String!) { revokeCertificate(uscc: $uscc, serialNumber: $s) { revokedAt } }`,
    { uscc, s: serialNumber },
    await as(uscc),
  );

const listMessage = (p: Parcel) => cebMessage("CEB621Message", "Inventory", "InventoryHead", "InventoryList", [p.inventory]);
const orderMessage = (p: Parcel) => cebMessage("CEB311Message", "Order", "OrderHead", "OrderList", [p.order]);

/** A parcel whose order, payment and waybill are filed: its list is what the test sends. */
async function parcelReadyForList(): Promise<Parcel> {
  const p = parcel({ goods: [COSMETICS] });
  expect((await file.order(p)).data!.submitOrder.returnStatus).toBe(120);
  expect((await file.payment(p)).data!.submitPayment.returnStatus).toBe(120);
  expect((await file.waybill(p)).data!.submitWaybill.returnStatus).toBe(120);
  return p;
}

const storedList = async (p: Parcel) =>
  (
    await system.databases.customs.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "InventoryDeclaration" WHERE "agentCode" = $1 AND "copNo" = $2`, [
      p.inventory.agentCode,
      p.inventory.copNo,
    ])
  )[0]!.n;

const storedOrder = async (p: Parcel) =>
  (
    await system.databases.customs.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" WHERE "ebpCode" = $1 AND "orderNo" = $2`, [
      p.order.ebpCode,
      p.order.orderNo,
    ])
  )[0]!.n;

const ENTITIES: Record<string, string> = { "&quot;": '"', "&apos;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
/** The receipt's returnInfo as a reader of the XML gets it (entities resolved). */
const returnInfo = (xml: string) =>
  (/<ceb:returnInfo>([^<]*)<\/ceb:returnInfo>/.exec(xml)?.[1] ?? "").replace(/&(quot|apos|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);

/** Posts raw bytes with a Content-Type, as a partner's system sends them. */
async function postBytes(body: Buffer, contentType: string, uscc: string): Promise<{ status: number; text: string }> {
  const credentials = await as(uscc);
  const response = await fetch(new URL("/ceb", system.gatewayUrl), {
    method: "POST",
    headers: { ...system.headers(credentials), "content-type": contentType },
    body: new Uint8Array(body),
  });
  return { status: response.status, text: await response.text() };
}

describe("signed lists (CEB_SIGNATURES=required)", () => {
  it("accepts a declared CEB621 signed with the agent's registered certificate, and releases it (800)", async () => {
    const p = await parcelReadyForList();
    const answer = await postCeb(system, signCeb(listMessage(p), agentCertificate), await as(p.inventory.agentCode));
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/<ceb:CEB622Message/);
    expect(returnStatuses(answer.text)).toEqual([800]);
    expect(await storedList(p)).toBe(1);
  });

  it("accepts a list naming its agent by customs code, signed with the certificate registered under the agent's USCC (800)", async () => {
    const p = await parcelReadyForList();
    const agent = p.inventory.agentCode;
    p.inventory.agentCode = world.credit.enterprises.find((enterprise) => enterprise.uscc === agent)!.customsCode!;
    const answer = await postCeb(system, signCeb(listMessage(p), agentCertificate), await as(agent));
    expect(returnStatuses(answer.text)).toEqual([800]);
    expect(await storedList(p)).toBe(1);
  });

  it("refuses a signed list whose sender is no enterprise code with 1001 (never 3000 system busy), storing nothing", async () => {
    const p = await parcelReadyForList();
    const agent = p.inventory.agentCode;
    // The USCC with a wrong check character: credit refuses the code itself, every time it is asked.
    p.inventory.agentCode = `${agent.slice(0, 17)}${agent.endsWith("0") ? "1" : "0"}`;
    const answer = await postCeb(system, signCeb(listMessage(p), agentCertificate), await as(agent));
    expect(answer.status).toBe(400);
    expect(returnInfo(answer.text)).toMatch(/^1001 invalid signature: the sender \S+ is not an enterprise code/);
    expect(await storedList(p)).toBe(0);
  });

  it("verifies a signed list sent in GB18030 over the text it decodes (800)", async () => {
    const p = await parcelReadyForList();
    const signed = signCeb(listMessage(p).replace('encoding="UTF-8"', 'encoding="GB18030"'), agentCertificate);
    const answer = await postBytes(iconv.encode(signed, "gb18030"), "application/xml; charset=GB18030", p.inventory.agentCode);
    expect(returnStatuses(answer.text)).toEqual([800]);
    expect(await storedList(p)).toBe(1);
  });

  const refusals: Array<[string, (p: Parcel) => Promise<string>, RegExp]> = [
    ["an unsigned list", async (p) => listMessage(p), /^1001 invalid signature: the message is not signed/],
    [
      "a list changed after it was signed",
      async (p) =>
        signCeb(listMessage(p), agentCertificate).replace(
          `<ceb:grossWeight>${p.inventory.grossWeight}</ceb:grossWeight>`,
          "<ceb:grossWeight>0.1</ceb:grossWeight>",
        ),
      /^1004 the signature does not match the data/,
    ],
    [
      "a list signed with another key under the registered certificate's serial number",
      async (p) => signCeb(listMessage(p), agentCertificate, (await ca.issue("impostor")).privateKeyPem),
      /^1001 invalid signature: the signature value does not verify/,
    ],
    [
      "a list signed with a certificate never registered",
      async (p) => signCeb(listMessage(p), await ca.issue("unregistered")),
      /^1001 invalid signature: no certificate with serial number/,
    ],
    [
      "a list signed with a revoked certificate",
      async (p) => {
        const revoked = await ca.issue("revoked");
        expect((await register(p.inventory.agentCode, revoked.pem)).errors).toBeUndefined();
        expect((await revoke(p.inventory.agentCode, revoked.serialNumber)).data!.revokeCertificate.revokedAt).toEqual(expect.any(String));
        return signCeb(listMessage(p), revoked);
      },
      /^1001 invalid signature: no certificate with serial number/,
    ],
    [
      "a list signed by another enterprise's registered certificate",
      async (p) => {
        const platform = await ca.issue("platform");
        expect((await register(p.order.ebpCode, platform.pem)).errors).toBeUndefined();
        return signCeb(listMessage(p), platform);
      },
      /^1001 invalid signature: no certificate with serial number/,
    ],
  ];

  it.each(refusals)("refuses %s with the standard's security error (CEB900), storing nothing", async (_, make, reason) => {
    const p = await parcelReadyForList();
    const sent = await make(p);
    const answer = await postCeb(system, sent, await as(p.inventory.agentCode));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/<ceb:CEB900Message/);
    expect(returnInfo(answer.text)).toMatch(reason);
    expect(answer.text).toContain("<ceb:oriMessageType>CEB621</ceb:oriMessageType>");
    expect(answer.text).toContain(`<ceb:oriCopMsgId>${/guid="([^"]+)"/.exec(sent)![1]}</ceb:oriCopMsgId>`);
    expect(await storedList(p)).toBe(0);
  });

  it("processes only what the signature covers: a second Inventory wrapped around a signed message is refused", async () => {
    const p = await parcelReadyForList();
    const signed = signCeb(listMessage(p), agentCertificate);
    // The attacker keeps the signed root and appends a second business node of its own after the signature.
    const other = await parcelReadyForList();
    const wrapped = signed.replace(/<\/ceb:CEB621Message>$/, `${/<ceb:Inventory>[\s\S]*<\/ceb:Inventory>/.exec(listMessage(other))![0]}</ceb:CEB621Message>`);
    const answer = await postCeb(system, wrapped, await as(p.inventory.agentCode));
    expect(returnInfo(answer.text)).toMatch(/^1004 /);
    expect(await storedList(p)).toBe(0);
    expect(await storedList(other)).toBe(0);
  });

  it("takes an unsigned order (the standard signs the declared lists) and still verifies a signed one", async () => {
    const p = parcel({ goods: [COSMETICS] });
    expect(returnStatuses((await postCeb(system, orderMessage(p), await as(p.order.ebpCode))).text)).toEqual([120]);
    const q = parcel({ goods: [COSMETICS] });
    const platform = await ca.issue("platform of the order");
    expect((await register(q.order.ebpCode, platform.pem)).errors).toBeUndefined();
    const tampered = signCeb(orderMessage(q), platform).replace(`<ceb:freight>${q.order.freight}</ceb:freight>`, "<ceb:freight>0.00</ceb:freight>");
    expect(returnInfo((await postCeb(system, tampered, await as(q.order.ebpCode))).text)).toMatch(/^1004 /);
  });
});

describe("certificates", () => {
  const agent = () => parcel({ goods: [COSMETICS] }).inventory.agentCode;

  it.each([
    ["an expired certificate", () => ca.issue("old", { fromDaysAgo: 400, validDays: 365 }), "CERTIFICATE_EXPIRED"],
    ["a certificate not yet valid", () => ca.issue("early", { fromDaysAgo: -10 }), "CERTIFICATE_NOT_YET_VALID"],
    ["a 1024-bit RSA key (SHA-1 profile)", () => ca.issue("short", { bits: 1024 }), "CERTIFICATE_KEY_TOO_SHORT"],
    ["an EC key", () => ca.issue("ec", { bits: 0 }), "CERTIFICATE_KEY_NOT_RSA"],
    ["text that is not a certificate", async () => ({ pem: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" }), "CERTIFICATE_UNREADABLE"],
    ["a private key", async () => ({ pem: (await ca.issue("leak")).privateKeyPem }), "CERTIFICATE_UNREADABLE"],
  ])("refuses %s with its reason, registering nothing", async (_, make, reason) => {
    const uscc = agent();
    const before = (await system.query(`query($u: String!) { enterpriseCertificates(uscc: $u) { id } }`, { u: uscc }, await as(uscc))).data!
      .enterpriseCertificates.length;
    const answer = await register(uscc, (await make()).pem);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "pem", reason });
    const after = (await system.query(`query($u: String!) { enterpriseCertificates(uscc: $u) { id } }`, { u: uscc }, await as(uscc))).data!
      .enterpriseCertificates;
    expect(after.length).toBe(before);
  });

  it("registers the same certificate once, lists it for its enterprise only, and refuses another enterprise's caller", async () => {
    const uscc = agent();
    const again = await register(uscc, agentCertificate.pem);
    expect(again.data!.registerCertificate).toMatchObject({ uscc, serialNumber: agentCertificate.serialNumber, revokedAt: null });
    const listed = await system.query(`query($u: String!) { enterpriseCertificates(uscc: $u) { serialNumber } }`, { u: uscc }, await as(uscc));
    expect(listed.data!.enterpriseCertificates.filter((c: { serialNumber: string }) => c.serialNumber === agentCertificate.serialNumber)).toHaveLength(1);
    const stranger = await system.query(REGISTER, { uscc, pem: agentCertificate.pem }, await as(system.partnerUscc));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const lookup = await system.query(`query($u: String!, $s: String!) { signingCertificate(uscc: $u, serialNumber: $s) { id } }`, {
      u: uscc,
      s: agentCertificate.serialNumber,
    });
    expect(lookup.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("encodings", () => {
  const readBack = async (p: Parcel) => {
    const token = await system.security.staffToken("customs");
    const answer = await system.query(
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { buyerName consignee consigneeAddress lines { itemName } } }`,
      { e: p.order.ebpCode, o: p.order.orderNo },
      { token },
    );
    return answer.data!.order;
  };

  it.each([
    ["GBK", "gbk", "欧阳娜娜", "广东省深圳市南山区科技园"],
    ["GB18030", "gb18030", "欧阳𠀀", "北京市海淀区中关村大街1号𠀀"],
  ])("stores a %s CEB311 exactly: buyer name, address and goods names", async (label, encoding, name, address) => {
    const p = parcel({ goods: [COSMETICS] });
    Object.assign(p.order, { buyerName: name, consignee: name, consigneeAddress: address });
    p.order.lines = p.order.lines.map((line) => ({ ...line, itemName: `${line.itemName}（${label}装）` }));
    const xml = orderMessage(p).replace('encoding="UTF-8"', `encoding="${label}"`);
    const answer = await postBytes(iconv.encode(xml, encoding), "application/xml", p.order.ebpCode);
    expect(returnStatuses(answer.text)).toEqual([120]);
    expect(await readBack(p)).toEqual({
      buyerName: name,
      consignee: name,
      consigneeAddress: address,
      lines: p.order.lines.map((line) => ({ itemName: line.itemName })),
    });
  });

  it("takes the charset of the Content-Type when the message declares none", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const xml = orderMessage(p).replace(/^<\?xml[^>]*\?>/, "");
    const answer = await postBytes(iconv.encode(xml, "gbk"), "application/xml; charset=GB2312", p.order.ebpCode);
    expect(returnStatuses(answer.text)).toEqual([120]);
    expect((await readBack(p)).buyerName).toBe(p.order.buyerName);
  });

  it.each([
    [
      "an invalid GBK byte sequence",
      (xml: string) => spliceInvalid(iconv.encode(xml.replace('encoding="UTF-8"', 'encoding="GBK"'), "gbk")),
      "application/xml",
      /^0002 the message is not valid GBK \(at byte \d+\)/,
    ],
    ["an invalid UTF-8 byte sequence", (xml: string) => spliceInvalid(Buffer.from(xml)), "application/xml", /^0002 the message is not valid UTF-8/],
    [
      "an encoding it does not read",
      (xml: string) => Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="Big5"')),
      "application/xml",
      /^0002 the XML declaration names the encoding "Big5"/,
    ],
    [
      "a charset that contradicts the declaration",
      (xml: string) => Buffer.from(xml),
      "application/xml; charset=GBK",
      /^0002 the Content-Type charset says gbk but the XML declaration says utf-8/,
    ],
  ])("refuses %s with CEB900, storing nothing", async (_, bytes, contentType, reason) => {
    const p = parcel({ goods: [COSMETICS] });
    const answer = await postBytes(bytes(orderMessage(p)), contentType, p.order.ebpCode);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/<ceb:CEB900Message/);
    expect(returnInfo(answer.text)).toMatch(reason);
    expect(answer.text).not.toContain("\uFFFD");
    expect(await storedOrder(p)).toBe(0);
  });
});

/** The bytes with the buyer's name broken: a lead byte followed by one no GBK or UTF-8 sequence continues with. */
function spliceInvalid(bytes: Buffer): Buffer {
  const at = bytes.indexOf("<ceb:buyerName>") + "<ceb:buyerName>".length;
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0x81, 0x7f, 0xc3, 0x28]), bytes.subarray(at)]);
}

describe("DXP envelopes", () => {
  const dxp = (business: Buffer, msgType = "CEB311Message", data = business.toString("base64")) =>
    `<?xml version="1.0" encoding="UTF-8"?><dxp:DxpMsg ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp"><dxp:TransInfo><dxp:CopMsgId>${randomUUID()}</dxp:CopMsgId><dxp:SenderId>DXPENT0000012345</dxp:SenderId><dxp:ReceiverIds><dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId></dxp:ReceiverIds><dxp:CreatTime>2026-12-07T10:00:00</dxp:CreatTime><dxp:MsgType>${msgType}</dxp:MsgType></dxp:TransInfo><dxp:Data>${data}</dxp:Data></dxp:DxpMsg>`;

  it("takes a CEB311 wrapped in DxpMsg (its Data in GBK) and answers the bare receipt", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const business = iconv.encode(orderMessage(p).replace('encoding="UTF-8"', 'encoding="GBK"'), "gbk");
    const answer = await postCeb(system, dxp(business), await as(p.order.ebpCode));
    expect(answer.text).toMatch(/<ceb:CEB312Message/);
    expect(returnStatuses(answer.text)).toEqual([120]);
    expect(await storedOrder(p)).toBe(1);
  });

  it.each([
    [
      "Data that is not base64",
      (business: Buffer) => dxp(business, "CEB311Message", "not base64!"),
      /^0002 the DXP envelope has no Data, or its Data is not base64/,
    ],
    [
      "a MsgType other than its Data's",
      (business: Buffer) => dxp(business, "CEB511Message"),
      /^0002 the DXP envelope says MsgType CEB511Message but its Data holds CEB311Message/,
    ],
    [
      "no TransInfo",
      (business: Buffer) => dxp(business).replace(/<dxp:TransInfo>[\s\S]*<\/dxp:TransInfo>/, ""),
      /^0002 the DXP envelope has no TransInfo\/CopMsgId/,
    ],
  ])("refuses an envelope with %s (CEB900), storing nothing", async (_, envelope, reason) => {
    const p = parcel({ goods: [COSMETICS] });
    const answer = await postCeb(system, envelope(Buffer.from(orderMessage(p))), await as(p.order.ebpCode));
    expect(answer.status).toBe(400);
    expect(returnInfo(answer.text)).toMatch(reason);
    expect(await storedOrder(p)).toBe(0);
  });
});

describe("CEB900", () => {
  it("names the message refused (type, GUID, each document's keys) with a 17-digit China time, and echoes no personal data", async () => {
    const p = parcel({ goods: [COSMETICS] });
    const xml = orderMessage(p)
      .replace(/<ceb:currency>142<\/ceb:currency>/, "<ceb:currency></ceb:currency>")
      .replace("<ceb:appTime>", "<ceb:appTime>x");
    const answer = await postCeb(system, xml, await as(p.order.ebpCode));
    expect(answer.text).toMatch(/<ceb:CEB900Message/);
    expect(answer.text).toContain(`<ceb:oriCopMsgId>${/guid="([^"]+)"/.exec(xml)![1]}</ceb:oriCopMsgId>`);
    expect(answer.text).toContain("<ceb:oriMessageType>CEB311</ceb:oriMessageType>");
    expect(answer.text).toMatch(
      new RegExp(
        `<ceb:oriKeys>\\s*<ceb:ebpCode>${p.order.ebpCode}</ceb:ebpCode>\\s*<ceb:ebcCode>${p.order.ebcCode}</ceb:ebcCode>\\s*<ceb:orderNo>${p.order.orderNo}</ceb:orderNo>`,
      ),
    );
    expect(answer.text).toMatch(/<ceb:returnTime>\d{17}<\/ceb:returnTime>/);
    expect(answer.text).not.toContain("oriBizMessage");
    for (const personal of [p.order.buyerName, p.order.buyerIdNumber, p.order.consigneeAddress]) expect(answer.text).not.toContain(personal);
  });
});

describe("starting", () => {
  it("refuses optional signatures in production", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(startGateway({ cebSignatures: "optional" } as GatewayOptions)).rejects.toThrow(/CEB_SIGNATURES=optional .* never with NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
