import { request } from "node:http";
import { AddressNotAllowedError, isPublicAddress, publicLookup, resolvePublic } from "./public-address";

const STRICT = { loopback: false };
const LOOPBACK_ALLOWED = { loopback: true };

describe("a public address", () => {
  it("is an ordinary internet address, v4 or v6", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "[2a00:1450:4001:82b::200e]", "::ffff:8.8.8.8"]) {
      expect([address, isPublicAddress(address, STRICT)]).toEqual([address, true]);
    }
  });

  it("is never a private, loopback, link-local, metadata, unspecified, multicast or IPv4-mapped private one", () => {
    for (const address of [
      "127.0.0.1",
      "127.0.0.2",
      "0.0.0.0",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "[::1]",
      "::",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "[::ffff:a9fe:a9fe]",
      "::ffff:10.0.0.1",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "fe80::1%eth0",
      "ff02::1",
      "2001:db8::1",
      "localhost",
      "not an address",
    ]) {
      expect([address, isPublicAddress(address, STRICT)]).toEqual([address, false]);
    }
  });

  it("may be loopback outside production, but still never another special one", () => {
    for (const address of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:7f00:1"])
      expect([address, isPublicAddress(address, LOOPBACK_ALLOWED)]).toEqual([address, true]);
    for (const address of ["10.0.0.1", "169.254.169.254", "0.0.0.0", "fe80::1"])
      expect([address, isPublicAddress(address, LOOPBACK_ALLOWED)]).toEqual([address, false]);
  });

  it("is what every address of a name resolves to, else the name is refused with the one generic error", async () => {
    await expect(resolvePublic("localhost", STRICT)).rejects.toThrow(AddressNotAllowedError);
    await expect(resolvePublic("[::ffff:7f00:1]", STRICT)).rejects.toThrow("address not allowed");
    expect(await resolvePublic("8.8.8.8", STRICT)).toEqual([{ address: "8.8.8.8", family: 4 }]);
    expect((await resolvePublic("localhost", LOOPBACK_ALLOWED)).length).toBeGreaterThan(0);
  });

  it("is checked when a request connects: a name that resolves to loopback is refused before any connection", async () => {
    const error = await new Promise<Error>((resolve, reject) => {
      const sent = request("http://localhost:9/", { lookup: publicLookup(STRICT) }, () => reject(new Error("connected")));
      sent.on("error", resolve);
      sent.end();
    });
    expect(error).toBeInstanceOf(AddressNotAllowedError);
  });
});
