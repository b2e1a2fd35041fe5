import type { IncomingMessage } from "node:http";
import { parseRequestIdTrust, requestIdFor } from "./request-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const from = (remoteAddress: string, id?: string) =>
  ({ headers: id === undefined ? {} : { "x-request-id": id }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("whose x-request-id is kept", () => {
  it("reads the setting: any by default, none, or a list of proxy addresses", () => {
    expect(parseRequestIdTrust(undefined)).toBe("any");
    expect(parseRequestIdTrust("none")).toBe("none");
    expect(parseRequestIdTrust(" 10.0.0.5, 10.0.0.6 ")).toEqual({ proxies: new Set(["10.0.0.5", "10.0.0.6"]) });
  });

  it("keeps a well-formed id of a trusted caller and draws one otherwise", () => {
    const proxies = parseRequestIdTrust("10.0.0.5");
    expect(requestIdFor(from("203.0.113.9", "abc-1"), "any")).toBe("abc-1");
    expect(requestIdFor(from("203.0.113.9", "abc-1"), "none")).toMatch(UUID);
    expect(requestIdFor(from("10.0.0.5", "abc-1"), proxies)).toBe("abc-1");
    expect(requestIdFor(from("::ffff:10.0.0.5", "abc-1"), proxies)).toBe("abc-1");
    expect(requestIdFor(from("203.0.113.9", "abc-1"), proxies)).toMatch(UUID);
    expect(requestIdFor(from("10.0.0.5"), proxies)).toMatch(UUID);
    for (const malformed of ["", "a b", "a\r\nx-injected: 1", "é", "x".repeat(101)]) expect(requestIdFor(from("10.0.0.5", malformed), "any")).toMatch(UUID);
  });
});
