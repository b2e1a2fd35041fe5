import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * The special-purpose ranges (IANA IPv4 and IPv6 special-purpose address registries) a partner's URL must never
 * reach: this host, the cluster's private networks, link-local (the cloud metadata service at 169.254.169.254),
 * shared, benchmark, documentation and multicast ranges. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are checked
 * as the IPv4 address they carry, so ::ffff:7f00:1 is loopback too.
 */
const SPECIAL: ReadonlyArray<readonly [string, number, "ipv4" | "ipv6"]> = [
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.88.99.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["64:ff9b::", 96, "ipv6"],
  ["64:ff9b:1::", 48, "ipv6"],
  ["100::", 64, "ipv6"],
  ["2001::", 23, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["2002::", 16, "ipv6"],
  ["3fff::", 20, "ipv6"],
  ["5f00::", 16, "ipv6"],
  ["fc00::", 7, "ipv6"],
  ["fe80::", 10, "ipv6"],
  ["fec0::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
];

const special = new BlockList();
for (const [network, prefix, family] of SPECIAL) special.addSubnet(network, prefix, family);

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d, or its hex form ::ffff:7f00:1) carries, else the address. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!mapped) return address;
  const tail = mapped[1]!;
  if (isIP(tail) === 4) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex) return address;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Whether outbound requests may go to this address: `loopback` lets 127/8 and ::1 through (tests and the demo, outside production). */
export interface AddressPolicy {
  loopback: boolean;
}

/** Whether an IP address (v4 or v6, brackets allowed) is a public one a partner's endpoint may have; anything else (a name, garbage) is not. */
export function isPublicAddress(address: string, policy: AddressPolicy = { loopback: false }): boolean {
  const bare = unmapped(address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, ""));
  const family = isIP(bare);
  if (family === 0) return false;
  const type = family === 4 ? "ipv4" : "ipv6";
  if (policy.loopback && LOOPBACK.check(bare, type)) return true;
  return !special.check(bare, type);
}

/** A host refused by the policy: the message is the same whatever the address, so that answers say nothing of the network behind. */
export class AddressNotAllowedError extends Error {
  readonly code = "EADDRNOTALLOWED";
  constructor() {
    super("address not allowed");
  }
}

/** Every address a host name (or literal address) resolves to, each checked: all must be public, or it throws AddressNotAllowedError. */
export async function resolvePublic(host: string, policy: AddressPolicy): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await new Promise<LookupAddress[]>((resolve, reject) =>
        dnsLookup(bare, { all: true, verbatim: true }, (error, found) => (error ? reject(error) : resolve(found))),
      );
  if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address, policy))) throw new AddressNotAllowedError();
  return addresses;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) requests that resolves the host when the connection is made and refuses it unless
 * every address is public: the connection goes to an address that was just checked, so a name that resolved to a
 * public address at registration and to a private one now (DNS rebinding) is refused.
 */
export function publicLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolvePublic(hostname, policy).then(
      (addresses) => (options.all ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family)),
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : "", 0),
    );
  };
}
