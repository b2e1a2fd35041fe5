import type { GraphQLResponse } from "@apollo/server";
import { CERTIFICATE_CACHE_MS, certificatesFromGraph } from "./ceb-certificates";
import { CertificatesUnavailable } from "./ceb-signature";

/** Credit as the gateway's server answers for it: the registered PEM, or null once revoked. */
function credit() {
  const state = { pem: "PEM-1" as string | null, asked: 0, down: false };
  const execute = async (): Promise<GraphQLResponse> => {
    state.asked += 1;
    const singleResult = state.down
      ? { errors: [{ message: "credit is unavailable", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] }
      : { data: { signingCertificate: state.pem === null ? null : { pem: state.pem } } };
    return { http: { headers: new Map(), status: 200 }, body: { kind: "single", singleResult } } as unknown as GraphQLResponse;
  };
  return { state, execute };
}

describe("the gateway's certificate lookup", () => {
  it("keeps a certificate found for a few seconds, then asks again and honours a revocation", async () => {
    const { state, execute } = credit();
    let clock = 0;
    const lookup = certificatesFromGraph(execute, () => clock);
    expect(await lookup("91460100MA5T00002P", "AB01")).toBe("PEM-1");
    expect(await lookup("91460100MA5T00002P", "ab01")).toBe("PEM-1");
    expect(state.asked).toBe(1);
    state.pem = null;
    clock += CERTIFICATE_CACHE_MS;
    expect(await lookup("91460100MA5T00002P", "ab01")).toBeNull();
  });

  it("never keeps an answer of none, so a certificate registered a moment ago is used at once", async () => {
    const { state, execute } = credit();
    state.pem = null;
    const lookup = certificatesFromGraph(execute, () => 0);
    expect(await lookup("91460100MA5T00002P", "1")).toBeNull();
    state.pem = "PEM-2";
    expect(await lookup("91460100MA5T00002P", "1")).toBe("PEM-2");
  });

  it("tells a credit that cannot answer from a certificate that does not exist", async () => {
    const { state, execute } = credit();
    state.down = true;
    await expect(certificatesFromGraph(execute)("91460100MA5T00002P", "1")).rejects.toBeInstanceOf(CertificatesUnavailable);
  });
});
