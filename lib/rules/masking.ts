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
} as const;

export type MaskKind = keyof typeof mask;

/** Field resolvers that mask the named personal-data fields of a type. */
export function maskedFields<Row>(fields: { [K in keyof Row]?: MaskKind }): Record<string, (row: Row) => string | null> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, kind]) => [
      field,
      (row: Row) => {
        const value = (row as Record<string, unknown>)[field];
        return typeof value === "string" ? mask[kind as MaskKind](value) : null;
      },
    ]),
  );
}
