import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { signedBy } from "../gateway/endpoints/ceb-endpoint";
import { verifySignature } from "../gateway/endpoints/ceb-signature";
import { parseMessage } from "../gateway/endpoints/ceb-xml";
import { subgraphSdl } from "../lib/graphql/schema";
import { PROFILES, signCeb, testCa, type TestCertificate } from "./helpers/signing";

const SENDER = "91460100MA5T00002P";
const MESSAGE = `<?xml version="1.0" encoding="UTF-8"?><ceb:CEB621Message guid="0B5F7C1E-2A3D-4E5F-8091-A2B3C4D5E6F7" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:Inventory><ceb:InventoryHead><ceb:agentCode>${SENDER}</ceb:agentCode><ceb:copNo>C1</ceb:copNo></ceb:InventoryHead></ceb:Inventory><ceb:BaseTransfer><ceb:copCode>x</ceb:copCode></ceb:BaseTransfer></ceb:CEB621Message>`;

let certificate: TestCertificate;
const asked: Array<[string, string]> = [];
const lookup = async (uscc: string, serial: string) => {
  asked.push([uscc, serial]);
  return uscc === SENDER && serial === certificate.serialNumber ? certificate.pem : null;
};
const verify = (xml: string) => verifySignature(xml, () => SENDER, lookup);

beforeAll(async () => {
  certificate = await (await testCa()).issue("agent");
});

describe("ds:Signature verification", () => {
  it("returns exactly the XML that was signed, without the signature, for the registered certificate of the sender", async () => {
    const signed = await verify(signCeb(MESSAGE, certificate));
    expect(signed).toContain("<ceb:copNo>C1</ceb:copNo>");
    expect(signed).not.toContain("Signature");
    expect(asked.at(-1)).toEqual([SENDER, certificate.serialNumber]);
  });

  it("answers null for a message without a signature (the endpoint decides whether one was required)", async () => {
    expect(await verify(MESSAGE)).toBeNull();
  });

  it.each([
    ["a second signature", (signed: string) => signCeb(signed, certificate), /exactly one ds:Signature, a child of its root/],
    [
      "a signature moved inside the business node",
      (signed: string) => {
        const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
        return signed.replace(signature, "").replace("</ceb:InventoryHead>", `</ceb:InventoryHead>${signature}`);
      },
      /exactly one ds:Signature, a child of its root/,
    ],
    ["a reference to part of the message", (signed: string) => signed.replace('URI=""', 'URI="#part"'), /the Reference must be URI=""/],
    ["no KeyName", (signed: string) => signed.replace(/<ds:KeyName>[^<]*<\/ds:KeyName>/, ""), /KeyInfo must name the certificate by its serial number/],
  ])("refuses %s (1001) before asking for any certificate", async (_, alter, reason) => {
    const before = asked.length;
    await expect(verify(alter(signCeb(MESSAGE, certificate)))).rejects.toThrow(reason);
    expect(asked.length).toBe(before);
  });

  it("refuses the SHA-1 profile (1001)", async () => {
    await expect(verify(signCeb(MESSAGE, certificate, certificate.privateKeyPem, PROFILES.sha1))).rejects.toThrow(
      /^1001 invalid signature: SignatureMethod must be RSA-SHA256/,
    );
  });

  it("tells a changed message (1004) from a wrong key (1001)", async () => {
    await expect(verify(signCeb(MESSAGE, certificate).replace("C1", "C2"))).rejects.toThrow(/^1004 /);
    const other = await (await testCa()).issue("other");
    await expect(verify(signCeb(MESSAGE, certificate, other.privateKeyPem))).rejects.toThrow(/^1001 invalid signature: the signature value does not verify/);
  });

  it("takes the sender of what is processed from the signed part: one naming another enterprise than the verified one is refused (1001)", async () => {
    const customs = buildSubgraphSchema(parse(subgraphSdl("customs")));
    const signed = parseMessage((await verify(signCeb(MESSAGE, certificate)))!, customs);
    expect(signedBy(signed, SENDER)).toBe(signed);
    expect(() => signedBy(signed, "91460100MA5T00003N")).toThrow(
      /^1001 invalid signature: the signed documents' agentCode 91460100MA5T00002P is not the enterprise 91460100MA5T00003N whose certificate verified/,
    );
  });
});
