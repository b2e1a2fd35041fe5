import DataLoader from "dataloader";

export type Key<F extends string> = { [K in F]: string };
type KeyWhere<F extends string> = { OR: Array<Key<F>> };

function keyString(fields: readonly string[], value: object): string {
  return JSON.stringify(fields.map((field) => (value as Record<string, unknown>)[field]));
}

function whereKeys<F extends string>(fields: readonly F[], keys: readonly Key<F>[]): KeyWhere<F> {
  return { OR: keys.map((key) => Object.fromEntries(fields.map((field) => [field, key[field]])) as Key<F>) };
}

/**
 * One row per key (an entity by its primary or unique key). All keys asked for while a request resolves
 * one level of the graph become one query, `WHERE (a = $1 AND b = $2) OR ...`.
 */
export function rowByKey<F extends string, Row extends object>(
  fields: readonly F[],
  fetch: (where: KeyWhere<F>) => Promise<Row[]>,
): DataLoader<Key<F>, Row | null, string> {
  return new DataLoader(
    async (keys) => {
      const byKey = new Map((await fetch(whereKeys(fields, keys))).map((row) => [keyString(fields, row), row]));
      return keys.map((key) => byKey.get(keyString(fields, key)) ?? null);
    },
    { cacheKeyFn: (key) => keyString(fields, key) },
  );
}

/**
 * All rows that share a parent key (the lines of an order, the events of a waybill), in the order the
 * fetch returns them, with one query for every parent asked for at the same level.
 */
export function rowsByKey<F extends string, Row extends object>(
  fields: readonly F[],
  fetch: (where: KeyWhere<F>) => Promise<Row[]>,
): DataLoader<Key<F>, Row[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, Row[]>();
      for (const row of await fetch(whereKeys(fields, keys))) {
        const key = keyString(fields, row);
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(keyString(fields, key)) ?? []);
    },
    { cacheKeyFn: (key) => keyString(fields, key) },
  );
}

/**
 * A DataLoader whose batch needs the request's context (its caller, say), not only a database client:
 * made on first use and kept with that context, so the keys asked for at one level of one request share
 * one batch, and nothing outlives the request.
 */
export function requestLoader<Context extends object, K, V>(
  batch: (keys: readonly K[], context: Context) => Promise<V[]>,
): (context: Context) => DataLoader<K, V> {
  const loaders = new WeakMap<Context, DataLoader<K, V>>();
  return (context) => {
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader((keys) => batch(keys, context));
      loaders.set(context, loader);
    }
    return loader;
  };
}
