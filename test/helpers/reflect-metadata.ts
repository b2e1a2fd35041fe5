/**
 * The Reflect metadata calls tsyringe needs, which @peculiar/x509 loads: the library expects its user to
 * install a polyfill (reflect-metadata or @abraham/reflection), and none is among the dependencies. This is
 * the part of that API tsyringe uses (define, own and inherited reads, and the decorator form TypeScript's
 * emitted metadata calls), for the tests' certificate authority only. Import it before @peculiar/x509.
 */
type Key = string | symbol | undefined;
const store = new WeakMap<object, Map<Key, Map<unknown, unknown>>>();

function own(target: object, property: Key, create: boolean): Map<unknown, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty && create) store.set(target, (byProperty = new Map()));
  let entries = byProperty?.get(property);
  if (!entries && create && byProperty) byProperty.set(property, (entries = new Map()));
  return entries;
}

const api = {
  defineMetadata: (key: unknown, value: unknown, target: object, property?: Key) => void own(target, property, true)!.set(key, value),
  getOwnMetadata: (key: unknown, target: object, property?: Key) => own(target, property, false)?.get(key),
  getMetadata: (key: unknown, target: object, property?: Key): unknown => {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      const entries = own(at, property, false);
      if (entries?.has(key)) return entries.get(key);
    }
    return undefined;
  },
  metadata: (key: unknown, value: unknown) => (target: object, property?: Key) => api.defineMetadata(key, value, target, property),
};

const reflect = Reflect as unknown as Record<string, unknown>;
for (const [name, implementation] of Object.entries(api)) if (typeof reflect[name] !== "function") reflect[name] = implementation;
