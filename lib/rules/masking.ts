/**
 * Personal data (buyer, payer and consignee identities, names, phones, addresses) leaves a service masked.
 * The shape stays recognisable for support staff without revealing the person.
 */
const stars = (n: number) => "*".repeat(Math.max(n, 1));

export const mask = {
  idNumber: (value: string) => (value.length <= 8 ? stars(value.length) : value.slice(0, 4) + stars(value.length - 8) + value.slice(-4)),
  name: (value: string) => {
    const chars = [...value];
    return chars.length <= 1 ? "*" : chars[0] + stars(chars.length - 1);
  },
  telephone: (value: string) => (value.length <= 7 ? stars(value.length) : value.slice(0, 3) + stars(value.length - 7) + value.slice(-4)),
  address: (value: string) => {
    const chars = [...value];
    return chars.slice(0, 6).join("") + stars(chars.length - 6);
  },
  /** The mailbox hidden but for its first character (all of a one-character one); the domain (an enterprise's, not a person's) stays. */
  email: (value: string) => {
    const at = value.lastIndexOf("@");
    if (at < 0) return stars(value.length);
    return (at <= 1 ? "*" : value.slice(0, 1) + stars(at - 1)) + value.slice(at);
  },
} as const;

export type MaskKind = keyof typeof mask;
